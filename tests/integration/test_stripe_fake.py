"""The Stripe fake answers the official SDK as Stripe's API reference says Stripe does."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from urllib.parse import parse_qsl

import pytest
import stripe

from tests.fakes.stripe_server import FakeStripeServer, form_params, stripe_error


@pytest.fixture
def fake() -> Iterator[FakeStripeServer]:
    with FakeStripeServer() as server:
        yield server
        assert server.errors == []


def _client(fake: FakeStripeServer, key: str | None = None) -> stripe.StripeClient:
    return stripe.StripeClient(
        key or fake.api_key, base_addresses={"api": fake.base_url}, max_network_retries=0
    )


def test_form_params_nest_as_the_sdk_encodes() -> None:
    pairs = [
        ("line_items[0][price]", "p1"),
        ("line_items[0][quantity]", "2"),
        ("metadata[type]", "credit-pack"),
        ("mode", "payment"),
    ]
    assert form_params(pairs) == {
        "line_items": [{"price": "p1", "quantity": "2"}],
        "metadata": {"type": "credit-pack"},
        "mode": "payment",
    }


def test_products_prices_and_lookup_keys(fake: FakeStripeServer) -> None:
    client = _client(fake)
    product = client.v1.products.create({"name": "Pro", "metadata": {"l4ydesk": "pro"}})
    price = client.v1.prices.create(
        {
            "product": product.id,
            "currency": "eur",
            "unit_amount": 2900,
            "recurring": {"interval": "month"},
            "lookup_key": "pro_monthly",
        }
    )
    assert price.recurring is not None and price.recurring.interval == "month"
    body = form_params(parse_qsl(fake.requests_to("/v1/prices", "POST")[0].body.decode()))
    assert body["recurring"] == {"interval": "month"}

    listed = client.v1.prices.list({"lookup_keys": ["pro_monthly", "nope"]})
    assert [p.id for p in listed.data] == [price.id]
    assert fake.requests_to("/v1/prices", "GET")[0].query["lookup_keys[0]"] == "pro_monthly"
    found = client.v1.products.search({"query": "metadata['l4ydesk']:'pro'"})
    assert [p.id for p in found.data] == [product.id]

    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.create(
            {
                "product": product.id,
                "currency": "eur",
                "unit_amount": 1,
                "lookup_key": "pro_monthly",
            }
        )
    assert "already uses that lookup key" in str(err.value)
    assert err.value.http_status == 400


def test_idempotency_key_replays_and_refuses_other_parameters(fake: FakeStripeServer) -> None:
    client = _client(fake)
    first = client.v1.customers.create({"email": "a@example.com"}, {"idempotency_key": "k1"})
    again = client.v1.customers.create({"email": "a@example.com"}, {"idempotency_key": "k1"})
    assert first.id == again.id and len(fake.objects["customers"]) == 1
    assert fake.requests_to("/v1/customers")[1].headers["idempotency-key"] == "k1"
    with pytest.raises(stripe.IdempotencyError):
        client.v1.customers.create({"email": "b@example.com"}, {"idempotency_key": "k1"})


def test_errors_have_the_documented_shape(fake: FakeStripeServer) -> None:
    with pytest.raises(stripe.AuthenticationError) as auth:
        _client(fake, "sk_test_wrong").v1.products.list()
    assert auth.value.http_status == 401
    with pytest.raises(stripe.InvalidRequestError) as missing:
        _client(fake).v1.products.retrieve("prod_missing")
    assert missing.value.http_status == 404 and missing.value.code == "resource_missing"
    fake.enqueue(stripe_error(429, "Too many requests"), path="/v1/products")
    with pytest.raises(stripe.RateLimitError):
        _client(fake).v1.products.list()


def test_checkout_payment_and_subscription_emit_events(fake: FakeStripeServer) -> None:
    client = _client(fake)
    product = client.v1.products.create({"name": "Pack"})
    one_time = client.v1.prices.create(
        {"product": product.id, "currency": "eur", "unit_amount": 900}
    )
    monthly = client.v1.prices.create(
        {
            "product": product.id,
            "currency": "eur",
            "unit_amount": 2900,
            "recurring": {"interval": "month"},
        }
    )
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.checkout.sessions.create(
            {
                "mode": "payment",
                "line_items": [{"price": monthly.id, "quantity": 1}],
                "success_url": "https://example.com/ok",
            }
        )
    pack = client.v1.checkout.sessions.create(
        {
            "mode": "payment",
            "line_items": [{"price": one_time.id, "quantity": 1}],
            "metadata": {"type": "credit-pack", "credits": "100"},
            "success_url": "https://example.com/ok",
        }
    )
    assert pack.url is not None and pack.url.startswith(fake.base_url)
    fake.complete_checkout(pack.id)
    plan = client.v1.checkout.sessions.create(
        {
            "mode": "subscription",
            "line_items": [{"price": monthly.id, "quantity": 1}],
            "success_url": "https://example.com/ok",
        }
    )
    fake.complete_checkout(plan.id)
    done = client.v1.checkout.sessions.retrieve(plan.id)
    assert done.status == "complete" and done.subscription is not None
    fake.renew(done.subscription)
    client.v1.subscriptions.cancel(done.subscription)

    types = [e.type for e in client.v1.events.list({"limit": 100}).data]
    assert types == [
        "customer.subscription.deleted",
        "invoice.paid",
        "checkout.session.completed",
        "invoice.paid",
        "customer.subscription.created",
        "checkout.session.completed",
        "payment_intent.succeeded",
    ]
    page = client.v1.events.list({"limit": 2, "type": "invoice.*"})
    assert len(page.data) == 2 and not page.has_more
    first = client.v1.events.list({"limit": 3})
    rest = client.v1.events.list({"limit": 10, "starting_after": first.data[-1].id})
    assert first.has_more and not rest.has_more
    assert len(first.data) + len(rest.data) == 7
    paid = client.v1.events.list({"types": ["checkout.session.completed"]}).data
    assert paid[-1].data.object["metadata"]["type"] == "credit-pack"


def test_signed_webhook_passes_the_sdk_and_forgery_fails(fake: FakeStripeServer) -> None:
    event = fake.emit("invoice.paid", {"id": "in_1", "object": "invoice"})
    body, headers = fake.signed_webhook(event)
    parsed = stripe.Webhook.construct_event(body, headers["Stripe-Signature"], fake.webhook_secret)
    assert parsed.id == event["id"]
    forged_body, forged = fake.signed_webhook(event, secret="whsec_attacker")
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(forged_body, forged["Stripe-Signature"], fake.webhook_secret)
    stale_body, stale = fake.signed_webhook(json.dumps(event), timestamp=int(time.time()) - 3600)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(stale_body, stale["Stripe-Signature"], fake.webhook_secret)
