"""Pull from a real CalDAV server (Radicale): busy time in, incrementally, with deletions,
recurrences, all-day events, time zones, an expired sync token, and a crash midway."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from l4ydesk.core.calendar.slots import SlotRules
from tests.fakes.radicale_server import PASSWORD, RadicaleServer
from tests.integration.calendar_sync.conftest import DAY, busy, event, local, stamp


def test_first_sync_reads_timed_all_day_and_recurring_events_and_blocks_their_slots(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    day2 = DAY + timedelta(days=1)
    radicale.put_event(
        calendar_url, "dentist.ics", event("dentist", stamp(DAY, 10), stamp(DAY, 11))
    )
    # Written in New York time, read as the same instant (whatever either side's DST).
    radicale.put_event(
        calendar_url,
        "ny.ics",
        event("ny-call", stamp(day2, 8), stamp(day2, 9), tz="America/New_York"),
    )
    radicale.put_event(
        calendar_url,
        "allday.ics",
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//tests//EN",
                "BEGIN:VEVENT",
                "UID:conference",
                "DTSTAMP:20260101T000000Z",
                f"DTSTART;VALUE=DATE:{DAY + timedelta(days=2):%Y%m%d}",
                f"DTEND;VALUE=DATE:{DAY + timedelta(days=3):%Y%m%d}",
                "SUMMARY:conference",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        ),
    )
    radicale.put_event(
        calendar_url,
        "weekly.ics",
        event(
            "standup",
            stamp(DAY, 15),
            stamp(DAY, 16),
            "RRULE:FREQ=WEEKLY;COUNT=3",
            f"EXDATE;TZID=Europe/Berlin:{stamp(DAY + timedelta(days=7), 15)}",
        ),
    )
    radicale.put_event(
        calendar_url,
        "free.ics",
        event("lunch", stamp(DAY, 12), stamp(DAY, 13), "TRANSP:TRANSPARENT"),
    )
    radicale.put_event(
        calendar_url,
        "cancelled.ics",
        event("cancelled", stamp(DAY, 17), stamp(DAY, 18), "STATUS:CANCELLED"),
    )
    assert busy(services, linked.resource_id) == []

    report = asyncio.run(sync.sync(linked.link_id))

    assert report.error == ""
    assert report.busy_changed == 6  # six remote events read; two of them keep time free
    found = busy(services, linked.resource_id)
    starts = {(start, reason) for start, _end, reason in found}
    assert (local(DAY, 10), "dentist") in starts
    new_york = datetime(day2.year, day2.month, day2.day, 8, tzinfo=ZoneInfo("America/New_York"))
    assert (new_york, "ny-call") in starts
    assert (local(DAY + timedelta(days=2), 0), "conference") in starts  # the resource's day
    standups = sorted(start for start, reason in starts if reason == "standup")
    # Three weekly occurrences, one of them cancelled by EXDATE.
    assert standups == [local(DAY, 15), local(DAY + timedelta(days=14), 15)]
    assert not {"lunch", "cancelled"} & {reason for _s, _e, reason in found}
    # The slots never offer a time the person is busy elsewhere.
    slots = services.calendar.slots(
        services.calendar.resources.find("Dr Lee"), DAY, DAY, SlotRules(duration=60, step=60)
    )
    offered = {start.hour for start, _end in slots[DAY]}
    assert 10 not in offered and 15 not in offered
    assert {9, 11, 12, 13} <= offered  # the free lunch event and the rest stay bookable


def test_second_sync_reads_only_changes_and_drops_deleted_events(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    radicale.put_event(calendar_url, "b.ics", event("b", stamp(DAY, 11), stamp(DAY, 12)))
    radicale.put_event(calendar_url, "c.ics", event("c", stamp(DAY, 13), stamp(DAY, 14)))
    assert asyncio.run(sync.sync(linked.link_id)).busy_changed == 3

    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 16), stamp(DAY, 17)))  # moved
    radicale.delete_event(calendar_url, "b.ics")
    radicale.put_event(calendar_url, "d.ics", event("d", stamp(DAY, 18), stamp(DAY, 19)))
    report = asyncio.run(sync.sync(linked.link_id))

    assert (report.busy_changed, report.busy_removed, report.resynced) == (2, 1, False)
    assert [(start, reason) for start, _end, reason in busy(services, linked.resource_id)] == [
        (local(DAY, 13), "c"),
        (local(DAY, 16), "a"),
        (local(DAY, 18), "d"),
    ]
    nothing = asyncio.run(sync.sync(linked.link_id))
    assert (nothing.busy_changed, nothing.busy_removed) == (0, 0)


def test_a_forgotten_sync_token_lists_everything_again_and_drops_what_is_gone(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    radicale.put_event(calendar_url, "b.ics", event("b", stamp(DAY, 11), stamp(DAY, 12)))
    asyncio.run(sync.sync(linked.link_id))
    radicale.delete_event(calendar_url, "b.ics")
    db = Path(services.settings.db_url.removeprefix("sqlite:///"))
    with sqlite3.connect(db) as conn:  # a token the server never gave (RFC 6578 3.2: 403)
        conn.execute("UPDATE cal_sync_links SET cursor = 'http://radicale.org/ns/sync/bogus'")

    report = asyncio.run(sync.sync(linked.link_id))

    assert report.error == "" and report.resynced
    assert [reason for _s, _e, reason in busy(services, linked.resource_id)] == ["a"]


def test_a_sync_that_dies_while_applying_resumes_without_duplicates(
    services: Any,
    sync: Any,
    linked: Any,
    radicale: RadicaleServer,
    calendar_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    asyncio.run(sync.sync(linked.link_id))
    radicale.put_event(calendar_url, "b.ics", event("b", stamp(DAY, 11), stamp(DAY, 12)))
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 14), stamp(DAY, 15)))
    real_apply = sync.links.apply_page

    def dies(link_id: int, page: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync.links, "apply_page", dies)
    failed = asyncio.run(sync.sync(linked.link_id))
    assert "disk is full" in failed.error
    assert [reason for _s, _e, reason in busy(services, linked.resource_id)] == ["a"]
    assert sync.links.get(linked.link_id).last_error == failed.error

    monkeypatch.setattr(sync.links, "apply_page", real_apply)
    again = asyncio.run(sync.sync(linked.link_id))
    assert again.error == "" and again.busy_changed == 2
    assert [(s, r) for s, _e, r in busy(services, linked.resource_id)] == [
        (local(DAY, 11), "b"),
        (local(DAY, 14), "a"),
    ]
    assert sync.links.get(linked.link_id).last_error == ""


def test_the_password_lives_only_in_the_keyring(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    asyncio.run(sync.sync(linked.link_id))
    assert services.secrets.get(linked.secret_name) == PASSWORD
    services.close()  # checkpoint the WAL so every byte is in the file
    db = Path(services.settings.db_url.removeprefix("sqlite:///"))
    assert PASSWORD.encode() not in db.read_bytes()


def test_unlinking_removes_the_busy_time_and_the_password(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    asyncio.run(sync.sync(linked.link_id))
    assert busy(services, linked.resource_id)

    asyncio.run(sync.unlink(linked.link_id))

    assert busy(services, linked.resource_id) == []
    assert services.secrets.get(linked.secret_name) is None
    assert sync.links.all() == []


def test_a_server_without_webdav_sync_is_read_by_ctag(
    services: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    """RFC 6578 is optional: a server that refuses the sync-collection REPORT is read whole,
    then again only when its ctag changed. Radicale, wrapped to refuse that REPORT as such
    servers do (501), is otherwise answering for real."""
    from l4ydesk.app_sync import calendar_sync
    from l4ydesk.clients.caldav import CalDavClient
    from l4ydesk.clients.errors import ServerError
    from l4ydesk.core.calendar_sync.caldav_remote import CalDavRemote
    from l4ydesk.core.calendar_sync.engine import CalendarSync
    from l4ydesk.core.calendar_sync.ports import own_uid_prefix

    reports: list[str | None] = []

    class NoSyncReport(CalDavClient):
        async def sync_collection(self, token: str | None) -> Any:
            reports.append(token)
            raise ServerError("CalDAV", status=501, detail="REPORT sync-collection")

    real = calendar_sync(services)

    def remote(link: Any) -> Any:
        client = NoSyncReport(link.calendar_url, link.account, lambda: PASSWORD)
        return CalDavRemote(client, own_uid_prefix(link.link_id))

    sync = CalendarSync(real.links, services.calendar.bookings, services.secrets, remote, None)  # type: ignore[arg-type]
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10)))
    radicale.put_event(calendar_url, "b.ics", event("b", stamp(DAY, 11), stamp(DAY, 12)))

    first = asyncio.run(sync.sync(linked.link_id))
    assert first.error == "" and first.busy_changed == 2
    assert sync.links.get(linked.link_id).cursor.startswith("ctag:")
    unchanged = asyncio.run(sync.sync(linked.link_id))
    assert (unchanged.busy_changed, unchanged.resynced) == (0, False)

    radicale.delete_event(calendar_url, "b.ics")
    radicale.put_event(calendar_url, "c.ics", event("c", stamp(DAY, 14), stamp(DAY, 15)))
    changed = asyncio.run(sync.sync(linked.link_id))

    assert changed.error == "" and changed.resynced
    assert [r for _s, _e, r in busy(services, linked.resource_id)] == ["a", "c"]
    assert reports == [None, None]  # asked once per whole reading, never with a token
