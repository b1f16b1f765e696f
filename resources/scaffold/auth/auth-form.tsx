// The email-and-password form of the sign-in and sign-up pages. Plain markup with shadcn/ui's
// class names, so it takes the app's theme where the app has one; it posts to a server action,
// so it works without script.
import Link from "next/link";

export type AuthFormProps = {
  title: string;
  intro: string;
  action: (formData: FormData) => Promise<void>;
  submit: string;
  passwordAutoComplete: "current-password" | "new-password";
  minLength?: number;
  next: string;
  error: string | null;
  other: { text: string; label: string; href: string };
};

export function AuthForm(props: AuthFormProps) {
  return (
    <main className="mx-auto flex w-full max-w-sm flex-col gap-6 px-4 py-16">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
        <p className="text-sm text-muted-foreground">{props.intro}</p>
      </div>
      {props.error ? (
        <p role="alert" className="rounded-md border border-destructive/50 px-3 py-2 text-sm text-destructive">
          {props.error}
        </p>
      ) : null}
      <form action={props.action} className="grid gap-4">
        <input type="hidden" name="next" value={props.next} />
        <div className="grid gap-2">
          <label htmlFor="email" className="text-sm font-medium leading-none">
            Email
          </label>
          <input id="email" name="email" type="email" autoComplete="email" required className="__INPUT_CLASS__" />
        </div>
        <div className="grid gap-2">
          <label htmlFor="password" className="text-sm font-medium leading-none">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={props.passwordAutoComplete}
            minLength={props.minLength}
            required
            className="__INPUT_CLASS__"
          />
        </div>
        <button type="submit" className="__BUTTON_CLASS__">
          {props.submit}
        </button>
      </form>
      <p className="text-sm text-muted-foreground">
        {props.other.text}{" "}
        <Link href={props.other.href} className="underline underline-offset-4">
          {props.other.label}
        </Link>
      </p>
    </main>
  );
}
