"""The availability and booking routes: free slots, and cancelling a booking.

Creating a booking stays `POST /api/v1/bookings` (routes.py), which books through the calendar
when the body names a slot. No `from __future__ import annotations`: FastAPI reads the handlers'
annotations.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from l4ydesk.core.calendar.api import parse_day
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.platform.app_bookings import calendar_answers
from l4ydesk.core.platform.app_records import record_json
from l4ydesk.core.platform.keys import KeyInfo
from l4ydesk.server.auth import platform_of, require
from l4ydesk.server.routes import ERRORS, SLOT_CONFLICT, RecordId, _check_app_filter
from l4ydesk.server.schemas import SCHEMAS

AVAILABILITY = "/api/v1/bookings/availability"
SLOTS = "/api/v1/bookings/slots"
CANCEL = "/api/v1/bookings/{id}/cancel"


class Slot(BaseModel):
    start: str
    end: str
    resource_id: int


class SlotDay(BaseModel):
    date: str
    slots: list[Slot]


class Availability(BaseModel):
    product_id: int
    product: str
    resource_ids: list[int]
    duration: int
    zone: str
    from_: str = Field(alias="from")
    to: str
    days: list[SlotDay]


DayText = Annotated[str, Query(min_length=1, max_length=40, description="a date, 2027-03-22")]


def add_booking_routes(router: APIRouter) -> None:
    read = Depends(require("bookings", "read"))
    write = Depends(require("bookings", "write"))
    summaries = {(r.method, r.path): r.summary for r in ONTOLOGY.get("booking").routes}

    def availability(
        request: Request,
        from_: Annotated[str, Query(alias="from", min_length=1, max_length=40)],
        to: DayText,
        key: KeyInfo = read,
        product: Annotated[
            int | None, Query(ge=1, le=2**62, description="a bookable product's record id")
        ] = None,
        resource: Annotated[
            int | None, Query(ge=1, le=2**62, description="a calendar resource's id")
        ] = None,
        duration: Annotated[
            int | None, Query(ge=1, le=1440, description="minutes; default: the product's")
        ] = None,
        tz: Annotated[
            str | None, Query(max_length=64, description="the booker's IANA zone")
        ] = None,
        app: Annotated[str | None, Query(max_length=200, description="the key's app")] = None,
    ) -> JSONResponse:
        _check_app_filter(request, key, app)
        with calendar_answers():
            first, last = parse_day(from_, "from"), parse_day(to, "to")
        found = platform_of(request).bookings.slots(
            key.app_id,
            product=product,
            resource=resource,
            first=first,
            last=last,
            duration=duration,
            zone=tz,
        )
        return JSONResponse(found)

    def cancel(request: Request, id: RecordId, key: KeyInfo = write) -> JSONResponse:
        return JSONResponse(record_json(platform_of(request).bookings.cancel(key.app_id, id)))

    for path, name in ((AVAILABILITY, "availability"), (SLOTS, "slots")):
        router.add_api_route(
            path,
            availability,
            methods=["GET"],
            summary=summaries.get(("GET", AVAILABILITY), "Free slots"),
            description=(
                "Free slots of a bookable product (or one resource) on the dates from..to, "
                "grouped by day, each start and end in ISO 8601 with its UTC offset in the "
                "booker's zone (tz, default the resource's)."
                + ("" if path == AVAILABILITY else f" The same as {AVAILABILITY}.")
            ),
            tags=["bookings"],
            response_model=Availability,
            responses=ERRORS,
            operation_id=f"bookings_{name}",
        )
    router.add_api_route(
        CANCEL,
        cancel,
        methods=["POST"],
        summary="Cancel a booking",
        description="Frees its calendar seats and sends booking.cancelled.",
        tags=["bookings"],
        response_model=SCHEMAS["booking"].out,
        responses={**ERRORS, **SLOT_CONFLICT},
        operation_id="cancel_booking",
    )
