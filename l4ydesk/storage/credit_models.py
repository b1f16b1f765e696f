"""Stored credits: the agency's account (tier and three balance buckets), its append-only
transactions, and the Stripe events already applied (so each is applied once).

The buckets on `CreditAccount` are a cache of the transactions' sums, kept in the same
database transaction as every row that changes them; `idempotency_key` is unique, so a grant
or a charge that is retried (a replayed event, a second start on the same day) is refused by
the database, not by a check-then-insert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class CreditAccount(Base):
    __tablename__ = "credit_accounts"
    __table_args__ = (
        CheckConstraint(
            "daily >= 0 AND monthly >= 0 AND purchased >= 0", name="ck_credits_not_negative"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), unique=True
    )
    tier: Mapped[str] = mapped_column(String(20), default="free")
    daily: Mapped[int] = mapped_column(Integer, default=0)
    monthly: Mapped[int] = mapped_column(Integer, default=0)
    purchased: Mapped[int] = mapped_column(Integer, default=0)
    # The latest local day (YYYY-MM-DD) whose daily credits were granted: days only move forward.
    daily_day: Mapped[str | None] = mapped_column(String(10), default=None)
    stripe_customer: Mapped[str | None] = mapped_column(String(255), default=None)
    subscription: Mapped[str | None] = mapped_column(String(255), default=None)
    subscription_status: Mapped[str | None] = mapped_column(String(40), default=None)
    # `created` of the newest subscription event applied: older ones arriving late are stale.
    subscription_seen: Mapped[int] = mapped_column(Integer, default=0)
    # The newest Stripe event seen by the last poll: the next poll reads only newer ones.
    events_cursor: Mapped[str | None] = mapped_column(String(255), default=None)
    # Bumped by every write: the first statement of a ledger transaction, so it takes the lock.
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CreditTransaction(Base):
    __tablename__ = "credit_transactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("credit_accounts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(300), default="")
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    daily: Mapped[int] = mapped_column(Integer, default=0)
    monthly: Mapped[int] = mapped_column(Integer, default=0)
    purchased: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StripeEventApplied(Base):
    __tablename__ = "stripe_events_applied"
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    type: Mapped[str] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(300), default="")
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
