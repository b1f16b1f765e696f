"""Finds data sets in code (arrays of object literals) and says which record type they hold.

`const products = [{ name, price }]` holds products, `[{ title, date, venue }]` events (also
with a price: a dated item with a place, a capacity or a time is a ticketed occurrence),
`[{ subject, priority }]` tickets, `[{ name, email }]` contacts, `[{ id: "INV-1", amount }]`
invoices. The variable name and the keys decide; the values break ties (an email has an @, a
price has a currency sign). Navigation links, features and testimonials hold no records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import Evaluator, property_key, unwrap
from l4ydesk.core.analyzer.people import inside_people
from l4ydesk.core.analyzer.record_keys import (
    _lower_keys,
    canonical_key,
    find_price_key,
    get,
    text_of,
)
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import find_date, find_time, words

NON_RECORD_TOKENS = frozenset(
    {
        "posts",
        "post",
        "articles",
        "article",
        "news",
        "blog",
        "episodes",
        "stories",
        "changelog",
        "releases",
        "testimonials",
        "reviews",
        "faqs",
        "faq",
        "features",
        "links",
        "nav",
        "navigation",
        "steps",
        "stats",
        "team",
        "speakers",
        "authors",
        "logos",
        "partners",
        "socials",
        "social",
        "routes",
        "columns",
        "headers",
        "slides",
        "images",
        "photos",
        "notifications",
        "messages",
        "activity",
        "activities",
        "timeline",
        "chart",
        "data",
        "issues",
        "slots",
        "perks",
        "benefits",
    }
)


NAME_KEYS = ("name", "title", "productname", "planname", "label", "topic", "headline")


DATE_KEYS = (
    "date",
    "startdate",
    "startsat",
    "starts",
    "start",
    "datetime",
    "when",
    "eventdate",
    "startat",
    "startdatetime",
)


_INVOICE_STATUSES = frozenset(
    {
        "paid",
        "unpaid",
        "pending",
        "overdue",
        "draft",
        "sent",
        "void",
        "due",
        "open",
        "partially paid",
    }
)


MAX_ITEMS = 500  # a catalog bigger than this is data to import, not something to click through


INVOICE_NUMBER_KEYS = (
    "invoicenumber",
    "invoiceno",
    "invoice",
    "number",
    "id",
    "invoiceid",
    "reference",
    "ref",
)


INVOICE_NUMBER = re.compile(r"^(inv|invoice|bill)[-_#\s]?\w+", re.I)


@dataclass
class DataSet:
    """An array of object literals with the variable it is bound to."""

    var_name: str
    tokens: frozenset[str]
    items: list[dict[str, Any]]
    item_nodes: list[Node]
    decl: Node

    @property
    def keys(self) -> set[str]:
        found: set[str] = set()
        for item in self.items:
            found.update(item)
        return found


def find_datasets(src: SourceFile) -> list[DataSet]:
    evaluator = Evaluator(src)
    sets: list[DataSet] = []
    for decl in src.declarators:
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or value is None:
            continue
        if name_node.type == "array_pattern":
            # `const [rooms, setRooms] = useState<Room[]>([...])`: the sample rows an admin
            # page starts from are its records as much as a constant's
            state = _state_rows(name_node, value, src)
            if state is None:
                continue
            name_node, value = state
        elif name_node.type != "identifier":
            continue
        var_name = src.text(name_node)
        _collect(var_name, frozenset(words(var_name)), unwrap(value), decl, evaluator, src, sets, 0)
    return sets


def _state_rows(pattern: Node, value: Node, src: SourceFile) -> tuple[Node, Node] | None:
    """The state's name and its first value, when a `useState` starts from an array literal."""
    call = unwrap(value)
    if call.type != "call_expression":
        return None
    fn = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if fn is None or args is None or not src.text(fn).endswith("useState"):
        return None
    first = next((c for c in args.named_children if c.type != "comment"), None)
    name = next((c for c in pattern.named_children if c.type == "identifier"), None)
    if first is None or name is None or unwrap(first).type != "array":
        return None
    return name, first


_LANGUAGE = re.compile(r"^[a-z]{2}([-_][A-Za-z]{2})?$")
# how deep records may sit: `translations.es.rooms.items[]`, `hotels[].rooms[]`
_MAX_NESTING = 4


