"""Property tests: over random hours, exceptions, bookings, buffers, blocks and zones, every slot
offered is inside the hours, clear of bookings plus buffers, blocks and busy time, within
capacity, notice and horizon. Checked against a brute-force oracle, not the engine's own helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l4ydesk.core.calendar.slots import Busy, Hours, SlotRules, free_slots

ZONES = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/St_Johns",
    "Pacific/Chatham",
]
# Around both 2026 change days of several of those zones.
DAYS = [
    date(2026, 3, 7),
    date(2026, 3, 28),
    date(2026, 4, 4),
    date(2026, 10, 3),
    date(2026, 10, 24),
    date(2026, 10, 31),
    date(2026, 6, 15),
]
FIVE = 300


@st.composite
def day_hours(draw: st.DrawFn) -> list[tuple[int, int]]:
    # Boundaries from 05:00 on, so none falls into a skipped or repeated hour.
    marks = sorted(draw(st.sets(st.integers(20, 96), max_size=4)))
    marks = [m * 15 for m in marks]
    return [(a, b) for a, b in zip(marks[::2], marks[1::2], strict=False) if a < b]


@st.composite
def scenario(draw: st.DrawFn):
    zone = draw(st.sampled_from(ZONES))
    first = draw(st.sampled_from(DAYS))
    weekly = {d: draw(day_hours()) for d in range(7)}
    exceptions = {
        first + timedelta(days=offset): draw(day_hours())
        for offset in draw(st.sets(st.integers(0, 3), max_size=2))
    }
    capacity = draw(st.integers(1, 4))
    base = int(datetime(first.year, first.month, first.day, tzinfo=ZoneInfo(zone)).timestamp())
    span = 4 * 86400 // FIVE
    busy = []
    for _ in range(draw(st.integers(0, 12))):
        start = base + draw(st.integers(0, span)) * FIVE
        length = draw(st.integers(1, 36)) * FIVE
        kind = draw(st.sampled_from(["booking", "block"]))
        if kind == "block":
            busy.append(Busy(start, start + length))
        else:
            before, after = draw(st.integers(0, 4)) * FIVE, draw(st.integers(0, 4)) * FIVE
            busy.append(
                Busy(start - before, start + length + after, draw(st.integers(1, capacity)))
            )
    rules = SlotRules(
        duration=draw(st.sampled_from([15, 30, 45, 60, 90])),
        step=draw(st.sampled_from([5, 15, 30, 60])),
        buffer_before=draw(st.sampled_from([0, 5, 10, 30])),
        buffer_after=draw(st.sampled_from([0, 5, 15])),
        notice=draw(st.sampled_from([0, 60, 600])),
        horizon_days=draw(st.integers(1, 4)),
        seats=draw(st.integers(1, capacity)),
    )
    now = base + draw(st.integers(-86400 // FIVE, 86400 // FIVE)) * FIVE
    return Hours(zone, weekly, exceptions, capacity), busy, rules, (base, base + 4 * 86400), now


def open_at(hours: Hours, instant: int) -> bool:
    """Whether the wall-clock minute at `instant` is inside that local date's hours."""
    local = datetime.fromtimestamp(instant, ZoneInfo(hours.zone))
    minute = local.hour * 60 + local.minute
    return any(a <= minute < b for a, b in hours.minutes_on(local.date()))


def load_at(busy: list[Busy], capacity: int, instant: int) -> int:
    return sum(capacity if b.seats is None else b.seats for b in busy if b.start <= instant < b.end)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario())
def test_every_offered_slot_is_really_free(case) -> None:
    hours, busy, rules, window, now = case
    slots = free_slots(hours, busy, rules, window, now)
    assert slots == sorted(set(slots))
    for start, end in slots:
        assert end - start == rules.duration * 60
        assert window[0] <= start < window[1]
        assert start >= now + rules.notice * 60
        assert start <= now + rules.horizon_days * 86400
        # Inside the hours at every five-minute mark (all boundaries lie on that grid).
        assert all(open_at(hours, t) for t in range(start, end, FIVE)), (start, end)
        # The slot with its own buffers never pushes a moment over capacity.
        lo, hi = start - rules.buffer_before * 60, end + rules.buffer_after * 60
        moments = {lo} | {b.start for b in busy if lo <= b.start < hi}
        for moment in moments:
            assert load_at(busy, hours.capacity, moment) + rules.seats <= hours.capacity, (
                start,
                moment,
            )


@settings(max_examples=80, deadline=None)
@given(scenario())
def test_with_nothing_booked_every_open_aligned_start_is_offered(case) -> None:
    hours, _, rules, window, _now = case
    open_rules = SlotRules(rules.duration, rules.step, horizon_days=30)
    slots = {s for s, _ in free_slots(hours, [], open_rules, window, window[0] - 86400)}
    # Any offered start has its whole slot open; and an open start on the hour (a multiple of
    # every step) is offered when its opening began on the hour too.
    for start in range(window[0], window[1], 3600):
        local = datetime.fromtimestamp(start, ZoneInfo(hours.zone))
        day = hours.minutes_on(local.date())
        minute = local.hour * 60 + local.minute
        fits = any(
            a <= minute and minute + rules.duration <= b and a % 60 == 0 and b < 1440
            for a, b in day
        )
        if fits and local.utcoffset() == (local + timedelta(hours=3)).utcoffset():
            assert start in slots, (local, day)
