"""Sync failures a person can act on: a wrong or revoked password, a lost network, 429 with
Retry-After (honoured by the shared transport), an address that is not a calendar."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from l4ydesk.clients.caldav import CalDavClient
from l4ydesk.clients.errors import RateLimitError
from l4ydesk.core.calendar.model import CalendarError
from tests.fakes.http_server import FakeHTTPServer, Reply
from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer
from tests.integration.conftest import RecordingSleep

# RFC 6578 3.2: the answer to sync-collection, a multistatus with the new token.
_EMPTY_SYNC = (
    b'<?xml version="1.0" encoding="utf-8"?><multistatus xmlns="DAV:">'
    b"<sync-token>http://example.org/ns/sync/2</sync-token></multistatus>"
)


def test_linking_with_a_wrong_password_is_refused_in_a_sentence_and_keeps_nothing(
    services: Any, sync: Any, resource: Any, calendar_url: str
) -> None:
    with pytest.raises(CalendarError) as refused:
        asyncio.run(sync.link(resource.resource_id, "caldav", calendar_url, USER, "hunter2-not-it"))
    said = str(refused.value)
    assert "refused the sign-in" in said and "hunter2" not in said
    assert sync.links.all() == []


def test_linking_an_address_that_is_not_a_calendar_says_so(
    services: Any, sync: Any, resource: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    with pytest.raises(CalendarError, match="not a calendar"):
        asyncio.run(
            sync.link(resource.resource_id, "caldav", f"{radicale.origin}/{USER}/", USER, PASSWORD)
        )
    assert sync.links.all() == []


def test_a_revoked_password_is_recorded_as_a_sentence_to_link_again(
    services: Any, sync: Any, linked: Any
) -> None:
    services.secrets.set(linked.secret_name, "changed on the server")

    report = asyncio.run(sync.sync(linked.link_id))

    assert "refused the sign-in for Dr Lee's CalDAV calendar (lee)" in report.error
    assert "Link it again" in report.error and "changed on the server" not in report.error
    stored = sync.links.get(linked.link_id)
    assert stored.last_error == report.error and stored.last_ok_at is None


def test_a_password_missing_from_the_keyring_says_so(services: Any, sync: Any, linked: Any) -> None:
    services.secrets.delete(linked.secret_name)
    report = asyncio.run(sync.sync(linked.link_id))
    assert "no longer in the keyring" in report.error


def test_losing_the_network_is_a_sentence_and_the_next_sync_continues(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    assert asyncio.run(sync.sync(linked.link_id)).error == ""
    radicale.stop()

    report = asyncio.run(sync.sync(linked.link_id))

    assert report.error.startswith("Could not reach 127.0.0.1 to sync Dr Lee's CalDAV calendar")
    radicale.start_again()
    assert asyncio.run(sync.sync(linked.link_id)).error == ""


async def test_429_waits_as_long_as_retry_after_says_then_goes_on(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(
        Reply(429, headers={"Retry-After": "7"}),
        Reply(207, body=_EMPTY_SYNC, headers={"Content-Type": "application/xml"}),
        method="REPORT",
    )
    async with CalDavClient(http_server.url("/lee/work/"), USER, lambda: "pw", sleep=sleep) as c:
        changes = await c.sync_collection(None)
    assert changes.token == "http://example.org/ns/sync/2"
    assert sleep.calls == [7.0]
    sent = [r for r in http_server.requests if r.method == "REPORT"]
    assert len(sent) == 2 and sent[0].headers["authorization"].startswith("Basic ")


async def test_429_asking_for_longer_than_we_wait_is_said_with_the_wait(
    http_server: FakeHTTPServer, sleep: RecordingSleep
) -> None:
    http_server.enqueue(Reply(429, headers={"Retry-After": "120"}), method="REPORT")
    async with CalDavClient(http_server.url("/lee/work/"), USER, lambda: "pw", sleep=sleep) as c:
        with pytest.raises(RateLimitError) as limited:
            await c.sync_collection(None)
    assert limited.value.retry_after == 120 and sleep.calls == []


def test_a_rate_limited_sync_records_when_to_try_again(
    services: Any, sync: Any, resource: Any, http_server: FakeHTTPServer
) -> None:
    services.secrets.set("calendar_sync:caldav:test", "pw")
    link = sync.links.add(
        resource.resource_id,
        "caldav",
        http_server.url("/lee/work/"),
        USER,
        "calendar_sync:caldav:test",
    )
    http_server.enqueue(Reply(429, headers={"Retry-After": "120"}), method="REPORT")

    report = asyncio.run(sync.sync(link.link_id))

    assert "asked l4ydesk to wait 120 seconds before syncing Dr Lee's CalDAV calendar" in (
        report.error
    )
