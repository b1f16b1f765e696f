// Names the sign-in pages, the server actions and middleware.ts share. Imports nothing, so
// the middleware (which runs before any page) can use it.

/** httpOnly, Secure, SameSite=Lax; `__Host-` keeps subdomains from setting or scoping it. */
export const SESSION_COOKIE = "__Host-l4y_session";
export const MIN_PASSWORD = __MIN_PASSWORD__;
export const SIGN_IN_PATH = "/sign-in";
export const SIGN_UP_PATH = "/sign-up";
export const ACCOUNT_PATH = "/account";

const MESSAGES: Record<string, string> = {
  credentials: "The email or the password is not right. Check both and try again.",
  exists: "An account with this email already exists; sign in instead.",
  password: `Choose a password of at least ${MIN_PASSWORD} characters that is not a common one and does not contain your email.`,
  email: "That is not an email address (name@example.com).",
  missing: "Enter your email and your password.",
  busy: "Too many attempts: signing in is paused for a while (up to an hour after repeated wrong passwords). Please try again later.",
  unavailable: "Signing in is not available right now; please try again in a moment.",
};

/** The sentence for an error code in the page's URL (never text taken from the URL). */
export function authMessage(code: string | string[] | undefined): string | null {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(MESSAGES, code) ? MESSAGES[code] : null;
}

/** Where to go after signing in: a path of this site only (no open redirect). */
export function safeNext(next: FormDataEntryValue | string | string[] | null | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) {
    return ACCOUNT_PATH;
  }
  return next;
}
