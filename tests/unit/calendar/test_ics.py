"""ICS import and export: the test calendars shipped inside icalendar and recurring-ical-events,
all-day and floating events, X-WR-TIMEZONE, recurring events with exceptions, malformed files."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.ics import export_ics, import_ics, read_busy
from l4ydesk.core.calendar.ics_lines import IcsFormatError
from l4ydesk.core.calendar.model import CalendarError
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.storage.db import Store

SHIPPED = sorted(
    [
        *Path(icalendar.__file__).parent.rglob("*.ics"),
        *Path(recurring_ical_events.__file__).parent.rglob("*.ics"),
    ]
)
BERLIN = "Europe/Berlin"
NOW = datetime(2026, 3, 1, tzinfo=UTC)


def test_the_packages_ship_their_test_calendars() -> None:
    assert len(SHIPPED) > 100


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_calendar_imports_or_is_refused_with_a_sentence(path: Path) -> None:
    try:
        report = read_busy(path.read_bytes(), path.name, BERLIN, datetime(2020, 1, 1, tzinfo=UTC))
    except CalendarError as exc:
        message = str(exc)
        assert message.endswith(".") and path.name in message
        assert "Traceback" not in message
        return
    for span in report.spans:
        assert span.start.tzinfo is not None and span.end > span.start


def calendar_file(tmp_path: Path, body: str, name: str = "cal.ics") -> Path:
    path = tmp_path / name
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n"
    )
    return path


@pytest.fixture
def cal(store: Store) -> Calendar:
    return Calendar(store, now=lambda: NOW)


def test_holiday_all_day_event_blocks_the_whole_local_day(tmp_path: Path, cal: Calendar) -> None:
    room = cal.resources.add("Room", BERLIN, parse_hours("mon-sun 09:00-17:00"))
    path = calendar_file(
        tmp_path,
        "BEGIN:VEVENT\r\nUID:h1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260406\r\n"
        "SUMMARY:Easter Monday\r\nEND:VEVENT\r\n",
    )
    report = import_ics(cal, room, path, "block")
    assert len(report.spans) == 1
    rules = SlotRules(60, step=60)
    days = cal.slots(room, date(2026, 4, 5), date(2026, 4, 7), rules)
    assert date(2026, 4, 6) not in days and len(days[date(2026, 4, 5)]) == 8
    # Importing the same file again replaces, never doubles.
    import_ics(cal, room, path, "block")
    blocks = cal.resources.blocks(
        room.resource_id, datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)
    )
    assert len(blocks) == 1 and blocks[0].reason == "Easter Monday"
    assert blocks[0].start == datetime(2026, 4, 5, 22, tzinfo=UTC)  # local midnight, summer time


def test_recurring_with_exdate_floating_and_x_wr_timezone(tmp_path: Path) -> None:
    body = (
        "X-WR-TIMEZONE:America/New_York\r\n"
        "BEGIN:VEVENT\r\nUID:r1\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART;TZID=America/New_York:20260302T090000\r\n"
        "DTEND;TZID=America/New_York:20260302T100000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;TZID=America/New_York:20260309T090000\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:f1\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20260305T100000\r\nDTEND:20260305T110000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:t1\r\nDTSTAMP:20260101T000000Z\r\nTRANSP:TRANSPARENT\r\n"
        "DTSTART:20260305T120000Z\r\nDTEND:20260305T130000Z\r\nEND:VEVENT\r\n"
    )
    path = calendar_file(tmp_path, body)
    report = read_busy(path.read_bytes(), path.name, BERLIN, NOW)
    starts = sorted(s.start.astimezone(UTC) for s in report.spans)
    # Three repeats at 09:00 New York (one excluded, across the US change day), plus the
    # floating event, which X-WR-TIMEZONE places in New York rather than in the resource's zone.
    ny = ZoneInfo("America/New_York")
    assert starts == [
        datetime(2026, 3, 2, 9, tzinfo=ny),
        datetime(2026, 3, 5, 10, tzinfo=ny),
        datetime(2026, 3, 16, 9, tzinfo=ny),
        datetime(2026, 3, 23, 9, tzinfo=ny),
    ]
    assert report.skipped_free == 1


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T140000Z\r\nthis is not a line\r\n"
            "END:VEVENT\r\n",
            7,
        ),
        (
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T140000Z\r\nDTEND:20260301T140000Z\r\nEND:VEVENT\r\n",
            7,
        ),
        ("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026-03-02\r\nEND:VEVENT\r\n", 6),
        ("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T140000Z\r\nEND:VTODO\r\n", 7),
    ],
)
def test_a_malformed_file_names_its_line_and_imports_nothing(
    tmp_path: Path, cal: Calendar, body: str, line: int
) -> None:
    room = cal.resources.add("Room", BERLIN, parse_hours("mon-sun 09:00-17:00"))
    good = (
        "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20260303T140000Z\r\nDTEND:20260303T150000Z\r\n"
        "END:VEVENT\r\n"
    )
    path = calendar_file(tmp_path, body + good)
    with pytest.raises(IcsFormatError) as refused:
        import_ics(cal, room, path, "busy")
    assert refused.value.line == line
    assert f"Line {line} of cal.ics" in str(refused.value) and "Nothing was imported" in str(
        refused.value
    )
    span = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert cal.resources.blocks(room.resource_id, *span) == []


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    data = b"BEGIN:VCALENDAR\r\nSUMMARY:caf\xe9\r\nEND:VCALENDAR\r\n"
    with pytest.raises(IcsFormatError, match="line 2"):
        read_busy(data, "x.ics", BERLIN, NOW)


def test_export_opens_in_another_calendar_reader(tmp_path: Path, cal: Calendar) -> None:
    room = cal.resources.add("Room", BERLIN, parse_hours("mon-fri 09:00-17:00"))
    start = datetime(2026, 3, 23, 10, tzinfo=ZoneInfo(BERLIN))
    booking = cal.bookings.book(
        room.resource_id,
        start,
        SlotRules(60),
        customer_name="Ada",
        customer_email="ada@example.com",
    )
    cancelled = cal.bookings.book(room.resource_id, start.replace(hour=12), SlotRules(60))
    cal.bookings.cancel(cancelled.booking_id)
    cal.resources.add_block(
        room.resource_id, start.replace(hour=14), start.replace(hour=16), "Maintenance"
    )
    out = tmp_path / "out.ics"
    assert export_ics(cal, room, out) == 2
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["SUMMARY"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {"Room: Ada", "Maintenance"}
    assert events["Room: Ada"]["DTSTART"].dt == booking.start
    occurrences = recurring_ical_events.of(parsed).between(
        start.replace(hour=0), start.replace(hour=23)
    )
    assert len(occurrences) == 2
    # And it comes back in as busy time that the slot engine respects.
    other = cal.resources.add("Other", BERLIN, parse_hours("mon-fri 09:00-17:00"))
    import_ics(cal, other, out, "busy")
    free = cal.slots(other, date(2026, 3, 23), date(2026, 3, 23), SlotRules(60, step=60))
    assert [s.hour for s, _ in free[date(2026, 3, 23)]] == [9, 11, 12, 13, 16]
