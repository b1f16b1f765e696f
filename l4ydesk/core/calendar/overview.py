"""What a calendar page shows for one resource and a range of days, computed off the GUI thread.

Days are the viewer's days (their time zone); each gets a mark (closed, available, partly
booked, fully booked, blocked, and whether the resource is busy elsewhere), and the page
carries the bookings, blocks and free slots to draw, all in the viewer's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from l4ydesk.core.calendar.model import ResourceInfo
from l4ydesk.core.calendar.resources import check_zone, day_window
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import SlotRules, epoch, group_by_day, open_intervals

MARKS = ("closed", "available", "partly", "full", "blocked")


@dataclass(frozen=True)
class DayMark:
    day: date
    state: str  # one of MARKS
    free: int = 0
    booked: int = 0
    busy_elsewhere: bool = False


@dataclass(frozen=True)
class PageItem:
    """A booking, block or busy time as drawn: times in the viewer's zone."""

    kind: str  # 'booking', 'block' or 'busy'
    item_id: int
    start: datetime
    end: datetime
    label: str
    status: str = ""


@dataclass(frozen=True)
class CalendarPage:
    resource: ResourceInfo
    zone: str
    first: date
    last: date
    marks: dict[date, DayMark] = field(default_factory=dict)
    items: list[PageItem] = field(default_factory=list)
    free: dict[date, list[tuple[datetime, datetime]]] = field(default_factory=dict)


def load_page(
    calendar: Calendar, resource_id: int, first: date, last: date, zone: str, rules: SlotRules
) -> CalendarPage:
    resource = calendar.resources.find(resource_id)
    zone = check_zone(zone)
    tz = ZoneInfo(zone)
    start, end = day_window(first, last, zone)
    lo, hi = epoch(start), epoch(end)
    snapshot = calendar.resources.snapshot(resource_id, start, end)
    slots = snapshot.slots(rules, (lo, hi), epoch(calendar.now()))
    free = {
        day: [(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz)) for s, e in items]
        for day, items in group_by_day(slots, zone).items()
    }
    items = [
        PageItem(
            "booking",
            b.booking_id,
            b.start.astimezone(tz),
            b.end.astimezone(tz),
            b.customer_name or "Booking",
            b.status,
        )
        for b in calendar.bookings.between(resource_id, start, end)
        if b.status != "cancelled"
    ]
    items.extend(
        PageItem(b.kind, b.block_id, b.start.astimezone(tz), b.end.astimezone(tz), b.reason)
        for b in snapshot.blocks
        if epoch(b.start) < hi and epoch(b.end) > lo
    )
    items.sort(key=lambda i: (i.start, i.kind))
    resource_day = datetime.fromtimestamp(lo, ZoneInfo(resource.zone)).date()
    opening = open_intervals(
        snapshot.hours,
        resource_day - timedelta(days=1),
        resource_day + timedelta(days=(last - first).days + 2),
    )
    spans = [(epoch(i.start), epoch(i.end), i.kind) for i in items]
    marks = {}
    day = first
    while day <= last:
        day_lo, day_hi = (epoch(t) for t in day_window(day, day, zone))
        marks[day] = _mark(day, day_lo, day_hi, opening, spans, len(free.get(day, [])))
        day += timedelta(days=1)
    return CalendarPage(resource, zone, first, last, marks, items, free)


def _mark(
    day: date,
    lo: int,
    hi: int,
    opening: list[tuple[int, int]],
    spans: list[tuple[int, int, str]],
    free: int,
) -> DayMark:
    is_open = any(s < hi and e > lo for s, e in opening)
    kinds = [kind for s, e, kind in spans if s < hi and e > lo]
    booked = kinds.count("booking")
    blocked, busy = "block" in kinds, "busy" in kinds
    if not is_open:
        state = "closed"
    elif free == 0 and blocked and not booked:
        state = "blocked"
    elif free == 0 and (booked or busy):
        state = "full"
    elif free == 0:
        state = "blocked" if blocked else "closed"
    elif booked:
        state = "partly"
    else:
        state = "available"
    return DayMark(day, state, free, booked, busy)
