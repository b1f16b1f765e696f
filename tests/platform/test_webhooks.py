"""Outbound webhooks: signed deliveries to a local receiver, retries, leases, and SSRF refusals."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from l4ydesk.core.platform.errors import InvalidInputError
from l4ydesk.core.platform.outbox import (
    GIVE_UP_AFTER,
    LEASE,
    Outbox,
    backoff,
    verify_signature,
)
from l4ydesk.core.platform.webhook_urls import check_webhook_url
from tests.fakes.http_server import FakeHTTPServer, json_reply
from tests.platform.conftest import SECRET, Api


@pytest.fixture
def receiver() -> Iterator[FakeHTTPServer]:
    with FakeHTTPServer() as server:
        server.route = lambda request: json_reply(200, {"ok": True})  # type: ignore[method-assign]
        yield server


def _wait(predicate: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_form_submission_is_delivered_signed(api: Api, receiver: FakeHTTPServer) -> None:
    app = api.services.catalog.create("Shop")
    key = api.key("shop", "forms:write")
    endpoint, secret = api.platform.outbox.register(
        app.app_id, receiver.url("/hooks"), ["form.submitted"]
    )
    fields = [{"name": "email", "type": "email", "required": True}]
    form = api.call(
        "POST",
        "/api/v1/forms",
        api.key("shop", "forms:write"),
        json={"properties": {"title": "Newsletter", "fields": fields}},
    ).json()
    submitted = api.call(
        "POST", f"/api/v1/forms/{form['id']}/submissions", key, json={"email": "a@example.com"}
    )
    assert submitted.status_code == 201
    _wait(lambda: receiver.requests_to("/hooks"))
    request = receiver.requests_to("/hooks")[0]
    assert verify_signature(secret, request.body, request.headers["l4y-signature"])
    assert not verify_signature("whsec_wrong", request.body, request.headers["l4y-signature"])
    event = json.loads(request.body)
    assert event["type"] == "form.submitted"
    assert event["id"] == request.headers["l4y-webhook-id"]
    assert event["data"]["data"] == {"email": "a@example.com"}
    _wait(lambda: api.platform.outbox.deliveries(endpoint.endpoint_id)[0].status == "delivered")
    time.sleep(1.0)  # another sender round: a delivered row is never sent again
    assert len(receiver.requests_to("/hooks")) == 1


def test_failures_back_off_then_give_up_after_a_day(api: Api) -> None:
    outbox: Outbox = api.platform.outbox
    app = api.services.catalog.create("Shop")
    endpoint, _ = outbox.register(app.app_id, "http://127.0.0.1:9/hook", ["product.created"])
    api.call(
        "POST",
        "/api/v1/products",
        api.key("shop", "products:write"),
        json={"properties": {"name": "Mug"}},
    )
    _wait(lambda: outbox.deliveries(endpoint.endpoint_id)[0].attempts >= 1)
    first = outbox.deliveries(endpoint.endpoint_id)[0]
    assert first.status == "pending" and first.last_status is None
    assert "Could not reach" in first.last_error
    assert first.next_attempt_at >= time.time() + backoff(1) - 2
    assert [backoff(n) for n in (1, 2, 3, 4)] == [10.0, 20.0, 40.0, 80.0]
    assert backoff(30) == 3600.0
    # a day later, the next failure is the last
    later = time.time() + GIVE_UP_AFTER + 10
    claimed = outbox.claim_due(now=later)
    assert [c.delivery_id for c in claimed] == [first.delivery_id]
    outbox.record_result(first.delivery_id, 503, "The endpoint answered 503.", now=later)
    assert outbox.deliveries(endpoint.endpoint_id)[0].status == "failed"
    outbox.resend(first.delivery_id)
    assert outbox.deliveries(endpoint.endpoint_id)[0].status == "pending"


def test_a_killed_sender_leaves_its_claim_due_again_and_nothing_twice(api: Api) -> None:
    from l4ydesk.core.platform.outbox import enqueue

    app = api.services.catalog.create("Quiet")
    # A second Outbox over the same store stands for a process that gets killed mid-send.
    outbox = Outbox(api.services.store, SECRET.encode(), allow_loopback=True)
    endpoint, _ = outbox.register(app.app_id, "http://127.0.0.1:9/hook", ["product.created"])
    with api.services.store.session() as session:
        enqueue(session, app.app_id, "product.created", {"n": 1})
    now = time.time() + 3600  # far ahead of the running server's own sender
    first = outbox.claim_due(now=now)
    assert len(first) == 1
    assert outbox.claim_due(now=now) == []  # leased: nobody else takes it
    again = outbox.claim_due(now=now + LEASE + 1)  # "killed": the lease ran out
    assert [r.delivery_id for r in again] == [first[0].delivery_id]
    outbox.record_result(again[0].delivery_id, 200, now=now + LEASE + 2)
    assert outbox.claim_due(now=now + 10 * LEASE) == []
    assert outbox.deliveries(endpoint.endpoint_id)[0].status == "delivered"


def _resolver(mapping: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    return lambda host, port: mapping[host]


@pytest.mark.parametrize(
    ("url", "addresses", "dev", "why"),
    [
        ("https://10.0.0.5/hook", ["10.0.0.5"], False, "private or reserved"),
        ("https://meta.example/", ["169.254.169.254"], False, "private or reserved"),
        ("https://[::1]/hook", ["::1"], False, "loopback"),
        ("https://inner.example/", ["192.168.1.2"], True, "private or reserved"),
        ("https://mixed.example/", ["93.184.216.34", "172.16.0.1"], False, "private"),
        ("http://public.example/", ["93.184.216.34"], False, "not https"),
        ("http://public.example/", ["93.184.216.34"], True, "not https"),
        ("ftp://public.example/", ["93.184.216.34"], False, "not an https URL"),
        ("https://user:pw@public.example/", ["93.184.216.34"], False, "user or password"),
    ],
)
def test_webhook_urls_refused(url: str, addresses: list[str], dev: bool, why: str) -> None:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    with pytest.raises(InvalidInputError) as refused:
        check_webhook_url(url, allow_loopback=dev, resolver=_resolver({host: addresses}))
    assert why in str(refused.value)


def test_webhook_urls_allowed() -> None:
    public = _resolver({"hooks.example": ["93.184.216.34"], "127.0.0.1": ["127.0.0.1"]})
    assert check_webhook_url("https://hooks.example/in", resolver=public)
    assert check_webhook_url("http://127.0.0.1:8000/in", allow_loopback=True, resolver=public)


def test_registering_a_private_endpoint_changes_nothing(api: Api) -> None:
    app = api.services.catalog.create("Shop")
    with pytest.raises(InvalidInputError):
        api.platform.outbox.register(app.app_id, "https://10.1.2.3/x", ["form.submitted"])
    with pytest.raises(InvalidInputError, match="Unknown events"):
        api.platform.outbox.register(app.app_id, "http://127.0.0.1:1/x", ["form.exploded"])
    assert api.platform.outbox.endpoints(app.app_id) == []


def test_a_reserved_endpoint_gets_nothing_until_it_moves_to_an_address(api: Api) -> None:
    from l4ydesk.core.platform.errors import NotFoundError
    from l4ydesk.core.platform.outbox import enqueue

    app = api.services.catalog.create("Reserved")
    outbox = Outbox(api.services.store, SECRET.encode(), allow_loopback=True)
    endpoint, secret = outbox.reserve(app.app_id, ["product.created"])
    assert (endpoint.url, endpoint.active, endpoint.reserved) == ("", False, True)
    assert outbox.secret_for(app.app_id, endpoint.endpoint_id) == secret
    with api.services.store.session() as session:
        assert enqueue(session, app.app_id, "product.created", {"n": 1}) == 0
    assert outbox.deliveries(endpoint.endpoint_id) == []

    with pytest.raises(InvalidInputError):  # the address is checked like a registered one's
        outbox.move(app.app_id, endpoint.endpoint_id, "https://10.1.2.3/hook")
    assert outbox.endpoints(app.app_id)[0].reserved
    moved = outbox.move(app.app_id, endpoint.endpoint_id, "http://127.0.0.1:9/hook")
    assert (moved.url, moved.active, moved.reserved) == ("http://127.0.0.1:9/hook", True, False)
    assert outbox.secret_for(app.app_id, endpoint.endpoint_id) == secret  # the secret stays
    with api.services.store.session() as session:
        assert enqueue(session, app.app_id, "product.created", {"n": 2}) == 1
    [request] = outbox.claim_due(now=time.time() + 3600)
    assert verify_signature(secret, request.body, request.headers["L4y-Signature"])

    outbox.disable(app.app_id, endpoint.endpoint_id)
    with pytest.raises(NotFoundError, match="turned off"):
        outbox.move(app.app_id, endpoint.endpoint_id, "http://127.0.0.1:9/other")
    with pytest.raises(NotFoundError):
        outbox.secret_for(app.app_id + 1, endpoint.endpoint_id)  # another app's: not found
