"""Buying a plan or a credit pack: a Stripe Checkout opened in the system browser, and polling.

The desktop has no public address for webhooks, so it asks Stripe's Events API what happened
(`poll`) and applies each new event once (`BillingEvents`). The agency's Stripe customer is
made on the first purchase and kept on the account, so its events can be told from others'.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from l4ydesk.core.credits.billing import Applied, BillingEvents
from l4ydesk.core.credits.catalogue import pack_lookup_key, plan_lookup_key
from l4ydesk.core.credits.ledger import lock_account
from l4ydesk.core.errors import L4yError
from l4ydesk.core.tiers import CREDIT_PACKS, TIERS, Tier
from l4ydesk.storage.db import Store

DEFAULT_RETURN_URL = "https://l4ydesk.app/checkout"


class PurchaseError(L4yError):
    pass


class CheckoutApi(Protocol):
    def prices(self, lookup_keys: Sequence[str]) -> list[dict[str, Any]]: ...

    def create_customer(self, metadata: Mapping[str, str], *, idempotency_key: str) -> str: ...

    def create_checkout(
        self,
        *,
        mode: str,
        price_id: str,
        customer: str,
        metadata: Mapping[str, str],
        success_url: str,
        cancel_url: str,
        idempotency_key: str,
    ) -> tuple[str, str]: ...

    def events_since(self, cursor: str | None) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class CheckoutStarted:
    session_id: str
    url: str
    what: str


class Purchases:
    def __init__(
        self,
        store: Store,
        api: Callable[[], CheckoutApi],
        *,
        open_url: Callable[[str], object] | None = None,
        return_url: str = DEFAULT_RETURN_URL,
    ) -> None:
        self._store = store
        self._api = api
        self._open_url = open_url
        self._return_url = return_url.rstrip("/")
        self.events = BillingEvents(store)

    def buy_plan(self, tier: Tier, interval: str = "month") -> CheckoutStarted:
        if tier in (Tier.FREE, Tier.ENTERPRISE):
            raise PurchaseError(
                f"{TIERS[tier].title} is not bought through Checkout"
                + (": contact us for an Enterprise contract." if tier is Tier.ENTERPRISE else ".")
            )
        key = plan_lookup_key(tier, interval)
        meta = {"type": "plan", "tier": tier.value, "interval": interval}
        title = f"{TIERS[tier].title} ({'monthly' if interval == 'month' else 'yearly'})"
        return self._checkout("subscription", key, meta, title)

    def buy_pack(self, pack_key: str) -> CheckoutStarted:
        pack = next((p for p in CREDIT_PACKS if p.key == pack_key), None)
        if pack is None:
            raise PurchaseError(f"There is no credit pack called '{pack_key}'.")
        meta = {"type": "credit-pack", "credits": str(pack.credits), "pack": pack.key}
        return self._checkout(
            "payment", pack_lookup_key(pack.key), meta, f"{pack.credits:,} credits"
        )

    def poll(self) -> list[Applied]:
        """Apply what Stripe did since the last poll; returns what each event changed."""
        with self._store.session() as session:
            cursor = lock_account(session).events_cursor
        events = self._api().events_since(cursor)
        applied = self.events.apply_all(events)
        if events:
            newest = max(events, key=lambda e: (int(e.get("created", 0)), str(e["id"])))
            with self._store.session() as session:
                lock_account(session).events_cursor = str(newest["id"])
        return applied

    def _checkout(
        self, mode: str, lookup_key: str, meta: dict[str, str], title: str
    ) -> CheckoutStarted:
        api = self._api()
        found = api.prices([lookup_key])
        if not found:
            raise PurchaseError(
                "The store is not set up in Stripe yet. Run `l4ydesk stripe setup` once, "
                "then try again."
            )
        customer = self._customer(api)
        session_id, url = api.create_checkout(
            mode=mode,
            price_id=str(found[0]["id"]),
            customer=customer,
            metadata=meta,
            success_url=f"{self._return_url}/done?session_id={{CHECKOUT_SESSION_ID}}",
            cancel_url=f"{self._return_url}/cancelled",
            idempotency_key=f"l4ydesk-checkout-{uuid.uuid4()}",
        )
        if self._open_url is not None:
            self._open_url(url)
        return CheckoutStarted(session_id, url, title)

    def _customer(self, api: CheckoutApi) -> str:
        with self._store.session() as session:
            account = lock_account(session)
            if account.stripe_customer:
                return account.stripe_customer
            # Keyed by the account, so a retry after a lost answer finds the same customer.
            customer = api.create_customer(
                {"l4ydesk_account": str(account.id)},
                idempotency_key=f"l4ydesk-customer-{account.id}-{account.created_at.timestamp()}",
            )
            account.stripe_customer = customer
            return customer