def _collect(
    var_name: str,
    tokens: frozenset[str],
    value: Any,
    decl: Node,
    evaluator: Evaluator,
    src: SourceFile,
    sets: list[DataSet],
    depth: int,
) -> None:
    """Data sets in a literal and in the arrays and objects nested in it.

    Records are often nested (rooms inside hotels, menu items inside categories, texts inside a
    translation table) or keyed by id (`{ "e1": {...}, "e2": {...} }`); each nesting is read as
    its own data set, named by its key.
    """
    if depth > _MAX_NESTING:
        return
    children: list[tuple[str, Any]] = []
    if value.type in ("array", "nested"):
        elements = [unwrap(c) for c in value.named_children if c.type != "comment"][:MAX_ITEMS]
        found = _dataset(var_name, tokens, elements, decl, evaluator)
        if found is not None:
            sets.append(found)
            if classify(found) is not None:
                return  # arrays inside records are their sizes, tiers or lines, not records
        objects = [e for e in elements if e.type == "object"]
        children = list(_nested_by_key(objects, src).items())
    elif value.type == "object":
        pairs = [
            (property_key(p, src), unwrap(v))
            for p in value.named_children
            if p.type == "pair" and (v := p.child_by_field_name("value")) is not None
        ]
        objects = [v for k, v in pairs if k is not None and v.type == "object"]
        if (
            len(objects) >= 2
            and len(objects) * 2 > len(pairs)
            and _alike(objects, src)
            and not _server_route(src.path)
        ):
            # keyed by id: the values are the records
            found = _dataset(var_name, tokens, objects, decl, evaluator)
            if found is not None and classify(found) is not None:
                sets.append(found)
                return
        if len(pairs) >= 2 and all(k is not None and _LANGUAGE.match(k) for k, _ in pairs):
            pairs = pairs[:1]  # a translation table: every language repeats the same records
        children = [(k, v) for k, v in pairs if k is not None and v.type in ("array", "object")]
    for key_name, nested in children:
        _collect(
            f"{var_name}.{key_name}",
            _tokens_for(key_name, tokens),
            nested,
            decl,
            evaluator,
            src,
            sets,
            depth + 1,
        )


class _Nested:
    """Array elements gathered from the same key of several records (a fake array node)."""

    type = "nested"

    def __init__(self, elements: list[Node]) -> None:
        self.named_children = elements


def _nested_by_key(objects: list[Node], src: SourceFile) -> dict[str, Any]:
    """`[{ rooms: [...] }, { rooms: [...] }]` -> {"rooms": every room}; nested objects too."""
    arrays: dict[str, list[Node]] = {}
    singles: dict[str, list[Node]] = {}
    for obj in objects:
        for pair in obj.named_children:
            if pair.type != "pair":
                continue
            key_name = property_key(pair, src)
            value = pair.child_by_field_name("value")
            if key_name is None or value is None:
                continue
            value = unwrap(value)
            if value.type == "array":
                arrays.setdefault(key_name, []).extend(
                    unwrap(c) for c in value.named_children if c.type != "comment"
                )
            elif value.type == "object":
                singles.setdefault(key_name, []).append(value)
    found: dict[str, Any] = {k: _Nested(v) for k, v in arrays.items()}
    for key_name, values in singles.items():
        if key_name not in found and len(values) * 2 > len(objects):
            found[key_name] = _Nested(values)
    return found


def _server_route(path: str) -> bool:
    """A route handler's lookup table prices what a page already shows; it is no catalog."""
    parts = path.split("/")
    return "api" in parts[:-1] or parts[-1].startswith("route.")


def _alike(objects: list[Node], src: SourceFile) -> bool:
    """Objects that share most of their keys: records of one kind, not a settings object."""
    key_sets = [
        {property_key(p, src) for p in o.named_children if p.type == "pair"} for o in objects
    ]
    common = set.intersection(*key_sets) if key_sets else set()
    return len(common) >= 2


def _tokens_for(key_name: str, parent: frozenset[str]) -> frozenset[str]:
    own = frozenset(words(key_name))
    return own | parent if not own or own <= _GENERIC_KEYS else own


_GENERIC_KEYS = frozenset({"items", "list", "data", "cards", "options", "entries", "values"})


