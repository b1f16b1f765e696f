"""The slot engine: free slots from weekly hours, exceptions, bookings, blocks and busy time.

Pure Python over sorted integer intervals (UTC epoch seconds), no per-minute loops. Wall-clock
hours are turned into instants per local date of the resource's own zone, so 09:00-17:00 is eight
hours on a 23- or 25-hour day, and a date exception replaces that date's weekly hours entirely.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

Interval = tuple[int, int]
MINUTE = 60
DAY = 86_400


@dataclass(frozen=True)
class Hours:
    """When a resource is open, in its own zone: weekday 0 = Monday; minutes from local midnight."""

    zone: str
    weekly: Mapping[int, Sequence[tuple[int, int]]]
    exceptions: Mapping[date, Sequence[tuple[int, int]]] = field(default_factory=dict)
    capacity: int = 1

    def minutes_on(self, day: date) -> Sequence[tuple[int, int]]:
        """The opening minutes of one local date: the exception if there is one, else the week's."""
        if day in self.exceptions:
            return self.exceptions[day]
        return self.weekly.get(day.weekday(), ())


@dataclass(frozen=True)
class Busy:
    """Occupied time. `seats` None means the whole resource (a block or busy elsewhere)."""

    start: int
    end: int
    seats: int | None = None


@dataclass(frozen=True)
class SlotRules:
    """How a product is booked, in minutes (horizon in days); `seats` is what one booking takes."""

    duration: int
    step: int = 15
    buffer_before: int = 0
    buffer_after: int = 0
    notice: int = 0
    horizon_days: int = 365
    seats: int = 1

    def __post_init__(self) -> None:
        if self.duration <= 0 or self.step <= 0:
            raise ValueError("duration and step must be positive")


def local_instant(day: date, minute: int, zone: ZoneInfo) -> int:
    """Epoch seconds of a wall-clock minute of a local date; minute 1440 is the next midnight."""
    if minute >= 1440:
        day, minute = day + timedelta(days=1), minute - 1440
    wall = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=zone)
    return int(wall.timestamp())


def local_date(instant: int, zone: ZoneInfo) -> date:
    return datetime.fromtimestamp(instant, zone).date()


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping, touching intervals joined."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def open_intervals(hours: Hours, first: date, last: date) -> list[Interval]:
    """Opening hours of local dates first..last (inclusive) as merged UTC intervals."""
    zone = ZoneInfo(hours.zone)
    found: list[Interval] = []
    day = first
    midnight = local_instant(day, 0, zone)
    while day <= last:
        next_midnight = local_instant(day, 1440, zone)
        steady = next_midnight - midnight == DAY  # no clock change today: plain arithmetic
        for start_min, end_min in hours.minutes_on(day):
            if steady:
                start, end = midnight + start_min * MINUTE, midnight + end_min * MINUTE
            else:
                start, end = local_instant(day, start_min, zone), local_instant(day, end_min, zone)
            if start < end:
                found.append((start, end))
        day += timedelta(days=1)
        midnight = next_midnight
    return merge(found)


def overloaded(busy: Iterable[Busy], capacity: int, seats_wanted: int) -> list[Interval]:
    """Where fewer than `seats_wanted` seats are left: a sweep over seat changes."""
    limit = capacity - seats_wanted
    if limit < 0:
        return [(-(2**62), 2**62)]
    changes: list[tuple[int, int]] = []
    for item in busy:
        if item.start >= item.end:
            continue
        seats = capacity if item.seats is None else item.seats
        changes.append((item.start, seats))
        changes.append((item.end, -seats))
    # Ends sort before starts at the same instant: back-to-back bookings do not add up.
    changes.sort()
    found: list[Interval] = []
    load, since = 0, 0
    for instant, delta in changes:
        before = load
        load += delta
        if before <= limit < load:
            since = instant
        elif load <= limit < before and instant > since:
            found.append((since, instant))
    return merge(found)


