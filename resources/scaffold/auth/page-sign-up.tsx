// The visitors' sign-up page: creates the account on the platform, then signs the visitor in.
// Plain markup with shadcn/ui's class names; the form posts to a server action.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { signUpAction } from "@/lib/l4y/auth-actions";
import { MIN_PASSWORD, SIGN_IN_PATH, authMessage, safeNext } from "@/lib/l4y/auth-config";
import { getVisitor } from "@/lib/l4y/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getVisitor()) redirect(next);
  const error = authMessage(params.error);
  return (
    <main className="mx-auto flex w-full max-w-sm flex-col gap-6 px-4 py-16">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Create an account</h1>
        <p className="text-sm text-muted-foreground">
          Use your email and a password of at least {MIN_PASSWORD} characters; a few words work well.
        </p>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-destructive/50 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <form action={signUpAction} className="grid gap-4">
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
            autoComplete="new-password"
            minLength={MIN_PASSWORD}
            required
            className="__INPUT_CLASS__"
          />
        </div>
        <button type="submit" className="__BUTTON_CLASS__">
          Create account
        </button>
      </form>
      <p className="text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href={`${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`} className="underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </main>
  );
}
