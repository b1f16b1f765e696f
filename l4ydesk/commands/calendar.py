"""`l4ydesk calendar ...`: resources, slots, bookings and ICS files, headless.

Exit codes: 0 done, 1 refused with a sentence, 3 the slot is taken or not available.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l4ydesk.core.ontology import BOOKABLE_SUBTYPES

if TYPE_CHECKING:
    from l4ydesk.core.calendar.service import Calendar

SLOT_UNAVAILABLE = 3


def register(verbs: Any) -> None:
    calendar = verbs.add_parser("calendar", help="bookable resources, free slots and bookings")
    calendar.set_defaults(handler=run)
    actions = calendar.add_subparsers(dest="action", required=True)

    resource = actions.add_parser("resource", help="add or list bookable resources")
    resource_actions = resource.add_subparsers(dest="resource_action", required=True)
    add = resource_actions.add_parser("add", help="add a person, room or piece of equipment")
    add.add_argument("name")
    add.add_argument("--tz", required=True, help="IANA time zone, e.g. Europe/Berlin")
    add.add_argument("--hours", required=True, help='e.g. "mon-fri 09:00-12:00,13:00-17:00"')
    add.add_argument("--capacity", type=int, default=1, help="seats (default 1)")
    add.add_argument("--kind", choices=["person", "room", "equipment"], default="person")
    listing = resource_actions.add_parser("list", help="list the resources")
    listing.add_argument("--json", action="store_true")

    product = actions.add_parser(
        "product", help="a bookable product the resource serves (the API offers its slots)"
    )
    product.add_argument("name", help="the resource")
    product.add_argument("product", help="the bookable product's name")
    product.add_argument("--subtype", choices=BOOKABLE_SUBTYPES, default="appointment")
    product.add_argument("--duration", type=int, default=60, help="minutes (default 60)")
    product.add_argument("--step", type=int, default=15, help="minutes between starts")
    product.add_argument(
        "--record", type=int, default=None, help="the app's product record it stands for"
    )

    slots = actions.add_parser("slots", help="free slots of a resource")
    slots.add_argument("name")
    slots.add_argument("--from", dest="first", type=date.fromisoformat, required=True)
    slots.add_argument("--to", dest="last", type=date.fromisoformat, required=True)
    slots.add_argument("--duration", type=int, required=True, help="minutes")
    slots.add_argument("--step", type=int, default=None, help="minutes between starts")
    slots.add_argument("--tz", default=None, help="the booker's time zone")
    slots.add_argument("--json", action="store_true")

    book = actions.add_parser("book", help="book a slot (exit 3 when it is not free)")
    book.add_argument("name")
    book.add_argument("start", help="ISO 8601; without an offset it is the resource's time")
    book.add_argument("--duration", type=int, required=True, help="minutes")
    book.add_argument("--name", dest="customer", default="")
    book.add_argument("--email", default="")
    book.add_argument("--seats", type=int, default=1)
    book.add_argument("--repeat", default=None, help='an RRULE, e.g. "FREQ=WEEKLY;COUNT=6"')

    bookings = actions.add_parser("bookings", help="list a resource's bookings")
    bookings.add_argument("name")
    bookings.add_argument("--from", dest="first", type=date.fromisoformat, required=True)
    bookings.add_argument("--to", dest="last", type=date.fromisoformat, required=True)
    bookings.add_argument("--json", action="store_true")
    cancel = actions.add_parser("cancel", help="cancel a booking")
    cancel.add_argument("booking", type=int)

    imp = actions.add_parser("import", help="import busy times and blocks from an .ics file")
    imp.add_argument("name")
    imp.add_argument("file", type=Path)
    imp.add_argument("--as", dest="kind", choices=["block", "busy"], default="busy")
    exp = actions.add_parser("export", help="export bookings and blocks to an .ics file")
    exp.add_argument("name")
    exp.add_argument("file", type=Path)


def run(args: argparse.Namespace, services: Any) -> int:
    from l4ydesk.core.calendar.model import SlotUnavailableError

    calendar: Calendar = services.calendar
    try:
        return _ACTIONS[args.action](args, calendar)
    except SlotUnavailableError as exc:
        print(f"l4ydesk: {exc}", file=sys.stderr)
        return SLOT_UNAVAILABLE


def _resource(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.hours_spec import format_hours, parse_hours

    if args.resource_action == "add":
        info = calendar.resources.add(
            args.name, args.tz, parse_hours(args.hours), args.capacity, args.kind
        )
        seats = f"{info.capacity} seat{'' if info.capacity == 1 else 's'}"
        print(f"Added {info.name} ({info.zone}, {seats}): {format_hours(info.weekly)}.")
        return 0
    resources = calendar.resources.list_resources()
    if args.json:
        print(json.dumps([_resource_json(r) for r in resources], indent=2))
    elif not resources:
        print(
            "No resources yet. Add one with: "
            "l4ydesk calendar resource add NAME --tz ZONE --hours HOURS"
        )
    for info in [] if args.json else resources:
        print(f"{info.name}\t{info.zone}\t{info.capacity}\t{format_hours(info.weekly)}")
    return 0


def _product(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.model import CalendarError

    resource = calendar.resources.find(args.name)
    if not 1 <= args.duration <= 24 * 60 or not 1 <= args.step <= 24 * 60:
        raise CalendarError("The duration and step are minutes, from 1 to 1440.")
    product_id = calendar.resources.add_product(
        resource.resource_id,
        args.product,
        args.subtype,
        duration_min=args.duration,
        slot_step_min=args.step,
        record_id=args.record,
    )
    linked = f", for product record #{args.record}" if args.record else ""
    print(f"{resource.name} serves {args.product} (bookable product {product_id}{linked}).")
    return 0


def _slots(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.api import slots_json
    from l4ydesk.core.calendar.model import CalendarError
    from l4ydesk.core.calendar.slots import SlotRules

    if args.last < args.first:
        raise CalendarError("--to is before --from; give the range in order.")
    if args.json:
        found = slots_json(
            calendar, args.name, args.first, args.last, args.duration, args.tz, args.step
        )
        print(json.dumps(found, indent=2))
        return 0
    resource = calendar.resources.find(args.name)
    rules = SlotRules(duration=args.duration, step=args.step or min(args.duration, 15))
    days = calendar.slots(resource, args.first, args.last, rules, args.tz)
    if not days:
        print(f"No free {args.duration}-minute slots for {resource.name} in that range.")
    for day in sorted(days):
        times = " ".join(s.strftime("%H:%M") for s, _ in days[day])
        print(f"{day.isoformat()} {day.strftime('%a')}  {times}")
    return 0


def _book(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.model import CalendarError
    from l4ydesk.core.calendar.service import parse_start
    from l4ydesk.core.calendar.slots import SlotRules

    resource = calendar.resources.find(args.name)
    try:
        start = parse_start(args.start, resource.zone)
    except ValueError as exc:
        raise CalendarError(
            f"'{args.start}' is not an ISO 8601 date and time, e.g. 2026-03-23T10:00."
        ) from exc
    rules = SlotRules(duration=args.duration, seats=args.seats)
    people = {"customer_name": args.customer, "customer_email": args.email}
    if args.repeat:
        made = calendar.bookings.book_recurring(
            resource.resource_id, start, args.repeat, rules, **people
        )
    else:
        made = [calendar.bookings.book(resource.resource_id, start, rules, **people)]
    for booking in made:
        local = booking.start.astimezone(start.tzinfo)
        print(
            f"Booked {resource.name} at {local.isoformat()} for {args.duration} minutes "
            f"(booking {booking.booking_id})."
        )
    return 0


def _bookings(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.api import booking_json
    from l4ydesk.core.calendar.resources import day_window

    resource = calendar.resources.find(args.name)
    start, end = day_window(args.first, args.last, resource.zone)
    found = calendar.bookings.between(resource.resource_id, start, end)
    if args.json:
        print(json.dumps([booking_json(b, resource.zone) for b in found], indent=2))
        return 0
    for booking in found:
        item = booking_json(booking, resource.zone)
        print(f"{item['id']}\t{item['start']}\t{item['end']}\t{item['status']}\t{item['name']}")
    return 0


def _cancel(args: argparse.Namespace, calendar: Calendar) -> int:
    booking = calendar.bookings.cancel(args.booking)
    print(f"Cancelled booking {booking.booking_id}.")
    return 0


def _import(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.ics import import_ics

    resource = calendar.resources.find(args.name)
    report = import_ics(calendar, resource, args.file, args.kind)
    print(report.summary())
    return 0


def _export(args: argparse.Namespace, calendar: Calendar) -> int:
    from l4ydesk.core.calendar.ics import export_ics

    resource = calendar.resources.find(args.name)
    count = export_ics(calendar, resource, args.file)
    print(f"Exported {count} events of {resource.name} to {args.file}.")
    return 0


def _resource_json(info: Any) -> dict[str, object]:
    from l4ydesk.core.calendar.hours_spec import format_hours

    return {
        "id": info.resource_id,
        "name": info.name,
        "kind": info.kind,
        "timezone": info.zone,
        "capacity": info.capacity,
        "hours": format_hours(info.weekly),
    }


_ACTIONS = {
    "resource": _resource,
    "product": _product,
    "slots": _slots,
    "book": _book,
    "bookings": _bookings,
    "cancel": _cancel,
    "import": _import,
    "export": _export,
}
