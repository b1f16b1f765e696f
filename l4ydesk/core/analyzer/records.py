"""Detects records kept as data in code: `const products = [{ name, price }, ...]` and friends.

An array of object literals is classified by its variable name and its keys (a `price` makes a
product, a `date` an event, `priority` a ticket, an email a contact, an `INV-` number an invoice),
then every item becomes one detection with its own evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import Evaluator, Unresolved, property_key, unwrap
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import (
    find_date,
    find_price,
    find_time,
    is_weekday,
    price_value,
    to_int,
    words,
)
from l4ydesk.core.ontology import BookableSubtype, infer_bookable_subtype, money

_NON_RECORD_TOKENS = frozenset(
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
_PRICE_KEYS = (
    "price",
    "monthlyprice",
    "pricemonthly",
    "priceperday",
    "pricepernight",
    "priceperhour",
    "dailyrate",
    "hourlyrate",
    "nightlyrate",
    "weeklyrate",
    "dayrate",
    "rate",
    "cost",
    "fee",
    "amount",
    "unitprice",
    "yearlyprice",
)
_NAME_KEYS = ("name", "title", "productname", "planname", "label", "topic", "headline")
_DATE_KEYS = (
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
_LOCATION_KEYS = ("location", "venue", "place", "address", "city", "where")
_CAPACITY_KEYS = (
    "capacity",
    "seats",
    "spots",
    "places",
    "maxattendees",
    "limit",
    "spotsleft",
    "seatsleft",
    "totalseats",
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
_INVOICE_NUMBER_KEYS = (
    "invoicenumber",
    "invoiceno",
    "invoice",
    "number",
    "id",
    "invoiceid",
    "reference",
    "ref",
)
_INVOICE_NUMBER = re.compile(r"^(inv|invoice|bill)[-_#\s]?\w+", re.I)


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
        if name_node is None or value is None or name_node.type != "identifier":
            continue
        var_name = src.text(name_node)
        value = unwrap(value)
        if value.type == "array":
            found = _dataset(var_name, frozenset(words(var_name)), value, decl, evaluator)
            if found is not None:
                sets.append(found)
        elif value.type == "object":
            sets.extend(_grouped(var_name, value, decl, evaluator, src))
    return sets


def _dataset(
    var_name: str, tokens: frozenset[str], array: Node, decl: Node, evaluator: Evaluator
) -> DataSet | None:
    items: list[dict[str, Any]] = []
    nodes: list[Node] = []
    elements = [c for c in array.named_children if c.type != "comment"][:MAX_ITEMS]
    for element in elements:
        element = unwrap(element)
        if element.type != "object":
            continue
        value = _lower_keys(evaluator.evaluate(element))
        if isinstance(value, dict) and value:
            items.append(value)
            nodes.append(element)
    if not items or len(items) * 2 < len(elements):
        return None
    return DataSet(var_name, tokens, items, nodes, decl)


def _grouped(
    var_name: str, obj: Node, decl: Node, evaluator: Evaluator, src: SourceFile
) -> list[DataSet]:
    """`const menu = { Starters: [...], Mains: [...] }` -> one data set per group."""
    sets: list[DataSet] = []
    tokens = frozenset(words(var_name))
    for pair in obj.named_children:
        if pair.type != "pair":
            continue
        value = pair.child_by_field_name("value")
        group = property_key(pair, src)
        if value is None or group is None or unwrap(value).type != "array":
            continue
        found = _dataset(f"{var_name}.{group}", tokens, unwrap(value), decl, evaluator)
        if found is not None:
            sets.append(found)
    return sets


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


def _lower_keys(value: Any, depth: int = 0) -> Any:
    """Keys in lower case, so lookups ignore `unitPrice` vs `unitprice` once, not per call."""
    if depth > 8:
        return value
    if isinstance(value, dict):
        return {str(k).lower(): _lower_keys(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v, depth + 1) for v in value]
    return value


# --- classification ----------------------------------------------------------------------


def _get(item: dict[str, Any], *names: str) -> Any:
    """The first present value among `names`; items have lower-case keys (`_lower_keys`)."""
    for name in names:
        value = item.get(name)
        if value is not None and not isinstance(value, Unresolved) and value != "":
            return value
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Unresolved):
        return value.text
    return None


def _price_key(keys: set[str], items: list[dict[str, Any]] | None = None) -> str | None:
    for candidate in _PRICE_KEYS:
        if candidate in keys:
            return candidate
    for k in sorted(keys):
        if ("price" in k and not any(w in k for w in ("compare", "original", "old", "was"))) or (
            k.endswith(("rate", "cost")) and "tax" not in k
        ):
            return k
    # `from: "$6,000"`: a key whose values are written as prices is a price, whatever its name
    for k in sorted(keys):
        values = [_get(i, k) for i in items or []]
        texts = [v for v in values if isinstance(v, str)]
        if texts and len(texts) * 2 > len(items or []) and all(find_price(t) for t in texts):
            return k
    return None


def classify(ds: DataSet) -> str | None:
    """Which record type the items of a data set are, if any."""
    keys = ds.keys
    tokens = ds.tokens
    price_key = _price_key(keys, ds.items)
    has_name = any(k in keys for k in _NAME_KEYS)
    if tokens & {"invoices", "invoice", "bills"} or _looks_like_invoices(ds):
        return "invoice"
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
    }:
        return "booking"
    if (
        "email" in keys
        and not price_key
        and not tokens & _NON_RECORD_TOKENS - {"data"}
        and _has_person(ds)
    ):
        return "contact"
    if price_key and has_name and not tokens & {"lineitems", "cart", "lines", "orders"}:
        return "product"
    if tokens & _NON_RECORD_TOKENS or "readtime" in keys or "excerpt" in keys:
        return None
    if has_name and _dated_share(ds) >= 0.5:
        return "event"
    return None


def _looks_like_invoices(ds: DataSet) -> bool:
    numbers = [_text(_get(i, *_INVOICE_NUMBER_KEYS)) for i in ds.items]
    if sum(1 for n in numbers if n and _INVOICE_NUMBER.match(n)) * 2 > len(ds.items):
        return True
    statuses = {str(_get(i, "status") or "").lower() for i in ds.items}
    keys = ds.keys
    return bool(
        keys & {"amount", "total"}
        and statuses
        and statuses <= _INVOICE_STATUSES
        and keys & {"client", "customer", "billto", "duedate", "due"}
    )


def _has_person(ds: DataSet) -> bool:
    keys = ds.keys
    emails = [str(_get(i, "email") or "") for i in ds.items]
    return sum(1 for e in emails if "@" in e) * 2 >= len(ds.items) and bool(
        keys & {"name", "fullname", "firstname", "contact", "contactname", "person"}
    )


def _dated_share(ds: DataSet) -> float:
    dated = 0
    for item in ds.items:
        value = _get(item, *_DATE_KEYS)
        text = _text(value)
        if text and find_date(text):
            dated += 1
    return dated / len(ds.items)


# --- detections per type -----------------------------------------------------------------


def detect_records(
    src: SourceFile, datasets: Iterable[DataSet], file_words: frozenset[str]
) -> list[Detection]:
    detections: list[Detection] = []
    for ds in datasets:
        kind = classify(ds)
        if kind is None:
            continue
        component = src.component_of(ds.decl).name
        builder = _BUILDERS[kind]
        context = _subtype_context(ds, file_words) if kind == "product" else None
        for item, node in zip(ds.items, ds.item_nodes, strict=True):
            built = builder(item, ds, context)
            if built is None:
                continue
            name, fields, confidence = built
            detections.append(
                Detection(
                    kind,
                    name,
                    fields,
                    confidence,
                    (src.evidence(node),),
                    f"{src.path}:{component}",
                )
            )
    return detections


Built = tuple[str, dict[str, Any], float] | None


def _product(item: dict[str, Any], ds: DataSet, subtype: BookableSubtype | None) -> Built:
    name = _text(_get(item, *_NAME_KEYS))
    price_key = _price_key(set(item), [item])
    if not name or price_key is None:
        return None
    raw = _get(item, price_key)
    price = price_value(raw)
    fields: dict[str, Any] = {"name": name, "source": "data"}
    if price is not None:
        fields["price"] = price.amount
        if price.currency:
            fields["currency"] = price.currency
        if price.interval:
            fields["interval"] = price.interval
    currency = _text(_get(item, "currency"))
    if currency and len(currency) == 3:
        fields["currency"] = currency.upper()
    interval = _interval_from_key(price_key)
    if interval and "interval" not in fields:
        fields["interval"] = interval
    description = _text(_get(item, "description", "desc", "summary"))
    if description:
        fields["description"] = description
    image = _text(_get(item, "image", "imageurl", "img", "src", "thumbnail", "photo", "picture"))
    if image:
        fields["image"] = image
    variants = _variants(item)
    if variants:
        fields["variants"] = variants
    sku = _text(_get(item, "sku"))
    if sku:
        fields["sku"] = sku
    duration = to_int(_get(item, "durationminutes", "duration", "minutes", "length"))
    if duration:
        fields["duration_minutes"] = duration
    capacity = to_int(_get(item, *_CAPACITY_KEYS))
    if capacity:
        fields["capacity"] = capacity
    item_subtype = subtype
    if subtype is not None:
        item_subtype = infer_bookable_subtype(name) if subtype == "rental" else subtype
        fields["bookable"] = True
        fields["bookable_subtype"] = item_subtype or subtype
    confidence = 0.8 + (0.15 if ds.tokens & _PRODUCT_TOKENS else 0.0) + (0.04 if image else 0.0)
    return name, fields, min(confidence, 0.99)


_PRODUCT_TOKENS = frozenset(
    {
        "products",
        "product",
        "items",
        "catalog",
        "menu",
        "dishes",
        "plans",
        "tiers",
        "pricing",
        "services",
        "rooms",
        "gear",
        "equipment",
        "classes",
        "packages",
        "courses",
        "rentals",
        "collection",
        "inventory",
        "shop",
        "store",
    }
)


def _interval_from_key(key: str) -> str | None:
    for marker, interval in (
        ("month", "month"),
        ("year", "year"),
        ("daily", "day"),
        ("perday", "day"),
        ("hour", "hour"),
        ("night", "day"),
        ("week", "week"),
    ):
        if marker in key:
            return interval
    return None


def _variants(item: dict[str, Any]) -> list[Any]:
    found: list[Any] = []
    for key_name in ("variants", "options", "sizes", "colors", "colours", "flavors"):
        value = _get(item, key_name)
        if isinstance(value, list):
            for v in value:
                if isinstance(v, str | int | float):
                    found.append({"option": key_name.rstrip("s"), "value": str(v)})
                elif isinstance(v, dict):
                    found.append({str(k): _text(x) for k, x in v.items()})
    return found


def _subtype_context(ds: DataSet, file_words: frozenset[str]) -> BookableSubtype | None:
    """Whether the products of a data set are bookable, and as what."""
    tokens, keys = ds.tokens, ds.keys
    names = " ".join(_text(_get(i, *_NAME_KEYS)) or "" for i in ds.items)
    categories = " ".join(_text(_get(i, "category", "type")) or "" for i in ds.items)
    if tokens & {"tiers", "tickets", "passes", "admissions"} and file_words & {
        "ticket",
        "tickets",
        "conference",
        "festival",
        "event",
    }:
        return "event_seat"
    weekday = any(is_weekday(str(_get(i, "day", "weekday") or "")) for i in ds.items)
    if tokens & {"classes", "lessons", "courses", "workshops"} or (weekday and "time" in keys):
        return "class"
    if tokens & {"rooms", "spaces", "desks", "venues", "halls"} or (
        "hourlyrate" in keys and keys & {"seats", "capacity"}
    ):
        return "room"
    if tokens & {"gear", "equipment", "kit", "cameras", "tools", "lenses"}:
        return "equipment"
    if tokens & {"rentals", "bikes", "boats", "cars", "kayaks"} or keys & {
        "dailyrate",
        "deposit",
        "perday",
        "priceperday",
        "pricepernight",
        "nightlyrate",
    }:
        guess = infer_bookable_subtype(categories, names)
        return guess if guess in ("equipment", "room") else "rental"
    if keys & {"duration", "durationminutes", "minutes"} or tokens & {"services", "treatments"}:
        guess = infer_bookable_subtype(names)
        return guess if guess in ("class", "room", "service") else "appointment"
    # no structural cue: most item names saying "room" or "lesson" still make them bookable
    guesses = [infer_bookable_subtype(_text(_get(i, *_NAME_KEYS))) for i in ds.items]
    common = max(set(guesses), key=guesses.count) if guesses else None
    if common in ("room", "class", "equipment", "rental") and guesses.count(common) * 2 > len(
        guesses
    ):
        return common
    return None


def _event(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    title = _text(_get(item, "title", "name", "eventname", "topic", "headline"))
    raw_date = _text(_get(item, *_DATE_KEYS))
    if not title or not raw_date:
        return None
    fields: dict[str, Any] = {"title": title, "source": "data"}
    iso = find_date(raw_date)
    if iso:
        fields["date"] = iso
    time = _text(_get(item, "time", "starttime")) or None
    parsed_time = find_time(time or raw_date[10:] if len(raw_date) > 10 else time or "")
    if parsed_time:
        fields["time"] = parsed_time
    location = _text(_get(item, *_LOCATION_KEYS))
    if location:
        fields["location"] = location
    capacity = to_int(_get(item, *_CAPACITY_KEYS))
    if capacity:
        fields["capacity"] = capacity
    price = price_value(_get(item, "price", "ticketprice", "cost", "fee"))
    if price is not None:
        fields["price"] = price.amount
        if price.currency:
            fields["currency"] = price.currency
    confidence = (
        0.75
        + (0.1 if location else 0)
        + (0.05 if capacity else 0)
        + (0.05 if ds.tokens & {"events", "concerts", "shows", "workshops", "meetups"} else 0)
    )
    return title, fields, confidence


def _invoice(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    number = _text(_get(item, *_INVOICE_NUMBER_KEYS))
    if not number:
        return None
    fields: dict[str, Any] = {"number": number, "source": "data"}
    customer = _get(item, "client", "customer", "billto", "company", "clientname", "customername")
    if isinstance(customer, dict):
        customer = _get(customer, "name", "company")
    if _text(customer):
        fields["customer"] = _text(customer)
    email = _text(_get(item, "email", "customeremail", "clientemail"))
    if email:
        fields["customer_email"] = email
    total = price_value(_get(item, "total", "amount", "amountdue"))
    if total is not None:
        fields["total"] = total.amount
        if total.currency:
            fields["currency"] = total.currency
    status = _text(_get(item, "status"))
    if status:
        fields["status"] = status.lower()
    issued = _text(_get(item, "issuedat", "issued", "issuedate", "date", "createdat"))
    if issued and find_date(issued):
        fields["issue_date"] = find_date(issued)
    due = _text(_get(item, "duedate", "due", "dueat"))
    if due and find_date(due):
        fields["due_date"] = find_date(due)
    return number, fields, 0.9


def invoice_from_object(var_name: str, data: dict[str, Any]) -> Built:
    """A one-off invoice document: `const invoice = { number, billTo, items: [...] }`."""
    tokens = set(words(var_name))
    items = _get(data, "items", "lineitems", "lines")
    if not tokens & {"invoice", "bill"} or not isinstance(items, list):
        return None
    line_items: list[dict[str, Any]] = []
    subtotal = 0.0
    for line in items:
        if not isinstance(line, dict):
            continue
        quantity = _get(line, "quantity", "qty", "hours")
        rate = _get(line, "rate", "unitprice", "price", "amount")
        description = _text(_get(line, "description", "name", "item", "title"))
        quantity_n = quantity if isinstance(quantity, int | float) else 1
        if isinstance(rate, int | float) and not isinstance(rate, bool):
            subtotal += quantity_n * rate
        line_items.append(
            {
                "description": description,
                "quantity": quantity_n,
                "unit_price": money(rate) if isinstance(rate, int | float) else None,
            }
        )
    number = _text(_get(data, "number", "invoicenumber", "id"))
    fields: dict[str, Any] = {"number": number, "line_items": line_items, "source": "data"}
    if line_items:
        fields["subtotal"] = money(subtotal)
        tax_value = _get(data, "taxrate", "tax", "vat", "vatrate")
        tax = 0.0
        if isinstance(tax_value, int | float) and not isinstance(tax_value, bool):
            tax = subtotal * tax_value if tax_value < 1 else float(tax_value)
            fields["tax"] = money(tax)
        fields["total"] = money(subtotal + tax)
    customer = _get(data, "billto", "client", "customer", "to")
    if isinstance(customer, dict):
        fields["customer"] = _text(_get(customer, "name", "company"))
        email = _text(_get(customer, "email"))
        if email:
            fields["customer_email"] = email
    elif _text(customer):
        fields["customer"] = _text(customer)
    currency = _text(_get(data, "currency"))
    if currency and len(currency) == 3:
        fields["currency"] = currency.upper()
    for key_names, target in (
        (("issued", "issuedate", "date", "issuedat"), "issue_date"),
        (("due", "duedate", "dueat"), "due_date"),
    ):
        value = _text(_get(data, *key_names))
        if value and find_date(value):
            fields[target] = find_date(value)
    status = _text(_get(data, "status"))
    if status:
        fields["status"] = status.lower()
    name = (
        f"Invoice #{number}"
        if number and not _INVOICE_NUMBER.match(number)
        else (number or "Invoice")
    )
    return name, fields, 0.85


def _ticket(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    subject = _text(_get(item, "subject", "title", "summary"))
    if not subject:
        return None
    fields: dict[str, Any] = {"subject": subject, "source": "data"}
    for key_name in ("priority", "status", "category"):
        value = _text(_get(item, key_name))
        if value:
            fields[key_name] = value.lower()
    number = _text(_get(item, "id", "number", "ticketid"))
    if number:
        fields["number"] = number
    return subject, fields, 0.85


def _contact(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    email = _text(_get(item, "email"))
    person = _text(_get(item, "contact", "contactname", "person"))
    company = _text(_get(item, "company", "organization", "org"))
    if person:
        company = company or _text(_get(item, "name"))
    else:
        person = _text(_get(item, "fullname", "name"))
        if not person:
            first, last = _text(_get(item, "firstname")), _text(_get(item, "lastname"))
            person = " ".join(p for p in (first, last) if p) or None
    if not person or not email or "@" not in email:
        return None
    fields: dict[str, Any] = {"person_name": person, "email": email, "source": "data"}
    if company:
        fields["company"] = company
    phone = _text(_get(item, "phone", "mobile", "tel"))
    if phone:
        fields["phone"] = phone
    stage = _text(_get(item, "stage", "status"))
    if stage:
        fields["stage"] = stage.lower()
    return person, fields, 0.85


def _booking(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    who = _text(
        _get(
            item,
            "customer",
            "guest",
            "patient",
            "client",
            "attendee",
            "member",
            "customername",
            "name",
        )
    )
    service = _text(
        _get(
            item,
            "service",
            "room",
            "resource",
            "treatment",
            "class",
            "doctor",
            "provider",
            "staff",
            "therapist",
            "stylist",
            "instructor",
        )
    )
    when = _text(_get(item, "date", "start", "startsat", "when"))
    if not who and not service:
        return None
    name = " – ".join(p for p in (who, service) if p)
    fields: dict[str, Any] = {"source": "data"}
    if service:
        fields["service"] = service
    if who:
        fields["customer"] = who
    if when and find_date(when):
        fields["date"] = find_date(when)
    status = _text(_get(item, "status"))
    if status:
        fields["status"] = status.lower()
    return name, fields, 0.8


_BUILDERS = {
    "product": _product,
    "event": _event,
    "invoice": _invoice,
    "ticket": _ticket,
    "contact": _contact,
    "booking": _booking,
}
