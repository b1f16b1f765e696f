"""Tables of the platform API (`l4ydesk serve`): API keys, form submissions, webhooks, payments.

Kept apart from `models.py` (one feature, one module) but on the same `Base`, so Alembic and the
metadata see them; `l4ydesk.storage` imports this module to make sure of that.

Times the rate limiter and the outbox compute with are epoch seconds (floats), so one SQL
UPDATE can do the arithmetic on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class ApiKey(Base):
    """A scoped key of one app. Only a keyed SHA-256 of the key is kept, never the key.

    `tokens`/`refilled_at` are the key's rate-limit bucket, kept here so every server process
    shares it.
    """

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    prefix: Mapped[str] = mapped_column(String(40), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    origins: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_used_at: Mapped[float | None] = mapped_column(Float, default=None)
    tokens: Mapped[float] = mapped_column(Float, default=0.0)
    refilled_at: Mapped[float] = mapped_column(Float, default=0.0)


class FormSubmission(Base):
    """One accepted submission of a form, with the record it created."""

    __tablename__ = "form_submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="CASCADE"), index=True
    )
    app_id: Mapped[int] = mapped_column(ForeignKey("builder_apps.id", ondelete="CASCADE"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    record_id: Mapped[int | None] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="SET NULL"), default=None
    )
    workflow_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebhookEndpoint(Base):
    """An app's outbound webhook: where to send which events.

    The signing secret is not stored: it is derived from the server secret and `secret_salt`.
    """

    __tablename__ = "webhook_endpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list[str]] = mapped_column(JSON, default=list)
    secret_salt: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class WebhookDelivery(Base):
    """The outbox: one event for one endpoint, written in the transaction of its cause.

    A sender claims a row by moving `lease_until` forward in one UPDATE, so two server processes
    never send the same row at once; a crash leaves the row due again once the lease runs out.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_endpoints.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    # pending, delivered, failed (gave up)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[float] = mapped_column(Float)
    lease_until: Mapped[float] = mapped_column(Float, default=0.0)
    first_attempt_deadline: Mapped[float] = mapped_column(Float)
    last_status: Mapped[int | None] = mapped_column(Integer, default=None)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class CheckoutOrder(Base):
    """One Stripe Checkout Session started for a checkout record: the order it pays."""

    __tablename__ = "checkout_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(ForeignKey("builder_apps.id", ondelete="CASCADE"))
    checkout_id: Mapped[int] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="CASCADE"), index=True
    )
    # A booking, ticket or invoice the payment is for (marked paid with the order), if any.
    record_id: Mapped[int | None] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="SET NULL"), default=None
    )
    session_id: Mapped[str] = mapped_column(String(255), unique=True)
    url: Mapped[str] = mapped_column(String(2000), default="")
    amount_total: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="usd")
    # open, paid, expired
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class StripeEventSeen(Base):
    """Stripe event ids already handled: the primary key makes a replay a no-op."""

    __tablename__ = "stripe_events_seen"
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(120))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
