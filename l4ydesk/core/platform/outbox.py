"""Outbound webhooks: endpoints, the outbox written with each change, signing and retries.

An event is written to `webhook_deliveries` in the same transaction as the change that caused
it, one row per subscribed endpoint, so a change and its notification commit or vanish
together. A sender claims due rows with a lease (one UPDATE each), sends, and records the
outcome; a process killed mid-send leaves the row due again after the lease, and a delivered
row is never claimed again. Receivers get a stable `L4y-Webhook-Id` to drop the rare repeat
(sent, then killed before recording it). Retries back off exponentially and give up after a day.

An endpoint may be reserved before it has an address (a published app's: its secret must be in
the app's first build, and its URL is known only once that build is live); it receives nothing
until `move` gives it one.

Signature: `L4y-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, the
scheme Stripe documents for its own webhooks, so receivers can reuse known code.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.platform.errors import FieldProblem, InvalidInputError, NotFoundError
from l4ydesk.core.platform.webhook_urls import Resolver, check_webhook_url, resolve
from l4ydesk.core.records import as_utc
from l4ydesk.storage.db import Store
from l4ydesk.storage.platform_models import WebhookDelivery, WebhookEndpoint

GIVE_UP_AFTER: Final = 24 * 3600.0
FIRST_RETRY: Final = 10.0
MAX_RETRY: Final = 3600.0
LEASE: Final = 60.0
SIGNATURE_HEADER: Final = "L4y-Signature"
ID_HEADER: Final = "L4y-Webhook-Id"
SIGNATURE_TOLERANCE: Final = 300


def webhook_event_types() -> tuple[str, ...]:
    return tuple(event for t in ONTOLOGY for event in t.webhook_events)


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, body: bytes, header: str, *, now: float | None = None) -> bool:
    """True when `header` signs `body` with `secret` within the tolerance (for receivers)."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > SIGNATURE_TOLERANCE:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, fields.get("v1", ""))


def backoff(attempts: int) -> float:
    """Seconds before the next try after `attempts` failed ones: 10 s, 20 s, 40 s … 1 h."""
    return float(min(MAX_RETRY, FIRST_RETRY * 2 ** max(0, attempts - 1)))


@dataclass(frozen=True)
class Endpoint:
    endpoint_id: int
    app_id: int
    url: str
    events: tuple[str, ...]
    created_at: datetime
    active: bool  # receives deliveries: not disabled, and has an address
    reserved: bool = False  # not disabled, no address yet (publishing): receives nothing


@dataclass(frozen=True)
class Delivery:
    delivery_id: int
    endpoint_id: int
    event_id: str
    event_type: str
    body: str
    status: str
    attempts: int
    next_attempt_at: float
    last_status: int | None
    last_error: str
    created_at: datetime
    delivered_at: datetime | None


@dataclass(frozen=True)
class OutgoingRequest:
    """A claimed delivery, ready to send: URL, signed headers and body."""

    delivery_id: int
    url: str
    headers: dict[str, str]
    body: bytes


def enqueue(session: Session, app_id: int, event_type: str, data: Mapping[str, Any]) -> int:
    """Write `event_type` for every endpoint of the app that wants it; returns how many rows."""
    endpoints = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.app_id == app_id,
            WebhookEndpoint.disabled_at.is_(None),
            WebhookEndpoint.url != "",  # a reserved endpoint has no address to send to yet
        )
    ).all()
    now = time.time()
    count = 0
    for endpoint in endpoints:
        if event_type not in (endpoint.events or []):
            continue
        event_id = f"evt_{uuid.uuid4().hex}"
        body = json.dumps(
            {"id": event_id, "type": event_type, "created": int(now), "data": dict(data)},
            ensure_ascii=False,
            separators=(",", ":"),
            default=str,
        )
        session.add(
            WebhookDelivery(
                endpoint_id=endpoint.id,
                event_id=event_id,
                event_type=event_type,
                body=body,
                status="pending",
                attempts=0,
                next_attempt_at=now,
                lease_until=0.0,
                first_attempt_deadline=now + GIVE_UP_AFTER,
            )
        )
        count += 1
    return count


