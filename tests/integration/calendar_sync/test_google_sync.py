"""Google Calendar sync against the fake of tests/fakes/google_calendar_server.py (built from
Google's reference): sign-in with PKCE on a loopback redirect, paged full sync, incremental
sync, 410 Gone, a pass resumed between pages, pushed bookings, expired and revoked tokens."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from l4ydesk.clients.errors import RateLimitError
from l4ydesk.clients.google_calendar import GoogleCalendarClient
from tests.fakes.google_calendar_server import CLIENT_ID, CLIENT_SECRET, FakeGoogleCalendar
from tests.integration.calendar_sync.conftest import DAY, ZONE, busy, local
from tests.integration.conftest import RecordingSleep


@pytest.fixture
def google() -> Iterator[FakeGoogleCalendar]:
    with FakeGoogleCalendar() as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


@pytest.fixture(autouse=True)
def _google_env(google: FakeGoogleCalendar, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("L4YDESK_GOOGLE_URL", google.base_url)
    monkeypatch.setenv("L4YDESK_GOOGLE_AUTH_URL", google.url("/o/oauth2/v2/auth"))
    monkeypatch.setenv("L4YDESK_GOOGLE_TOKEN_URL", google.url("/token"))
    monkeypatch.setenv("L4YDESK_GOOGLE_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("L4YDESK_GOOGLE_CLIENT_SECRET", CLIENT_SECRET)


class Browser:
    """Follows the sign-in URL as a browser would: the fake consents and redirects to us."""

    def __init__(self) -> None:
        self.visits: list[asyncio.Task[Any]] = []
        self.urls: list[str] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        self.visits.append(asyncio.get_running_loop().create_task(self._visit(url)))

    async def _visit(self, url: str) -> int:
        async with httpx.AsyncClient(follow_redirects=True) as client:
            return (await client.get(url)).status_code


def timed(event_id: str, start: datetime, minutes: int = 60, **extra: Any) -> dict[str, Any]:
    return {
        "id": event_id,
        "summary": event_id,
        "start": {"dateTime": start.isoformat(), "timeZone": ZONE},
        "end": {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": ZONE},
        **extra,
    }


def _link(services: Any, sync: Any, resource: Any) -> Any:
    from l4ydesk.app_sync import google_sign_in

    browser = Browser()

    async def flow() -> Any:
        refresh = await google_sign_in(services, browser)
        info, _name = await sync.link(resource.resource_id, "google", "primary", "", refresh)
        assert [await visit for visit in browser.visits] == [200]
        return info

    return asyncio.run(flow())


def test_sign_in_links_with_pkce_and_keeps_only_the_refresh_token_in_the_keyring(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    info = _link(services, sync, resource)

    assert info.account == "lee@example.org" and info.provider == "google"
    (exchange,) = [r for r in google.requests_to("/token") if b"authorization_code" in r.body]
    assert b"code_verifier=" in exchange.body and b"redirect_uri=http%3A%2F%2F127.0.0.1%3A" in (
        exchange.body
    )
    refresh = services.secrets.get(info.secret_name)
    assert refresh in google.refresh_tokens
    services.close()
    db = Path(services.settings.db_url.removeprefix("sqlite:///")).read_bytes()
    assert refresh.encode() not in db


def test_a_declined_sign_in_is_a_sentence_and_links_nothing(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    from l4ydesk.app_sync import google_sign_in
    from l4ydesk.core.sentences import sentence_for

    google.consented = False
    browser = Browser()

    async def flow() -> None:
        try:
            await google_sign_in(services, browser)
        finally:
            await asyncio.gather(*browser.visits)

    with pytest.raises(Exception) as declined:
        asyncio.run(flow())
    assert "Signing in to Google did not finish (access_denied)" in sentence_for(declined.value)
    assert sync.links.all() == []


def test_full_sync_pages_then_incremental_sync_reads_changes_and_deletions(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    google.page_size = 2  # [list]: pages may hold fewer events than maxResults
    google.put(timed("dentist1", local(DAY, 10)))
    google.put(timed("lunch1", local(DAY, 12), transparency="transparent"))
    google.put(
        {
            "id": "allday1",
            "summary": "conference",
            "start": {"date": (DAY + timedelta(days=1)).isoformat()},
            "end": {"date": (DAY + timedelta(days=2)).isoformat()},
        }
    )
    google.put(timed("standup1", local(DAY, 15), recurrence=["RRULE:FREQ=WEEKLY;COUNT=3"]))
    second = local(DAY + timedelta(days=7), 15).astimezone(UTC)
    google.cancel_instance("standup1", f"standup1_{second:%Y%m%dT%H%M%SZ}")
    info = _link(services, sync, resource)

    report = asyncio.run(sync.sync(info.link_id))

    assert report.error == ""
    listed = google.requests_to("/calendar/v3/calendars/primary/events", "GET")
    assert len(listed) == 3 and "pageToken" in listed[1].query
    assert "timeMin" in listed[0].query and listed[0].query["singleEvents"] == "true"
    found = [(start, reason) for start, _end, reason in busy(services, resource.resource_id)]
    assert found == [
        (local(DAY, 10), "dentist1"),
        (local(DAY, 15), "standup1"),
        (local(DAY + timedelta(days=1), 0), "conference"),
        (local(DAY + timedelta(days=14), 15), "standup1"),
    ]

    google.put(timed("dentist1", local(DAY, 16)))  # moved
    google.remove("allday1")
    report = asyncio.run(sync.sync(info.link_id))

    last = google.requests_to("/calendar/v3/calendars/primary/events", "GET")[-1]
    assert last.query.get("syncToken") and "timeMin" not in last.query
    assert (report.busy_changed, report.busy_removed) == (1, 1)
    assert [r for _s, _e, r in busy(services, resource.resource_id)] == [
        "standup1",
        "dentist1",
        "standup1",
    ]


def test_410_gone_lists_everything_again(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    google.put(timed("a1234", local(DAY, 9)))
    google.put(timed("b1234", local(DAY, 11)))
    info = _link(services, sync, resource)
    asyncio.run(sync.sync(info.link_id))
    google.forget_sync_tokens()
    del google.events["b1234"]  # gone without a trace the old token could have shown

    report = asyncio.run(sync.sync(info.link_id))

    assert report.resynced and report.error == ""
    assert [r for _s, _e, r in busy(services, resource.resource_id)] == ["a1234"]


def test_a_pass_that_dies_between_pages_resumes_at_its_next_page(
    services: Any,
    sync: Any,
    resource: Any,
    google: FakeGoogleCalendar,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    google.page_size = 1
    for hour, name in ((9, "a1234"), (11, "b1234"), (13, "c1234")):
        google.put(timed(name, local(DAY, hour)))
    info = _link(services, sync, resource)
    real_apply = sync.links.apply_page
    calls: list[int] = []

    def dies_on_second(link_id: int, page: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_apply(link_id, page)

    monkeypatch.setattr(sync.links, "apply_page", dies_on_second)
    assert "disk is full" in asyncio.run(sync.sync(info.link_id)).error
    monkeypatch.setattr(sync.links, "apply_page", real_apply)
    before = len(google.requests_to("/calendar/v3/calendars/primary/events", "GET"))

    assert asyncio.run(sync.sync(info.link_id)).error == ""

    resumed = google.requests_to("/calendar/v3/calendars/primary/events", "GET")[before]
    assert resumed.query.get("pageToken")  # not the first page again
    assert [r for _s, _e, r in busy(services, resource.resource_id)] == ["a1234", "b1234", "c1234"]


def test_bookings_become_one_event_each_even_when_a_push_is_retried(
    services: Any,
    sync: Any,
    resource: Any,
    google: FakeGoogleCalendar,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from l4ydesk.core.calendar.slots import SlotRules

    info = _link(services, sync, resource)
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

    live = [e for e in google.events.values() if e["status"] != "cancelled"]
    assert len(live) == 1 and live[0]["summary"] == "Dr Lee: Ada"
    assert live[0]["extendedProperties"]["private"]["l4ydeskBooking"].endswith(
        f"-{booking.booking_id}"
    )
    inserts = google.requests_to("/calendar/v3/calendars/primary/events", "POST")
    assert [r.json()["id"] for r in inserts] == [live[0]["id"]] * 2  # the retry met 409
    again = asyncio.run(sync.sync(info.link_id))
    assert (again.busy_changed, again.pushed) == (0, 0)  # our own event is not busy time

    services.calendar.bookings.move(booking.booking_id, local(DAY, 15))
    asyncio.run(sync.sync(info.link_id))
    moved = google.events[live[0]["id"]]
    assert datetime.fromisoformat(moved["start"]["dateTime"]) == local(DAY, 15)
    services.calendar.bookings.cancel(booking.booking_id)
    assert asyncio.run(sync.sync(info.link_id)).unpushed == 1
    assert google.events[live[0]["id"]]["status"] == "cancelled"


def test_an_expired_access_token_is_refreshed_and_a_revoked_sign_in_is_said(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    info = _link(services, sync, resource)
    asyncio.run(sync.sync(info.link_id))
    google.expire_access_tokens()
    assert asyncio.run(sync.sync(info.link_id)).error == ""

    google.revoke()
    report = asyncio.run(sync.sync(info.link_id))

    assert report.error.startswith(
        "Google no longer accepts l4ydesk's sign-in for Dr Lee's Google Calendar calendar "
        "(lee@example.org): it expired or was revoked."
    )
    assert sync.links.get(info.link_id).last_error == report.error


class _Token:
    async def get(self, force: bool = False) -> str:
        return "ya29.test"


async def test_429_retry_after_is_honoured_and_403_rate_limit_is_said(
    google: FakeGoogleCalendar, sleep: RecordingSleep
) -> None:
    from tests.fakes.google_calendar_server import google_error
    from tests.fakes.http_server import Reply

    google.access_tokens.add("ya29.test")
    google.enqueue(Reply(429, headers={"Retry-After": "4"}), method="GET")
    async with GoogleCalendarClient(google.base_url, "primary", _Token(), sleep=sleep) as api:
        page = await api.list_events(None, None, None)
        assert page.next_sync and sleep.calls == [4.0]
        google.enqueue(
            google_error(403, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits"),
            method="GET",
        )
        with pytest.raises(RateLimitError):
            await api.list_events(page.next_sync, None, None)


def test_google_times_in_other_zones_land_at_the_same_instant(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    tokyo = datetime(DAY.year, DAY.month, DAY.day, 18, tzinfo=ZoneInfo("Asia/Tokyo"))
    google.put(
        {
            "id": "tokyo1",
            "summary": "call",
            "start": {"dateTime": tokyo.isoformat()},
            "end": {"dateTime": (tokyo + timedelta(hours=1)).isoformat()},
        }
    )
    info = _link(services, sync, resource)
    asyncio.run(sync.sync(info.link_id))
    assert [s for s, _e, _r in busy(services, resource.resource_id)] == [tokyo]


def test_every_link_is_listed_whole_again_after_a_month(
    services: Any, sync: Any, resource: Any, google: FakeGoogleCalendar
) -> None:
    import sqlite3

    google.put(timed("a1234", local(DAY, 9)))
    info = _link(services, sync, resource)
    asyncio.run(sync.sync(info.link_id))
    asyncio.run(sync.sync(info.link_id))
    listed = google.requests_to("/calendar/v3/calendars/primary/events", "GET")
    assert "syncToken" in listed[-1].query  # within the month: incremental
    db = Path(services.settings.db_url.removeprefix("sqlite:///"))
    old = (datetime.now(UTC) - timedelta(days=31)).isoformat()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE cal_sync_links SET full_pass_at = ?", (old,))

    report = asyncio.run(sync.sync(info.link_id))

    last = google.requests_to("/calendar/v3/calendars/primary/events", "GET")[-1]
    assert "syncToken" not in last.query and "timeMin" in last.query
    assert report.error == "" and report.busy_changed == 1
    assert sync.links.get(info.link_id).full_pass_at > datetime.now(UTC) - timedelta(minutes=5)
