"""What a calendar page shows for one resource and a range of days, computed off the GUI thread.

Days are the viewer's days (their time zone); each gets a mark (closed, available, partly
booked, fully booked, blocked, and whether the resource is busy elsewhere). A week or day page
also carries the bookings, blocks and free slots to draw, in the viewer's zone; a month page
carries only the marks, since the month grid draws nothing else. The page is read with one
query (`page_query.read_page_rows`) and handed to the GUI thread as an immutable value.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from l4ydesk.core.calendar.page_query import PageRows, let_others_run
from l4ydesk.core.calendar.resources import check_zone, day_window
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import (
    SlotRules,
    epoch,
    free_slots,
    group_by_day,
    local_instant,
    open_intervals,
)

MARKS = ("closed", "available", "partly", "full", "blocked")
FreeSlots = tuple[tuple[datetime, datetime], ...]


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
    """One resource's days first..last as seen from `zone`. `items` and `free` are filled
    only for a page loaded with detail (week and day); items are in (start, kind) order."""

    resource_id: int
    zone: str
    first: date
    last: date
    marks: Mapping[date, DayMark] = field(default_factory=lambda: MappingProxyType({}))
    items: tuple[PageItem, ...] = ()
    free: Mapping[date, FreeSlots] = field(default_factory=lambda: MappingProxyType({}))


def load_page(
    calendar: Calendar,
    resource_id: int,
    first: date,
    last: date,
    zone: str,
    rules: SlotRules,
    detail: bool = True,
) -> CalendarPage:
    zone = check_zone(zone)
    start, end = day_window(first, last, zone)
    rows = calendar.page_rows(resource_id, start, end)
    return compute_page(rows, first, last, zone, rules, epoch(calendar.now()), detail)


def compute_page(
    rows: PageRows,
    first: date,
    last: date,
    zone: str,
    rules: SlotRules,
    now: int,
    detail: bool = True,
) -> CalendarPage:
    """The page from rows already read: pure (rows in, page out), handing the GIL over
    between its phases."""
    tz = ZoneInfo(zone)
    days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    # Local midnights of the viewer's days: day i is [bounds[i], bounds[i + 1]).
    bounds = [local_instant(day, 0, tz) for day in days]
    bounds.append(local_instant(last, 1440, tz))
    lo, hi = bounds[0], bounds[-1]
    busy = rows.busy()
    let_others_run()  # between phases of about a millisecond each, see let_others_run
    slots = free_slots(rows.hours, busy, rules, (lo, hi), now)
    let_others_run()
    grouped = group_by_day(slots, zone)
    resource_day = datetime.fromtimestamp(lo, ZoneInfo(rows.hours.zone)).date()
    opening = open_intervals(
        rows.hours,
        resource_day - timedelta(days=1),
        resource_day + timedelta(days=len(days) + 1),
    )
    is_open = [False] * len(days)
    for index in _days_touched(bounds, opening):
        is_open[index] = True
    booked = [0] * len(days)
    for index in _days_touched(bounds, ((b.start, b.end) for b in rows.bookings)):
        booked[index] += 1
    kinds: list[set[str]] = [set() for _ in days]
    for block in rows.blocks:
        for index in _days_touched(bounds, ((block.start, block.end),)):
            kinds[index].add(block.kind)
    marks = {
        day: _mark(
            day,
            is_open[i],
            len(grouped.get(day, ())),
            booked[i],
            "block" in kinds[i],
            "busy" in kinds[i],
        )
        for i, day in enumerate(days)
    }
    if not detail:
        return CalendarPage(rows.resource_id, zone, first, last, MappingProxyType(marks))
    let_others_run()
    return CalendarPage(
        rows.resource_id,
        zone,
        first,
        last,
        MappingProxyType(marks),
        _items(rows, lo, hi, tz),
        MappingProxyType(
            {
                day: tuple(
                    (datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz)) for s, e in found
                )
                for day, found in grouped.items()
            }
        ),
    )


def _days_touched(bounds: list[int], spans: Iterable[tuple[int, int]]) -> Iterable[int]:
    """For every span, the index of each day it overlaps (a span touching a day's midnight
    from before does not overlap that day)."""
    last = len(bounds) - 2
    for start, end in spans:
        low = max(bisect_right(bounds, start) - 1, 0)
        high = min(bisect_left(bounds, end) - 1, last)
        yield from range(low, high + 1)


def _items(rows: PageRows, lo: int, hi: int, tz: ZoneInfo) -> tuple[PageItem, ...]:
    """What the week and day grids draw: bookings, blocks and busy time inside [lo, hi)."""

    def local(instant: int) -> datetime:
        return datetime.fromtimestamp(instant, tz)

    items = [
        PageItem(
            "booking",
            b.booking_id,
            local(b.start),
            local(b.end),
            b.customer_name or "Booking",
            b.status,
        )
        for b in rows.bookings
        if b.start < hi and b.end > lo
    ]
    items.extend(
        PageItem(b.kind, b.block_id, local(b.start), local(b.end), b.reason)
        for b in rows.blocks
        if b.start < hi and b.end > lo
    )
    items.sort(key=lambda i: (i.start, i.kind))
    return tuple(items)


def _mark(day: date, is_open: bool, free: int, booked: int, blocked: bool, busy: bool) -> DayMark:
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
