"""The calendar page from one plain-row query gives the same answers as the ORM use cases did.

`reference_page` is the page as it was computed before `page_query` (the ORM snapshot for the
slots, `BookingDesk.between` for the items, every span tested against every day): the new
`load_page` must agree with it on marks, items and free slots, on a real SQLite file, on
daylight-saving days, with bookings across midnight, buffers reaching in from outside the
window, every booking status, and a viewer in another zone than the resource.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.model import STATUSES
from l4ydesk.core.calendar.overview import DayMark, _mark, load_page
from l4ydesk.core.calendar.page_query import read_page_rows, seconds
from l4ydesk.core.calendar.resources import check_zone, day_window, load_snapshot
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import SlotRules, epoch, group_by_day, open_intervals
from l4ydesk.storage.calendar_models import CalBlock, CalBooking
from l4ydesk.storage.db import Store

NOW = datetime(2026, 2, 20, tzinfo=UTC)
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]
RULES = SlotRules(duration=60, step=15)
COUNTER = itertools.count()


def reference_page(
    calendar: Calendar, resource_id: int, first: date, last: date, zone: str, rules: SlotRules
) -> dict[str, Any]:
    """The page as the ORM use cases computed it (the code before `page_query`)."""
    resource = calendar.resources.find(resource_id)
    tz = ZoneInfo(check_zone(zone))
    start, end = day_window(first, last, zone)
    lo, hi = epoch(start), epoch(end)
    with calendar._store.session() as session:
        snapshot = load_snapshot(session, resource_id, start, end)
    slots = snapshot.slots(rules, (lo, hi), epoch(calendar.now()))
    free = {
        day: [(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz)) for s, e in items]
        for day, items in group_by_day(slots, zone).items()
    }
    items = [
        (
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
        (b.kind, b.block_id, b.start.astimezone(tz), b.end.astimezone(tz), b.reason, "")
        for b in snapshot.blocks
        if epoch(b.start) < hi and epoch(b.end) > lo
    )
    resource_day = datetime.fromtimestamp(lo, ZoneInfo(resource.zone)).date()
    opening = open_intervals(
        snapshot.hours,
        resource_day - timedelta(days=1),
        resource_day + timedelta(days=(last - first).days + 2),
    )
    spans = [(epoch(i[2]), epoch(i[3]), i[0]) for i in items]
    marks: dict[date, DayMark] = {}
    day = first
    while day <= last:
        day_lo, day_hi = (epoch(t) for t in day_window(day, day, zone))
        kinds = [kind for s, e, kind in spans if s < day_hi and e > day_lo]
        is_open = any(s < day_hi and e > day_lo for s, e in opening)
        booked = kinds.count("booking")
        marks[day] = _mark(
            day, is_open, len(free.get(day, [])), booked, "block" in kinds, "busy" in kinds
        )
        day += timedelta(days=1)
    return {"marks": marks, "items": sorted(items, key=_item_order), "free": free}


def _item_order(item: tuple[Any, ...]) -> tuple[Any, ...]:
    return (item[2], item[0], item[1])


def assert_same_page(
    calendar: Calendar, resource_id: int, first: date, last: date, zone: str
) -> dict[str, Any]:
    expected = reference_page(calendar, resource_id, first, last, zone, RULES)
    page = load_page(calendar, resource_id, first, last, zone, RULES)
    assert dict(page.marks) == expected["marks"]
    items = [(i.kind, i.item_id, i.start, i.end, i.label, i.status) for i in page.items]
    assert sorted(items, key=_item_order) == expected["items"]
    # The page's own order is (start, kind), the order the grids draw in.
    assert [(i.start, i.kind) for i in page.items] == sorted((i.start, i.kind) for i in page.items)
    assert {day: list(found) for day, found in page.free.items()} == expected["free"]
    assert all(str(s.tzinfo) == zone for found in page.free.values() for s, _ in found)
    month = load_page(calendar, resource_id, first, last, zone, RULES, detail=False)
    assert dict(month.marks) == expected["marks"]
    assert month.items == () and not month.free
    return expected


def local(day: date, hour: int, minute: int, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


def add_booking(
    store: Store,
    resource_id: int,
    start: datetime,
    minutes: int,
    status: str = "confirmed",
    name: str = "",
    before: int = 0,
    after: int = 0,
    seats: int = 1,
) -> None:
    with store.session() as session:
        session.add(
            CalBooking(
                resource_id=resource_id,
                starts_at=start.astimezone(UTC),
                ends_at=(start + timedelta(minutes=minutes)).astimezone(UTC),
                status=status,
                customer_name=name,
                buffer_before_min=before,
                buffer_after_min=after,
                seats=seats,
            )
        )


def add_block(store: Store, resource_id: int, start: datetime, end: datetime, kind: str) -> None:
    with store.session() as session:
        session.add(
            CalBlock(
                resource_id=resource_id,
                kind=kind,
                starts_at=start.astimezone(UTC),
                ends_at=end.astimezone(UTC),
                reason=f"{kind} time",
            )
        )


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """SQLite hands instants back naive, PostgreSQL aware: both must give the same page."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'page.db'}"
    else:
        url = str(request.getfixturevalue("postgres").new_database())
    store = Store(url)
    try:
        yield store
    finally:
        store.close()


