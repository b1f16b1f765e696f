"""The kinds of ledger transaction (a module of its own: the command line needs them cheaply)."""

from __future__ import annotations

import enum


class Kind(enum.StrEnum):
    DAILY_GRANT = "daily_grant"
    MONTHLY_GRANT = "monthly_grant"
    PURCHASE = "purchase"
    CHARGE = "charge"
    REFUND = "refund"
    EXPIRY = "expiry"  # yesterday's unused daily credits, last month's unused monthly ones
    UNPAID = "unpaid"  # an action skipped for want of credits (0 credits; a workflow run)
