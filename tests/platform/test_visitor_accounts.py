"""Visitor accounts below HTTP: the password hash, the email rules, the sign-in lockout,
migrations 0009 and 0010."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, update

from l4ydesk.core.platform.errors import InvalidInputError, NotAuthenticatedError
from l4ydesk.core.platform.visitor_passwords import (
    ScryptCost,
    hash_password,
    needs_rehash,
    normalize_email,
    verify_password,
)
from l4ydesk.core.platform.visitors import VisitorAccounts
from l4ydesk.core.publish.config import PublishConfig, VisitorAuth
from l4ydesk.storage.db import Store, alembic_config
from l4ydesk.storage.models import Base
from l4ydesk.storage.visitor_models import VisitorAccount

CHEAP = ScryptCost(n=2**10, r=8, p=1)  # the stored parameters, not the code, decide the check


def test_a_hash_is_salted_and_checked_in_constant_time() -> None:
    first, second = (
        hash_password("tidal mugs at dawn", CHEAP),
        hash_password("tidal mugs at dawn", CHEAP),
    )
    assert first != second  # a salt of its own per hash
    assert first.startswith("scrypt$1024$8$1$")
    assert verify_password("tidal mugs at dawn", first)
    assert not verify_password("tidal mugs at dawn ", first)
    assert not verify_password("tidal mugs at dawn", "md5$abc")  # not a hash this knows
    assert not verify_password("tidal mugs at dawn", "scrypt$1024$8$1$%%%$abc")
    assert needs_rehash(first) and not needs_rehash(first, CHEAP)


@pytest.mark.parametrize(
    ("raw", "shown", "key"),
    [
        (" Ana@Example.COM ", "Ana@Example.COM", "ana@example.com"),
        (
            "o'reilly+shop@example.co.uk",
            "o'reilly+shop@example.co.uk",
            "o'reilly+shop@example.co.uk",
        ),
        ("zoe\u0308@bu\u0308cher.example", "zoë@bücher.example", "zoë@bücher.example"),
    ],
)
def test_emails_are_kept_as_typed_and_matched_folded(raw: str, shown: str, key: str) -> None:
    assert normalize_email(raw) == (shown, key)


@pytest.mark.parametrize(
    "raw", ["", "ana", "ana@", "@example.com", "ana@example", "a..b@example.com",
            "ana@exa_mple.com", "ana@-example.com", "an a@example.com", "ana@exa\u202emple.com",
            "x" * 65 + "@example.com", "a@" + "b" * 250 + ".com"],
)  # fmt: skip
def test_what_is_not_an_email_gets_a_sentence(raw: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        normalize_email(raw)
    assert caught.value.problems[0].field == "email"
    assert str(caught.value).startswith("The email ")


def test_a_stronger_cost_rehashes_at_the_next_sign_in(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        from l4ydesk.core.apps import AppCatalog

        app_id = AppCatalog(store).create("Shop").app_id
        weak = VisitorAccounts(store, b"secret", cost=CHEAP)
        weak.sign_up(app_id, "ana@example.com", "tidal mugs at dawn")
        stronger = ScryptCost(n=2**11, r=8, p=1)
        accounts = VisitorAccounts(store, b"secret", cost=stronger, session_days=1)
        signed = accounts.sign_in(app_id, "ana@example.com", "tidal mugs at dawn")
        with store.session() as session:
            stored = session.query(VisitorAccount).one().password_hash
        assert stored.startswith("scrypt$2048$8$1$")
        assert accounts.current(app_id, signed.token).visitor.email == "ana@example.com"
        # Another server secret hashes tokens differently: the session is not found.
        with pytest.raises(NotAuthenticatedError):
            VisitorAccounts(store, b"other", cost=CHEAP).current(app_id, signed.token)
        with store.session() as session:
            session.execute(update(VisitorAccount).values(password_hash="garbage"))
        with pytest.raises(NotAuthenticatedError):
            accounts.sign_in(app_id, "ana@example.com", "tidal mugs at dawn")
    finally:
        store.close()


def test_platform_sign_in_adds_exactly_the_auth_scopes() -> None:
    config = PublishConfig(categories=("products",))
    assert config.scopes() == ("products:read",)
    signed = config.with_changes(visitor_auth=VisitorAuth.PLATFORM)
    assert signed.scopes() == ("products:read", "auth:read", "auth:write")


def test_failures_lock_only_within_the_window_and_lockouts_double_up_to_the_cap(
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime, timedelta

    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.platform.errors import RateLimitedError
    from l4ydesk.core.platform.sign_in_throttle import (
        MAX_FAILURES,
        WINDOW,
        SignInThrottle,
        lock_duration,
    )

    assert [lock_duration(n).total_seconds() / 60 for n in (1, 2, 3, 4, 40)] == [15, 30, 60, 60, 60]
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        app_id = AppCatalog(store).create("Shop").app_id
        throttle = SignInThrottle(store)
        start = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
        # Failures spread wider than the window never add up to a lockout.
        for n in range(3 * MAX_FAILURES):
            at = start + n * (WINDOW / (MAX_FAILURES - 1) + timedelta(seconds=1))
            throttle.failed(app_id, "ana@example.com", now=at)
            throttle.check(app_id, "ana@example.com", now=at)
        # Within it, the MAX_FAILURES-th locks; the next lockout lasts twice as long.
        later = start + timedelta(hours=3)
        for lockout, minutes in ((1, 15), (2, 30)):
            for _ in range(MAX_FAILURES):
                throttle.failed(app_id, "ana@example.com", now=later)
            with pytest.raises(RateLimitedError) as refused:
                throttle.check(app_id, "ana@example.com", now=later + timedelta(minutes=1))
            assert refused.value.retry_after == (minutes - 1) * 60, lockout
            later += timedelta(minutes=minutes)
            throttle.check(app_id, "ana@example.com", now=later)  # over: allowed again
        throttle.check(app_id + 1, "ana@example.com", now=start)  # per app
        throttle.succeeded(app_id, "ana@example.com")
        for _ in range(MAX_FAILURES):
            throttle.failed(app_id, "ana@example.com", now=later)
        with pytest.raises(RateLimitedError) as refused:  # forgotten: back to the first lock
            throttle.check(app_id, "ana@example.com", now=later)
        assert refused.value.retry_after == 15 * 60
    finally:
        store.close()


@pytest.mark.parametrize(
    ("before", "tables"),
    [
        ("0008", ("visitor_accounts", "visitor_sessions", "visitor_sign_in_throttles")),
        ("0009", ("visitor_sign_in_throttles",)),
    ],
)
def test_migrations_0009_and_0010_match_the_models_and_downgrade(
    tmp_path: Path, before: str, tables: tuple[str, ...]
) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diffs if "visitor_" in repr(d)] == []
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, before)
        names = inspect(store.engine).get_table_names()
        assert not set(tables) & set(names) and "builder_apps" in names
    finally:
        store.close()
    reopened = Store(url)  # upgraded to the head again
    try:
        assert set(tables) <= set(inspect(reopened.engine).get_table_names())
    finally:
        reopened.close()
