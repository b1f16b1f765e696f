"""ICS exchange: busy times in (recurring, all-day, floating, X-WR-TIMEZONE), bookings out.

An import is checked whole before anything is written: a malformed file is refused with a
sentence naming its line, and a good one lands in one transaction, replacing what an earlier
import of the same events left (matched by UID and occurrence), so nothing is half-imported.
Recurrences are expanded by `recurring-ical-events`, which also applies X-WR-TIMEZONE.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from l4ydesk.core.calendar.ics_lines import IcsFormatError, IcsLayout, check_lines, decode_text
from l4ydesk.core.calendar.model import BusySpan, CalendarError, ResourceInfo
from l4ydesk.core.calendar.resources import day_window, utc

if TYPE_CHECKING:
    from l4ydesk.core.calendar.service import Calendar

PAST, FUTURE = timedelta(days=366), timedelta(days=2 * 366)
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_OCCURRENCES = 20_000
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")


@dataclass
class ImportReport:
    name: str
    spans: list[BusySpan] = field(default_factory=list)
    skipped_free: int = 0

    def summary(self) -> str:
        text = f"Imported {len(self.spans)} busy times from {self.name}."
        if self.skipped_free:
            text += f" {self.skipped_free} free or cancelled events were left out."
        return text


def read_busy(data: bytes, name: str, zone: str, now: datetime) -> ImportReport:
    """Every busy span of a calendar file in [now - 1 year, now + 2 years], or IcsFormatError."""
    # icalendar warns when it guesses (a vendor-prefixed TZID, say); the guess is what we want.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_busy(data, name, zone, now)


def _read_busy(data: bytes, name: str, zone: str, now: datetime) -> ImportReport:
    if len(data) > MAX_FILE_BYTES:
        raise CalendarError(f"{name} is larger than 20 MB; split it and import the parts.")
    text = decode_text(data, name)
    layout = check_lines(text, name)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        line = _line_mentioning(text, str(exc))
        where = f"Line {line} of {name}" if line else name
        raise IcsFormatError(
            f"{where} could not be read: {exc}. Nothing was imported.", line
        ) from exc
    report = ImportReport(name)
    tz = ZoneInfo(zone)
    events = [event for cal in calendars for event in cal.walk("VEVENT")]
    _check_events(events, layout, name)
    for cal in calendars:
        # Events without a start are allowed beside METHOD (RFC 5545 3.6.1); they take no time.
        kept = [c for c in cal.subcomponents if c.name != "VEVENT" or "DTSTART" in c]
        report.skipped_free += len(cal.subcomponents) - len(kept)
        cal.subcomponents = kept
        try:
            query = recurring_ical_events.of(cal)
            occurrences = query.between(now - PAST, now + FUTURE)
        except (ValueError, TypeError, KeyError) as exc:
            raise IcsFormatError(
                f"{name} has an event that cannot be repeated as written ({exc}). "
                "Nothing was imported.",
                None,
            ) from exc
        for occurrence in occurrences:
            span = _span(occurrence, tz)
            if span is None:
                report.skipped_free += 1
                continue
            report.spans.append(span)
            if len(report.spans) > MAX_OCCURRENCES:
                raise CalendarError(
                    f"{name} makes more than {MAX_OCCURRENCES} busy times in three years; "
                    "nothing was imported."
                )
        report.spans.extend(_free_busy(cal, tz))
    return report


def _line_mentioning(text: str, message: str) -> int | None:
    """The first line holding a value the parser complained about (its messages quote it)."""
    tokens = [t.strip("'\".,:;()") for t in message.split()]
    lines = text.splitlines()
    for token in (t for t in tokens if len(t) >= 3 and any(c.isdigit() for c in t)):
        for number, line in enumerate(lines, start=1):
            if token in line.partition(":")[2]:
                return number
    return None


def _check_events(events: list[Any], layout: IcsLayout, name: str) -> None:
    """Refuse values icalendar could not read, or an end before its start, naming the line."""
    for index, event in enumerate(events):
        lines = layout.events[index] if index < len(layout.events) else None

        def line_of(prop: str, lines: Any = lines) -> str:
            number = lines.properties.get(prop, lines.begin) if lines else None
            return f"Line {number} of {name}" if number else name

        for prop, message in getattr(event, "errors", []):
            if prop.upper() in _TIME_PROPERTIES:
                raise IcsFormatError(
                    f"{line_of(prop.upper())} has a {prop} that cannot be read ({message}). "
                    "Nothing was imported.",
                    lines.properties.get(prop.upper()) if lines else None,
                )
        start = event.get("DTSTART")
        if start is None:
            continue  # allowed with METHOD (RFC 5545 3.6.1); such events are left out
        if not hasattr(start, "dt"):
            raise IcsFormatError(
                f"{line_of('DTSTART')} has a start time (DTSTART) that cannot be read or is "
                "given twice. Nothing was imported.",
                lines.properties.get("DTSTART") if lines else None,
            )
        end = event.get("DTEND")
        if end is not None and hasattr(end, "dt") and _comparable(end.dt) < _comparable(start.dt):
            raise IcsFormatError(
                f"{line_of('DTEND')} ends the event before it starts. Nothing was imported.",
                lines.properties.get("DTEND") if lines else None,
            )


def _comparable(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def _moment(value: date | datetime, tz: ZoneInfo) -> datetime:
    """All-day dates start at the resource's local midnight; floating times are its wall clock."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return day_window(value, value, str(tz))[0]