def test_dst_days_and_bookings_across_midnight(store: Store) -> None:
    """Berlin's spring-forward (29 March 2026, 23 hours) and fall-back (25 October, 25 hours)
    days with a late-night resource; a booking from 23:00 to 01:00 counts on both dates."""
    calendar = Calendar(store, now=lambda: NOW)
    zone = "Europe/Berlin"
    rid = calendar.resources.add(
        "Bar", zone, parse_hours("mon-sun 00:00-02:00,18:00-24:00")
    ).resource_id
    for day in (date(2026, 3, 28), date(2026, 10, 24)):
        add_booking(store, rid, local(day, 23, 0, zone), 120, name="Night owl")
    # A booking whose buffer reaches into the window from the day before it.
    add_booking(store, rid, local(date(2026, 3, 26), 23, 0, zone), 60, after=90)
    add_booking(store, rid, local(date(2026, 3, 29), 19, 0, zone), 60, status="cancelled")
    add_booking(store, rid, local(date(2026, 3, 29), 20, 0, zone), 60, status="completed")
    for first, last in (
        (date(2026, 3, 27), date(2026, 3, 31)),
        (date(2026, 10, 23), date(2026, 10, 27)),
    ):
        expected = assert_same_page(calendar, rid, first, last, zone)
        owl = first + timedelta(days=1)
        assert expected["marks"][owl].booked == 1
        assert expected["marks"][owl + timedelta(days=1)].booked >= 1
    page = load_page(calendar, rid, date(2026, 3, 27), date(2026, 3, 31), zone, RULES)
    march_29 = page.marks[date(2026, 3, 29)]
    # The night owl (until 01:00) and the completed booking (holds no seat) are both shown.
    assert march_29.booked == 2 and march_29.state == "partly"
    assert [i.label for i in page.items if i.start.date() == date(2026, 3, 29)] == ["Booking"]
    assert page.items[0].start == local(date(2026, 3, 28), 23, 0, zone)
    # The booking of the 26th is not shown, but its buffer (until 01:30) takes the night's
    # slots of the 27th; the 28th's night is free.
    assert page.free[date(2026, 3, 27)][0][0] == local(date(2026, 3, 27), 18, 0, zone)
    assert page.free[date(2026, 3, 28)][0][0] == local(date(2026, 3, 28), 0, 0, zone)
    # On the 23-hour day the owl leaves one hour before the night closes at 02:00 CET (the
    # instant of 03:00 CEST): one slot at 01:00, then the evening.
    night = [s for s, _ in page.free[date(2026, 3, 29)] if s.hour < 18]
    assert night == [local(date(2026, 3, 29), 1, 0, zone)]


def test_viewer_in_another_zone_sees_the_resource_days_shifted(store: Store) -> None:
    """A New York resource over its spring-forward day (8 March 2026), seen from Berlin and
    Kolkata: a block and busy time spanning several days, an exception closing one date."""
    calendar = Calendar(store, now=lambda: NOW)
    zone = "America/New_York"
    rid = calendar.resources.add(
        "Desk", zone, parse_hours("mon-sat 09:00-17:00"), capacity=2
    ).resource_id
    calendar.resources.set_exception(rid, date(2026, 3, 10), [])
    add_block(
        store,
        rid,
        local(date(2026, 3, 5), 12, 0, zone),
        local(date(2026, 3, 7), 12, 0, zone),
        "block",
    )
    add_block(
        store,
        rid,
        local(date(2026, 3, 9), 15, 0, zone),
        local(date(2026, 3, 9), 18, 0, zone),
        "busy",
    )
    for day, hour in ((date(2026, 3, 6), 16), (date(2026, 3, 8), 10), (date(2026, 3, 9), 9)):
        for _ in range(2):
            add_booking(store, rid, local(day, hour, 30, zone), 90, name="Two seats", seats=1)
    for viewer in ("Europe/Berlin", "Asia/Kolkata", zone):
        expected = assert_same_page(calendar, rid, date(2026, 3, 2), date(2026, 3, 15), viewer)
        marks = expected["marks"]
        assert any(m.busy_elsewhere for m in marks.values())
        assert "partly" in {m.state for m in marks.values()}
    # In the resource's own zone: Sundays and the exception's date are closed; the 6th lies
    # inside the block (its two bookings still counted), the 7th is free after the block.
    own = load_page(calendar, rid, date(2026, 3, 2), date(2026, 3, 15), zone, RULES).marks
    assert [own[date(2026, 3, d)].state for d in (8, 10, 15)] == ["closed"] * 3
    assert own[date(2026, 3, 6)].state == "full" and own[date(2026, 3, 6)].booked == 2
    assert own[date(2026, 3, 7)].state == "available" and own[date(2026, 3, 7)].free == 17
    assert own[date(2026, 3, 9)].state == "partly"
    assert own[date(2026, 3, 9)].busy_elsewhere and not own[date(2026, 3, 10)].busy_elsewhere


