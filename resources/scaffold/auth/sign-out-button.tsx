// A sign-out button for any page or layout: <SignOutButton /> (it posts to a server action).
import { signOutAction } from "./auth-actions";

export function SignOutButton({ className, label = "Sign out" }: { className?: string; label?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={
          className ??
          "inline-flex h-9 items-center justify-center rounded-md border border-input bg-background px-4 text-sm font-medium shadow-sm hover:bg-accent hover:text-accent-foreground"
        }
      >
        {label}
      </button>
    </form>
  );
}
