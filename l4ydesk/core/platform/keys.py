"""Scoped API keys of the platform: create (shown once), list, revoke, authenticate, rate-limit.

A key is a long random string, so a keyed SHA-256 (HMAC with the server secret) is enough to
store: nobody can brute-force 190 bits, and a stolen database alone cannot check guesses.
Scopes are `<category>:read` or `<category>:write` over the ontology's API categories.
The token bucket lives in the key's row and is spent with one conditional UPDATE, so every
server process (and every PostgreSQL client) shares it without locks held across requests.
A process takes tokens a lease at a time and spends them in memory for at most a second: the
store sees one write per lease instead of one per request, a key never gets more than its
bucket allows (unspent leased tokens are simply lost), and a revocation from another process
takes effect within that second (at once in the process that revokes).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit

from sqlalchemy import and_, case, select, update
from sqlalchemy.orm import Session

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.platform.errors import (
    ForbiddenError,
    NotAuthenticatedError,
    NotFoundError,
    PlatformError,
    RateLimitedError,
)
from l4ydesk.core.platform.scopes import all_scopes, scope_categories
from l4ydesk.core.records import as_utc
from l4ydesk.storage.db import Store
from l4ydesk.storage.platform_models import ApiKey

KEY_PREFIX: Final = "l4y_"
# A burst of 60 requests, refilled at 20 per second: generous for a shop, stops a loop.
DEFAULT_BURST: Final = 60.0
DEFAULT_RATE: Final = 20.0
# Tokens a process takes from a key's bucket at once (at least; see `lease_size`), and how
# long it trusts what it read.
LEASE_TOKENS: Final = 16
LEASE_SECONDS: Final = 1.0
_DURATION = re.compile(r"^(\d{1,5})([dhm])$")


@dataclass(frozen=True)
class KeyInfo:
    """What may be shown about a key: never the key itself."""

    key_id: int
    app_id: int
    prefix: str
    scopes: tuple[str, ...]
    origins: tuple[str, ...]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= datetime.now(UTC):
            return "expired"
        return "active"

    def allows(self, category: str, action: str) -> bool:
        return f"{category}:{action}" in self.scopes


@dataclass
class _Lease:
    info: KeyInfo
    tokens: int
    until: float  # time.monotonic()


@dataclass(frozen=True)
class NewKey:
    key: str  # shown once, never stored
    info: KeyInfo


def parse_scopes(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Scopes from "products:read,forms:write" (or a list); `*:read` means every category."""
    items = text.split(",") if isinstance(text, str) else list(text)
    known = all_scopes()
    scopes: list[str] = []
    for raw in (item.strip().lower() for item in items):
        if not raw:
            continue
        category, _, action = raw.partition(":")
        expanded = [f"{c}:{action}" for c in scope_categories()] if category == "*" else [raw]
        for scope in expanded:
            if scope not in known:
                raise PlatformError(
                    f"'{raw}' is not a scope. Scopes are CATEGORY:read or CATEGORY:write, with "
                    f"a category among {', '.join(scope_categories())}."
                )
            if scope not in scopes:
                scopes.append(scope)
    if not scopes:
        raise PlatformError("A key needs at least one scope, e.g. --scopes products:read.")
    return tuple(scopes)


def parse_expiry(text: str | None, now: datetime | None = None) -> datetime | None:
    """An expiry moment from "90d", "12h" or "30m"; None (never) when no text is given."""
    if not text:
        return None
    match = _DURATION.match(text.strip().lower())
    if match is None or int(match.group(1)) == 0:
        raise PlatformError(
            f"'{text}' is not a duration. Use a number of days, hours or minutes: 90d, 12h, 30m."
        )
    amount, unit = int(match.group(1)), match.group(2)
    delta = {"d": timedelta(days=amount), "h": timedelta(hours=amount)}.get(
        unit, timedelta(minutes=amount)
    )
    return (now or datetime.now(UTC)) + delta


