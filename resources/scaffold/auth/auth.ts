// Visitor sign-in on the platform (server-only: it uses the server's key). The session token
// is the visitor's; it travels to the platform in the __SESSION_HEADER__ header, never in a URL.
import { l4yFetch, postJson } from "./client";

export type L4yVisitor = {
  id: number;
  email: string;
  created_at: string;
  last_sign_in_at: string | null;
};

/** What sign-in returns: the session token (shown once) and when it expires. */
export type L4ySignedIn = {
  token: string;
  expires_at: string;
  visitor: L4yVisitor;
};

export type L4yVisitorSession = {
  expires_at: string;
  visitor: L4yVisitor;
};

export const SESSION_HEADER = "__SESSION_HEADER__";

export function signUp(email: string, password: string): Promise<L4yVisitor> {
  return postJson<L4yVisitor>("__SIGN_UP__", { email, password });
}

export function signIn(email: string, password: string): Promise<L4ySignedIn> {
  return postJson<L4ySignedIn>("__SIGN_IN__", { email, password });
}

/** The visitor of a session; throws L4yApiError 401 when it is unknown, signed out or expired. */
export function currentSession(token: string): Promise<L4yVisitorSession> {
  return l4yFetch<L4yVisitorSession>("__ME__", {
    headers: { [SESSION_HEADER]: token },
    cache: "no-store",
  });
}

/** Ends the session on the platform: its token signs nobody in afterwards. */
export async function signOut(token: string): Promise<void> {
  await l4yFetch<null>("__SIGN_OUT__", {
    method: "POST",
    headers: { [SESSION_HEADER]: token },
    cache: "no-store",
  });
}
