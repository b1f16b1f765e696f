"""Property test through the real store: whatever sequence of bookings, moves and cancels is
asked for, the bookings that hold seats never exceed capacity at any moment, never leave the
hours, and never overlap a block; every refusal is a SlotUnavailableError with a reason."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l4ydesk.core.calendar import BookingDesk, ResourceBook, SlotUnavailableError
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.slots import SlotRules, epoch
from l4ydesk.storage.db import Store

NOW = datetime(2026, 3, 1, tzinfo=UTC)
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]
COUNTER = itertools.count()

step = st.one_of(
    st.tuples(
        st.just("book"),
        st.integers(0, 13),  # day from 23 March (spans the European change on the 29th)
        st.integers(0, 47),  # quarter hour from 06:00
        st.sampled_from([15, 30, 60, 90]),
        st.integers(0, 15),  # buffer after
        st.integers(1, 3),  # seats
    ),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 13), st.integers(0, 47)),
    st.tuples(st.just("cancel"), st.integers(0, 30)),
)


def test_store_never_overbooks(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'prop.db'}")
    resources, desk = ResourceBook(store), BookingDesk(store, now=lambda: NOW)

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(ZONES), st.integers(1, 3), st.lists(step, min_size=5, max_size=25))
    def run(zone: str, capacity: int, steps: list[tuple[int | str, ...]]) -> None:
        tz = ZoneInfo(zone)
        info = resources.add(
            f"r{next(COUNTER)}", zone, parse_hours("mon-fri 08:00-12:00,13:00-18:00"), capacity
        )
        rid = info.resource_id
        first = datetime(2026, 3, 23, tzinfo=tz)
        block = (datetime(2026, 3, 25, 10, tzinfo=tz), datetime(2026, 3, 25, 15, tzinfo=tz))
        resources.add_block(rid, *block, "maintenance")
        made: list[int] = []
        for action in steps:
            try:
                if action[0] == "book":
                    _, day, quarter, minutes, after, seats = action
                    start = (first + timedelta(days=int(day))).replace(
                        hour=6 + int(quarter) // 4, minute=15 * (int(quarter) % 4)
                    )
                    rules = SlotRules(
                        int(minutes), buffer_after=int(after), seats=min(int(seats), capacity)
                    )
                    made.append(desk.book(rid, start, rules).booking_id)
                elif action[0] == "move" and made:
                    _, index, day, quarter = action
                    start = (first + timedelta(days=int(day))).replace(
                        hour=6 + int(quarter) // 4, minute=15 * (int(quarter) % 4)
                    )
                    desk.move(made[int(index) % len(made)], start)
                elif action[0] == "cancel" and made:
                    desk.cancel(made[int(action[1]) % len(made)])
            except SlotUnavailableError as exc:
                assert exc.reason in {"taken", "hours", "notice", "horizon"}
            except Exception as exc:  # a transition refused (cancel twice) is fine too
                assert "cancelled" in str(exc) or "cannot be moved" in str(exc), exc
        held = [
            b
            for b in desk.between(rid, first - timedelta(days=2), first + timedelta(days=20))
            if b.holds_seats
        ]
        hours = resources.find(rid).weekly
        for booking in held:
            local_start, local_end = booking.start.astimezone(tz), booking.end.astimezone(tz)
            minutes = (
                local_start.hour * 60 + local_start.minute,
                local_end.hour * 60 + local_end.minute,
            )
            assert local_start.date() == local_end.date()
            assert any(a <= minutes[0] and minutes[1] <= b for a, b in hours[local_start.weekday()])
            assert not (booking.start < block[1] and booking.end > block[0])
        # Seats at every booking's start (with buffers), never above capacity.
        for moment in {epoch(b.start) - b.buffer_before * 60 for b in held} | {
            epoch(b.end) + b.buffer_after * 60 - 1 for b in held
        }:
            load = sum(
                b.seats
                for b in held
                if epoch(b.start) - b.buffer_before * 60
                <= moment
                < epoch(b.end) + b.buffer_after * 60
            )
            assert load <= capacity, (moment, load)

    try:
        run()
    finally:
        store.close()