def parse_origin(text: str) -> str:
    """A browser origin ("https://shop.example"), normalized, or PlatformError."""
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise PlatformError(
            f"'{text}' is not an origin. Give scheme and host only, e.g. https://shop.example."
        )
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


class ApiKeys:
    """The API keys of the workspace's apps."""

    def __init__(
        self,
        store: Store,
        server_secret: bytes,
        *,
        burst: float = DEFAULT_BURST,
        rate: float = DEFAULT_RATE,
    ) -> None:
        self._store = store
        self._secret = server_secret
        self.burst = burst
        self.rate = rate
        self._leases: dict[str, _Lease] = {}
        self._leases_lock = threading.Lock()

    @property
    def lease_size(self) -> int:
        """Tokens a lease takes: LEASE_TOKENS, or a quarter of what the bucket can give in a
        lease's second when that is more, so a key allowed many requests a second costs the
        store a few writes a second per process, not one per 16 requests."""
        return max(LEASE_TOKENS, int(min(self.rate * LEASE_SECONDS, self.burst) / 4))

    def hash_key(self, key: str) -> str:
        return hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).hexdigest()

    def create(
        self,
        app: str | int,
        scopes: str | list[str] | tuple[str, ...],
        *,
        expires: str | None = None,
        origins: list[str] | tuple[str, ...] = (),
    ) -> NewKey:
        app_id = _app_id(self._store, app)
        scope_list = parse_scopes(scopes)
        expires_at = parse_expiry(expires)
        origin_list = sorted({parse_origin(o) for o in origins})
        prefix = KEY_PREFIX + secrets.token_hex(4)
        key = f"{prefix}_{secrets.token_urlsafe(32)}"
        row = ApiKey(
            app_id=app_id,
            prefix=prefix,
            key_hash=self.hash_key(key),
            scopes=list(scope_list),
            origins=origin_list,
            expires_at=expires_at,
            tokens=self.burst,
            refilled_at=time.time(),
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            return NewKey(key, _info(row))

    def list_keys(self, app: str | int | None = None) -> list[KeyInfo]:
        query = select(ApiKey).order_by(ApiKey.id)
        if app is not None:
            query = query.where(ApiKey.app_id == _app_id(self._store, app))
        with self._store.session() as session:
            return [_info(row) for row in session.scalars(query)]

    def revoke(self, prefix_or_id: str | int) -> KeyInfo:
        with self._store.session() as session:
            row = _find(session, prefix_or_id)
            if row.revoked_at is None:
                row.revoked_at = datetime.now(UTC)
                session.flush()
            with self._leases_lock:
                self._leases.pop(row.key_hash, None)
            return _info(row)

    def all_origins(self) -> set[str]:
        """Every origin some live key allows (for CORS preflights, which carry no key)."""
        now = datetime.now(UTC)
        with self._store.session() as session:
            rows = session.scalars(select(ApiKey).where(ApiKey.revoked_at.is_(None))).all()
            return {
                origin
                for row in rows
                if row.expires_at is None or as_utc(row.expires_at) > now
                for origin in row.origins
            }

    def leased(self, key: str | None) -> KeyInfo | None:
        """The live key behind `key` with one request spent from this process's lease, or None
        when only the store can say (no lease, spent, a second old): then call `authenticate`.

        Touches no store and takes microseconds, so the server calls it on its event loop.
        """
        return self._spend_leased(self.hash_key(key.strip())) if key else None

    def authenticate(self, key: str | None) -> KeyInfo:
        """The live key behind `key`, with one request spent from its bucket.

        The happy path touches no store: a token from this process's lease. Otherwise one
        UPDATE spends a new lease (or one token) and returns the key; only a refused key costs
        a second look, to say why.
        """
        if not key:
            raise NotAuthenticatedError(
                "This request has no API key. Send it as 'Authorization: Bearer <key>'."
            )
        digest = self.hash_key(key.strip())
        leased = self._spend_leased(digest)
        if leased is not None:
            return leased
        spent, row = self._take(digest)
        info = _info(row) if row is not None else None
        if info is None:
            raise NotAuthenticatedError("This API key is not known. Check it or create one.")
        if info.state == "revoked":
            raise NotAuthenticatedError("This API key was revoked. Create a new one.")
        if info.state == "expired":
            raise NotAuthenticatedError("This API key has expired. Create a new one.")
        if spent == 0:
            raise RateLimitedError(
                "Too many requests with this API key. Wait a moment and retry.",
                retry_after=1.0 / self.rate,
            )
        if spent > 1:
            with self._leases_lock:
                self._leases[digest] = _Lease(info, spent - 1, time.monotonic() + LEASE_SECONDS)
        return info

    def _spend_leased(self, digest: str) -> KeyInfo | None:
        with self._leases_lock:
            lease = self._leases.get(digest)
            if lease is None:
                return None
            if lease.tokens < 1 or lease.until <= time.monotonic() or lease.info.state != "active":
                del self._leases[digest]
                return None
            lease.tokens -= 1
            return lease.info

    def _take(self, digest: str) -> tuple[int, Any]:
        """Spend a lease of tokens if the bucket has them, else one; (tokens taken, key row)."""
        columns = ApiKey.__table__.c
        # Core on a bare connection (every lease passes here): one UPDATE … RETURNING.
        with self._store.engine.begin() as conn:
            for count in (self.lease_size, 1):
                where = (ApiKey.key_hash == digest, ApiKey.revoked_at.is_(None))
                row = conn.execute(self._spend(*where, count=count).returning(*columns)).first()
                if row is not None:
                    return count, row
            return 0, conn.execute(select(*columns).where(columns.key_hash == digest)).first()

    def authorize(self, info: KeyInfo, category: str, action: str) -> None:
        if not info.allows(category, action):
            raise ForbiddenError(
                f"This API key may not {action} {category}; it needs the scope "
                f"'{category}:{action}'."
            )

    def _spend(self, *where: Any, count: int = 1) -> Any:
        # One statement: refill by elapsed time (capped at the burst), then take `count` tokens
        # if there are. Atomic in SQLite and PostgreSQL, so processes share the bucket exactly.
        now = time.time()
        refilled = ApiKey.tokens + (now - ApiKey.refilled_at) * self.rate
        level = case((refilled > self.burst, self.burst), else_=refilled)
        return (
            update(ApiKey)
            .where(and_(*where, level >= float(count)))
            .values(tokens=level - float(count), refilled_at=now, last_used_at=now)
            .execution_options(synchronize_session=False)
        )


def _app_id(store: Store, app: str | int) -> int:
    catalog = AppCatalog(store)
    return catalog.get(app).app_id if isinstance(app, int) else catalog.find(app).app_id


def _find(session: Session, prefix_or_id: str | int) -> ApiKey:
    text = str(prefix_or_id).strip()
    query = select(ApiKey).where(
        ApiKey.id == int(text) if text.isdigit() else ApiKey.prefix == text
    )
    row = session.scalar(query)
    if row is None:
        raise NotFoundError(f"No API key '{text}'. 'l4ydesk keys list' shows the keys.")
    return row


def _info(row: Any) -> KeyInfo:
    """A KeyInfo from an `ApiKey` or a row of its columns."""
    return KeyInfo(
        key_id=row.id,
        app_id=row.app_id,
        prefix=row.prefix,
        scopes=tuple(row.scopes or ()),
        origins=tuple(row.origins or ()),
        created_at=as_utc(row.created_at),
        expires_at=as_utc(row.expires_at) if row.expires_at else None,
        revoked_at=as_utc(row.revoked_at) if row.revoked_at else None,
        last_used_at=datetime.fromtimestamp(row.last_used_at, UTC) if row.last_used_at else None,
    )
