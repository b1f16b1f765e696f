"""Microsoft 365 sync against the fake of tests/fakes/msgraph_server.py (built from Microsoft's
reference): device-code sign-in, calendarView delta rounds with pages, @removed items, 410,
resuming between pages, pushed bookings with transactionId, throttling and revoked sign-ins."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.http_server import Reply
from tests.fakes.msgraph_server import CLIENT_ID, FakeGraph
from tests.integration.calendar_sync.conftest import DAY, busy, local


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


@pytest.fixture(autouse=True)
def _graph_env(graph: FakeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("L4YDESK_MSGRAPH_URL", graph.url("/v1.0"))
    monkeypatch.setenv("L4YDESK_MSGRAPH_LOGIN_URL", graph.url("/common/oauth2/v2.0"))
    monkeypatch.setenv("L4YDESK_MICROSOFT_CLIENT_ID", CLIENT_ID)


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000")


def event(event_id: str, start: datetime, minutes: int = 60, **extra: Any) -> dict[str, Any]:
    return {
        "id": event_id,
        "subject": event_id,
        "start": {"dateTime": utc_text(start), "timeZone": "UTC"},
        "end": {"dateTime": utc_text(start + timedelta(minutes=minutes)), "timeZone": "UTC"},
        "@odata.etag": 'W/"1"',
        **extra,
    }


def _link(services: Any, sync: Any, resource: Any, graph: FakeGraph) -> Any:
    from l4ydesk.app_sync import microsoft_sign_in

    shown: list[Any] = []

    def show_code(code: Any) -> None:
        shown.append(code)
        graph.approve(code.user_code)  # the person types the code at microsoft.com/devicelogin

    async def flow() -> Any:
        refresh = await microsoft_sign_in(services, show_code)
        info, _name = await sync.link(resource.resource_id, "msgraph", "me/calendar", "", refresh)
        return info

    info = asyncio.run(flow())
    assert shown[0].verification_uri == "https://microsoft.com/devicelogin"
    return info


def test_device_sign_in_links_and_keeps_only_the_refresh_token_in_the_keyring(
    services: Any, sync: Any, resource: Any, graph: FakeGraph
) -> None:
    info = _link(services, sync, resource, graph)

    assert info.account == "lee@contoso.example" and info.provider == "msgraph"
    refresh = services.secrets.get(info.secret_name)
    assert refresh in graph.refresh_tokens
    services.close()
    db = Path(services.settings.db_url.removeprefix("sqlite:///")).read_bytes()
    assert refresh.encode() not in db


def test_delta_rounds_page_then_bring_changes_and_removals(
    services: Any, sync: Any, resource: Any, graph: FakeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("l4ydesk.clients.msgraph_calendar.PAGE_SIZE", 2)
    graph.put(event("dentist", local(DAY, 10)))
    graph.put(event("focus", local(DAY, 12), showAs="free"))
    graph.put(event("cancelled", local(DAY, 13), isCancelled=True))
    graph.put(
        {
            **event("holiday", local(DAY + timedelta(days=1), 0), 24 * 60, isAllDay=True),
            "start": {"dateTime": f"{DAY + timedelta(days=1)}T00:00:00.0000000", "timeZone": "UTC"},
            "end": {"dateTime": f"{DAY + timedelta(days=2)}T00:00:00.0000000", "timeZone": "UTC"},
        }
    )
    # Occurrences of a weekly series come as their own items (type occurrence).
    for week in range(2):
        when = local(DAY + timedelta(days=7 * week), 15)
        graph.put(event(f"standup-{week}", when, type="occurrence", seriesMasterId="standup"))
    info = _link(services, sync, resource, graph)

    report = asyncio.run(sync.sync(info.link_id))

    assert report.error == ""
    rounds = graph.requests_to("/v1.0/me/calendarView/delta", "GET")
    assert len(rounds) == 3 and "startDateTime" in rounds[0].query
    assert "$skiptoken" in rounds[1].query
    assert 'outlook.timezone="UTC"' in rounds[0].headers["prefer"]
    assert [(s, r) for s, _e, r in busy(services, resource.resource_id)] == [
        (local(DAY, 10), "dentist"),
        (local(DAY, 15), "standup-0"),
        (local(DAY + timedelta(days=1), 0), "holiday"),  # the resource's own midnight
        (local(DAY + timedelta(days=7), 15), "standup-1"),
    ]

    graph.put(event("dentist", local(DAY, 16)))
    graph.delete("standup-1")
    report = asyncio.run(sync.sync(info.link_id))

    assert "$deltatoken" in graph.requests_to("/v1.0/me/calendarView/delta")[-1].query
    assert (report.busy_changed, report.busy_removed) == (1, 1)
    assert [r for _s, _e, r in busy(services, resource.resource_id)] == [
        "standup-0",
        "dentist",
        "holiday",
    ]


def test_410_starts_a_new_round(services: Any, sync: Any, resource: Any, graph: FakeGraph) -> None:
    graph.put(event("a", local(DAY, 9)))
    graph.put(event("b", local(DAY, 11)))
    info = _link(services, sync, resource, graph)
    asyncio.run(sync.sync(info.link_id))
    graph.forget_delta_tokens()
    del graph.events["b"]

    report = asyncio.run(sync.sync(info.link_id))

    assert report.resynced and report.error == ""
    assert [r for _s, _e, r in busy(services, resource.resource_id)] == ["a"]


def test_bookings_are_created_once_even_when_the_create_is_retried(
    services: Any, sync: Any, resource: Any, graph: FakeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from l4ydesk.core.calendar.slots import SlotRules

    info = _link(services, sync, resource, graph)
    booking = services.calendar.bookings.book(
        resource.resource_id, local(DAY, 10), SlotRules(60), customer_name="Ada"
    )
    real_record = sync.links.record_push

    def dies(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sync.links, "record_push", dies)
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(sync.sync(info.link_id))
    monkeypatch.setattr(sync.links, "record_push", real_record)
    assert asyncio.run(sync.sync(info.link_id)).error == ""

    live = [e for e in graph.events.values() if not e.get("@deleted")]
    assert len(live) == 1 and live[0]["subject"] == "Dr Lee: Ada"
    assert live[0]["transactionId"].endswith(f"-{booking.booking_id}")
    assert len(graph.requests_to("/v1.0/me/events", "POST")) == 2  # the retry met transactionId
    again = asyncio.run(sync.sync(info.link_id))
    assert (again.busy_changed, again.pushed) == (0, 0)

    services.calendar.bookings.move(booking.booking_id, local(DAY, 15))
    asyncio.run(sync.sync(info.link_id))
    assert live[0]["start"]["dateTime"].startswith(utc_text(local(DAY, 15))[:19])
    services.calendar.bookings.cancel(booking.booking_id)
    assert asyncio.run(sync.sync(info.link_id)).unpushed == 1
    assert graph.events[live[0]["id"]].get("@deleted")


def test_throttling_waits_for_retry_after_and_a_revoked_sign_in_is_said(
    services: Any, sync: Any, resource: Any, graph: FakeGraph
) -> None:
    info = _link(services, sync, resource, graph)
    graph.enqueue(Reply(429, headers={"Retry-After": "0"}), method="GET")
    assert asyncio.run(sync.sync(info.link_id)).error == ""
    assert len(graph.requests_to("/v1.0/me/calendarView/delta")) == 2  # retried once

    graph.enqueue(Reply(429, headers={"Retry-After": "90"}), method="GET")
    report = asyncio.run(sync.sync(info.link_id))
    assert "asked l4ydesk to wait 90 seconds" in report.error

    graph.revoke()
    report = asyncio.run(sync.sync(info.link_id))
    assert report.error.startswith(
        "Microsoft no longer accepts l4ydesk's sign-in for Dr Lee's Microsoft 365 calendar "
        "(lee@contoso.example): it expired or was revoked."
    )


def test_a_declined_device_sign_in_is_a_sentence(
    services: Any, sync: Any, resource: Any, graph: FakeGraph
) -> None:
    from l4ydesk.app_sync import microsoft_sign_in
    from l4ydesk.core.sentences import sentence_for

    def declined(code: Any) -> None:
        graph.device_codes.clear()  # the code expired unused

    with pytest.raises(Exception) as failed:
        asyncio.run(microsoft_sign_in(services, declined))
    assert sentence_for(failed.value) == (
        "Signing in to Microsoft did not finish (expired_token). Try again."
    )
