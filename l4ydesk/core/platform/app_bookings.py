"""Free slots and calendar bookings of one app through the platform API.

A calendar resource belongs to an app through the bookable products it serves: a bookable
product (`cal_products`) names the product record it stands for (`record_id`), and that record
is the app's when it is linked to the app. Another app's product or resource answers "not
found", like every other record. A booking that names a slot books it through the calendar's
BookingDesk (lock first, then re-checked) and creates the app's booking record inside that
same transaction, so the record exists exactly when the seats are held.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.calendar.api import MAX_DAYS, http_status
from l4ydesk.core.calendar.model import (
    BookingInfo,
    CalendarBusyError,
    CalendarError,
    SlotUnavailableError,
)
from l4ydesk.core.calendar.resources import check_zone
from l4ydesk.core.calendar.service import Calendar, parse_start
from l4ydesk.core.ontology import record_type
from l4ydesk.core.platform.app_records import AppRecords, app_record_ids, emit, require_app_record
from l4ydesk.core.platform.errors import (
    ConflictError,
    FieldProblem,
    InvalidInputError,
    NotFoundError,
)
from l4ydesk.core.records import Record, to_record
from l4ydesk.storage.calendar_models import CalProduct, resource_products
from l4ydesk.storage.db import Store

BOOKING = record_type("booking")
# What a calendar booking's record cannot change by PATCH: the slot itself.
SLOT_FIELDS = ("product_id", "starts_at", "ends_at", "duration_minutes", "party_size")


@dataclasses.dataclass(frozen=True)
class Offer:
    """One calendar resource serving one of the app's bookable products."""

    cal_product_id: int
    product_record_id: int
    product_name: str
    subtype: str
    resource_id: int


@contextmanager
def calendar_answers() -> Iterator[None]:
    """The calendar's refusals as the platform's: 404, 409 or 422 with the same sentence."""
    try:
        yield
    except CalendarError as exc:
        status = http_status(exc)
        if status == 404:
            raise NotFoundError(str(exc)) from exc
        if status == 409 or isinstance(exc, CalendarBusyError):
            raise ConflictError(str(exc)) from exc
        raise InvalidInputError([], str(exc)) from exc


def _bad(field: str, message: str) -> InvalidInputError:
    return InvalidInputError([FieldProblem(field, message)], message)


