// The visitors' sign-up page: creates the account on the platform, then signs the visitor in
// (the form is lib/l4y/auth-form.tsx).
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { signUpAction } from "@/lib/l4y/auth-actions";
import { MIN_PASSWORD, SIGN_IN_PATH, authMessage, safeNext } from "@/lib/l4y/auth-config";
import { AuthForm } from "@/lib/l4y/auth-form";
import { getVisitor } from "@/lib/l4y/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getVisitor()) redirect(next);
  return (
    <AuthForm
      title="Create an account"
      intro={`Use your email and a password of at least ${MIN_PASSWORD} characters; a few words work well.`}
      action={signUpAction}
      submit="Create account"
      passwordAutoComplete="new-password"
      minLength={MIN_PASSWORD}
      next={next}
      error={authMessage(params.error)}
      other={{ text: "Already have an account?", label: "Sign in", href: `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` }}
    />
  );
}
