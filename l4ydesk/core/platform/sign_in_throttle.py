"""Per-email lockout of visitor sign-in: after repeated failures, sign-in pauses for a while.

The key's bucket limits how fast one app's server calls the platform; this limits how many
passwords can be tried against one email of one app, whatever the number of keys, servers or
addresses behind the attempts. MAX_FAILURES failures within WINDOW lock the email for
FIRST_LOCK, doubling with each further lockout up to MAX_LOCK (the cap bounds how long someone
who types a victim's email on purpose can keep its owner out); a good sign-in clears it all.
While locked, sign-in is refused with 429 and Retry-After before any password is checked, even
a right one. Unknown emails are counted and locked alike, so the answer never tells whether an
account exists. The counts live in the database (one row per app and email, written under the
row's lock), so every server process serving the store applies the same limit.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Final

from sqlalchemy import and_, delete, or_, select

from l4ydesk.core.platform.errors import RateLimitedError
from l4ydesk.core.records import as_utc
from l4ydesk.storage.db import Store, insert_ignoring
from l4ydesk.storage.sign_in_throttle_models import SignInThrottle as ThrottleRow

MAX_FAILURES: Final = 5
WINDOW: Final = timedelta(minutes=15)
FIRST_LOCK: Final = timedelta(minutes=15)
MAX_LOCK: Final = timedelta(hours=1)
FORGET_AFTER: Final = timedelta(days=1)  # rows quiet this long (and unlocked) are dropped


def lock_duration(lockouts: int) -> timedelta:
    """How long the `lockouts`-th lockout in a row lasts: 15 min, 30 min, then 1 h."""
    return min(MAX_LOCK, FIRST_LOCK * (1 << min(max(0, lockouts - 1), 16)))


def locked_sentence(retry_after: float) -> str:
    minutes = max(1, math.ceil(retry_after / 60))
    return (
        f"Too many failed sign-ins for this email: signing in with it is paused for {minutes} "
        f"more minute{'s' if minutes != 1 else ''}. Check the password, then try again after that."
    )


class SignInThrottle:
    """Failed sign-ins per (app, email key), and the lockouts they lead to."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def check(self, app_id: int, email_key: str, now: datetime | None = None) -> None:
        """RateLimitedError (429, Retry-After) while the email is locked at this app."""
        now = now or datetime.now(UTC)
        with self._store.session() as session:
            until = session.scalar(
                select(ThrottleRow.locked_until).where(
                    ThrottleRow.app_id == app_id, ThrottleRow.email_key == email_key
                )
            )
        if until is not None and as_utc(until) > now:
            wait = (as_utc(until) - now).total_seconds()
            raise RateLimitedError(locked_sentence(wait), retry_after=wait)

    def failed(self, app_id: int, email_key: str, now: datetime | None = None) -> None:
        """Count one failure; the MAX_FAILURES-th in the window locks the email."""
        now = now or datetime.now(UTC)
        with self._store.write_session() as session:
            # Made if missing by whichever process comes first; then changed under its lock.
            fresh = {"failures": 0, "lockouts": 0, "window_started_at": now, "last_failed_at": now}
            query = insert_ignoring(session, ThrottleRow.__table__, ["app_id", "email_key"])
            session.execute(query.values(app_id=app_id, email_key=email_key, **fresh))
            row = session.scalar(
                select(ThrottleRow)
                .where(ThrottleRow.app_id == app_id, ThrottleRow.email_key == email_key)
                .with_for_update()
            )
            assert row is not None
            if now - as_utc(row.window_started_at) > WINDOW:
                row.failures, row.window_started_at = 0, now
            row.failures += 1
            row.last_failed_at = now
            if row.failures >= MAX_FAILURES:
                row.lockouts += 1
                row.locked_until = now + lock_duration(row.lockouts)
                row.failures, row.window_started_at = 0, now
            # Emails nobody has tried for a day (and not locked) are forgotten.
            session.execute(
                delete(ThrottleRow).where(
                    ThrottleRow.app_id == app_id,
                    ThrottleRow.last_failed_at < now - FORGET_AFTER,
                    or_(ThrottleRow.locked_until.is_(None), ThrottleRow.locked_until < now),
                )
            )

    def succeeded(self, app_id: int, email_key: str) -> None:
        """A good sign-in: the email's failures and lockouts are forgotten."""
        with self._store.session() as session:
            session.execute(
                delete(ThrottleRow).where(
                    and_(ThrottleRow.app_id == app_id, ThrottleRow.email_key == email_key)
                )
            )
