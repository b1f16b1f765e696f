"""What a calendar page reads from the store: one resource's hours, bookings and blocks, once.

One session and plain column selects (rows, not ORM entities): a busy month is about a
thousand bookings, and building ORM objects for them held the worker on the GIL long enough
to stall the GUI thread. Times come back as UTC epoch seconds, as the slot engine takes them.
Rows are turned into values in batches with `let_others_run()` between them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.calendar.model import HOLDING, ResourceNotFoundError
from l4ydesk.core.calendar.resources import MARGIN, utc
from l4ydesk.core.calendar.slots import Busy, Hours
from l4ydesk.storage.calendar_models import (
    CalBlock,
    CalBooking,
    CalDateException,
    CalResource,
    CalScheduleRule,
)


class BookingRow(NamedTuple):
    """A booking as a page needs it; `start` and `end` are UTC epoch seconds."""

    booking_id: int
    start: int
    end: int
    seats: int
    status: str
    customer_name: str
    buffer_before: int  # minutes
    buffer_after: int

    @property
    def holds_seats(self) -> bool:
        return self.status in HOLDING


class BlockRow(NamedTuple):
    block_id: int
    kind: str  # 'block' or 'busy'
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class PageRows:
    """Everything a page is computed from: read in one transaction, so it is consistent.

    Bookings and blocks reach `MARGIN` beyond the window asked for (buffers of bookings just
    outside it still take slots inside it); cancelled bookings are left out. Both are in
    start order (then id), as the page draws them.
    """

    resource_id: int
    hours: Hours
    bookings: tuple[BookingRow, ...]
    blocks: tuple[BlockRow, ...]

    def busy(self) -> list[Busy]:
        """Occupied time for the slot engine: seat-holding bookings with their buffers, and
        every block and busy time (the whole resource)."""
        found = [
            Busy(b.start - b.buffer_before * 60, b.end + b.buffer_after * 60, b.seats)
            for b in self.bookings
            if b.status in HOLDING
        ]
        found.extend(Busy(b.start, b.end) for b in self.blocks)
        return found


def read_page_rows(session: Session, resource_id: int, start: datetime, end: datetime) -> PageRows:
    # Core selects on the session's connection: rows of plain values, no ORM bookkeeping.
    run = session.connection().execute
    res, rule, exc = (
        CalResource.__table__.c,
        CalScheduleRule.__table__.c,
        CalDateException.__table__.c,
    )
    resource = run(select(res.timezone, res.capacity).where(res.id == resource_id)).first()
    if resource is None:
        raise ResourceNotFoundError(f"There is no bookable resource with id {resource_id}.")
    zone, capacity = resource
    weekly: dict[int, list[tuple[int, int]]] = {}
    for weekday, start_min, end_min in run(
        select(rule.weekday, rule.start_min, rule.end_min)
        .where(rule.resource_id == resource_id)
        .order_by(rule.weekday, rule.start_min, rule.end_min)
    ):
        weekly.setdefault(weekday, []).append((start_min, end_min))
    exceptions = {
        day: sorted((int(a), int(b)) for a, b in intervals)
        for day, intervals in run(
            select(exc.day, exc.intervals).where(exc.resource_id == resource_id)
        )
    }
    let_others_run()
    lo, hi = utc(start) - MARGIN, utc(end) + MARGIN
    booking, block = CalBooking.__table__.c, CalBlock.__table__.c
    query = (
        select(
            booking.id,
            booking.starts_at,
            booking.ends_at,
            booking.seats,
            booking.status,
            booking.customer_name,
            booking.buffer_before_min,
            booking.buffer_after_min,
        )
        .where(
            booking.resource_id == resource_id,
            booking.starts_at < hi,
            booking.ends_at > lo,
            booking.status != "cancelled",
        )
        .order_by(booking.starts_at, booking.id)
    )
    bookings: list[BookingRow] = []
    for batch in run(query).partitions(BATCH):
        bookings.extend(
            BookingRow(row_id, seconds(s), seconds(e), seats, status, name, before, after)
            for row_id, s, e, seats, status, name, before, after in batch
        )
        let_others_run()
    blocks = tuple(
        BlockRow(row_id, kind, seconds(s), seconds(e), reason)
        for row_id, kind, s, e, reason in run(
            select(block.id, block.kind, block.starts_at, block.ends_at, block.reason)
            .where(block.resource_id == resource_id, block.starts_at < hi, block.ends_at > lo)
            .order_by(block.starts_at, block.id)
        )
    )
    hours = Hours(zone, weekly, exceptions, capacity)
    return PageRows(resource_id, hours, tuple(bookings), blocks)


BATCH = 200  # rows turned into values between two chances for other threads to run


def let_others_run() -> None:
    """Release the GIL for a moment. A thread that computes a page in one stretch holds it
    for the whole switch interval (5 ms) whenever the GUI thread asks for it; between
    batches, `sleep(0)` hands it over at once (the calendar bench measures the difference)."""
    time.sleep(0)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)


def seconds(moment: datetime) -> int:
    """`slots.epoch` for a stored instant (naive from SQLite means UTC), about four times
    faster than `timestamp()`, which matters for a thousand rows."""
    return (moment - (_NAIVE_EPOCH if moment.tzinfo is None else _EPOCH)) // _SECOND