class Outbox:
    """Webhook endpoints of apps and the deliveries waiting for them."""

    def __init__(
        self,
        store: Store,
        server_secret: bytes,
        *,
        allow_loopback: bool = False,
        resolver: Resolver = resolve,
    ) -> None:
        self._store = store
        self._secret = server_secret
        self.allow_loopback = allow_loopback
        self._resolver = resolver

    def secret_of(self, endpoint_id: int, salt: str) -> str:
        # Derived, not stored: the database alone never holds a signing secret.
        mac = hmac.new(self._secret, f"webhook:{endpoint_id}:{salt}".encode(), hashlib.sha256)
        return "whsec_" + mac.hexdigest()

    def register(
        self, app_id: int, url: str, events: list[str] | tuple[str, ...]
    ) -> tuple[Endpoint, str]:
        """A new endpoint and its signing secret (shown to the app's owner once)."""
        url = check_webhook_url(url, allow_loopback=self.allow_loopback, resolver=self._resolver)
        return self._add(app_id, url, _checked_events(events))

    def reserve(self, app_id: int, events: list[str] | tuple[str, ...]) -> tuple[Endpoint, str]:
        """A new endpoint with its signing secret but no address: it receives nothing until
        `move` gives it one. Publishing builds the app with the secret, then moves it live."""
        return self._add(app_id, "", _checked_events(events))

    def move(self, app_id: int, endpoint_id: int, url: str) -> Endpoint:
        """Send the endpoint's events to `url` from now on; its secret stays the same."""
        url = check_webhook_url(url, allow_loopback=self.allow_loopback, resolver=self._resolver)
        with self._store.session() as session:
            row = _own_row(session, app_id, endpoint_id)
            if row.disabled_at is not None:
                raise NotFoundError(
                    f"Webhook endpoint #{endpoint_id} was turned off; publish the app afresh "
                    "to give it a new one."
                )
            row.url = url
            return _endpoint(row)

    def secret_for(self, app_id: int, endpoint_id: int) -> str:
        """The signing secret of one of the app's endpoints (derived again, never stored)."""
        with self._store.session() as session:
            row = _own_row(session, app_id, endpoint_id)
            return self.secret_of(row.id, row.secret_salt)

    def _add(self, app_id: int, url: str, events: list[str]) -> tuple[Endpoint, str]:
        row = WebhookEndpoint(
            app_id=app_id, url=url, events=events, secret_salt=secrets.token_hex(16)
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            return _endpoint(row), self.secret_of(row.id, row.secret_salt)

    def endpoints(self, app_id: int | None = None) -> list[Endpoint]:
        query = select(WebhookEndpoint).order_by(WebhookEndpoint.id)
        if app_id is not None:
            query = query.where(WebhookEndpoint.app_id == app_id)
        with self._store.session() as session:
            return [_endpoint(row) for row in session.scalars(query)]

    def disable(self, app_id: int, endpoint_id: int) -> None:
        with self._store.session() as session:
            row = _own_row(session, app_id, endpoint_id)
            row.disabled_at = row.disabled_at or datetime.now(UTC)

    def deliveries(self, endpoint_id: int, limit: int = 100) -> list[Delivery]:
        with self._store.session() as session:
            rows = session.scalars(
                select(WebhookDelivery)
                .where(WebhookDelivery.endpoint_id == endpoint_id)
                .order_by(WebhookDelivery.id.desc())
                .limit(limit)
            )
            return [_delivery(row) for row in rows]

    def resend(self, delivery_id: int) -> None:
        """Send a delivery again soon, whatever its state (a day of retries starts anew)."""
        now = time.time()
        with self._store.session() as session:
            row = session.get(WebhookDelivery, delivery_id)
            if row is None:
                raise NotFoundError(f"Delivery #{delivery_id} does not exist.")
            row.status, row.next_attempt_at, row.lease_until = "pending", now, 0.0
            row.first_attempt_deadline = now + GIVE_UP_AFTER

    def claim_due(self, limit: int = 20, now: float | None = None) -> list[OutgoingRequest]:
        """Claim up to `limit` due deliveries for this process and sign them."""
        now = time.time() if now is None else now
        due = and_(
            WebhookDelivery.status == "pending",
            WebhookDelivery.next_attempt_at <= now,
            WebhookDelivery.lease_until <= now,
        )
        with self._store.session() as session:
            candidates = session.scalars(
                select(WebhookDelivery.id).where(due).order_by(WebhookDelivery.id).limit(limit)
            ).all()
        claimed: list[OutgoingRequest] = []
        for delivery_id in candidates:
            with self._store.session() as session:
                # The UPDATE re-checks "due": of two processes racing, one gets rowcount 0.
                result = session.execute(
                    update(WebhookDelivery)
                    .where(and_(WebhookDelivery.id == delivery_id, due))
                    .values(lease_until=now + LEASE)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    continue
                row = session.get(WebhookDelivery, delivery_id)
                endpoint = session.get(WebhookEndpoint, row.endpoint_id) if row else None
                if row is None or endpoint is None or not endpoint.url:
                    continue
                body = row.body.encode("utf-8")
                secret = self.secret_of(endpoint.id, endpoint.secret_salt)
                claimed.append(
                    OutgoingRequest(
                        delivery_id,
                        endpoint.url,
                        {
                            "Content-Type": "application/json",
                            ID_HEADER: row.event_id,
                            SIGNATURE_HEADER: sign(secret, body, int(time.time())),
                            "User-Agent": "l4ydesk-webhooks/1",
                        },
                        body,
                    )
                )
        return claimed

    def check_destination(self, url: str) -> str | None:
        """Why `url` may not be sent to now (its name may resolve elsewhere since), or None."""
        try:
            check_webhook_url(url, allow_loopback=self.allow_loopback, resolver=self._resolver)
        except InvalidInputError as exc:
            return str(exc)
        return None

    def record_result(
        self, delivery_id: int, status: int | None, error: str = "", now: float | None = None
    ) -> None:
        """Mark a claimed delivery sent (2xx) or schedule its retry / give up after a day."""
        now = time.time() if now is None else now
        with self._store.session() as session:
            row = session.get(WebhookDelivery, delivery_id)
            if row is None or row.status != "pending":
                return
            row.attempts += 1
            row.last_status, row.last_error = status, error[:500]
            row.lease_until = 0.0
            if status is not None and 200 <= status < 300:
                row.status, row.delivered_at = "delivered", datetime.now(UTC)
                return
            retry_at = now + backoff(row.attempts)
            if retry_at > row.first_attempt_deadline:
                row.status = "failed"
            row.next_attempt_at = retry_at

    def next_due_in(self, now: float | None = None) -> float | None:
        """Seconds until the earliest pending delivery is due (0 if one is), None if none."""
        now = time.time() if now is None else now
        with self._store.session() as session:
            soonest = session.scalar(
                select(WebhookDelivery.next_attempt_at)
                .where(
                    WebhookDelivery.status == "pending",
                    or_(WebhookDelivery.lease_until <= now, WebhookDelivery.lease_until.is_(None)),
                )
                .order_by(WebhookDelivery.next_attempt_at)
                .limit(1)
            )
        return None if soonest is None else max(0.0, soonest - now)


def _checked_events(events: list[str] | tuple[str, ...]) -> list[str]:
    known = webhook_event_types()
    unknown = [e for e in events if e not in known]
    if unknown or not events:
        why = f"Unknown events: {', '.join(unknown)}." if unknown else "Name at least one event."
        raise InvalidInputError(
            [FieldProblem("events", why)], f"{why} Events are e.g. {', '.join(known[:4])}."
        )
    return sorted(set(events))


def _own_row(session: Session, app_id: int, endpoint_id: int) -> WebhookEndpoint:
    row = session.get(WebhookEndpoint, endpoint_id)
    if row is None or row.app_id != app_id:
        raise NotFoundError(f"Webhook endpoint #{endpoint_id} does not exist.")
    return row


def _endpoint(row: WebhookEndpoint) -> Endpoint:
    live = row.disabled_at is None
    return Endpoint(
        row.id,
        row.app_id,
        row.url,
        tuple(row.events or ()),
        as_utc(row.created_at),
        active=live and bool(row.url),
        reserved=live and not row.url,
    )


def _delivery(row: WebhookDelivery) -> Delivery:
    return Delivery(
        row.id,
        row.endpoint_id,
        row.event_id,
        row.event_type,
        row.body,
        row.status,
        row.attempts,
        row.next_attempt_at,
        row.last_status,
        row.last_error,
        as_utc(row.created_at),
        as_utc(row.delivered_at) if row.delivered_at else None,
    )
