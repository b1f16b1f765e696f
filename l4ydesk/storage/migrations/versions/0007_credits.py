"""credit accounts, credit transactions and applied Stripe events

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 23:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "credit_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("daily", sa.Integer(), nullable=False),
        sa.Column("monthly", sa.Integer(), nullable=False),
        sa.Column("purchased", sa.Integer(), nullable=False),
        sa.Column("daily_day", sa.String(length=10), nullable=True),
        sa.Column("stripe_customer", sa.String(length=255), nullable=True),
        sa.Column("subscription", sa.String(length=255), nullable=True),
        sa.Column("subscription_status", sa.String(length=40), nullable=True),
        sa.Column("subscription_seen", sa.Integer(), nullable=False),
        sa.Column("events_cursor", sa.String(length=255), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "daily >= 0 AND monthly >= 0 AND purchased >= 0", name="ck_credits_not_negative"
        ),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workspace_id"),
    )
    op.create_table(
        "credit_transactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("idempotency_key", sa.String(length=255), nullable=False),
        sa.Column("daily", sa.Integer(), nullable=False),
        sa.Column("monthly", sa.Integer(), nullable=False),
        sa.Column("purchased", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["credit_accounts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index("ix_credit_transactions_account_id", "credit_transactions", ["account_id"])
    op.create_table(
        "stripe_events_applied",
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=300), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )


def downgrade() -> None:
    op.drop_table("stripe_events_applied")
    op.drop_index("ix_credit_transactions_account_id", table_name="credit_transactions")
    op.drop_table("credit_transactions")
    op.drop_table("credit_accounts")
