"""Visitor sign-in over HTTP (`/api/v1/auth/…`) on SQLite and PostgreSQL, hostile callers included.

Every refusal is a 4xx with a sentence and leaves the accounts and sessions as they were.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select, update

from l4ydesk.storage.visitor_models import VisitorAccount, VisitorSession
from tests.platform.conftest import Api

AUTH = "auth:read,auth:write"
PASSWORD = "tidal mugs at dawn"


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert message.endswith((".", "!")) and "Traceback" not in message
    return str(message)


def _counts(api: Api) -> tuple[int, int]:
    with api.services.store.session() as session:
        accounts = session.scalar(select(func.count(VisitorAccount.id)))
        sessions = session.scalar(select(func.count(VisitorSession.id)))
        return int(accounts or 0), int(sessions or 0)


def _up(api: Api, key: str, email: str, password: str = PASSWORD) -> Any:
    return api.call(
        "POST", "/api/v1/auth/sign-up", key, json={"email": email, "password": password}
    )


def _in(api: Api, key: str, email: str, password: str = PASSWORD) -> Any:
    return api.call(
        "POST", "/api/v1/auth/sign-in", key, json={"email": email, "password": password}
    )


def _me(api: Api, key: str, token: str | None) -> Any:
    headers = {"L4y-Session": token} if token is not None else {}
    return api.call("GET", "/api/v1/auth/me", key, headers=headers)


def _out(api: Api, key: str, token: str) -> Any:
    return api.call("POST", "/api/v1/auth/sign-out", key, headers={"L4y-Session": token})


def test_sign_up_sign_in_who_am_i_and_sign_out(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    assert _counts(api) == (0, 0)

    created = _up(api, key, " Ana.Lima@Example.com ")
    assert created.status_code == 201, created.text
    visitor = created.json()
    assert visitor["email"] == "Ana.Lima@Example.com" and visitor["last_sign_in_at"] is None
    assert PASSWORD not in created.text

    signed = _in(api, key, "ana.lima@example.COM")  # the email is matched case-insensitively
    assert signed.status_code == 201, signed.text
    token, expires = signed.json()["token"], datetime.fromisoformat(signed.json()["expires_at"])
    assert token.startswith("l4yv_") and len(token) > 40
    assert timedelta(days=29) < expires - datetime.now(UTC) <= timedelta(days=30)
    assert signed.json()["visitor"]["id"] == visitor["id"]

    me = _me(api, key, token)
    assert me.status_code == 200, me.text
    assert me.json()["visitor"]["email"] == "Ana.Lima@Example.com"
    assert me.json()["visitor"]["last_sign_in_at"] is not None

    # Only a salted scrypt hash and a keyed token hash are stored.
    with api.services.store.session() as session:
        account = session.scalars(select(VisitorAccount)).one()
        stored = session.scalars(select(VisitorSession)).one()
        assert account.password_hash.startswith("scrypt$16384$8$5$")
        assert PASSWORD not in account.password_hash
        assert stored.token_hash != token and len(stored.token_hash) == 64
        assert token not in repr(stored.__dict__)

    out = _out(api, key, token)
    assert out.status_code == 204 and out.content == b""
    # The token is spent: replaying it (who-am-I or sign-out again) is refused.
    assert "signed out" in _error(_me(api, key, token), 401)
    assert "signed out" in _error(_out(api, key, token), 401)
    second = _in(api, key, "ana.lima@example.com").json()["token"]
    assert second != token and _me(api, key, second).status_code == 200
    assert _counts(api) == (1, 2)


def test_wrong_password_and_unknown_email_get_the_same_answer(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    assert _up(api, key, "ana@example.com").status_code == 201
    before = _counts(api)

    wrong = _in(api, key, "ana@example.com", "tidal mugs at dusk")
    unknown = _in(api, key, "nobody@example.com")
    not_an_email = _in(api, key, "' OR '1'='1")
    for response in (wrong, unknown, not_an_email):
        _error(response, 401)
    assert wrong.json() == unknown.json() == not_an_email.json()
    assert "email or the password" in wrong.json()["error"]["message"]
    assert _counts(api) == before


def test_duplicate_email_weak_password_and_bad_bodies(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    assert _up(api, key, "ana@example.com").status_code == 201
    before = _counts(api)

    assert "already exists" in _error(_up(api, key, "ANA@example.com", "another long one"), 409)
    for weak in ("short", "aaaaaaaaaaaaaa", "password123", "ben@example.com"):
        response = _up(api, key, "ben@example.com", weak)
        _error(response, 422)
        assert [f["field"] for f in response.json()["error"]["fields"]] == ["password"], weak
    for email in ("ben", "ben@localhost", "ben @example.com", "ben@@example.com", "ben\u200b@x.io"):
        response = _up(api, key, email)
        _error(response, 422)
        assert [f["field"] for f in response.json()["error"]["fields"]] == ["email"], email
    headers = {"Content-Type": "application/json"}
    for body, status in (
        (b'{"email": "ben@example.com",', 400),
        (b'{"email": "ben@example.com"}', 422),
        (b'{"email": "ben@example.com", "password": "x" , "admin": true}', 422),
        (b'{"email": 12, "password": "tidal mugs at dawn"}', 422),
        (b"[]", 422),
    ):
        _error(api.call("POST", "/api/v1/auth/sign-up", key, content=body, headers=headers), status)
    long_password = _up(api, key, "ben@example.com", "x y z " * 100)
    assert "at most 200" in _error(long_password, 422)
    assert _counts(api) == before


def test_scopes_keys_and_missing_sessions(api: Api) -> None:
    api.services.catalog.create("Shop")
    products = api.key("shop", "products:read")
    writer = api.key("shop", "auth:write")
    assert "no API key" in _error(api.call("POST", "/api/v1/auth/sign-in", json={}), 401)
    assert "auth:write" in _error(_up(api, products, "ana@example.com"), 403)
    assert _up(api, writer, "ana@example.com").status_code == 201
    token = _in(api, writer, "ana@example.com").json()["token"]
    assert "auth:read" in _error(_me(api, writer, token), 403)
    reader = api.key("shop", "auth:read")
    assert "auth:write" in _error(_out(api, reader, token), 403)
    assert _me(api, reader, token).status_code == 200
    assert "L4y-Session" in _error(_me(api, reader, None), 401)
    assert "not known" in _error(_me(api, reader, "l4yv_" + "A" * 43), 401)
    assert "not known" in _error(_me(api, reader, token + "x"), 401)
    assert "not known" in _error(_me(api, reader, "x" * 5000), 401)
    # `*:read` covers the visitor routes too.
    assert _me(api, api.key("shop", "*:read"), token).status_code == 200


def test_another_apps_visitors_and_sessions_are_not_seen(api: Api) -> None:
    api.services.catalog.create("Shop")
    api.services.catalog.create("Other")
    shop, other = api.key("shop", AUTH), api.key("other", AUTH)
    assert _up(api, shop, "ana@example.com").status_code == 201
    token = _in(api, shop, "ana@example.com").json()["token"]

    assert "not known" in _error(_me(api, other, token), 401)
    assert "not known" in _error(_out(api, other, token), 401)
    assert "email or the password" in _error(_in(api, other, "ana@example.com"), 401)
    assert _me(api, shop, token).status_code == 200  # still signed in at its own app
    # The same email is a separate account at the other app, with its own password.
    assert _up(api, other, "ana@example.com", "other shop password").status_code == 201
    assert _in(api, other, "ana@example.com").status_code == 401
    assert _in(api, other, "ana@example.com", "other shop password").status_code == 201


def test_an_expired_session_signs_nobody_in(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    _up(api, key, "ana@example.com")
    token = _in(api, key, "ana@example.com").json()["token"]
    assert _me(api, key, token).status_code == 200
    with api.services.store.session() as session:
        session.execute(
            update(VisitorSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert "expired" in _error(_me(api, key, token), 401)
    assert "expired" in _error(_out(api, key, token), 401)
    # Signing in again clears the account's expired sessions.
    assert _in(api, key, "ana@example.com").status_code == 201
    assert _counts(api) == (1, 1)


def test_sql_looking_and_unicode_emails(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    quoted = "o'reilly'--@example.com"
    assert _up(api, key, quoted).json()["email"] == quoted
    token = _in(api, key, quoted).json()["token"]
    assert _me(api, key, token).json()["visitor"]["email"] == quoted

    refused = "robert');DROP TABLE visitor_accounts;--@example.com"
    assert "spaces" in _error(_up(api, key, refused), 422)
    assert "email or the password" in _error(_in(api, key, refused), 401)

    decomposed = unicodedata.normalize("NFD", "Zoë.Ünal@bücher.example")
    created = _up(api, key, decomposed, "Grüße aus Köln 2027")
    assert created.status_code == 201, created.text
    assert created.json()["email"] == unicodedata.normalize("NFC", decomposed)
    # Composed or decomposed, upper or lower case: the same visitor and the same password.
    composed = unicodedata.normalize("NFC", "zoë.ünal@BÜCHER.example")
    password = unicodedata.normalize("NFD", "Grüße aus Köln 2027")
    assert _in(api, key, composed, password).status_code == 201
    assert "already exists" in _error(_up(api, key, composed), 409)
    assert _counts(api)[0] == 2  # the table is still there, with both accounts


def test_ten_megabyte_bodies_are_refused(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    big = b'{"email": "ana@example.com", "password": "' + b"x" * (10 * 1024 * 1024) + b'"}'
    headers = {"Content-Type": "application/json"}
    for path in ("/api/v1/auth/sign-up", "/api/v1/auth/sign-in"):
        assert "larger than" in _error(
            api.call("POST", path, key, content=big, headers=headers), 413
        )

    def chunks() -> Any:
        for _ in range(12):
            yield b"x" * (1024 * 1024)

    _error(api.call("POST", "/api/v1/auth/sign-up", key, content=chunks(), headers=headers), 413)
    assert _counts(api) == (0, 0)


def test_the_keys_bucket_limits_the_visitor_routes(api: Api) -> None:
    api.services.catalog.create("Shop")
    api.platform.keys.burst, api.platform.keys.rate = 2.0, 0.01
    key = api.key("shop", AUTH)
    assert _me(api, key, None).status_code == 401  # each call spends a token, refused or not
    assert _in(api, key, "ana@example.com").status_code == 401
    limited = _in(api, key, "ana@example.com")
    assert "Too many requests" in _error(limited, 429)
    assert int(limited.headers["Retry-After"]) >= 1


def test_openapi_describes_the_visitor_routes(api: Api) -> None:
    spec = api.call("GET", "/openapi.json").json()
    for path, method in (
        ("/api/v1/auth/sign-up", "post"),
        ("/api/v1/auth/sign-in", "post"),
        ("/api/v1/auth/me", "get"),
        ("/api/v1/auth/sign-out", "post"),
    ):
        operation = spec["paths"][path][method]
        assert operation["tags"] == ["auth"] and operation["summary"]
        assert {"401", "403", "429"} <= set(operation["responses"])
    me = spec["paths"]["/api/v1/auth/me"]["get"]
    assert any(p["name"] == "L4y-Session" and p["in"] == "header" for p in me["parameters"])
    assert "409" in spec["paths"]["/api/v1/auth/sign-up"]["post"]["responses"]


def test_repeated_failures_lock_the_email_for_a_while_in_every_server(api: Api) -> None:
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.core.platform.sign_in_throttle import MAX_FAILURES
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings
    from l4ydesk.storage.sign_in_throttle_models import SignInThrottle

    api.services.catalog.create("Shop")
    key = api.key("shop", AUTH)
    assert _up(api, key, "ana@example.com").status_code == 201
    for _ in range(MAX_FAILURES):
        _error(_in(api, key, "ana@example.com", "tidal mugs at dusk"), 401)
    # Locked: even the right password is refused, with when to come back.
    locked = _in(api, key, "ana@example.com")
    sentence = _error(locked, 429)
    assert "Too many failed sign-ins for this email" in sentence and "15 more minutes" in sentence
    assert 14 * 60 < int(locked.headers["Retry-After"]) <= 15 * 60
    assert _counts(api)[1] == 0  # no session was made
    # Unknown emails lock alike, so a 429 tells nobody who has an account.
    for _ in range(MAX_FAILURES):
        _error(_in(api, key, "nobody@example.com"), 401)
    unknown = _in(api, key, "nobody@example.com")
    assert _error(unknown, 429) == sentence and unknown.json() == locked.json()
    assert _in(api, key, "ben@example.com").status_code == 401  # other emails are not locked

    # A second server over the same database (its own store and platform) refuses too.
    other_services = build_services(load_settings())
    other = BackgroundServer(build_platform_for(other_services, dev=True))
    try:
        url = other.start()
        body = {"email": "ana@example.com", "password": PASSWORD}
        headers = {"Authorization": f"Bearer {key}"}
        response = httpx.post(f"{url}/api/v1/auth/sign-in", json=body, headers=headers, timeout=30)
        assert "Too many failed sign-ins" in _error(response, 429)
    finally:
        other.stop()
        other_services.close()

    # The lock over (moved back in the database), the right password signs in and clears the
    # count; the next lockout would have lasted twice as long.
    with api.services.store.session() as session:
        row = session.scalar(
            select(SignInThrottle).where(SignInThrottle.email_key == "ana@example.com")
        )
        assert row is not None and row.lockouts == 1
        row.locked_until = datetime.now(UTC) - timedelta(seconds=1)
    assert _in(api, key, "ana@example.com").status_code == 201
    with api.services.store.session() as session:
        left = session.scalars(select(SignInThrottle.email_key)).all()
    assert sorted(left) == ["ben@example.com", "nobody@example.com"]
