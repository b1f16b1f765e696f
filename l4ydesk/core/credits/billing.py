"""What Stripe tells us, applied to the account once: plans, renewals, cancellations, packs.

Events come from polling Stripe's Events API (or, later, the platform server's verified
webhooks) and are applied in the order they were created, each exactly once: the applied event
ids are a table, checked inside the same locked transaction that applies the event. The rules:

- `checkout.session.completed` (paid): a credit pack (metadata ``type=credit-pack``) adds its
  purchased credits; a plan checkout records the subscription and sets the tier.
- `customer.subscription.created/updated/deleted`: set the tier from the subscription's price,
  or back to Free when it ended. An event older than the newest one applied for the account's
  subscription is stale and changes nothing (events may arrive out of order).
- `invoice.paid` for a subscription: a new month; its monthly credits replace what was left of
  the last one, and the tier follows the invoice's price even when the subscription's own
  event has not arrived yet (renewal before creation). An invoice of a cancelled subscription
  grants nothing.
- A subscription cancelled mid-month drops to Free at once; the credits of the month already
  paid stay until they are spent (no refund, no clawback).
Events of other Stripe customers (the account is shared by every agency) are ignored, and so
is everything before this workspace made its customer (its first purchase).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from l4ydesk.core.credits.ledger import Kind, add, lock_account, renew_monthly
from l4ydesk.core.tiers import TIERS, Tier
from l4ydesk.storage.credit_models import CreditAccount, StripeEventApplied
from l4ydesk.storage.db import Store

ENDED = {"canceled", "unpaid", "incomplete_expired"}
LIVE = {"active", "trialing", "past_due"}


@dataclass(frozen=True)
class Applied:
    event_id: str
    type: str
    outcome: str


class BillingEvents:
    def __init__(self, store: Store) -> None:
        self._store = store

    def apply_all(self, events: Iterable[Mapping[str, Any]]) -> list[Applied]:
        ordered = sorted(events, key=lambda e: (int(e.get("created", 0)), str(e.get("id"))))
        return [self.apply(event) for event in ordered]

    def apply(self, event: Mapping[str, Any]) -> Applied:
        event_id, kind = str(event["id"]), str(event["type"])
        with self._store.session() as session:
            account = lock_account(session)
            if session.get(StripeEventApplied, event_id) is not None:
                return Applied(event_id, kind, "already applied; nothing changed")
            obj: Mapping[str, Any] = event.get("data", {}).get("object", {})
            customer = obj.get("customer")
            if not account.stripe_customer or customer != account.stripe_customer:
                # The Stripe account serves every agency: only our own customer's events count.
                return Applied(event_id, kind, "another customer's event; ignored")
            outcome = _apply(session, account, kind, int(event.get("created", 0)), obj)
            session.add(
                StripeEventApplied(
                    event_id=event_id,
                    type=kind,
                    created=int(event.get("created", 0)),
                    outcome=outcome[:300],
                )
            )
            return Applied(event_id, kind, outcome)


def _apply(
    session: Session, account: CreditAccount, kind: str, created: int, obj: Mapping[str, Any]
) -> str:
    if kind == "checkout.session.completed":
        return _checkout_completed(session, account, created, obj)
    if kind.startswith("customer.subscription."):
        return _subscription_changed(account, kind, created, obj)
    if kind == "invoice.paid":
        return _invoice_paid(session, account, created, obj)
    return "not a billing event l4ydesk uses"


def _checkout_completed(
    session: Session, account: CreditAccount, created: int, obj: Mapping[str, Any]
) -> str:
    if obj.get("payment_status") != "paid":
        return "checkout not paid; nothing changed"
    meta = obj.get("metadata") or {}
    if meta.get("type") == "credit-pack":
        credits = int(meta.get("credits", 0))
        added = add(
            session,
            account,
            f"stripe:{obj['id']}",
            Kind.PURCHASE,
            f"Credit pack of {credits:,} credits",
            purchased=credits,
            details={"checkout": obj["id"]},
        )
        return f"added {credits} purchased credits" if added else "pack already added"
    subscription = obj.get("subscription")
    if subscription and created >= account.subscription_seen:
        account.subscription = str(subscription)
        account.subscription_status = account.subscription_status or "active"
        tier = _tier(meta.get("tier"))
        if tier is not None:
            account.tier = tier.value
        return f"plan checkout completed; tier {account.tier}"
    return "checkout completed; nothing to change"


def _subscription_changed(
    account: CreditAccount, kind: str, created: int, obj: Mapping[str, Any]
) -> str:
    sub_id = str(obj.get("id"))
    if account.subscription == sub_id and created < account.subscription_seen:
        return "stale subscription event (a newer one was applied); nothing changed"
    if (
        account.subscription not in (None, sub_id)
        and account.subscription_status in LIVE
        and kind == "customer.subscription.deleted"
    ):
        return "an earlier subscription ended; the current one stays"
    status = "canceled" if kind == "customer.subscription.deleted" else str(obj.get("status"))
    account.subscription = sub_id
    account.subscription_status = status
    account.subscription_seen = max(account.subscription_seen, created)
    if status in ENDED:
        account.tier = Tier.FREE.value
        return "subscription ended; back to Free"
    tier = _subscription_tier(obj)
    if status in LIVE and tier is not None:
        account.tier = tier.value
    return f"subscription {status}; tier {account.tier}"


def _invoice_paid(
    session: Session, account: CreditAccount, created: int, obj: Mapping[str, Any]
) -> str:
    sub_id = obj.get("subscription") or (
        (obj.get("parent") or {}).get("subscription_details") or {}
    ).get("subscription")
    if not sub_id:
        return "invoice without a subscription; nothing changed"
    if account.subscription == sub_id and account.subscription_status in ENDED:
        return "invoice of a cancelled subscription; nothing granted"
    tier = _invoice_tier(obj)
    if tier is None:
        return "invoice for no l4ydesk plan; nothing changed"
    if account.subscription != sub_id:
        account.subscription = str(sub_id)  # the renewal came before the subscription's event
        account.subscription_status = "active"
    account.tier = tier.value
    credits = TIERS[tier].monthly_credits
    granted = renew_monthly(
        session,
        account,
        f"stripe:{obj['id']}",
        credits,
        f"{TIERS[tier].title} monthly credits",
    )
    return f"granted {credits} monthly credits" if granted else "month already granted"


def _tier(value: object) -> Tier | None:
    try:
        tier = Tier(str(value))
    except ValueError:
        return None
    return None if tier is Tier.FREE else tier


def _price_tier(price: Mapping[str, Any] | None) -> Tier | None:
    if not price:
        return None
    return _tier((price.get("metadata") or {}).get("l4ydesk_tier"))


def _subscription_tier(obj: Mapping[str, Any]) -> Tier | None:
    for item in (obj.get("items") or {}).get("data", []):
        tier = _price_tier(item.get("price"))
        if tier is not None:
            return tier
    return _tier((obj.get("metadata") or {}).get("tier"))


def _invoice_tier(obj: Mapping[str, Any]) -> Tier | None:
    for line in (obj.get("lines") or {}).get("data", []):
        price = line.get("price") or (line.get("pricing") or {}).get("price_details")
        tier = _price_tier(price if isinstance(price, Mapping) else None)
        if tier is not None:
            return tier
    return None