def _dataset(
    var_name: str, tokens: frozenset[str], elements: list[Node], decl: Node, evaluator: Evaluator
) -> DataSet | None:
    items: list[dict[str, Any]] = []
    nodes: list[Node] = []
    for element in elements:
        if element.type != "object":
            continue
        value = _lower_keys(evaluator.evaluate(element))
        if isinstance(value, dict) and value:
            items.append(value)
            nodes.append(element)
    if not items or len(items) * 2 < len(elements):
        return None
    return DataSet(var_name, tokens, items, nodes, decl)


def single_objects(src: SourceFile) -> list[tuple[str, dict[str, Any], Node]]:
    """Module- or component-level `const x = { ... }` objects, for one-off invoices."""
    evaluator = Evaluator(src)
    found: list[tuple[str, dict[str, Any], Node]] = []
    for decl in src.declarators:
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or value is None or unwrap(value).type != "object":
            continue
        data = _lower_keys(evaluator.evaluate(value))
        if isinstance(data, dict):
            found.append((src.text(name_node), data, decl))
    return found


def classify(ds: DataSet) -> str | None:
    """Which record type the items of a data set are, if any."""
    keys = ds.keys
    tokens = ds.tokens
    price_key = find_price_key(keys, ds.items)
    has_name = any(k in keys for k in NAME_KEYS)
    if keys & {"password", "passwordhash", "hashedpassword"}:
        return None  # sign-in accounts (a mock user store) are no customers or records
    paid = tokens & _TRANSACTION_TOKENS or keys & _PURCHASE_KEYS
    if tokens & {"invoices", "invoice", "bills"} or (_looks_like_invoices(ds) and not paid):
        return "invoice"  # a payment history citing invoice numbers lists payments
    if (
        keys & {"priority", "severity"}
        and (keys & {"subject", "title", "summary"})
        and not price_key
    ):
        return "ticket"
    if tokens & {"bookings", "appointments", "reservations"} and keys & {
        "date",
        "time",
        "start",
        "startsat",
        "when",
        "checkin",
        "datetime",
        "slot",
    }:
        return "booking"
    if (
        "email" in keys
        and not price_key
        and not tokens & NON_RECORD_TOKENS - {"data"}
        and _has_person(ds)
        and not inside_people(ds.tokens, ds.keys)
    ):
        return "contact"
    if paid or keys & {"buyer", "seller", "timestamp", "txhash"}:
        return None  # what was bought or done, not what is on offer
    if any(k.startswith("event") and canonical_key(k) in ("title", "name") for k in keys) and not (
        keys & {"name", "title"} - {canonical_key(k) for k in keys if k.startswith("event")}
    ):
        return "event"  # `eventTitle` and nothing else to name it by: these are events
    if price_key and tokens & _VENUE_TOKENS and not tokens & {"rooms", "room", "packages"}:
        return None  # a hotel's "from" price advertises its rooms: the rooms are what is sold
    if price_key and has_name and not tokens & {"lineitems", "cart", "lines", "orders"}:
        # a priced item with a date and a place, a capacity or a time is a ticketed occurrence
        return "event" if _is_dated_occurrence(ds) else "product"
    if tokens & NON_RECORD_TOKENS or "readtime" in keys or "excerpt" in keys:
        return None
    if keys & {"email", "phone"}:
        return None  # people with a start date (staff, members) are no happenings
    if has_name and _dated_share(ds) >= 0.5:
        return "event"
    if has_name and not price_key and _is_timetable(ds):
        return "event"  # classes at set hours, somewhere, for so many people: sessions to attend
    return None


def _looks_like_invoices(ds: DataSet) -> bool:
    numbers = [text_of(get(i, *INVOICE_NUMBER_KEYS)) for i in ds.items]
    if sum(1 for n in numbers if n and INVOICE_NUMBER.match(n)) * 2 > len(ds.items):
        return True
    statuses = {str(get(i, "status") or "").lower() for i in ds.items}
    keys = ds.keys
    return bool(
        keys & {"amount", "total"}
        and statuses
        and statuses <= _INVOICE_STATUSES
        and keys & {"client", "customer", "billto", "duedate", "due"}
    )


def _has_person(ds: DataSet) -> bool:
    keys = ds.keys
    emails = [str(get(i, "email") or "") for i in ds.items]
    return sum(1 for e in emails if "@" in e) * 2 >= len(ds.items) and bool(
        keys & {"name", "fullname", "firstname", "contact", "contactname", "person"}
    )


