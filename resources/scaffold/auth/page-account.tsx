// The signed-in visitor's page: who is signed in, and sign out. Nobody signed in: to sign-in.
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ACCOUNT_PATH, SIGN_IN_PATH } from "@/lib/l4y/auth-config";
import { getVisitor } from "@/lib/l4y/session";
import { SignOutButton } from "@/lib/l4y/sign-out-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const visitor = await getVisitor();
  if (!visitor) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(ACCOUNT_PATH)}`);
  return (
    <main className="mx-auto flex w-full max-w-sm flex-col gap-6 px-4 py-16">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-muted-foreground">
          Signed in as <span data-l4y-visitor-email className="font-medium text-foreground">{visitor.email}</span>
        </p>
      </div>
      <SignOutButton />
    </main>
  );
}