class AppBookings:
    """Slots, booking and cancelling for the apps of one store."""

    def __init__(self, store: Store, records: AppRecords, calendar: Calendar) -> None:
        self._store = store
        self._records = records
        self._calendar = calendar

    def offers(self, app_id: int, product: int | None, resource: int | None) -> list[Offer]:
        """The app's (product, resource) pairs matching the filters; 404 when there are none."""
        if product is None and resource is None:
            raise _bad(
                "product", "Name a bookable product (product=ID) or a resource (resource=ID)."
            )
        query = (
            select(
                CalProduct.id,
                CalProduct.record_id,
                CalProduct.name,
                CalProduct.subtype,
                resource_products.c.resource_id,
            )
            .join(resource_products, resource_products.c.product_id == CalProduct.id)
            .where(CalProduct.record_id.in_(app_record_ids(app_id)))
            .order_by(CalProduct.id, resource_products.c.resource_id)
        )
        if product is not None:
            query = query.where(CalProduct.record_id == product)
        if resource is not None:
            query = query.where(resource_products.c.resource_id == resource)
        with self._store.engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows:
            what = (
                f"bookable product #{product}" if product is not None else f"resource #{resource}"
            )
            if product is not None and resource is not None:
                what = f"resource #{resource} serving bookable product #{product}"
            raise NotFoundError(f"There is no {what} in this app.")
        return [Offer(r[0], int(r[1]), r[2], r[3], r[4]) for r in rows]

    def slots(
        self,
        app_id: int,
        *,
        product: int | None,
        resource: int | None,
        first: date,
        last: date,
        duration: int | None = None,
        zone: str | None = None,
    ) -> dict[str, Any]:
        """Free slots on the booker's dates first..last, grouped by day, in the booker's zone."""
        if last < first:
            raise _bad("to", "The range ends before it starts; give 'from' before 'to'.")
        if (last - first).days >= MAX_DAYS:
            raise _bad("to", f"Ask for at most {MAX_DAYS} days of slots at a time.")
        offers = self.offers(app_id, product, resource)
        chosen = offers[0]
        seen: set[int] = set()
        found: list[tuple[str, str, int]] = []
        with calendar_answers():
            viewer = check_zone(zone) if zone else None
            rules = self._calendar.resources.product_rules(chosen.cal_product_id)
            if duration is not None:
                rules = dataclasses.replace(rules, duration=duration)
            for offer in offers:
                if offer.resource_id in seen or offer.cal_product_id != chosen.cal_product_id:
                    continue
                seen.add(offer.resource_id)
                info = self._calendar.resources.find(offer.resource_id)
                viewer = viewer or info.zone
                days = self._calendar.slots(info, first, last, rules, viewer)
                found.extend(
                    (s.isoformat(), e.isoformat(), info.resource_id)
                    for items in days.values()
                    for s, e in items
                )
        grouped: dict[str, list[dict[str, Any]]] = {}
        for start, end, resource_id in sorted(found):
            grouped.setdefault(start[:10], []).append(
                {"start": start, "end": end, "resource_id": resource_id}
            )
        return {
            "product_id": chosen.product_record_id,
            "product": chosen.product_name,
            "resource_ids": sorted(seen),
            "duration": rules.duration,
            "zone": viewer,
            "from": first.isoformat(),
            "to": last.isoformat(),
            "days": [{"date": day, "slots": items} for day, items in grouped.items()],
        }

    def create(
        self, app_id: int, properties: Mapping[str, Any], *, name: str | None, status: str
    ) -> Record:
        """A booking record; when it names a slot (product_id of a bookable product and
        starts_at) the slot is booked through the calendar first, or nothing is created."""
        product_id, starts_at = properties.get("product_id"), properties.get("starts_at")
        if not (isinstance(product_id, str) and product_id.isdigit() and starts_at):
            return self._records.create(app_id, "booking", properties, name=name, status=status)
        try:
            offers = self.offers(app_id, int(product_id), None)
        except NotFoundError:
            # A product the calendar does not serve: the booking is only a record, as before.
            return self._records.create(app_id, "booking", properties, name=name, status=status)
        return self._book(app_id, offers, dict(properties), name, status)

    def _book(
        self, app_id: int, offers: list[Offer], props: dict[str, Any], name: str | None, status: str
    ) -> Record:
        seats = props.get("party_size") or 1
        if seats < 1:
            raise _bad("properties.party_size", "party_size is at least 1.")
        first = offers[0]
        self._records.workspace_id()  # resolved before the locked transaction
        made: list[Record] = []
        refusals: list[CalendarError] = []
        with calendar_answers():
            rules = self._calendar.resources.product_rules(first.cal_product_id, seats=seats)
            if props.get("duration_minutes"):
                rules = dataclasses.replace(rules, duration=int(props["duration_minutes"]))
            for offer in (o for o in offers if o.cal_product_id == first.cal_product_id):
                tz = ZoneInfo(self._calendar.resources.find(offer.resource_id).zone)
                try:
                    start = parse_start(str(props["starts_at"]), str(tz))
                except ValueError as exc:
                    raise _bad(
                        "properties.starts_at", "starts_at is an ISO 8601 date and time."
                    ) from exc

                def record(
                    session: Session, booking: BookingInfo, offer: Offer = offer, tz: ZoneInfo = tz
                ) -> None:
                    new = booked_properties(props, booking, offer, tz, rules.duration)
                    made.append(
                        self._records.create_in(
                            session, app_id, BOOKING, new, name=name, status=status
                        )
                    )

                try:
                    self._calendar.bookings.book(
                        offer.resource_id,
                        start,
                        rules,
                        customer_name=str(props.get("customer_name") or "")[:200],
                        customer_email=str(props.get("customer_email") or "")[:320],
                        product_id=offer.cal_product_id,
                        then=record,
                    )
                except SlotUnavailableError as exc:
                    refusals.append(exc)  # another resource of the product may have it free
                else:
                    return made[0]
            raise refusals[0]

    def cancel(self, app_id: int, record_id: int) -> Record:
        """Cancel a booking: its calendar seats are freed and `booking.cancelled` is sent."""
        props = self._properties(app_id, record_id)
        if props.get("status") == "cancelled":
            raise ConflictError(f"Booking #{record_id} is already cancelled.")
        calendar_id = props.get("calendar_booking_id")
        if isinstance(calendar_id, int):
            with calendar_answers():
                self._calendar.bookings.cancel(calendar_id)
        with self._store.session() as session:
            row = require_app_record(session, app_id, "booking", record_id)
            merged = copy.deepcopy(dict(row.properties or {}))
            merged["status"] = "cancelled"
            row.properties = merged
            session.flush()
            cancelled = to_record(row)
            emit(session, app_id, BOOKING, "cancelled", cancelled)
            return cancelled

    def delete(self, app_id: int, record_id: int) -> Record:
        """Delete a booking record; a calendar booking it holds is cancelled first."""
        props = self._properties(app_id, record_id)
        calendar_id = props.get("calendar_booking_id")
        if isinstance(calendar_id, int) and props.get("status") != "cancelled":
            with calendar_answers():
                if self._calendar.bookings.get(calendar_id).holds_seats:
                    self._calendar.bookings.cancel(calendar_id)
        return self._records.delete(app_id, "booking", record_id)

    def update(
        self,
        app_id: int,
        record_id: int,
        changes: Mapping[str, Any],
        *,
        name: str | None,
        status: str | None,
    ) -> Record:
        """A PATCH; on a calendar booking its status goes through the calendar's transitions
        and its slot cannot change (cancel it and book the new one)."""
        props = self._properties(app_id, record_id)
        calendar_id = props.get("calendar_booking_id")
        changes = dict(changes)
        if isinstance(calendar_id, int):
            moved = [f for f in SLOT_FIELDS if f in changes and changes[f] != props.get(f)]
            if moved:
                raise ConflictError(
                    f"Booking #{record_id} holds a calendar slot, so {', '.join(moved)} cannot "
                    f"change; cancel it (POST /api/v1/bookings/{record_id}/cancel) and book "
                    "the new slot."
                )
            wanted = changes.get("status")
            if wanted == "cancelled" and props.get("status") != "cancelled":
                self.cancel(app_id, record_id)
            elif isinstance(wanted, str) and wanted != props.get("status"):
                with calendar_answers():
                    self._calendar.bookings.set_status(calendar_id, wanted)
        return self._records.update(app_id, "booking", record_id, changes, name=name, status=status)

    def _properties(self, app_id: int, record_id: int) -> dict[str, Any]:
        with self._store.session() as session:
            row = require_app_record(session, app_id, "booking", record_id)
            return dict(row.properties or {})


def booked_properties(
    props: Mapping[str, Any], booking: BookingInfo, offer: Offer, tz: ZoneInfo, minutes: int
) -> dict[str, Any]:
    """The booking record's properties for a calendar booking (the times as booked)."""
    new = BOOKING.new_properties()
    new.update(copy.deepcopy(dict(props)))
    new.update(
        {
            "service": props.get("service") or offer.product_name,
            "subtype": props.get("subtype") or offer.subtype,
            "starts_at": booking.start.astimezone(tz).isoformat(),
            "ends_at": booking.end.astimezone(tz).isoformat(),
            "duration_minutes": minutes,
            "party_size": booking.seats,
            "status": "confirmed",
            # Set only here, never by a client (the write schemas refuse unknown properties).
            "resource_id": offer.resource_id,
            "calendar_booking_id": booking.booking_id,
        }
    )
    return new
