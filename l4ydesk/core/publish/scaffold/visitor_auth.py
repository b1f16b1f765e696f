"""Visitor sign-in in the scaffold: what "sign-in through the platform" adds to a published app.

The typed client of the platform's auth routes (`lib/l4y/auth.ts`), server actions that keep
the session token in an httpOnly, Secure, SameSite=Lax cookie, `getVisitor()` for server
components, a sign-out button, the pages `/sign-in`, `/sign-up` and `/account` (in the route
group `app/(l4y)/`, so no URL segment is added), and a `middleware.ts` that sends visitors who
are not signed in from `/account` to `/sign-in`. Nothing secret reaches the browser: every
platform call runs on the server with the server's key.

What the app already has wins: its own middleware (in any of the places Next.js reads one) or
its own page at one of these URLs is kept, the scaffold's is not written, and a sentence says
so, as for any user file at a generated path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from l4ydesk.core.platform.visitor_passwords import MIN_PASSWORD
from l4ydesk.core.platform.visitors import (
    ME_PATH,
    SESSION_HEADER,
    SIGN_IN_PATH,
    SIGN_OUT_PATH,
    SIGN_UP_PATH,
)
from l4ydesk.resource_paths import resource

LIBRARY: Final = {
    "auth.ts": "lib/l4y/auth.ts",
    "auth-config.ts": "lib/l4y/auth-config.ts",
    "session.ts": "lib/l4y/session.ts",
    "auth-actions.ts": "lib/l4y/auth-actions.ts",
    "sign-out-button.tsx": "lib/l4y/sign-out-button.tsx",
    "auth-form.tsx": "lib/l4y/auth-form.tsx",
}
# Template → (path in the app, the URL it serves).
PAGES: Final = {
    "page-sign-in.tsx": ("app/(l4y)/sign-in/page.tsx", "/sign-in"),
    "page-sign-up.tsx": ("app/(l4y)/sign-up/page.tsx", "/sign-up"),
    "page-account.tsx": ("app/(l4y)/account/page.tsx", "/account"),
}
MIDDLEWARE: Final = "middleware.ts"
# Where Next.js looks for middleware (Next 16 names it proxy); an app has at most one.
MIDDLEWARE_FILES: Final = tuple(
    f"{folder}{name}.{ext}"
    for folder in ("", "src/")
    for name in ("middleware", "proxy")
    for ext in ("ts", "js", "mjs", "tsx", "jsx")
)
# shadcn/ui's Input and Button (default variant) classes, so the pages take the app's theme.
INPUT_CLASS: Final = (
    "flex h-9 w-full rounded-md border border-input bg-transparent px-3 py-1 text-base "
    "shadow-sm transition-colors placeholder:text-muted-foreground focus-visible:outline-none "
    "focus-visible:ring-1 focus-visible:ring-ring disabled:cursor-not-allowed "
    "disabled:opacity-50 md:text-sm"
)
BUTTON_CLASS: Final = (
    "inline-flex h-9 items-center justify-center rounded-md bg-primary px-4 py-2 text-sm "
    "font-medium text-primary-foreground shadow hover:bg-primary/90 focus-visible:outline-none "
    "focus-visible:ring-1 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50"
)
_PAGE_FILE = re.compile(r"^(?:src/)?app/(?P<route>(?:.+/)?)page\.(?:tsx|jsx|ts|js|mdx)$")


@dataclass(frozen=True)
class SignInScaffold:
    files: dict[str, str]  # path → text, before the header is added
    conflicts: tuple[str, ...]  # the app's own files that kept one of these from being written


NOTHING: Final = SignInScaffold({}, ())


def _text(name: str) -> str:
    text = resource("scaffold", "auth", name).read_text(encoding="utf-8")
    for placeholder, value in (
        ("__SESSION_HEADER__", SESSION_HEADER),
        ("__SIGN_UP__", SIGN_UP_PATH),
        ("__SIGN_IN__", SIGN_IN_PATH),
        ("__ME__", ME_PATH),
        ("__SIGN_OUT__", SIGN_OUT_PATH),
        ("__MIN_PASSWORD__", str(MIN_PASSWORD)),
        ("__INPUT_CLASS__", INPUT_CLASS),
        ("__BUTTON_CLASS__", BUTTON_CLASS),
    ):
        text = text.replace(placeholder, value)
    return text


def url_of_page(path: str) -> str | None:
    """The URL an App Router page file serves ("app/(shop)/cart/page.tsx" → "/cart")."""
    match = _PAGE_FILE.match(path)
    if match is None:
        return None
    segments = [
        s
        for s in match.group("route").split("/")
        if s and not (s.startswith("(") and s.endswith(")")) and not s.startswith("@")
    ]
    return "/" + "/".join(segments)


def plan(user_files: Mapping[str, bytes]) -> SignInScaffold:
    """The sign-in files for an app whose own files are `user_files` (no generated ones)."""
    files = {path: _text(name) for name, path in LIBRARY.items()}
    conflicts: list[str] = []
    served = {url_of_page(p): p for p in sorted(user_files)}
    for name, (path, url) in PAGES.items():
        own = served.get(url)
        if own is not None and own != path:  # the same path is merge's to report
            conflicts.append(
                f"{own} already serves {url}, so the scaffold's {url} page was not written; "
                f"sign visitors in with the actions of '@/lib/l4y/auth-actions' there."
            )
            continue
        files[path] = _text(name)
    own_middleware = [p for p in MIDDLEWARE_FILES if p in user_files and p != MIDDLEWARE]
    if own_middleware:
        conflicts.append(
            f"{own_middleware[0]} is your own middleware, so the scaffold's {MIDDLEWARE} was "
            "not written; /account still sends visitors who are not signed in to /sign-in."
        )
    else:
        files[MIDDLEWARE] = _text(MIDDLEWARE)
    return SignInScaffold(dict(sorted(files.items())), tuple(conflicts))
