"""The slot engine on named cases: DST days, odd offsets, exceptions, buffers, capacity."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from l4ydesk.core.calendar.slots import (
    Busy,
    Hours,
    SlotRules,
    free_slots,
    group_by_day,
    local_instant,
    overloaded,
    slot_problem,
)

EVERY_DAY_9_17 = {d: [(9 * 60, 17 * 60)] for d in range(7)}
ALL_DAY = {d: [(0, 1440)] for d in range(7)}
# Far enough back that notice never matters, near enough that the year's horizon holds.
LONG_AGO = int(datetime(2026, 1, 1).timestamp())


def day_slots(zone: str, day: date, weekly, rules: SlotRules, busy=(), exceptions=None):
    hours = Hours(zone, weekly, exceptions or {})
    start = local_instant(day, 0, ZoneInfo(zone))
    end = local_instant(day, 1440, ZoneInfo(zone))
    return free_slots(hours, list(busy), rules, (start, end), start - 86400)


def wall(instant: int, zone: str) -> str:
    return datetime.fromtimestamp(instant, ZoneInfo(zone)).strftime("%H:%M")


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("Europe/Berlin", date(2026, 3, 29)),  # 23-hour day
        ("Europe/Berlin", date(2026, 10, 25)),  # 25-hour day
        ("America/New_York", date(2026, 3, 8)),
        ("America/New_York", date(2026, 11, 1)),
        ("Australia/Lord_Howe", date(2026, 4, 5)),  # clocks go back 30 minutes
        ("Australia/Lord_Howe", date(2026, 10, 4)),  # clocks go forward 30 minutes
        ("Asia/Kolkata", date(2026, 3, 29)),  # +05:30, no DST
    ],
)
def test_nine_to_five_is_eight_hours_on_change_days(zone: str, day: date) -> None:
    slots = day_slots(zone, day, EVERY_DAY_9_17, SlotRules(duration=60, step=60))
    assert len(slots) == 8
    assert slots[-1][1] - slots[0][0] == 8 * 3600
    assert [wall(s, zone) for s, _ in slots] == [f"{h:02d}:00" for h in range(9, 17)]


@pytest.mark.parametrize(
    ("zone", "day", "hours_long"),
    [
        ("Europe/Berlin", date(2026, 3, 29), 23),
        ("Europe/Berlin", date(2026, 10, 25), 25),
        ("America/New_York", date(2026, 3, 8), 23),
        ("America/New_York", date(2026, 11, 1), 25),
        ("Australia/Lord_Howe", date(2026, 4, 5), 24.5),
        ("Australia/Lord_Howe", date(2026, 10, 4), 23.5),
    ],
)
def test_a_whole_day_has_as_many_slots_as_the_day_has_half_hours(
    zone: str, day: date, hours_long: float
) -> None:
    slots = day_slots(zone, day, ALL_DAY, SlotRules(duration=30, step=30))
    assert len(slots) == int(hours_long * 2)
    # No slot is offered twice, even in the repeated hour of a fall-back day.
    assert len({s for s, _ in slots}) == len(slots)


def test_kolkata_resource_seen_by_a_utc_booker() -> None:
    slots = day_slots("Asia/Kolkata", date(2026, 6, 1), EVERY_DAY_9_17, SlotRules(60, step=60))
    assert wall(slots[0][0], "UTC") == "03:30"
    assert wall(slots[-1][1], "UTC") == "11:30"


def test_booker_in_another_zone_gets_days_in_their_own_zone() -> None:
    zone = "America/New_York"
    hours = Hours(zone, EVERY_DAY_9_17)
    monday = date(2026, 3, 9)  # the day after the US change, before Europe's
    window = (local_instant(monday, 0, ZoneInfo(zone)), local_instant(monday, 1440, ZoneInfo(zone)))
    slots = free_slots(hours, [], SlotRules(60, step=60), window, LONG_AGO)
    grouped = group_by_day(slots, "Asia/Tokyo")
    # 09:00 EDT is 22:00 in Tokyo; 11:00 EDT is already Tuesday 00:00 there.
    assert {d: len(v) for d, v in grouped.items()} == {monday: 2, monday + timedelta(1): 6}
    assert wall(grouped[monday][0][0], "Asia/Tokyo") == "22:00"


def test_an_exception_replaces_the_whole_date() -> None:
    day = date(2026, 5, 4)
    closed = day_slots(
        "Europe/Berlin", day, EVERY_DAY_9_17, SlotRules(60, step=60), exceptions={day: []}
    )
    assert closed == []
    other = day_slots(
        "Europe/Berlin",
        day,
        EVERY_DAY_9_17,
        SlotRules(60, step=60),
        exceptions={day: [(18 * 60, 20 * 60)]},
    )
    assert [wall(s, "Europe/Berlin") for s, _ in other] == ["18:00", "19:00"]


def test_bookings_with_buffers_and_the_new_slots_own_buffers_are_respected() -> None:
    zone, day = "Europe/Berlin", date(2026, 5, 4)
    ten = local_instant(day, 10 * 60, ZoneInfo(zone))
    # A 10:00-11:00 booking with 15 minutes after it; the new product needs 15 minutes before.
    busy = [Busy(ten, ten + 3600 + 900, 1)]
    rules = SlotRules(duration=30, step=15, buffer_before=15)
    starts = [wall(s, zone) for s, _ in day_slots(zone, day, EVERY_DAY_9_17, rules, busy)]
    assert "09:30" in starts  # ends as the booking starts
    # 11:15 would need 11:00-11:15 for its own buffer, which is the booking's buffer after.
    assert "11:15" not in starts and "11:30" in starts
    assert [s for s in starts if "09:30" < s < "11:30"] == []


def test_capacity_class_of_twelve_is_free_until_twelve_seats_are_taken() -> None:
    zone, day = "Europe/Berlin", date(2026, 5, 4)
    ten = local_instant(day, 10 * 60, ZoneInfo(zone))
    hours = Hours(zone, EVERY_DAY_9_17, capacity=12)
    rules = SlotRules(60, step=60)
    eleven = [Busy(ten, ten + 3600, 11)]
    assert slot_problem(hours, eleven, rules, ten, LONG_AGO) is None
    assert slot_problem(hours, [*eleven, Busy(ten, ten + 3600, 1)], rules, ten, LONG_AGO) == "taken"
    assert slot_problem(hours, eleven, SlotRules(60, step=60, seats=2), ten, LONG_AGO) == "taken"


def test_back_to_back_bookings_do_not_add_up() -> None:
    assert overloaded([Busy(0, 10, 1), Busy(10, 20, 1)], capacity=1, seats_wanted=1) == [(0, 20)]
    assert overloaded([Busy(0, 10, 1), Busy(10, 20, 1)], capacity=2, seats_wanted=1) == []


def test_notice_and_horizon() -> None:
    zone = "UTC"
    hours = Hours(zone, EVERY_DAY_9_17)
    now = local_instant(date(2026, 5, 4), 9 * 60, ZoneInfo(zone))
    rules = SlotRules(60, step=60, notice=120, horizon_days=1)
    slots = free_slots(hours, [], rules, (now - 86400, now + 10 * 86400), now)
    assert slots[0][0] == now + 2 * 3600
    assert slots[-1][0] <= now + 86400
    assert slot_problem(hours, [], rules, now + 3600, now) == "notice"
    assert slot_problem(hours, [], rules, now + 2 * 86400, now) == "horizon"
    assert slot_problem(hours, [], rules, now - 3600 * 2, now - 86400) == "hours"


def test_blocks_take_the_whole_resource() -> None:
    zone, day = "UTC", date(2026, 5, 4)
    noon = local_instant(day, 12 * 60, ZoneInfo(zone))
    hours = Hours(zone, EVERY_DAY_9_17, capacity=5)
    slots = free_slots(
        hours,
        [Busy(noon, noon + 3600)],
        SlotRules(60, step=60),
        (noon - 86400, noon + 86400),
        LONG_AGO,
    )
    assert noon not in [s for s, _ in slots]
    assert noon - 3600 in [s for s, _ in slots] and noon + 3600 in [s for s, _ in slots]
