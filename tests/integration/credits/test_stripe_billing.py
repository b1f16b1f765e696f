"""The store through Stripe, against the Stripe fake with the official SDK: setup is idempotent,
buying opens Checkout, polling the Events API applies each event once, and the awkward cases
(forged signatures, replays, renewal before creation, stale events, mid-month cancellation)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from l4ydesk.clients.stripe_billing import (
    EVENT_TYPES,
    StripeBilling,
    WebhookRejected,
    verify_webhook,
)
from l4ydesk.core.credits import BillingEvents, Ledger, Purchases
from l4ydesk.core.credits.catalogue import set_up
from l4ydesk.core.tiers import Tier
from l4ydesk.storage.db import Store
from tests.fakes.stripe_server import FakeStripeServer, form_params
from tests.integration.chat.conftest import store

__all__ = ["store"]  # the fixture: a real SQLite store on tmp_path


@pytest.fixture
def stripe_server() -> Iterator[FakeStripeServer]:
    with FakeStripeServer() as server:
        yield server
        assert not server.errors, "\n".join(server.errors)


@pytest.fixture
def api(stripe_server: FakeStripeServer) -> StripeBilling:
    return StripeBilling(stripe_server.api_key, base_url=stripe_server.base_url)


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def purchases(store: Store, api: StripeBilling, opened: list[str]) -> Purchases:
    set_up(api)
    return Purchases(store, lambda: api, open_url=opened.append)


def _pay(url: str) -> None:
    """What the customer does in the browser: pay on Stripe's hosted page."""
    with httpx.Client() as browser:
        assert browser.post(url).status_code == 200


def test_setup_creates_four_products_and_nine_prices_once(
    api: StripeBilling, stripe_server: FakeStripeServer
) -> None:
    first = set_up(api)
    assert len(first.products_created) == 4 and len(first.prices_created) == 9
    assert len(stripe_server.objects["prices"]) == 9
    again = set_up(api)
    assert again.products_created == () and again.prices_created == ()
    assert "nothing was created" in again.summary()
    assert len(stripe_server.objects["prices"]) == 9
    assert len(stripe_server.objects["products"]) == 4
    created = stripe_server.requests_to("/v1/prices", "POST")
    assert all(r.headers["content-type"] == "application/x-www-form-urlencoded" for r in created)
    assert all(r.headers["idempotency-key"].startswith("l4ydesk-setup-") for r in created)
    pro = form_params(parse_qsl(created[0].body.decode()))
    assert pro == {
        "product": "l4ydesk_pro",
        "currency": "eur",
        "unit_amount": "2900",
        "lookup_key": "l4ydesk_pro_monthly",
        "metadata": {"l4ydesk_tier": "pro"},
        "recurring": {"interval": "month"},
    }
    keys = {p["lookup_key"] for p in stripe_server.objects["prices"].values()}
    assert {"l4ydesk_agency_yearly", "l4ydesk_enterprise_monthly", "l4ydesk_pack_2000"} <= keys


def test_buying_a_pack_opens_checkout_and_polling_adds_the_credits_once(
    purchases: Purchases, store: Store, stripe_server: FakeStripeServer, opened: list[str]
) -> None:
    ledger = Ledger(store)
    ledger.start_day()
    started = purchases.buy_pack("pack_100")
    assert opened == [started.url] and started.url.startswith(stripe_server.base_url)
    sent = form_params(
        parse_qsl(stripe_server.requests_to("/v1/checkout/sessions")[0].body.decode())
    )
    assert sent["mode"] == "payment" and sent["metadata"]["type"] == "credit-pack"

    assert purchases.poll() == []  # not paid yet
    _pay(started.url)
    outcomes = [a.outcome for a in purchases.poll()]
    assert outcomes == ["added 100 purchased credits"]
    assert ledger.balance().describe() == "5 of 5 today · 0 monthly · 100 purchased"
    assert purchases.poll() == []  # the cursor moved on

    # The same events delivered again (a replay, a second poller) grant nothing.
    events = [e for e in stripe_server.objects["events"].values() if e["type"] in EVENT_TYPES]
    replayed = BillingEvents(store).apply_all(events)
    assert {a.outcome for a in replayed} == {"already applied; nothing changed"}
    assert ledger.balance().purchased == 100


def test_a_plan_renews_and_a_mid_month_cancel_drops_to_free(
    purchases: Purchases, store: Store, stripe_server: FakeStripeServer
) -> None:
    ledger = Ledger(store)
    started = purchases.buy_plan(Tier.PRO)
    _pay(started.url)
    purchases.poll()
    assert ledger.balance().tier is Tier.PRO and ledger.balance().monthly == 1_000
    ledger.deduct("work", 300, "work")

    [subscription] = stripe_server.objects["subscriptions"]
    stripe_server.advance(30 * 24 * 3600)
    stripe_server.renew(subscription)
    purchases.poll()
    balance = ledger.balance()
    assert (balance.tier, balance.monthly) == (Tier.PRO, 1_000)  # 700 left expired, 1,000 new

    stripe_server.advance(10 * 24 * 3600)
    ledger.deduct("more", 100, "work")
    stripe_server.cancel(subscription)
    [applied] = purchases.poll()
    assert applied.outcome == "subscription ended; back to Free"
    balance = ledger.balance()
    assert (balance.tier, balance.monthly) == (Tier.FREE, 900)  # the paid month is kept


