"""Visitor accounts of published apps: sign up, sign in, who is signed in, sign out.

An account belongs to one app (the API key's), so a visitor of one app is unknown to another.
Sign-in gives a session token, shown once: like an API key it is a long random string, so a
keyed SHA-256 is all that is stored, and a token of another app, signed out or expired, signs
nobody in. A wrong password and an unknown email get the same sentence after the same work
(a decoy hash is checked for an unknown email), so the answer tells nobody who has an account.
Repeated failures for one email lock it for a while (sign_in_throttle.py, 429 + Retry-After).
The slow hash runs outside any transaction: no lock is held while it computes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final, NoReturn

from sqlalchemy import delete, func, select, update

from l4ydesk.core.platform.errors import (
    ConflictError,
    FieldProblem,
    InvalidInputError,
    NotAuthenticatedError,
)
from l4ydesk.core.platform.sign_in_throttle import SignInThrottle
from l4ydesk.core.platform.visitor_passwords import (
    DEFAULT_COST,
    ScryptCost,
    hash_password,
    needs_rehash,
    normalize_email,
    password_problem,
    spend_decoy_check,
    verify_password,
)
from l4ydesk.core.records import as_utc
from l4ydesk.storage.db import Store, insert_ignoring
from l4ydesk.storage.visitor_models import VisitorAccount, VisitorSession

# The routes and the header a published app's server uses (server/visitor_routes.py serves
# them, the scaffold's lib/l4y/auth.ts calls them).
SIGN_UP_PATH: Final = "/api/v1/auth/sign-up"
SIGN_IN_PATH: Final = "/api/v1/auth/sign-in"
ME_PATH: Final = "/api/v1/auth/me"
SIGN_OUT_PATH: Final = "/api/v1/auth/sign-out"
SESSION_HEADER: Final = "L4y-Session"
SESSION_PREFIX: Final = "l4yv_"
DEFAULT_SESSION_DAYS: Final = 30
MAX_TOKEN: Final = 200
WRONG_CREDENTIALS: Final = "The email or the password is not right. Check both and try again."
NO_SESSION: Final = (
    "This request names no visitor session. Send the token sign-in gave as 'L4y-Session: <token>'."
)


@dataclass(frozen=True)
class Visitor:
    visitor_id: int
    app_id: int
    email: str
    created_at: datetime
    last_sign_in_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.visitor_id,
            "email": self.email,
            "created_at": self.created_at.isoformat(),
            "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None,
        }


@dataclass(frozen=True)
class SignedIn:
    token: str  # shown once, never stored
    expires_at: datetime
    visitor: Visitor

    def to_json(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "expires_at": self.expires_at.isoformat(),
            "visitor": self.visitor.to_json(),
        }


@dataclass(frozen=True)
class CurrentSession:
    expires_at: datetime
    visitor: Visitor

    def to_json(self) -> dict[str, Any]:
        return {"expires_at": self.expires_at.isoformat(), "visitor": self.visitor.to_json()}


def _visitor(row: VisitorAccount) -> Visitor:
    return Visitor(
        visitor_id=row.id,
        app_id=row.app_id,
        email=row.email,
        created_at=as_utc(row.created_at),
        last_sign_in_at=as_utc(row.last_sign_in_at) if row.last_sign_in_at else None,
    )


class VisitorAccounts:
    """The visitors of the workspace's apps, always asked about through one app's id."""

    def __init__(
        self,
        store: Store,
        server_secret: bytes,
        *,
        session_days: int = DEFAULT_SESSION_DAYS,
        cost: ScryptCost = DEFAULT_COST,
    ) -> None:
        self._store = store
        # Its own key, derived from the server secret: a token hash never equals a key hash.
        self._secret = hmac.new(server_secret, b"l4ydesk visitor sessions", "sha256").digest()
        self.session_lifetime = timedelta(days=session_days)
        self.throttle = SignInThrottle(store)
        self._cost = cost

    def hash_token(self, token: str) -> str:
        return hmac.new(self._secret, token.encode("utf-8"), hashlib.sha256).hexdigest()

    def sign_up(self, app_id: int, email: str, password: str) -> Visitor:
        shown, key = normalize_email(email)
        problem = password_problem(password, shown)
        if problem is not None:
            raise InvalidInputError([FieldProblem("password", problem)], problem)
        digest = hash_password(password, self._cost)
        with self._store.session() as session:
            values = {
                "app_id": app_id,
                "email": shown,
                "email_key": key,
                "password_hash": digest,
                "created_at": datetime.now(UTC),
            }
            query = insert_ignoring(session, VisitorAccount.__table__, ["app_id", "email_key"])
            new_id = session.scalar(query.values(**values).returning(VisitorAccount.id))
            if new_id is None:  # the unique constraint kept the account already there
                raise ConflictError(
                    "An account with this email already exists for this app; sign in instead."
                )
            row = session.get(VisitorAccount, new_id)
            assert row is not None
            return _visitor(row)

    def sign_in(self, app_id: int, email: str, password: str) -> SignedIn:
        try:
            _shown, key = normalize_email(email)
        except InvalidInputError:
            key = None  # not an email: it has no account, answered like a wrong password
        if key is not None:
            self.throttle.check(app_id, key)  # locked: 429 before any password is checked
        row = self._account(app_id, key) if key is not None else None
        if row is None:
            spend_decoy_check(password)
            self._failed(app_id, key)
        stored = row.password_hash
        if not verify_password(password, stored):
            self._failed(app_id, key)
        rehashed = hash_password(password, self._cost) if needs_rehash(stored, self._cost) else None
        token = f"{SESSION_PREFIX}{secrets.token_urlsafe(32)}"
        now = datetime.now(UTC)
        expires = now + self.session_lifetime
        with self._store.session() as session:
            account = session.get(VisitorAccount, row.id)
            if account is None:  # deleted while its password was checked
                raise NotAuthenticatedError(WRONG_CREDENTIALS)
            account.last_sign_in_at = now
            if rehashed is not None and account.password_hash == stored:
                account.password_hash = rehashed
            # The account's own expired sessions go when it signs in again.
            session.execute(
                delete(VisitorSession).where(
                    VisitorSession.visitor_id == row.id, VisitorSession.expires_at <= now
                )
            )
            session.add(
                VisitorSession(
                    visitor_id=row.id,
                    app_id=app_id,
                    token_hash=self.hash_token(token),
                    created_at=now,
                    expires_at=expires,
                )
            )
            session.flush()
            signed = SignedIn(token, expires, _visitor(account))
        self.throttle.succeeded(app_id, row.email_key)
        return signed

    def _failed(self, app_id: int, email_key: str | None) -> NoReturn:
        # Unknown emails are counted too: a lockout must not tell who has an account.
        if email_key is not None:
            self.throttle.failed(app_id, email_key)
        raise NotAuthenticatedError(WRONG_CREDENTIALS)

    def current(self, app_id: int, token: str | None) -> CurrentSession:
        """The live session behind `token` in this app, or NotAuthenticatedError saying why."""
        with self._store.session() as session:
            found = self._session(session, app_id, token)
            account = session.get(VisitorAccount, found.visitor_id)
            if account is None:
                raise NotAuthenticatedError("This visitor's account no longer exists.")
            return CurrentSession(as_utc(found.expires_at), _visitor(account))

    def sign_out(self, app_id: int, token: str | None) -> None:
        """Ends the session: its token signs nobody in from now on (in every server process)."""
        with self._store.session() as session:
            found = self._session(session, app_id, token)
            session.execute(
                update(VisitorSession)
                .where(VisitorSession.id == found.id, VisitorSession.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )

    def count(self, app_id: int) -> int:
        with self._store.session() as session:
            query = select(func.count(VisitorAccount.id)).where(VisitorAccount.app_id == app_id)
            return int(session.scalar(query) or 0)

    def _account(self, app_id: int, email_key: str) -> VisitorAccount | None:
        with self._store.session() as session:
            return session.scalar(
                select(VisitorAccount).where(
                    VisitorAccount.app_id == app_id, VisitorAccount.email_key == email_key
                )
            )

    def _session(self, session: Any, app_id: int, token: str | None) -> VisitorSession:
        text = (token or "").strip()
        if not text:
            raise NotAuthenticatedError(NO_SESSION)
        if len(text) > MAX_TOKEN or not text.startswith(SESSION_PREFIX):
            raise NotAuthenticatedError("This visitor session is not known. Sign in again.")
        # Looked up by its keyed hash: equal hashes are found by the index, never compared
        # character by character against a secret in Python.
        found: VisitorSession | None = session.scalar(
            select(VisitorSession).where(
                VisitorSession.token_hash == self.hash_token(text),
                VisitorSession.app_id == app_id,
            )
        )
        if found is None:
            raise NotAuthenticatedError("This visitor session is not known. Sign in again.")
        if found.revoked_at is not None:
            raise NotAuthenticatedError("This visitor session was signed out. Sign in again.")
        if as_utc(found.expires_at) <= datetime.now(UTC):
            raise NotAuthenticatedError("This visitor session has expired. Sign in again.")
        return found