def test_read_page_rows_matches_the_stored_rows(tmp_path: Path) -> None:
    """Plain rows in start order with epoch seconds equal to `epoch`; margin and statuses."""
    store = Store(f"sqlite:///{tmp_path / 'rows.db'}")
    calendar = Calendar(store, now=lambda: NOW)
    rid = calendar.resources.add("Room", "UTC", parse_hours("mon-fri 09:00-17:00")).resource_id
    day = date(2026, 3, 3)
    add_booking(store, rid, local(day, 12, 0, "UTC"), 30, status="no_show", name="B")
    add_booking(store, rid, local(day, 9, 0, "UTC"), 30, status="pending", name="A")
    add_booking(store, rid, local(day, 10, 0, "UTC"), 30, status="cancelled")
    add_booking(store, rid, local(day - timedelta(days=2), 10, 0, "UTC"), 30)  # outside
    start, end = day_window(day, day, "UTC")
    with store.session() as session:
        rows = read_page_rows(session, rid, start, end)
    assert [(b.customer_name, b.status) for b in rows.bookings] == [
        ("A", "pending"),
        ("B", "no_show"),
    ]
    assert rows.bookings[0].start == epoch(local(day, 9, 0, "UTC"))
    assert [b.start for b in rows.busy()] == [rows.bookings[0].start]  # no-show holds no seat
    assert rows.hours.weekly[0] == [(540, 1020)] and rows.hours.capacity == 1
    moment = datetime(2026, 3, 29, 1, 30, 59, 999_000)
    assert seconds(moment) == epoch(moment) == seconds(moment.replace(tzinfo=UTC))


booking = st.tuples(
    st.integers(0, 16),  # day from 20 March (spans 29 March, and 5 April in Lord Howe)
    st.integers(0, 95),  # quarter hour of the day
    st.sampled_from([15, 45, 60, 150, 24 * 60 + 30]),  # some cross midnight, one a day
    st.sampled_from(STATUSES),
    st.integers(0, 30),  # buffer after
    st.integers(1, 2),  # seats
)
block = st.tuples(
    st.integers(0, 16),
    st.integers(0, 95),
    st.integers(30, 3 * 24 * 60),
    st.sampled_from(["block", "busy"]),
)


def test_random_pages_agree_with_the_orm_use_cases(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'prop.db'}")
    calendar = Calendar(store, now=lambda: NOW)

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        st.sampled_from(ZONES),
        st.sampled_from(ZONES),
        st.integers(1, 3),
        st.lists(booking, max_size=40),
        st.lists(block, max_size=4),
        st.integers(0, 10),
        st.integers(0, 12),
    )
    def run(
        zone: str,
        viewer: str,
        capacity: int,
        bookings: list[tuple[Any, ...]],
        blocks: list[tuple[Any, ...]],
        offset: int,
        length: int,
    ) -> None:
        rid = calendar.resources.add(
            f"r{next(COUNTER)}", zone, parse_hours("mon-fri 08:00-20:00; sat 22:00-24:00"), capacity
        ).resource_id
        first = date(2026, 3, 20)
        calendar.resources.set_exception(rid, first + timedelta(days=5), [(600, 720)])
        for day, quarter, minutes, status, after, seats in bookings:
            start = local(first + timedelta(days=day), quarter // 4, 15 * (quarter % 4), zone)
            add_booking(store, rid, start, minutes, status, f"c{day}", after=after, seats=seats)
        for day, quarter, minutes, kind in blocks:
            start = local(first + timedelta(days=day), quarter // 4, 15 * (quarter % 4), zone)
            add_block(store, rid, start, start + timedelta(minutes=minutes), kind)
        shown = first + timedelta(days=offset)
        assert_same_page(calendar, rid, shown, shown + timedelta(days=length), viewer)

    run()