def _event(
    stripe: FakeStripeServer, type: str, obj: dict[str, Any], created: int
) -> dict[str, Any]:
    event = stripe.emit(type, obj)
    event["created"] = created
    return event


def _subscription(tier: str, status: str = "active") -> dict[str, Any]:
    price = {"id": "price_x", "metadata": {"l4ydesk_tier": tier}}
    return {
        "id": "sub_1",
        "object": "subscription",
        "customer": "cus_1",
        "status": status,
        "items": {"data": [{"price": price}]},
        "metadata": {},
    }


def _invoice(invoice_id: str, tier: str) -> dict[str, Any]:
    price = {"id": "price_x", "metadata": {"l4ydesk_tier": tier}}
    return {
        "id": invoice_id,
        "object": "invoice",
        "customer": "cus_1",
        "subscription": "sub_1",
        "lines": {"data": [{"price": price}]},
    }


def _ours(store: Store) -> BillingEvents:
    """Billing for a workspace whose Stripe customer is cus_1 (made by its first purchase)."""
    with Ledger(store).locked() as (_session, account):
        account.stripe_customer = "cus_1"
    return BillingEvents(store)


def test_events_before_our_first_purchase_are_not_ours(
    store: Store, stripe_server: FakeStripeServer
) -> None:
    applied = BillingEvents(store).apply(
        _event(stripe_server, "invoice.paid", _invoice("in_1", "agency"), 200)
    )
    assert applied.outcome == "another customer's event; ignored"
    assert Ledger(store).balance().tier is Tier.FREE


def test_renewal_before_creation_and_stale_events(
    store: Store, stripe_server: FakeStripeServer
) -> None:
    billing, ledger = _ours(store), Ledger(store)
    # Delivered out of order: the invoice first, the subscription's creation later.
    billing.apply(_event(stripe_server, "invoice.paid", _invoice("in_1", "agency"), 200))
    assert ledger.balance().tier is Tier.AGENCY and ledger.balance().monthly == 10_000
    billing.apply(
        _event(stripe_server, "customer.subscription.created", _subscription("agency"), 100)
    )
    assert ledger.balance().tier is Tier.AGENCY and ledger.balance().monthly == 10_000

    billing.apply(
        _event(
            stripe_server, "customer.subscription.deleted", _subscription("agency", "canceled"), 300
        )
    )
    stale = billing.apply(
        _event(stripe_server, "customer.subscription.updated", _subscription("agency"), 250)
    )
    assert "stale" in stale.outcome and ledger.balance().tier is Tier.FREE
    late = billing.apply(_event(stripe_server, "invoice.paid", _invoice("in_2", "agency"), 260))
    assert "cancelled" in late.outcome and ledger.balance().monthly == 10_000


def test_webhooks_are_verified_by_the_sdk(store: Store, stripe_server: FakeStripeServer) -> None:
    billing, ledger = _ours(store), Ledger(store)
    event = _event(stripe_server, "invoice.paid", _invoice("in_9", "pro"), 100)

    forged_body, forged = stripe_server.signed_webhook(event, secret="whsec_attacker")
    with pytest.raises(WebhookRejected):
        verify_webhook(forged_body, forged["Stripe-Signature"], stripe_server.webhook_secret)
    with pytest.raises(WebhookRejected):
        verify_webhook(forged_body, None, stripe_server.webhook_secret)
    assert ledger.balance().monthly == 0

    body, headers = stripe_server.signed_webhook(event)
    verified = verify_webhook(body, headers["Stripe-Signature"], stripe_server.webhook_secret)
    assert billing.apply(verified).outcome == "granted 1000 monthly credits"
    again = verify_webhook(body, headers["Stripe-Signature"], stripe_server.webhook_secret)
    assert billing.apply(again).outcome == "already applied; nothing changed"
    assert ledger.balance().monthly == 1_000


def test_another_customers_events_are_ignored(
    purchases: Purchases, store: Store, api: StripeBilling, tmp_path: Path
) -> None:
    purchases.buy_pack("pack_500")  # makes our customer
    # A second agency buys on the same Stripe account.
    theirs_store = Store(f"sqlite:///{tmp_path / 'theirs.db'}")
    try:
        _pay(Purchases(theirs_store, lambda: api).buy_pack("pack_2000").url)
    finally:
        theirs_store.close()
    outcomes = [a.outcome for a in purchases.poll()]
    assert outcomes == ["another customer's event; ignored"]
    assert Ledger(store).balance().purchased == 0
