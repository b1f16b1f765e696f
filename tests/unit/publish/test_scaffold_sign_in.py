"""Visitor sign-in in the scaffold: generated with PLATFORM only, stable, never over the user's."""

from __future__ import annotations

import re

import pytest

from l4ydesk.core.platform.visitor_passwords import MIN_PASSWORD
from l4ydesk.core.platform.visitors import (
    ME_PATH,
    SESSION_HEADER,
    SIGN_IN_PATH,
    SIGN_OUT_PATH,
    SIGN_UP_PATH,
)
from l4ydesk.core.publish.config import PublishConfig, VisitorAuth
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import HEADER_TEXT, ScaffoldInputs, generate
from l4ydesk.core.publish.scaffold.visitor_auth import LIBRARY, MIDDLEWARE, PAGES, url_of_page
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.publish_support import connected_sample

SIGN_IN_FILES = {*LIBRARY.values(), *(path for path, _url in PAGES.values()), MIDDLEWARE}
APP = {
    "package.json": b'{"name": "shop", "dependencies": {"next": "15.5.0"}}\n',
    "app/layout.tsx": b"export default function L({ children }: { children: React.ReactNode }) {\n"
    b"  return <html><body>{children}</body></html>;\n}\n",
    "app/page.tsx": b"export default function Page() {\n  return <main>Shop</main>;\n}\n",
}
ON = ScaffoldInputs(("products",), visitor_sign_in=True)
OFF = ScaffoldInputs(("products",))


def _config(auth: VisitorAuth) -> PublishConfig:
    return PublishConfig(
        name="Harbor",
        categories=("products",),
        visitor_auth=auth,
        platform_url="https://api.example.test",
    )


def test_platform_sign_in_generates_the_client_pages_actions_and_middleware(store: Store) -> None:
    app_id = connected_sample(store)
    on = prepare_files(store, app_id, _config(VisitorAuth.PLATFORM), badge=False)
    off = prepare_files(store, app_id, _config(VisitorAuth.NONE), badge=False)
    assert set(on.scaffold_paths) >= SIGN_IN_FILES
    assert not SIGN_IN_FILES & set(off.files)  # with NONE nothing of this exists
    assert not any("auth" in path or "(l4y)" in path for path in off.files)
    assert set(on.files) - set(off.files) == SIGN_IN_FILES
    for path in SIGN_IN_FILES:
        assert HEADER_TEXT in on.files[path].decode()[:200], path
    assert on.conflicts == off.conflicts and on.edited_paths == off.edited_paths
    # the key gets the auth scopes, and .env.example says so
    assert "products:read,auth:read,auth:write" in on.files[".env.example"].decode()


def test_the_generated_code_calls_the_routes_the_platform_serves() -> None:
    files = generate(APP, ON).files
    client = files["lib/l4y/auth.ts"].decode()
    for path in (SIGN_UP_PATH, SIGN_IN_PATH, ME_PATH, SIGN_OUT_PATH):
        assert f'"{path}"' in client
    assert f'SESSION_HEADER = "{SESSION_HEADER}"' in client
    sign_in_text = "".join(files[p].decode() for p in SIGN_IN_FILES)
    assert re.findall(r"__[A-Z_]+__", sign_in_text) == []  # every placeholder was filled
    config = files["lib/l4y/auth-config.ts"].decode()
    assert f"MIN_PASSWORD = {MIN_PASSWORD};" in config
    from l4ydesk.server.visitor_routes import build_visitor_router

    served = {getattr(route, "path", "") for route in build_visitor_router().routes}
    assert served == {SIGN_UP_PATH, SIGN_IN_PATH, ME_PATH, SIGN_OUT_PATH}


