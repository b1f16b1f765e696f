"use server";
// Server actions of the sign-in pages: they call the platform with the server's key and keep
// the visitor's session token in an httpOnly, Secure, SameSite=Lax cookie that no script reads.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { signIn, signOut, signUp } from "./auth";
import { SESSION_COOKIE, SIGN_IN_PATH, SIGN_UP_PATH, safeNext } from "./auth-config";
import { L4yApiError } from "./client";

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function errorCode(error: unknown): string {
  if (!(error instanceof L4yApiError)) return "unavailable";
  if (error.status === 401) return "credentials";
  if (error.status === 409) return "exists";
  if (error.status === 429) return "busy";
  if (error.status === 422) {
    const fields = (error.body as { error?: { fields?: { field: string }[] } } | null)?.error?.fields ?? [];
    return fields.some((f) => f.field === "email") ? "email" : "password";
  }
  return "unavailable";
}

function back(path: string, code: string, next: string): never {
  redirect(`${path}?error=${code}&next=${encodeURIComponent(next)}`);
}

async function startSession(email: string, password: string): Promise<void> {
  const signed = await signIn(email, password);
  (await cookies()).set(SESSION_COOKIE, signed.token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    expires: new Date(signed.expires_at),
  });
}

export async function signInAction(formData: FormData): Promise<void> {
  const next = safeNext(formData.get("next"));
  const email = field(formData, "email").trim();
  const password = field(formData, "password");
  if (!email || !password) back(SIGN_IN_PATH, "missing", next);
  let code: string | null = null;
  try {
    await startSession(email, password);
  } catch (error) {
    code = errorCode(error);
  }
  if (code !== null) back(SIGN_IN_PATH, code, next);
  redirect(next); // outside the try: redirect() works by throwing
}

export async function signUpAction(formData: FormData): Promise<void> {
  const next = safeNext(formData.get("next"));
  const email = field(formData, "email").trim();
  const password = field(formData, "password");
  if (!email || !password) back(SIGN_UP_PATH, "missing", next);
  let code: string | null = null;
  try {
    await signUp(email, password);
    await startSession(email, password);
  } catch (error) {
    code = errorCode(error);
  }
  if (code !== null) back(SIGN_UP_PATH, code, next);
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete({ name: SESSION_COOKIE, path: "/", secure: true, httpOnly: true, sameSite: "lax" });
  if (token) {
    try {
      await signOut(token);
    } catch {
      // Already ended (signed out elsewhere, expired): the cookie is gone either way.
    }
  }
  redirect("/");
}