def _span(event: Any, tz: ZoneInfo) -> BusySpan | None:
    if event.get("DTSTART") is None:
        return None
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    start_value = event["DTSTART"].dt
    start = _moment(start_value, tz)
    if event.get("DTEND") is not None:
        end = _moment(event["DTEND"].dt, tz)
    elif event.get("DURATION") is not None:
        end = start + event["DURATION"].dt
    elif not isinstance(start_value, datetime):
        end = _moment(start_value + timedelta(days=1), tz)
    else:
        return None  # RFC 5545 3.6.1: a date-time start without end or duration takes no time
    if end <= start:
        return None
    uid = f"{event.get('UID', '')}@{utc(start).isoformat()}"
    return BusySpan(start, end, str(event.get("SUMMARY", "")), uid)


def _free_busy(cal: Any, tz: ZoneInfo) -> list[BusySpan]:
    """Busy periods of VFREEBUSY components (RFC 5545 3.6.4); FREE periods are left out."""
    spans: list[BusySpan] = []
    for component in cal.walk("VFREEBUSY"):
        values = component.get("FREEBUSY", [])
        for prop in values if isinstance(values, list) else [values]:
            if str(prop.params.get("FBTYPE", "BUSY")).upper() == "FREE":
                continue
            for period in getattr(prop, "dts", [prop]):
                start, end = period.dt if isinstance(period.dt, tuple) else (None, None)
                if start is None or end is None:
                    continue
                if isinstance(end, timedelta):
                    end = start + end
                start, end = _moment(start, tz), _moment(end, tz)
                uid = f"{component.get('UID', 'freebusy')}@{utc(start).isoformat()}"
                spans.append(BusySpan(start, end, "busy", uid))
    return spans


def import_ics(
    calendar: Calendar, resource: ResourceInfo, path: Path, kind: str = "busy"
) -> ImportReport:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CalendarError(f"{path} could not be read ({exc.strerror or exc}).") from exc
    report = read_busy(data, path.name, resource.zone, datetime.now(UTC))
    calendar.resources.replace_imported(resource.resource_id, report.spans, kind, path.name)
    return report


def export_ics(calendar: Calendar, resource: ResourceInfo, path: Path) -> int:
    data, count = export_bytes(calendar, resource)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CalendarError(f"{path} could not be written ({exc.strerror or exc}).") from exc
    return count


def export_bytes(calendar: Calendar, resource: ResourceInfo) -> tuple[bytes, int]:
    """Bookings (not cancelled) and blocks of a resource as an iCalendar file, times in UTC."""
    now = datetime.now(UTC)
    start, end = now - PAST * 5, now + FUTURE * 5
    out = icalendar.Calendar()
    out.add("PRODID", "-//l4ydesk//calendar//EN")
    out.add("VERSION", "2.0")
    out.add("X-WR-CALNAME", resource.name)
    count = 0
    for booking in calendar.bookings.between(resource.resource_id, start, end):
        if booking.status == "cancelled":
            continue
        who = booking.customer_name or "booking"
        event = _event(f"booking-{booking.booking_id}", booking.start, booking.end, now)
        event.add("SUMMARY", f"{resource.name}: {who}")
        event.add("STATUS", "TENTATIVE" if booking.status == "pending" else "CONFIRMED")
        if booking.customer_email:
            event.add("ATTENDEE", f"mailto:{booking.customer_email}")
        out.add_component(event)
        count += 1
    for block in calendar.resources.blocks(resource.resource_id, start, end):
        event = _event(f"block-{block.block_id}", block.start, block.end, now)
        event.add("SUMMARY", block.reason or ("Blocked" if block.kind == "block" else "Busy"))
        out.add_component(event)
        count += 1
    return out.to_ical(), count


def _event(uid: str, start: datetime, end: datetime, now: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", f"{uid}@l4ydesk")
    event.add("DTSTAMP", now)
    event.add("DTSTART", start.astimezone(UTC))
    event.add("DTEND", end.astimezone(UTC))
    return event
