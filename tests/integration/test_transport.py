"""The shared transport policy against a scripted fake over real HTTP: retries, waits, errors."""

from __future__ import annotations

import email.utils
import socket
import subprocess
import sys
import time
from typing import Any

import pytest

from l4ydesk.clients.errors import (
    AuthError,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PlanLimitError,
    ProtocolError,
    RateLimitError,
    RemoteError,
    ServerError,
    redact,
)
from l4ydesk.clients.transport import RetryPolicy, Transport, parse_retry_after
from tests.fakes.http_server import Drop, FakeHTTPServer, Reply, json_reply
from tests.integration.conftest import RecordingSleep, is_loopback

KEY = "sk-test-abcdefghijklmnop"
OK = json_reply(200, {"ok": True})


def make_transport(
    server: FakeHTTPServer | str, sleep: RecordingSleep, **options: Any
) -> Transport:
    base_url = server if isinstance(server, str) else server.base_url
    options.setdefault("api_key", KEY)
    options.setdefault("rand", lambda: 0.5)  # no jitter: backoff values are exact
    return Transport("Example", base_url, sleep=sleep, **options)


def assert_no_secret(error: RemoteError, secret: str = KEY) -> None:
    for text in (str(error), repr(error), error.user_message, error.detail):
        assert secret not in text