def test_the_session_cookie_is_http_only_secure_and_lax_and_nothing_is_public() -> None:
    files = generate(APP, ON).files
    actions = files["lib/l4y/auth-actions.ts"].decode()
    assert actions.splitlines()[1] == '"use server";'  # after the header, before any import
    cookie = actions[actions.index(".set(SESSION_COOKIE") :]
    cookie = cookie[: cookie.index("});")]
    for option in ("httpOnly: true", "secure: true", 'sameSite: "lax"', 'path: "/"', "expires:"):
        assert option in cookie, option
    assert 'SESSION_COOKIE = "__Host-' in files["lib/l4y/auth-config.ts"].decode()
    for path in SIGN_IN_FILES:
        text = files[path].decode()
        assert "NEXT_PUBLIC_" not in text and "L4Y_API_KEY" not in text, path
        assert '"use client"' not in text, path  # all of it runs on the server
    session = files["lib/l4y/session.ts"].decode()
    assert "export const getVisitor = cache(" in session
    # an error code goes in the URL, never a sentence (a URL's text is not shown on the page)
    assert "?error=${code}" in actions
    config = files["lib/l4y/auth-config.ts"].decode()
    assert "hasOwnProperty.call(MESSAGES, code)" in config


def test_sign_in_output_is_byte_identical_and_idempotent() -> None:
    once = generate(APP, ON)
    assert generate(APP, ON).files == once.files
    twice = generate(once.files, ON)  # over its own output (files kept in the store)
    assert twice.files == once.files and twice.edited == () and twice.conflicts == ()
    # switching back to NONE drops every generated sign-in file, and nothing else changes
    back = generate(once.files, OFF)
    assert back.files == generate(APP, OFF).files


@pytest.mark.parametrize(
    "path", ["middleware.ts", "middleware.js", "src/middleware.ts", "proxy.ts"]
)
def test_the_apps_own_middleware_is_never_clobbered(path: str) -> None:
    mine = b"export function middleware() {}\n"
    result = generate({**APP, path: mine}, ON)
    assert result.files[path] == mine
    assert "middleware.ts" not in result.generated
    assert path == "middleware.ts" or "middleware.ts" not in result.files  # never two
    assert len([c for c in result.conflicts if c.startswith(path)]) == 1, result.conflicts
    assert "app/(l4y)/sign-in/page.tsx" in result.generated  # the rest is still written


def test_the_apps_own_sign_in_page_is_kept() -> None:
    mine = b"export default function SignIn() {\n  return <main>Mine</main>;\n}\n"
    result = generate({**APP, "app/(auth)/sign-in/page.tsx": mine}, ON)
    assert result.files["app/(auth)/sign-in/page.tsx"] == mine
    assert "app/(l4y)/sign-in/page.tsx" not in result.files
    assert any("already serves /sign-in" in c for c in result.conflicts)
    assert "app/(l4y)/sign-up/page.tsx" in result.generated
    at_our_path = generate({**APP, "app/(l4y)/account/page.tsx": mine}, ON)
    assert at_our_path.files["app/(l4y)/account/page.tsx"] == mine
    assert any(
        c.startswith("app/(l4y)/account/page.tsx is your own") for c in at_our_path.conflicts
    )


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("app/page.tsx", "/"),
        ("app/(shop)/cart/page.tsx", "/cart"),
        ("src/app/sign-in/page.jsx", "/sign-in"),
        ("app/@modal/(.)photo/page.tsx", "/(.)photo"),
        ("app/sign-in/layout.tsx", None),
        ("components/page.tsx", None),
    ],
)
def test_urls_of_page_files(path: str, url: str | None) -> None:
    assert url_of_page(path) == url


def test_prepare_keeps_the_sign_in_files_as_generated(store: Store) -> None:
    """The compat rules leave the generated sign-in files as the scaffold wrote them."""
    app_id = connected_sample(store)
    prepared = prepare_files(store, app_id, _config(VisitorAuth.PLATFORM), badge=False)
    inputs = ScaffoldInputs(("products",), visitor_sign_in=True)
    scaffold = generate(VirtualFileSystem(store, 1 << 30).read_all(app_id), inputs)
    for path in SIGN_IN_FILES:
        assert prepared.files[path] == scaffold.files[path], path
