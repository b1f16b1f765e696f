"""The booking use cases in JSON shape, for `GET /api/v1/bookings/slots` and `/api/v1/bookings`.

Route handlers (the platform server) and the command line call these with plain values and
get JSON-ready dicts back; refusals are `CalendarError`s whose `http_status` says which answer
fits (404 unknown resource or booking, 409 slot not free, 422 bad input), with the sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from l4ydesk.core.calendar.model import (
    BookingInfo,
    BookingNotFoundError,
    CalendarError,
    ResourceNotFoundError,
    SlotUnavailableError,
    TransitionError,
)
from l4ydesk.core.calendar.service import Calendar, parse_start
from l4ydesk.core.calendar.slots import SlotRules

MAX_DAYS = 62


def http_status(exc: CalendarError) -> int:
    if isinstance(exc, ResourceNotFoundError | BookingNotFoundError):
        return 404
    if isinstance(exc, SlotUnavailableError | TransitionError):
        return 409
    return 422


def booking_json(booking: BookingInfo, zone: str) -> dict[str, Any]:
    tz = ZoneInfo(zone)
    return {
        "id": booking.booking_id,
        "resource_id": booking.resource_id,
        "start": booking.start.astimezone(tz).isoformat(),
        "end": booking.end.astimezone(tz).isoformat(),
        "status": booking.status,
        "payment": booking.payment,
        "seats": booking.seats,
        "name": booking.customer_name,
        "email": booking.customer_email,
        "series_id": booking.series_id,
        "checkout": booking.checkout_ref,
    }


def slots_json(
    calendar: Calendar,
    resource: str | int,
    first: date,
    last: date,
    duration: int,
    zone: str | None = None,
    step: int | None = None,
) -> list[dict[str, str]]:
    """Free slots as `{"start", "end"}` in ISO 8601 with their offset, in the booker's zone."""
    if last < first:
        raise CalendarError("The range ends before it starts; give the dates in order.")
    if (last - first).days >= MAX_DAYS:
        raise CalendarError(f"Ask for at most {MAX_DAYS} days of slots at a time.")
    if not 1 <= duration <= 24 * 60:
        raise CalendarError("The duration is in minutes, from 1 to 1440.")
    info = calendar.resources.find(resource)
    rules = SlotRules(duration=duration, step=step or min(duration, 15))
    days = calendar.slots(info, first, last, rules, zone)
    return [
        {"start": start.isoformat(), "end": end.isoformat()}
        for day in sorted(days)
        for start, end in days[day]
    ]


def create_booking(calendar: Calendar, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Book from a request body: resource, start, duration (minutes) and optionally name,
    email, seats, repeat (an RRULE), checkout. Returns the created bookings (one, or a series)."""
    try:
        resource = calendar.resources.find(body["resource"])
        start = parse_start(str(body["start"]), resource.zone)
        duration = int(body["duration"])
        seats = int(body.get("seats", 1))
    except KeyError as exc:
        raise CalendarError(f"A booking needs '{exc.args[0]}'.") from exc
    except (TypeError, ValueError) as exc:
        raise CalendarError(
            "'start' is an ISO 8601 date and time; 'duration' and 'seats' are whole numbers."
        ) from exc
    if not 1 <= duration <= 24 * 60 or seats < 1:
        raise CalendarError("The duration is 1 to 1440 minutes and seats at least 1.")
    rules = SlotRules(duration=duration, seats=seats)
    name, email = str(body.get("name", ""))[:200], str(body.get("email", ""))[:320]
    desk = calendar.bookings
    if body.get("repeat"):
        made = desk.book_recurring(
            resource.resource_id,
            start,
            str(body["repeat"]),
            rules,
            customer_name=name,
            customer_email=email,
        )
    else:
        checkout = body.get("checkout")
        made = [
            desk.book(
                resource.resource_id,
                start,
                rules,
                checkout_ref=str(checkout) if checkout else None,
                customer_name=name,
                customer_email=email,
            )
        ]
    return [booking_json(b, resource.zone) for b in made]


def cancel_booking(calendar: Calendar, booking_id: int) -> dict[str, Any]:
    booking = calendar.bookings.cancel(booking_id)
    zone = calendar.resources.find(booking.resource_id).zone
    return booking_json(booking, zone)


def parse_day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CalendarError(f"'{name}' is a date like 2027-03-22, not '{text}'.") from exc