async def test_429_waits_for_retry_after_seconds_then_succeeds(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(json_reply(429, {"error": {"message": "slow down"}}, {"Retry-After": "3"}))
    http_server.enqueue(OK)
    async with make_transport(http_server, sleep) as transport:
        assert await transport.request_json("POST", "/things", json={"a": 1}) == {"ok": True}
    assert sleep.calls == [3.0]
    assert len(http_server.requests) == 2
    assert [r.json() for r in http_server.requests] == [{"a": 1}, {"a": 1}]


async def test_429_retry_after_as_http_date(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    moment = 1_767_225_600.0
    http_date = email.utils.formatdate(moment + 5, usegmt=True)
    http_server.enqueue(Reply(status=429, headers={"Retry-After": http_date}), OK)
    async with make_transport(http_server, sleep, now=lambda: moment) as transport:
        await transport.request_json("GET", "/things")
    assert sleep.calls == [5.0]


async def test_retry_after_beyond_the_cap_raises_without_sleeping(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(status=429, headers={"Retry-After": "120"}), OK)
    policy = RetryPolicy(max_wait=30.0)
    async with make_transport(http_server, sleep, retry=policy) as transport:
        with pytest.raises(RateLimitError) as caught:
            await transport.request("GET", "/things")
    assert caught.value.retry_after == 120.0
    assert "in 120 seconds" in caught.value.user_message
    assert sleep.calls == []
    assert len(http_server.requests) == 1


async def test_429_gives_up_after_the_last_attempt(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(*[Reply(status=429, headers={"Retry-After": "1"})] * 3)
    async with make_transport(http_server, sleep, retry=RetryPolicy(max_attempts=3)) as t:
        with pytest.raises(RateLimitError) as caught:
            await t.request("POST", "/things", json={})
    assert caught.value.retry_after == 1.0
    assert sleep.calls == [1.0, 1.0]
    assert len(http_server.requests) == 3


async def test_5xx_is_retried_for_get_with_exponential_backoff(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(status=503), Reply(status=502), OK)
    async with make_transport(http_server, sleep) as transport:
        assert await transport.request_json("GET", "/things") == {"ok": True}
    assert sleep.calls == [0.5, 1.0]


async def test_5xx_is_not_retried_for_post_without_idempotency_key(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(json_reply(500, {"error": {"message": "boom"}}), OK)
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(ServerError) as caught:
            await transport.request("POST", "/things", json={})
    assert caught.value.status == 500
    assert "trouble right now" in caught.value.user_message
    assert len(http_server.requests) == 1
    assert sleep.calls == []


async def test_post_with_idempotency_key_is_retried_with_the_same_key(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(status=500), OK)
    async with make_transport(http_server, sleep) as transport:
        await transport.request("POST", "/things", json={}, idempotency_key="op-42")
    keys = [r.headers.get("idempotency-key") for r in http_server.requests]
    assert keys == ["op-42", "op-42"]


async def test_dropped_connection_before_answer_is_retried_for_get(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Drop(), OK)
    async with make_transport(http_server, sleep) as transport:
        assert await transport.request_json("GET", "/things") == {"ok": True}
    assert len(sleep.calls) == 1


async def test_dropped_connection_is_not_retried_for_post(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Drop(), OK)
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(NetworkError) as caught:
            await transport.request("POST", "/things", json={})
    assert not caught.value.timed_out
    assert len(http_server.requests) == 1


async def test_refused_connection_is_retried_even_for_post_then_raises(
    sleep: RecordingSleep,
) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with make_transport(f"http://127.0.0.1:{port}", sleep) as transport:
        with pytest.raises(NetworkError) as caught:
            await transport.request("POST", "/things", json={})
    assert len(sleep.calls) == 3  # the request never left, so every attempt was safe
    assert caught.value.user_message.startswith("Could not reach Example.")


async def test_timeout_raises_network_error(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(delay=5.0, json={"late": True}))
    started = time.monotonic()
    async with make_transport(http_server, sleep, timeout=0.2) as transport:
        with pytest.raises(NetworkError) as caught:
            await transport.request("POST", "/slow", json={})
    assert caught.value.timed_out
    assert "took too long" in caught.value.user_message
    assert time.monotonic() - started < 3


async def test_401_is_an_auth_error_without_the_key(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    # A careless server echoes the key back; it must not reach the error.
    body = {"error": {"message": f"Invalid key {KEY} (Authorization: Bearer {KEY})"}}
    http_server.enqueue(json_reply(401, body))
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(AuthError) as caught:
            await transport.request("GET", "/me")
    assert http_server.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert caught.value.user_message == (
        "Your Example API key was refused. Enter a valid key in Settings → Keys."
    )
    assert "Invalid key" in caught.value.detail
    assert_no_secret(caught.value)
    assert sleep.calls == []


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (402, PlanLimitError),
        (403, PlanLimitError),
        (404, NotFoundError),
        (422, InvalidRequestError),
    ],
)
async def test_client_errors_map_to_typed_errors(
    http_server: FakeHTTPServer,
    sleep: RecordingSleep,
    status: int,
    error_type: type[RemoteError],
) -> None:
    http_server.enqueue(json_reply(status, {"error": {"message": "not on your plan"}}))
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(error_type) as caught:
            await transport.request("GET", "/things")
    assert caught.value.status == status
    assert sleep.calls == []


async def test_plan_limit_sentence(http_server: FakeHTTPServer, sleep: RecordingSleep) -> None:
    http_server.enqueue(json_reply(402, {"error": {"message": "Insufficient credits"}}))
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(PlanLimitError) as caught:
            await transport.request("POST", "/things", json={})
    assert caught.value.user_message.startswith("Your Example account is out of credits.")
    assert "Insufficient credits" in caught.value.user_message


async def test_non_json_success_is_a_protocol_error(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(body=b"<html>maintenance</html>"))
    async with make_transport(http_server, sleep) as transport:
        with pytest.raises(ProtocolError):
            await transport.request_json("GET", "/things")


async def test_key_callable_is_read_for_every_request(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    keys = iter(["first-key", "second-key"])
    http_server.enqueue(OK, OK)
    async with make_transport(http_server, sleep, api_key=lambda: next(keys)) as transport:
        await transport.request("GET", "/a")
        await transport.request("GET", "/b")
    sent = [r.headers["authorization"] for r in http_server.requests]
    assert sent == ["Bearer first-key", "Bearer second-key"]


async def test_missing_key_fails_before_sending(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    async with make_transport(http_server, sleep, api_key=lambda: "") as transport:
        with pytest.raises(AuthError):
            await transport.request("GET", "/a")
    assert http_server.requests == []


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    past = email.utils.formatdate(1_000_000_000, usegmt=True)
    assert parse_retry_after(past, now=lambda: 2_000_000_000) == 0.0


def test_backoff_grows_is_capped_and_jittered() -> None:
    policy = RetryPolicy(base_delay=1.0, max_backoff=5.0, jitter=0.2)
    assert [policy.backoff(n, 0.5) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]
    assert policy.backoff(1, 0.0) == pytest.approx(0.8)
    assert policy.backoff(1, 0.999) == pytest.approx(1.2, abs=0.01)
    assert policy.backoff(4, 0.999) <= 5.0


def test_redact_removes_secrets_and_token_shapes() -> None:
    text = "key=abc123 Bearer xyz sk-or-v1-0123456789abcdef and my-literal-secret"
    cleaned = redact(text, secrets=["my-literal-secret"])
    for secret in ("abc123", "xyz", "sk-or-v1-0123456789abcdef", "my-literal-secret"):
        assert secret not in cleaned


def test_clients_do_not_import_qt() -> None:
    code = (
        "import sys, l4ydesk.clients.v0, l4ydesk.clients.openrouter;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'qasync', 'shiboken6'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, timeout=60, capture_output=True, text=True
    )
    assert result.stdout.strip() == "[]"


def test_the_loopback_guard_refuses_other_addresses() -> None:
    assert is_loopback(("127.0.0.1", 80)) and is_loopback(("::1", 80, 0, 0))
    assert not is_loopback(("203.0.113.7", 443))
    assert not is_loopback(("api.v0.dev",))
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("api.v0.dev", 443)
