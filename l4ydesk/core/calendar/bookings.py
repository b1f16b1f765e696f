"""Bookings: create (once or recurring), move, cancel, status and payment, never colliding.

Every write that takes seats runs in one transaction that first takes the resource's booking
lock: `BEGIN IMMEDIATE` on SQLite (the database write lock, taken before anything is read) and
an UPDATE of the resource row on every database (a row lock on PostgreSQL). Only then are the
slot's bookings read and re-checked, so two requests for the last seat are serialised by the
database and the second one sees the first one's booking: there is no check-then-insert race.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from l4ydesk.core.calendar.model import (
    PAYMENTS,
    TRANSITIONS,
    BookingInfo,
    BookingNotFoundError,
    CalendarBusyError,
    CalendarError,
    RecurringConflictError,
    ResourceNotFoundError,
    SlotUnavailableError,
    TransitionError,
)
from l4ydesk.core.calendar.resources import Snapshot, load_snapshot, to_booking, utc
from l4ydesk.core.calendar.slots import Busy, SlotRules, epoch, slot_problem
from l4ydesk.storage.calendar_models import CalBooking, CalResource
from l4ydesk.storage.db import Store, take_write_lock

MAX_OCCURRENCES = 400
LOCK_ATTEMPTS = 4
_REASONS = {
    "taken": "was just taken; pick another slot",
    "hours": "is outside the resource's hours",
    "notice": "is too soon to book",
    "horizon": "is too far ahead to book",
}


def _now() -> datetime:
    return datetime.now(UTC)


class BookingDesk:
    """Use cases for bookings. `now` is injectable so notice and horizon can be tested."""

    def __init__(self, store: Store, now: Callable[[], datetime] = _now) -> None:
        self._store = store
        self._now = now

    def book(
        self,
        resource_id: int,
        start: datetime,
        rules: SlotRules,
        *,
        customer_name: str = "",
        customer_email: str = "",
        status: str = "confirmed",
        product_id: int | None = None,
        checkout_ref: str | None = None,
        then: Callable[[Session, BookingInfo], None] | None = None,
    ) -> BookingInfo:
        """`then` runs inside the locked transaction once the booking is written (the API
        creates its booking record there), so both are committed together or not at all."""
        return self._create(
            resource_id,
            [start],
            rules,
            customer_name,
            customer_email,
            status,
            product_id,
            checkout_ref,
            None,
            then,
        )[0]

    def book_recurring(
        self,
        resource_id: int,
        start: datetime,
        rrule: str,
        rules: SlotRules,
        *,
        customer_name: str = "",
        customer_email: str = "",
        product_id: int | None = None,
    ) -> list[BookingInfo]:
        """Every occurrence is checked before any is created: all of them are booked, or none."""
        starts = self.occurrences(resource_id, start, rrule)
        return self._create(
            resource_id,
            starts,
            rules,
            customer_name,
            customer_email,
            "confirmed",
            product_id,
            None,
            uuid.uuid4().hex,
            None,
        )

    def occurrences(self, resource_id: int, start: datetime, rrule: str) -> list[datetime]:
        """The starts of a rule, repeated at the same wall-clock time in the resource's zone."""
        zone = ZoneInfo(self._zone(resource_id))
        local = start.astimezone(zone).replace(tzinfo=None)
        rule = rrule.strip()
        if rule.upper().startswith("RRULE:"):
            rule = rule[6:]
        try:
            expanded = rrulestr(rule, dtstart=local, forceset=True)
        except (ValueError, TypeError) as exc:
            raise CalendarError(f"'{rrule}' is not a repeat rule (RRULE): {exc}.") from exc
        starts: list[datetime] = []
        for occurrence in expanded:
            if len(starts) == MAX_OCCURRENCES:
                raise CalendarError(
                    f"The repeat rule makes more than {MAX_OCCURRENCES} bookings; "
                    "give it a COUNT or an UNTIL."
                )
            starts.append(occurrence.replace(tzinfo=zone).astimezone(UTC))
        if not starts:
            raise CalendarError(f"The repeat rule '{rrule}' makes no bookings.")
        return starts

    def move(self, booking_id: int, new_start: datetime) -> BookingInfo:
        """Move a booking, re-checked like a new one (its own seats do not count against it)."""
        with self._store.session() as session:
            row = self._booking_row(session, booking_id)
            resource_id, length = row.resource_id, epoch(row.ends_at) - epoch(row.starts_at)
        with self._locked(resource_id) as session:
            row = self._booking_row(session, booking_id)
            if row.status not in ("pending", "confirmed"):
                raise TransitionError(f"A {row.status} booking cannot be moved.")
            rules = SlotRules(
                duration=max(length // 60, 1),
                buffer_before=row.buffer_before_min,
                buffer_after=row.buffer_after_min,
                seats=row.seats,
            )
            start = epoch(new_start)
            snapshot = load_snapshot(session, resource_id, utc(start), utc(start + length))
            self._check(snapshot, snapshot.busy(skip_booking=booking_id), rules, start)
            row.starts_at, row.ends_at = utc(start), utc(start + length)
            session.flush()
            return to_booking(row)

    def cancel(self, booking_id: int) -> BookingInfo:
        return self.set_status(booking_id, "cancelled")

    def set_status(self, booking_id: int, status: str) -> BookingInfo:
        with self._store.session() as session:
            row = self._booking_row(session, booking_id)
            if status not in TRANSITIONS[row.status]:
                allowed = ", ".join(sorted(TRANSITIONS[row.status])) or "nothing (it is final)"
                raise TransitionError(
                    f"Booking {booking_id} is {row.status}; it can only become {allowed}."
                )
            row.status = status
            return to_booking(row)

    def set_payment(
        self, booking_id: int, payment: str, checkout_ref: str | None = None
    ) -> BookingInfo:
        with self._store.session() as session:
            row = self._booking_row(session, booking_id)
            if payment not in PAYMENTS[row.payment]:
                raise TransitionError(
                    f"Booking {booking_id} is {row.payment}; it cannot be {payment}."
                )
            row.payment = payment
            if checkout_ref is not None:
                row.checkout_ref = checkout_ref
            return to_booking(row)

    def get(self, booking_id: int) -> BookingInfo:
        with self._store.session() as session:
            return to_booking(self._booking_row(session, booking_id))

    def between(
        self, resource_id: int, start: datetime, end: datetime, include_finished: bool = True
    ) -> list[BookingInfo]:
        with self._store.session() as session:
            query = select(CalBooking).where(
                CalBooking.resource_id == resource_id,
                CalBooking.starts_at < utc(end),
                CalBooking.ends_at > utc(start),
            )
            if not include_finished:
                query = query.where(CalBooking.status.in_(("pending", "confirmed")))
            rows = session.scalars(query.order_by(CalBooking.starts_at)).all()
            return [to_booking(r) for r in rows]

    def _create(
        self,
        resource_id: int,
        starts: list[datetime],
        rules: SlotRules,
        name: str,
        email: str,
        status: str,
        product_id: int | None,
        checkout_ref: str | None,
        series_id: str | None,
        then: Callable[[Session, BookingInfo], None] | None,
    ) -> list[BookingInfo]:
        if status not in ("pending", "confirmed"):
            raise TransitionError("A new booking is pending or confirmed.")
        instants = sorted(epoch(s) for s in starts)
        length = rules.duration * 60
        with self._locked(resource_id) as session:
            snapshot = load_snapshot(
                session, resource_id, utc(instants[0]), utc(instants[-1] + length)
            )
            if rules.seats > snapshot.hours.capacity:
                raise SlotUnavailableError(
                    f"Only {_seats(snapshot.hours.capacity)} can be booked here, "
                    f"not {rules.seats}; nothing was booked.",
                    "seats",
                )
            busy = snapshot.busy()
            conflicts: list[tuple[int, str]] = []
            for start in instants:
                problem = self._problem(snapshot, busy, rules, start)
                if problem:
                    conflicts.append((start, problem))
                else:
                    # Later occurrences of the same series must not collide with earlier ones.
                    busy.append(
                        Busy(
                            start - rules.buffer_before * 60,
                            start + length + rules.buffer_after * 60,
                            rules.seats,
                        )
                    )
            if conflicts:
                raise self._refusal(snapshot, conflicts, recurring=series_id is not None)
            rows = [
                CalBooking(
                    resource_id=resource_id,
                    product_id=product_id,
                    starts_at=utc(start),
                    ends_at=utc(start + length),
                    buffer_before_min=rules.buffer_before,
                    buffer_after_min=rules.buffer_after,
                    seats=rules.seats,
                    status=status,
                    customer_name=name,
                    customer_email=email,
                    checkout_ref=checkout_ref,
                    series_id=series_id,
                )
                for start in instants
            ]
            session.add_all(rows)
            session.flush()
            made = [to_booking(r) for r in rows]
            if then is not None:
                for booking in made:
                    then(session, booking)
            return made

    def _problem(
        self, snapshot: Snapshot, busy: list[Busy], rules: SlotRules, start: int
    ) -> str | None:
        return slot_problem(snapshot.hours, busy, rules, start, epoch(self._now()))

    def _check(self, snapshot: Snapshot, busy: list[Busy], rules: SlotRules, start: int) -> None:
        problem = self._problem(snapshot, busy, rules, start)
        if problem:
            raise self._refusal(snapshot, [(start, problem)], recurring=False)

    @staticmethod
    def _refusal(
        snapshot: Snapshot,
        conflicts: list[tuple[int, str]],
        recurring: bool,
    ) -> SlotUnavailableError:
        zone = ZoneInfo(snapshot.hours.zone)
        if recurring:
            days: list[date] = [datetime.fromtimestamp(s, zone).date() for s, _ in conflicts]
            named = ", ".join(d.isoformat() for d in days)
            return RecurringConflictError(
                f"Nothing was booked: {len(days)} of the repeats cannot be booked ({named}).", days
            )
        start, reason = conflicts[0]
        when = datetime.fromtimestamp(start, zone).strftime("%a %d %b %Y %H:%M")
        return SlotUnavailableError(
            f"The slot at {when} ({snapshot.hours.zone}) {_REASONS[reason]}.", reason
        )

    @contextmanager
    def _locked(self, resource_id: int) -> Iterator[Session]:
        """A transaction holding the resource's booking lock from its first statement.

        Taking the lock waits up to the busy timeout; a database that stays busy longer is
        tried again (LOCK_ATTEMPTS in all), then reported in a sentence. Once the lock is
        held, nothing else can make this transaction wait, so only taking it is retried.
        """
        for attempt in range(1, LOCK_ATTEMPTS + 1):
            try:
                with self._store.session() as session:
                    try:
                        self._take_lock(session, resource_id)
                    except OperationalError as exc:
                        if not _is_busy(exc):
                            raise
                        raise _StillBusy from exc  # leaves (and rolls back) the transaction
                    yield session
                    return
            except _StillBusy as busy:
                if attempt == LOCK_ATTEMPTS:
                    raise CalendarBusyError(
                        "The calendar is busy with other bookings right now; nothing was "
                        "booked. Try again in a moment."
                    ) from busy.__cause__

    @staticmethod
    def _take_lock(session: Session, resource_id: int) -> None:
        take_write_lock(session)
        bumped = session.execute(
            update(CalResource)
            .where(CalResource.id == resource_id)
            .values(booking_lock=CalResource.booking_lock + 1)
            .execution_options(synchronize_session=False)
        )
        if getattr(bumped, "rowcount", 1) == 0:
            raise ResourceNotFoundError(f"There is no bookable resource with id {resource_id}.")

    def _zone(self, resource_id: int) -> str:
        with self._store.session() as session:
            row = session.get(CalResource, resource_id)
            if row is None:
                raise ResourceNotFoundError(f"There is no bookable resource with id {resource_id}.")
            return row.timezone

    @staticmethod
    def _booking_row(session: Session, booking_id: int) -> CalBooking:
        row = session.get(CalBooking, booking_id)
        if row is None:
            raise BookingNotFoundError(f"There is no booking {booking_id}.")
        return row


class _StillBusy(Exception):
    pass


def _is_busy(exc: OperationalError) -> bool:
    text_ = str(exc).lower()
    return "locked" in text_ or "busy" in text_


def _seats(count: int) -> str:
    return f"{count} seat{'' if count == 1 else 's'}"
