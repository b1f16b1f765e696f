// The signed-in visitor for server components: `const visitor = await getVisitor();`
// (null when nobody is signed in). Reads the httpOnly session cookie and asks the platform
// once per request; a session that was signed out or expired is nobody.
import { cookies } from "next/headers";
import { cache } from "react";

import { currentSession, type L4yVisitor } from "./auth";
import { SESSION_COOKIE } from "./auth-config";
import { L4yApiError } from "./client";

export type { L4yVisitor } from "./auth";

export const getVisitor = cache(async (): Promise<L4yVisitor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    return (await currentSession(token)).visitor;
  } catch (error) {
    if (error instanceof L4yApiError && error.status === 401) return null;
    throw error;
  }
});