def _forbidden_starts(full: list[Interval], rules: SlotRules) -> list[Interval]:
    """Open ranges of slot starts whose slot plus its own buffers would touch a full interval."""
    length = rules.duration * MINUTE
    before, after = rules.buffer_before * MINUTE, rules.buffer_after * MINUTE
    return merge((u0 - length - after + 1, u1 + before) for u0, u1 in full)


def free_slots(
    hours: Hours,
    busy: Iterable[Busy],
    rules: SlotRules,
    window: Interval,
    now: int,
) -> list[Interval]:
    """Every bookable slot whose start lies in `window`, in time order.

    A slot lies inside the opening hours; the slot widened by its product's buffers does not
    overlap a full interval (bookings carry their own buffers in `busy`); it starts at least
    `notice` after now and at most `horizon_days` ahead. Starts step from each opening's start.
    """
    zone = ZoneInfo(hours.zone)
    lo = max(window[0], now + rules.notice * MINUTE)
    hi = min(window[1], now + rules.horizon_days * DAY + 1)
    if lo >= hi:
        return []
    length, step = rules.duration * MINUTE, rules.step * MINUTE
    first = local_date(lo, zone) - timedelta(days=1)
    last = local_date(hi, zone) + timedelta(days=1)
    forbidden = _forbidden_starts(overloaded(busy, hours.capacity, rules.seats), rules)
    lefts = [left for left, _ in forbidden]
    slots: list[Interval] = []
    for open_start, open_end in open_intervals(hours, first, last):
        # Allowed starts of this opening: [seg_lo, seg_hi] minus the forbidden ranges, each
        # remaining segment filled with the step grid that begins at the opening's start.
        seg_lo, last_start = max(open_start, lo), min(open_end - length, hi - 1)
        j = max(bisect_right(lefts, seg_lo) - 1, 0)
        while seg_lo <= last_start:
            while j < len(forbidden) and forbidden[j][1] <= seg_lo:
                j += 1
            if j < len(forbidden) and forbidden[j][0] <= seg_lo:
                seg_lo = forbidden[j][1]
                continue
            seg_hi = last_start
            if j < len(forbidden):
                seg_hi = min(seg_hi, forbidden[j][0] - 1)
            first_start = open_start - ((open_start - seg_lo) // step) * step
            slots.extend((s, s + length) for s in range(first_start, seg_hi + 1, step))
            seg_lo = seg_hi + 1
    return slots


def slot_problem(
    hours: Hours,
    busy: Iterable[Busy],
    rules: SlotRules,
    start: int,
    now: int,
) -> str | None:
    """Why one exact slot cannot be booked ('hours', 'taken', 'notice', 'horizon'), or None."""
    if start < now + rules.notice * MINUTE:
        return "notice"
    if start > now + rules.horizon_days * DAY:
        return "horizon"
    zone = ZoneInfo(hours.zone)
    end = start + rules.duration * MINUTE
    day = local_date(start, zone)
    opening = open_intervals(hours, day - timedelta(days=1), day + timedelta(days=2))
    if not any(s <= start and end <= e for s, e in opening):
        return "hours"
    for left, right in _forbidden_starts(overloaded(busy, hours.capacity, rules.seats), rules):
        if left <= start < right:
            return "taken"
    return None


def group_by_day(slots: Sequence[Interval], zone_name: str) -> dict[date, list[Interval]]:
    """Slots (in time order) grouped by the local date of their start in the booker's zone."""
    zone = ZoneInfo(zone_name)
    days: dict[date, list[Interval]] = {}
    starts = [start for start, _ in slots]
    index = 0
    while index < len(slots):
        day = local_date(starts[index], zone)
        # Everything before the next local midnight belongs to this day: one bisect per day.
        end = bisect_left(starts, local_instant(day, 1440, zone), index)
        days.setdefault(day, []).extend(slots[index:end])
        index = end
    return days


def to_datetime(instant: int, zone_name: str) -> datetime:
    return datetime.fromtimestamp(instant, ZoneInfo(zone_name))


def epoch(moment: datetime) -> int:
    """Epoch seconds of an aware datetime (naive ones are taken as UTC, as the store keeps them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())
