// The visitors' sign-in page. Plain markup with shadcn/ui's class names, so it takes the app's
// theme where the app has one; the form posts to a server action, so it works without script.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { signInAction } from "@/lib/l4y/auth-actions";
import { SIGN_UP_PATH, authMessage, safeNext } from "@/lib/l4y/auth-config";
import { getVisitor } from "@/lib/l4y/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getVisitor()) redirect(next);
  const error = authMessage(params.error);
  return (
    <main className="mx-auto flex w-full max-w-sm flex-col gap-6 px-4 py-16">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-muted-foreground">Welcome back. Sign in with your email and password.</p>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-destructive/50 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <form action={signInAction} className="grid gap-4">
        <input type="hidden" name="next" value={next} />
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
            autoComplete="current-password"
            required
            className="__INPUT_CLASS__"
          />
        </div>
        <button type="submit" className="__BUTTON_CLASS__">
          Sign in
        </button>
      </form>
      <p className="text-sm text-muted-foreground">
        No account yet?{" "}
        <Link href={`${SIGN_UP_PATH}?next=${encodeURIComponent(next)}`} className="underline underline-offset-4">
          Sign up
        </Link>
      </p>
    </main>
  );
}
