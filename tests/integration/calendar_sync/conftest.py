"""Fixtures for calendar sync: a real Radicale CalDAV server, a resource and the sync use case."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer

ZONE = "Europe/Berlin"
# A day a few weeks ahead of the real clock: past any notice, inside every window.
DAY = date.today() + timedelta(days=20)


@pytest.fixture
def calendar_url(radicale: RadicaleServer) -> str:
    return radicale.make_calendar("work")


@pytest.fixture
def resource(services: Any) -> Any:
    from l4ydesk.core.calendar.hours_spec import parse_hours

    return services.calendar.resources.add("Dr Lee", ZONE, parse_hours("mon-sun 08:00-20:00"))


@pytest.fixture
def sync(services: Any) -> Any:
    from l4ydesk.app_sync import calendar_sync

    return calendar_sync(services)


@pytest.fixture
def linked(sync: Any, resource: Any, calendar_url: str) -> Any:
    """The resource linked to the Radicale calendar; the link's info."""
    import asyncio

    info, _name = asyncio.run(
        sync.link(resource.resource_id, "caldav", calendar_url, USER, PASSWORD)
    )
    return info


def event(uid: str, start: str, end: str, *extra: str, tz: str = ZONE) -> str:
    """A VCALENDAR with one VEVENT; `start`/`end` are local times (YYYYMMDDTHHMMSS) in `tz`."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tests//other calendar app//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{uid}",
        *extra,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


def stamp(day: date, hour: int, minute: int = 0) -> str:
    return f"{day:%Y%m%d}T{hour:02d}{minute:02d}00"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(ZONE))


def busy(services: Any, resource_id: int) -> list[tuple[datetime, datetime, str]]:
    """The resource's busy time from sync, as (start UTC, end UTC, reason), sorted."""
    now = datetime.now(UTC)
    blocks = services.calendar.resources.blocks(
        resource_id, now - timedelta(days=400), now + timedelta(days=800)
    )
    return sorted(
        (b.start, b.end, b.reason)
        for b in blocks
        if b.kind == "busy" and (b.source_uid or "").startswith("sync:")
    )
