"""Visitor sign-in through the platform, for real: the scaffolded sample builds and signs in.

The sample app is connected and prepared with `visitor_auth=PLATFORM`, installed and built with
`next build`, then served with `next start` against `l4ydesk serve` (in-process, on 127.0.0.1).
A visitor signs up and signs in through the generated pages' forms exactly as a browser without
script posts them (the server actions' hidden fields, multipart), the session cookie comes back
httpOnly, Secure and SameSite=Lax, and the account page (`getVisitor()`) shows the visitor;
signing out ends the session on the platform too. Slow: npm install + next build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from l4ydesk.core.publish.config import PublishConfig, VisitorAuth
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.storage.visitor_models import VisitorAccount, VisitorSession
from tests.integration.publish.test_scaffold_build import (
    _free_port,
    _next_build,
    _wait_until_up,
)
from tests.publish_support import connected_sample

pytestmark = pytest.mark.slow

EMAIL = "Marin.Keel@example.com"
PASSWORD = "harbor lights at dusk"
COOKIE = "__Host-l4y_session"


@dataclass
class Served:
    services: Any
    platform: Any
    url: str


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings

    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("L4YDESK_DB_URL", f"sqlite:///{tmp_path / 'l4ydesk.db'}")
    monkeypatch.setenv("L4YDESK_SERVER_SECRET", "sign-in-build-secret")
    services = build_services(load_settings())
    platform = build_platform_for(services, dev=True)
    server = BackgroundServer(platform)
    url = server.start()
    try:
        yield Served(services, platform, url)
    finally:
        server.stop()
        services.close()


def _form_fields(html: str, action_text: str) -> dict[str, str]:
    """The hidden fields React renders into the form whose button says `action_text`."""
    for form in re.findall(r"<form\b.*?</form>", html, flags=re.S):
        if action_text in form:
            hidden = re.findall(r'<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?', form)
            return {name: value for name, value in hidden}
    raise AssertionError(f"no form with {action_text!r} in the page")


def _post_form(
    client: httpx.Client, page: str, button: str, fields: dict[str, str]
) -> httpx.Response:
    """Submits a generated page's form as a browser without script does (multipart)."""
    shown = client.get(page)
    assert shown.status_code == 200, shown.text[-2000:]
    data = {**_form_fields(shown.text, button), **fields}
    return client.post(
        page,
        files={name: (None, value) for name, value in data.items()},
        headers={"Origin": str(client.base_url).rstrip("/")},
    )


def _session_cookie(response: httpx.Response) -> tuple[str, str]:
    """(the token, the whole Set-Cookie line) of the session cookie the response sets."""
    for line in response.headers.get_list("set-cookie"):
        if line.startswith(f"{COOKIE}="):
            return line.split(";", 1)[0].split("=", 1)[1], line
    raise AssertionError(f"no session cookie in {response.headers.get_list('set-cookie')}")


def test_a_visitor_signs_up_and_in_through_the_built_pages(served: Served, tmp_path: Path) -> None:
    store = served.services.store
    app_id = connected_sample(store, name="Harbor Members")
    config = PublishConfig(
        name="Harbor Members",
        categories=("products",),
        visitor_auth=VisitorAuth.PLATFORM,
        platform_url=served.url,
    )
    key = served.platform.keys.create(app_id, list(config.scopes())).key
    prepared = prepare_files(store, app_id, config, badge=False)
    assert "middleware.ts" in prepared.scaffold_paths

    folder = tmp_path / "app"
    runtime, next_bin, env, build = _next_build(folder, prepared.files, tmp_path, served.url, key)
    for route in ("/sign-in", "/sign-up", "/account"):
        assert route in build.stdout, build.stdout[-3000:]
    for chunk in (folder / ".next" / "static").rglob("*.js"):
        assert key not in chunk.read_text(errors="replace"), chunk  # the key stays server-side

    port = _free_port()
    site = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(runtime.node), next_bin, "start", "-H", "127.0.0.1", "-p", str(port)],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=site, timeout=60, trust_env=False) as client:
            _wait_until_up(client)
            _exercise(client, served, app_id)
        if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1":
            _screenshot(f"{site}/sign-up?error=exists&next=%2Faccount", "publish-sign-up.png")
    finally:
        server.terminate()
        server.wait(timeout=20)


