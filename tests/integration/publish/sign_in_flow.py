"""Visitor sign-in through the platform, for real, on the served scaffolded sample (its checks
run in test_scaffold_build, on the build that also carries the products, forms and checkout).

A visitor signs up and signs in through the generated pages' forms exactly as a browser without
script posts them (the server actions' hidden fields, multipart), the session cookie comes back
httpOnly, Secure and SameSite=Lax, and the account page (`getVisitor()`) shows the visitor;
signing out ends the session on the platform too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
from sqlalchemy import select

from l4ydesk.storage.visitor_models import VisitorAccount, VisitorSession
from tests.integration.publish.served_build import ServedBuild

EMAIL = "Marin.Keel@example.com"
PASSWORD = "harbor lights at dusk"
COOKIE = "__Host-l4y_session"


def check_sign_in(built: ServedBuild) -> None:
    """The sign-in scaffold was generated and built, and works (that the key stays out of the
    client chunks is checked by the caller, for the whole build)."""
    assert "middleware.ts" in built.scaffold_paths
    for route in ("/sign-in", "/sign-up", "/account"):
        assert route in built.build.stdout, built.build.stdout[-3000:]

    with httpx.Client(base_url=built.site, timeout=60, trust_env=False) as client:
        _exercise(client, built, built.app_id)
    if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1":
        _screenshot(f"{built.site}/sign-up?error=exists&next=%2Faccount", "publish-sign-up.png")


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


def _screenshot(url: str, name: str) -> None:
    """The generated page as a browser shows it, into docs/screenshots/ (a process of its own)."""
    out = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / name
    script = Path(__file__).with_name("page_shot.py")
    shot = subprocess.run(
        [sys.executable, str(script), url, str(out)], capture_output=True, text=True, timeout=120
    )
    assert shot.returncode == 0, shot.stderr[-2000:]


def _exercise(client: httpx.Client, served: ServedBuild, app_id: int) -> None:
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
