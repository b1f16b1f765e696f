// Sends visitors who are not signed in from the account pages to sign-in (it only looks for
// the session cookie; the pages ask the platform whether the session is still good).
// l4ydesk writes this file only when the app has no middleware of its own.
import { NextResponse, type NextRequest } from "next/server";

import { SESSION_COOKIE, SIGN_IN_PATH } from "@/lib/l4y/auth-config";

export function middleware(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = request.nextUrl.clone();
  const next = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = SIGN_IN_PATH;
  url.search = `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/account", "/account/:path*"] };
