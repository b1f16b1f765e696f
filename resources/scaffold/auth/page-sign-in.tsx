// The visitors' sign-in page (the form is lib/l4y/auth-form.tsx); a visitor already signed in
// goes on to where they were headed.
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { signInAction } from "@/lib/l4y/auth-actions";
import { SIGN_UP_PATH, authMessage, safeNext } from "@/lib/l4y/auth-config";
import { AuthForm } from "@/lib/l4y/auth-form";
import { getVisitor } from "@/lib/l4y/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getVisitor()) redirect(next);
  return (
    <AuthForm
      title="Sign in"
      intro="Welcome back. Sign in with your email and password."
      action={signInAction}
      submit="Sign in"
      passwordAutoComplete="current-password"
      next={next}
      error={authMessage(params.error)}
      other={{ text: "No account yet?", label: "Sign up", href: `${SIGN_UP_PATH}?next=${encodeURIComponent(next)}` }}
    />
  );
}
