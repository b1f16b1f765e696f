"""Checkout against the Stripe fake (tests/fakes/stripe_server.py, Stripe's API reference):
a session for the linked products, the signed webhook marking order and booking paid once,
replays, forgeries and twenty concurrent copies, and the app's outbound webhook after it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from l4ydesk.core.platform.outbox import verify_signature
from l4ydesk.storage.platform_models import CheckoutOrder, StripeEventSeen, WebhookDelivery
from tests.fakes.http_server import FakeHTTPServer, json_reply
from tests.fakes.stripe_server import FakeStripeServer
from tests.platform.conftest import Api

SCOPES = "products:write,checkout:write,bookings:read,bookings:write"


@pytest.fixture
def stripe_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeStripeServer]:
    with FakeStripeServer() as fake:
        monkeypatch.setenv("L4YDESK_STRIPE_URL", fake.base_url)
        monkeypatch.setenv("L4YDESK_STRIPE_SECRET_KEY", fake.api_key)
        monkeypatch.setenv("L4YDESK_STRIPE_WEBHOOK_SECRET", fake.webhook_secret)
        yield fake
        assert not fake.errors, fake.errors


def _shop(api: Api) -> tuple[str, int, int, int]:
    api.services.catalog.create("Shop")
    key = api.key("shop", SCOPES)

    def create(path: str, props: dict[str, Any]) -> int:
        response = api.call("POST", path, key, json={"properties": props})
        assert response.status_code == 201, response.text
        return int(response.json()["id"])

    mug = create("/api/v1/products", {"name": "Mug", "price": "18.00", "currency": "EUR"})
    bowl = create("/api/v1/products", {"name": "Bowl", "price": "30.00", "currency": "EUR"})
    items = [{"product_id": mug, "quantity": 2}, {"product_id": bowl, "quantity": 1}]
    checkout = create(
        "/api/v1/checkout",
        {"name": "Cart", "items": items, "success_url": "https://shop.example/thanks"},
    )
    booking = create("/api/v1/bookings", {"service": "Wheel lesson", "party_size": 1})
    return key, checkout, booking, mug


def _completed_event(fake: FakeStripeServer, session_id: str) -> dict[str, Any]:
    fake.complete_checkout(session_id)
    return next(
        e
        for e in fake.objects["events"].values()
        if e["type"] == "checkout.session.completed" and e["data"]["object"]["id"] == session_id
    )


def _count(api: Api, model: Any) -> int:
    with api.services.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_checkout_session_then_signed_webhook_marks_paid_once(
    stripe_fake: FakeStripeServer, api: Api
) -> None:
    key, checkout, booking, _ = _shop(api)
    with FakeHTTPServer() as receiver:
        receiver.route = lambda request: json_reply(200, {})  # type: ignore[method-assign]
        app_id = api.services.catalog.find("shop").app_id
        _, secret = api.platform.outbox.register(
            app_id, receiver.url("/in"), ["checkout.completed", "booking.confirmed"]
        )
        started = api.call(
            "POST", f"/api/v1/checkout/{checkout}/sessions", key, json={"record_id": booking}
        )
        assert started.status_code == 201, started.text
        body = started.json()
        assert body["url"].startswith(stripe_fake.base_url + "/pay/")
        assert body["amount_total"] == 2 * 1800 + 3000
        sent = stripe_fake.requests_to("/v1/checkout/sessions", "POST")[0]
        assert sent.headers["content-type"].startswith("application/x-www-form-urlencoded")
        assert "idempotency-key" in sent.headers
        assert b"line_items[0][quantity]=2" in sent.body  # as the SDK encodes it

        event = _completed_event(stripe_fake, body["session_id"])
        payload, headers = stripe_fake.signed_webhook(event)
        first = api.client.post("/api/v1/webhooks/stripe", content=payload, headers=headers)
        assert first.json() == {"received": True, "outcome": "applied"}
        got = api.call("GET", f"/api/v1/bookings/{booking}", key).json()
        assert got["properties"]["status"] == "confirmed"
        assert got["properties"]["payment_status"] == "paid"
        order = api.platform.checkout.order(body["order_id"])
        assert order is not None and order.status == "paid"

        replay = api.client.post("/api/v1/webhooks/stripe", content=payload, headers=headers)
        assert replay.json()["outcome"] == "duplicate"
        deadline = time.monotonic() + 15
        while len(receiver.requests_to("/in")) < 2:
            assert time.monotonic() < deadline, "outbound webhooks not delivered"
            time.sleep(0.05)
        hooks = receiver.requests_to("/in")
        assert sorted(json.loads(r.body)["type"] for r in hooks) == [
            "booking.confirmed",
            "checkout.completed",
        ]
        assert all(verify_signature(secret, r.body, r.headers["l4y-signature"]) for r in hooks)


def test_forged_and_unsigned_webhooks_change_nothing(
    stripe_fake: FakeStripeServer, api: Api
) -> None:
    key, checkout, _, _ = _shop(api)
    started = api.call("POST", f"/api/v1/checkout/{checkout}/sessions", key, json={}).json()
    event = _completed_event(stripe_fake, started["session_id"])
    forged, forged_headers = stripe_fake.signed_webhook(event, secret="whsec_attacker")
    payload, headers = stripe_fake.signed_webhook(event)
    old, old_headers = stripe_fake.signed_webhook(event, timestamp=int(time.time()) - 3600)
    attempts = [
        (forged, forged_headers),
        (payload, {"Content-Type": "application/json"}),
        (payload.replace(b'"paid"', b'"PAID"'), headers),
        (old, old_headers),
        (b"not json", headers),
    ]
    for body, sent_headers in attempts:
        response = api.client.post("/api/v1/webhooks/stripe", content=body, headers=sent_headers)
        assert response.status_code == 400, response.text
        assert "Nothing was changed." in response.json()["error"]["message"]
    assert api.platform.checkout.order(started["order_id"]).status == "open"  # type: ignore[union-attr]
    assert _count(api, StripeEventSeen) == 0


def test_twenty_concurrent_deliveries_of_one_event_apply_once(
    stripe_fake: FakeStripeServer, api: Api
) -> None:
    key, checkout, _, _ = _shop(api)
    app_id = api.services.catalog.find("shop").app_id
    api.platform.outbox.register(app_id, "http://127.0.0.1:9/in", ["checkout.completed"])
    started = api.call("POST", f"/api/v1/checkout/{checkout}/sessions", key, json={}).json()
    payload, headers = stripe_fake.signed_webhook(
        _completed_event(stripe_fake, started["session_id"])
    )

    def deliver(_: int) -> tuple[int, str]:
        response = api.client.post("/api/v1/webhooks/stripe", content=payload, headers=headers)
        return response.status_code, response.json().get("outcome", "")

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(deliver, range(20)))
    assert [status for status, _ in results] == [200] * 20
    assert sorted(outcome for _, outcome in results) == ["applied"] + ["duplicate"] * 19
    assert _count(api, StripeEventSeen) == 1
    with api.services.store.session() as session:
        completed = session.scalar(
            select(func.count())
            .select_from(WebhookDelivery)
            .where(WebhookDelivery.event_type == "checkout.completed")
        )
        paid = session.scalar(
            select(func.count()).select_from(CheckoutOrder).where(CheckoutOrder.status == "paid")
        )
    assert completed == 1 and paid == 1


def test_checkout_input_is_checked(stripe_fake: FakeStripeServer, api: Api) -> None:
    key, checkout, _, mug = _shop(api)
    path = f"/api/v1/checkout/{checkout}/sessions"
    assert api.call("POST", path, key, json={"items": [{"product_id": 999}]}).status_code == 404
    bad = api.call("POST", path, key, json={"items": [{"product_id": mug, "quantity": 0}]})
    assert bad.status_code == 422
    assert api.call("POST", path, key, json={"record_id": mug}).status_code == 422
    assert api.call("POST", path, key, json={"amount": 1}).status_code == 422  # no client prices
    priced = api.call("POST", path, key, json={"items": [{"product_id": mug, "quantity": 3}]})
    assert priced.status_code == 201 and priced.json()["amount_total"] == 5400
    assert _count(api, CheckoutOrder) == 1


def test_a_quantity_alone_buys_that_many_of_the_checkouts_one_product(
    stripe_fake: FakeStripeServer, api: Api
) -> None:
    key, two_products, _, mug = _shop(api)
    single = api.call(
        "POST",
        "/api/v1/checkout",
        key,
        json={
            "properties": {
                "name": "Mugs",
                "items": [{"product_id": mug}],
                "success_url": "https://shop.example/thanks",
            }
        },
    ).json()["id"]
    path = f"/api/v1/checkout/{single}/sessions"
    three = api.call("POST", path, key, json={"quantity": 3})
    assert three.status_code == 201, three.text
    assert three.json()["amount_total"] == 3 * 1800
    which = api.call("POST", f"/api/v1/checkout/{two_products}/sessions", key, json={"quantity": 2})
    assert which.status_code == 422
    assert "sells 2 products" in which.json()["error"]["message"]
    both = {"quantity": 2, "items": [{"product_id": mug}]}
    assert api.call("POST", path, key, json=both).status_code == 422
    too_many = api.call("POST", path, key, json={"quantity": 1000})
    assert too_many.status_code == 422
    assert _count(api, CheckoutOrder) == 1