EVENT_TOKENS = frozenset(
    {
        "events",
        "event",
        "concerts",
        "shows",
        "gigs",
        "workshops",
        "meetups",
        "webinars",
        "sessions",
        "performances",
        "screenings",
        "tours",
        "races",
        "fixtures",
        "matches",
        "conferences",
        "festivals",
        "runs",
        "dates",
        "upcoming",
        "lineup",
    }
)
# records of things that happened: sales, orders, payments, logs
_TRANSACTION_TOKENS = frozenset(
    {
        "activity",
        "activities",
        "transactions",
        "transaction",
        "history",
        "sales",
        "payments",
        "purchases",
        "orders",
        "logs",
        "recent",
    }
)
# what a customer already bought carries when and how much of it is used up: a purchase, not
# an offer (`purchaseDate`, `usedClasses`, `remainingSessions`)
_PURCHASE_KEYS = frozenset(
    {
        "purchasedate",
        "purchasedat",
        "purchased",
        "boughtat",
        "boughton",
        "orderedat",
        "paidat",
        "paidon",
        "usedclasses",
        "usedsessions",
        "remainingclasses",
        "remainingsessions",
        "classesused",
        "sessionsused",
        "classesleft",
        "sessionsleft",
    }
)
# sets named for goods stay goods, whatever dates they carry (a listing's `date` is when it was
# listed, its city is where the thing is, not where something happens)
_GOODS_TOKENS = frozenset(
    {
        "products",
        "product",
        "listings",
        "properties",
        "homes",
        "houses",
        "apartments",
        "cars",
        "vehicles",
        "inventory",
        "catalog",
        "catalogue",
    }
)
# keys that only an occurrence has: where it happens, how many fit, when it ends or opens
_OCCURRENCE_KEYS = frozenset(
    {
        "location",
        "venue",
        "place",
        "where",
        "capacity",
        "seats",
        "spots",
        "maxattendees",
        "spotsleft",
        "seatsleft",
        "spotstaken",
        "seatstaken",
        "ticketsleft",
        "ticketsavailable",
        "availabletickets",
        "attendees",
        "registered",
        "time",
        "starttime",
        "endtime",
        "endsat",
        "endat",
        "enddate",
        "end",
        "doors",
        "doorsopen",
    }
)


def _is_dated_occurrence(ds: DataSet) -> bool:
    """Items that happen on a calendar day, somewhere or for so many people: events.

    A date alone is not enough (a catalog can carry a `date` added); the date must come with a
    place, a capacity, a time or an end, or the data set must be named for occurrences. Keys
    that say so (`eventTitle`, `eventDate`) make a listing of events one, whatever its name.
    """
    event_keyed = any(k.startswith("event") and canonical_key(k) for k in ds.keys)
    if (ds.tokens & _GOODS_TOKENS and not event_keyed) or _dated_share(ds) < 0.5:
        return False
    if event_keyed:
        return True
    return bool(ds.keys & _OCCURRENCE_KEYS) or bool(ds.tokens & EVENT_TOKENS)


_VENUE_TOKENS = frozenset(
    {
        "hotels",
        "resorts",
        "accommodations",
        "lodgings",
        "stays",
        "venues",
        "destinations",
        "hoteles",
        "hoteis",
        "alberghi",
        "unterkuenfte",
    }
)
_SEATS = frozenset({"capacity", "seats", "spots", "maxattendees", "spotsleft", "seatsleft"})
_START_KEYS = ("time", "starttime", "start", "hour", "hora", "heure", "uhrzeit")
_END_KEYS = frozenset({"endtime", "endsat", "endat", "end", "duration"})
_PLACE_OR_HOST = frozenset(
    {"location", "venue", "place", "room", "instructor", "teacher", "host", "trainer", "coach"}
)


def _is_timetable(ds: DataSet) -> bool:
    """A schedule of sessions: each starts at an hour, ends, happens somewhere or with someone,
    and takes so many people (yoga classes, workshops), even with no calendar day."""
    keys = ds.keys
    if not (keys & _SEATS and keys & _END_KEYS and keys & _PLACE_OR_HOST):
        return False
    timed = sum(1 for item in ds.items if find_time(text_of(get(item, *_START_KEYS)) or ""))
    return timed / len(ds.items) >= 0.5


def _dated_share(ds: DataSet) -> float:
    dated = 0
    for item in ds.items:
        value = get(item, *DATE_KEYS)
        text = text_of(value)
        if text and find_date(text):
            dated += 1
    return dated / len(ds.items)
