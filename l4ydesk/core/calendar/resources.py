"""Bookable resources and their time: weekly hours, date exceptions, blocks, busy time, products.

Also loads what the slot engine needs for one resource and a time window (`Snapshot`), from the
caller's session, so a booking can re-check its slot inside its own locked transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from l4ydesk.core.calendar.model import (
    HOLDING,
    RESOURCE_KINDS,
    BlockInfo,
    BookingInfo,
    BusySpan,
    CalendarError,
    ResourceInfo,
    ResourceNotFoundError,
)
from l4ydesk.core.calendar.slots import Busy, Hours, SlotRules, epoch, free_slots
from l4ydesk.core.ontology import BOOKABLE_SUBTYPES
from l4ydesk.storage.calendar_models import (
    CalBlock,
    CalBooking,
    CalDateException,
    CalProduct,
    CalResource,
    CalScheduleRule,
)
from l4ydesk.storage.db import Store

# Bookings and blocks are fetched this far beyond a window, so their buffers are never missed.
MARGIN = timedelta(days=1)


def check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CalendarError(
            f"'{name}' is not a time zone; use an IANA name such as Europe/Berlin or "
            "America/New_York."
        ) from exc
    return name


def utc(instant: int | datetime) -> datetime:
    """The UTC datetime the store keeps (SQLite drops offsets, so everything is stored in UTC)."""
    if isinstance(instant, datetime):
        if instant.tzinfo is None:
            return instant.replace(tzinfo=UTC)  # as SQLite hands them back
        return instant.astimezone(UTC)
    return datetime.fromtimestamp(instant, UTC)


@dataclass(frozen=True)
class Snapshot:
    """One resource's hours and occupied time around a window, ready for the slot engine."""

    hours: Hours
    bookings: list[BookingInfo]
    blocks: list[BlockInfo]

    def busy(self, skip_booking: int | None = None) -> list[Busy]:
        found = [
            Busy(
                epoch(b.start) - b.buffer_before * 60,
                epoch(b.end) + b.buffer_after * 60,
                b.seats,
            )
            for b in self.bookings
            if b.holds_seats and b.booking_id != skip_booking
        ]
        found.extend(Busy(epoch(b.start), epoch(b.end)) for b in self.blocks)
        return found

    def slots(self, rules: SlotRules, window: tuple[int, int], now: int) -> list[tuple[int, int]]:
        return free_slots(self.hours, self.busy(), rules, window, now)


def to_booking(row: CalBooking) -> BookingInfo:
    return BookingInfo(
        booking_id=row.id,
        resource_id=row.resource_id,
        start=utc(row.starts_at),
        end=utc(row.ends_at),
        seats=row.seats,
        status=row.status,
        payment=row.payment,
        customer_name=row.customer_name,
        customer_email=row.customer_email,
        series_id=row.series_id,
        buffer_before=row.buffer_before_min,
        buffer_after=row.buffer_after_min,
        checkout_ref=row.checkout_ref,
    )


def to_block(row: CalBlock) -> BlockInfo:
    return BlockInfo(
        row.id,
        row.resource_id,
        row.kind,
        utc(row.starts_at),
        utc(row.ends_at),
        row.reason,
        row.source_uid,
    )


def load_snapshot(session: Session, resource_id: int, start: datetime, end: datetime) -> Snapshot:
    resource = session.get(CalResource, resource_id)
    if resource is None:
        raise ResourceNotFoundError(f"There is no bookable resource with id {resource_id}.")
    lo, hi = utc(start) - MARGIN, utc(end) + MARGIN
    bookings = session.scalars(
        select(CalBooking).where(
            CalBooking.resource_id == resource_id,
            CalBooking.starts_at < hi,
            CalBooking.ends_at > lo,
            CalBooking.status.in_(HOLDING),
        )
    ).all()
    blocks = session.scalars(
        select(CalBlock).where(
            CalBlock.resource_id == resource_id, CalBlock.starts_at < hi, CalBlock.ends_at > lo
        )
    ).all()
    return Snapshot(
        _hours(session, resource), [to_booking(b) for b in bookings], [to_block(b) for b in blocks]
    )