def _screenshot(url: str, name: str) -> None:
    """The generated page as a browser shows it, into docs/screenshots/ (a process of its own)."""
    out = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / name
    script = Path(__file__).with_name("page_shot.py")
    shot = subprocess.run(
        [sys.executable, str(script), url, str(out)], capture_output=True, text=True, timeout=120
    )
    assert shot.returncode == 0, shot.stderr[-2000:]


def _exercise(client: httpx.Client, served: Served, app_id: int) -> None:
    # Nobody signed in: the middleware sends /account to sign-in, remembering where to return.
    gate = client.get("/account")
    assert gate.status_code in (307, 308), gate.status_code
    assert gate.headers["location"].endswith("/sign-in?next=%2Faccount")

    weak = _post_form(client, "/sign-up", "Create account", {"email": EMAIL, "password": "short"})
    assert weak.status_code == 303 and "error=password" in weak.headers["location"]
    assert "at least 10 characters" in client.get(weak.headers["location"]).text
    assert served.platform.visitors.count(app_id) == 0

    signed_up = _post_form(
        client, "/sign-up", "Create account", {"email": EMAIL, "password": PASSWORD}
    )
    assert signed_up.status_code == 303, signed_up.text[-2000:]
    assert signed_up.headers["location"].endswith("/account")
    token, line = _session_cookie(signed_up)
    attributes = {part.strip().lower() for part in line.split(";")[1:]}
    assert {"httponly", "secure", "samesite=lax", "path=/"} <= attributes, line
    assert any(a.startswith("expires=") for a in attributes), line
    assert token.startswith("l4yv_")

    account = client.get("/account", headers={"Cookie": f"{COOKIE}={token}"})
    assert account.status_code == 200, account.text[-2000:]
    assert f">{EMAIL}</span>" in account.text  # getVisitor() saw the visitor

    # Sign out from the account page: the cookie is cleared and the platform ends the session.
    signed_out = client.post(
        "/account",
        files={n: (None, v) for n, v in _form_fields(account.text, "Sign out").items()},
        headers={"Origin": str(client.base_url).rstrip("/"), "Cookie": f"{COOKIE}={token}"},
    )
    assert signed_out.status_code == 303, signed_out.text[-2000:]
    assert signed_out.headers["location"] in ("/", f"{client.base_url}".rstrip("/") + "/")
    assert _session_cookie(signed_out)[0] == ""
    replayed = client.get("/account", headers={"Cookie": f"{COOKIE}={token}"})
    assert replayed.status_code in (303, 307) and "/sign-in" in replayed.headers["location"]

    wrong = _post_form(client, "/sign-in", "Sign in", {"email": EMAIL, "password": PASSWORD + "!"})
    assert wrong.status_code == 303 and "error=credentials" in wrong.headers["location"]
    assert "The email or the password is not right." in client.get(wrong.headers["location"]).text

    signed_in = _post_form(
        client, "/sign-in", "Sign in", {"email": EMAIL.lower(), "password": PASSWORD}
    )
    assert signed_in.status_code == 303, signed_in.text[-2000:]
    second, _line = _session_cookie(signed_in)
    assert second != token
    again = client.get("/account", headers={"Cookie": f"{COOKIE}={second}"})
    assert again.status_code == 200 and EMAIL in again.text

    with served.services.store.session() as session:
        accounts = session.scalars(select(VisitorAccount)).all()
        sessions = session.scalars(select(VisitorSession).order_by(VisitorSession.id)).all()
        assert [a.email for a in accounts] == [EMAIL]
        assert [s.revoked_at is not None for s in sessions] == [True, False]