def _hours(session: Session, resource: CalResource) -> Hours:
    weekly: dict[int, list[tuple[int, int]]] = {}
    for rule in session.scalars(
        select(CalScheduleRule).where(CalScheduleRule.resource_id == resource.id)
    ):
        weekly.setdefault(rule.weekday, []).append((rule.start_min, rule.end_min))
    exceptions = {
        row.day: sorted((int(a), int(b)) for a, b in row.intervals)
        for row in session.scalars(
            select(CalDateException).where(CalDateException.resource_id == resource.id)
        )
    }
    return Hours(
        resource.timezone, {d: sorted(v) for d, v in weekly.items()}, exceptions, resource.capacity
    )


class ResourceBook:
    """Use cases for resources and their schedules, exceptions, blocks and products."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list_resources(self) -> list[ResourceInfo]:
        with self._store.session() as session:
            rows = session.scalars(select(CalResource).order_by(CalResource.name)).all()
            return [self._info(session, row) for row in rows]

    def find(self, name_or_id: str | int) -> ResourceInfo:
        with self._store.session() as session:
            return self._info(session, self._row(session, name_or_id))

    def add(
        self,
        name: str,
        zone: str,
        weekly: dict[int, list[tuple[int, int]]],
        capacity: int = 1,
        kind: str = "person",
    ) -> ResourceInfo:
        name = " ".join(name.split())
        if not name:
            raise CalendarError("A resource needs a name.")
        if capacity < 1:
            raise CalendarError("Capacity is the number of seats and must be at least 1.")
        if kind not in RESOURCE_KINDS:
            raise CalendarError(
                f"'{kind}' is not a resource kind; use {', '.join(RESOURCE_KINDS)}."
            )
        try:
            with self._store.session() as session:
                row = CalResource(
                    name=name, timezone=check_zone(zone), capacity=capacity, kind=kind
                )
                session.add(row)
                session.flush()
                self._write_weekly(session, row.id, weekly)
                return self._info(session, row)
        except IntegrityError as exc:
            raise CalendarError(f"There is already a resource called '{name}'.") from exc

    def update(
        self,
        resource_id: int,
        *,
        zone: str | None = None,
        capacity: int | None = None,
        weekly: dict[int, list[tuple[int, int]]] | None = None,
    ) -> ResourceInfo:
        with self._store.session() as session:
            row = self._row(session, resource_id)
            if zone is not None:
                row.timezone = check_zone(zone)
            if capacity is not None:
                if capacity < 1:
                    raise CalendarError("Capacity is the number of seats and must be at least 1.")
                row.capacity = capacity
            if weekly is not None:
                session.execute(
                    delete(CalScheduleRule).where(CalScheduleRule.resource_id == resource_id)
                )
                self._write_weekly(session, resource_id, weekly)
            return self._info(session, row)

    def set_exception(
        self, resource_id: int, day: date, intervals: Sequence[tuple[int, int]], note: str = ""
    ) -> None:
        """Replace one date's hours entirely; an empty list closes that date."""
        with self._store.session() as session:
            self._row(session, resource_id)
            session.execute(
                delete(CalDateException).where(
                    CalDateException.resource_id == resource_id, CalDateException.day == day
                )
            )
            session.add(
                CalDateException(
                    resource_id=resource_id,
                    day=day,
                    intervals=[[a, b] for a, b in sorted(intervals)],
                    note=note,
                )
            )

    def remove_exception(self, resource_id: int, day: date) -> None:
        with self._store.session() as session:
            session.execute(
                delete(CalDateException).where(
                    CalDateException.resource_id == resource_id, CalDateException.day == day
                )
            )

    def add_block(
        self,
        resource_id: int,
        start: datetime,
        end: datetime,
        reason: str = "",
        kind: str = "block",
        source_uid: str | None = None,
    ) -> BlockInfo:
        if epoch(end) <= epoch(start):
            raise CalendarError("A block must end after it starts.")
        with self._store.session() as session:
            self._row(session, resource_id)
            row = CalBlock(
                resource_id=resource_id,
                kind=kind,
                starts_at=utc(start),
                ends_at=utc(end),
                reason=reason,
                source_uid=source_uid,
            )
            session.add(row)
            session.flush()
            return to_block(row)

    def replace_imported(
        self, resource_id: int, spans: Sequence[BusySpan], kind: str, source: str
    ) -> None:
        """In one transaction: drop what an earlier import of `source` left, add `spans`."""
        prefix = f"{source}|"
        with self._store.session() as session:
            self._row(session, resource_id)
            session.execute(
                delete(CalBlock).where(
                    CalBlock.resource_id == resource_id,
                    CalBlock.source_uid.startswith(prefix, autoescape=True),
                )
            )
            session.add_all(
                CalBlock(
                    resource_id=resource_id,
                    kind=kind,
                    starts_at=utc(span.start),
                    ends_at=utc(span.end),
                    reason=span.reason[:500],
                    source_uid=(prefix + span.uid)[:500],
                )
                for span in spans
            )

    def remove_block(self, block_id: int) -> None:
        with self._store.session() as session:
            session.execute(delete(CalBlock).where(CalBlock.id == block_id))

    def blocks(self, resource_id: int, start: datetime, end: datetime) -> list[BlockInfo]:
        with self._store.session() as session:
            rows = session.scalars(
                select(CalBlock)
                .where(
                    CalBlock.resource_id == resource_id,
                    CalBlock.starts_at < utc(end),
                    CalBlock.ends_at > utc(start),
                )
                .order_by(CalBlock.starts_at)
            ).all()
            return [to_block(r) for r in rows]

    def add_product(self, resource_id: int, name: str, subtype: str, **rules: int) -> int:
        """A bookable product served by the resource; rules are CalProduct's minute fields."""
        if subtype not in BOOKABLE_SUBTYPES:
            raise CalendarError(
                f"'{subtype}' is not a bookable kind; use one of {', '.join(BOOKABLE_SUBTYPES)}."
            )
        with self._store.session() as session:
            resource = self._row(session, resource_id)
            product = session.scalar(select(CalProduct).where(CalProduct.name == name))
            if product is None:
                product = CalProduct(name=name, subtype=subtype, **rules)
                session.add(product)
            if product not in resource.products:
                resource.products.append(product)
            session.flush()
            return product.id

    def product_rules(self, product_id: int, seats: int = 1) -> SlotRules:
        with self._store.session() as session:
            product = session.get(CalProduct, product_id)
            if product is None:
                raise CalendarError(f"There is no bookable product with id {product_id}.")
            return SlotRules(
                duration=product.duration_min,
                step=product.slot_step_min,
                buffer_before=product.buffer_before_min,
                buffer_after=product.buffer_after_min,
                notice=product.min_notice_min,
                horizon_days=product.max_advance_days,
                seats=seats,
            )

    @staticmethod
    def _write_weekly(
        session: Session, resource_id: int, weekly: dict[int, list[tuple[int, int]]]
    ) -> None:
        for weekday, intervals in weekly.items():
            for start, end in intervals:
                session.add(
                    CalScheduleRule(
                        resource_id=resource_id, weekday=weekday, start_min=start, end_min=end
                    )
                )
        session.flush()

    @staticmethod
    def _row(session: Session, name_or_id: str | int) -> CalResource:
        query = select(CalResource)
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            query = query.where(
                or_(CalResource.id == int(name_or_id), CalResource.name == str(name_or_id))
            )
        else:
            query = query.where(CalResource.name == name_or_id)
        row = session.scalars(query).first()
        if row is None:
            raise ResourceNotFoundError(
                f"There is no bookable resource called '{name_or_id}'. "
                "Add one with: l4ydesk calendar resource add NAME --tz ZONE --hours HOURS"
            )
        return row

    @staticmethod
    def _info(session: Session, row: CalResource) -> ResourceInfo:
        hours = _hours(session, row)
        return ResourceInfo(
            resource_id=row.id,
            name=row.name,
            kind=row.kind,
            zone=row.timezone,
            capacity=row.capacity,
            weekly={d: list(v) for d, v in hours.weekly.items()},
            exceptions={d: list(v) for d, v in hours.exceptions.items()},
            products=tuple(p.name for p in row.products),
        )


def day_window(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """The instants from local midnight of `first` to the local midnight after `last`."""
    tz = ZoneInfo(zone)
    start = datetime(first.year, first.month, first.day, tzinfo=tz)
    after = last + timedelta(days=1)
    return start, datetime(after.year, after.month, after.day, tzinfo=tz)
