"""The registry of the nine business record types: the one place that says what each type is.

Every other part of l4ydesk (analyzer, connections, storage, the REST API, webhooks) asks this
module for a type's database name, API category, properties, routes and webhook events instead of
spelling them again. Types are frozen dataclasses; the registry is immutable data, not a service.

Money is kept as a decimal string ("49.00") with an ISO 4217 currency code, never as a float, so a
price survives JSON and the database without rounding.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeAlias

from l4ydesk.core.numbers import currency_code as currency_code
from l4ydesk.core.numbers import money as money
from l4ydesk.core.numbers import to_int as to_int

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None

PropertyKind = Literal[
    "string",
    "text",
    "email",
    "url",
    "money",
    "currency",
    "integer",
    "number",
    "boolean",
    "date",
    "datetime",
    "duration",
    "enum",
    "list",
    "object",
]
HttpMethod = Literal["GET", "POST", "PATCH", "DELETE"]
BookableSubtype = Literal[
    "appointment", "class", "rental", "room", "equipment", "event_seat", "service"
]

BOOKABLE_SUBTYPES: Final[tuple[BookableSubtype, ...]] = (
    "appointment",
    "class",
    "rental",
    "room",
    "equipment",
    "event_seat",
    "service",
)
DEFAULT_CURRENCY: Final = "USD"


class UnknownRecordTypeError(LookupError):
    """Raised when a key, database type or API category names no record type."""

    def __init__(self, kind: str, value: str, known: Iterable[str]) -> None:
        self.kind = kind
        self.value = value
        self.known = tuple(known)
        super().__init__(
            f"Unknown record {kind} {value!r}; known {kind}s are: {', '.join(self.known)}."
        )


@dataclass(frozen=True)
class PropertySpec:
    """One property of a record type, with the default a new record starts with."""

    name: str
    kind: PropertyKind
    default: JsonValue = None
    required: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class ApiRoute:
    """One REST route of the public API for a record type."""

    method: HttpMethod
    path: str
    summary: str


PropertyBuilder = Callable[[Mapping[str, Any]], dict[str, JsonValue]]


@dataclass(frozen=True)
class RecordType:
    """A business record type: names, properties, API surface and the events it emits."""

    key: str
    label: str
    db_type: str
    api_category: str
    collection_path: str
    properties: tuple[PropertySpec, ...]
    webhook_events: tuple[str, ...]
    extra_routes: tuple[ApiRoute, ...] = ()
    builder: PropertyBuilder | None = field(default=None, compare=False, repr=False)

    @property
    def routes(self) -> tuple[ApiRoute, ...]:
        """The CRUD routes every type has, then the type's own extra routes."""
        base = self.collection_path
        plural = self.label.lower() + "s"
        label = self.label.lower()
        crud = (
            ApiRoute("GET", base, f"List {plural}"),
            ApiRoute("POST", base, f"Create a {label}"),
            ApiRoute("GET", f"{base}/{{id}}", f"Get a {label}"),
            ApiRoute("PATCH", f"{base}/{{id}}", f"Update a {label}"),
            ApiRoute("DELETE", f"{base}/{{id}}", f"Delete a {label}"),
        )
        return crud + self.extra_routes

    @property
    def property_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.properties)

    def property(self, name: str) -> PropertySpec:
        for spec in self.properties:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.label} has no property {name!r}")

    def new_properties(self) -> dict[str, JsonValue]:
        """Defaults for a new record; deep-copied so callers may mutate lists and dicts."""
        return {spec.name: copy.deepcopy(spec.default) for spec in self.properties}

    def build_properties(self, fields: Mapping[str, Any]) -> dict[str, JsonValue]:
        """Turn a detection's extracted fields into this type's properties.

        Starts from the defaults, copies fields whose names match a property (coerced to the
        property's kind), then lets the type's own builder map its special fields. Unknown
        fields are dropped: properties are a contract, extracted fields are a guess.
        """
        props = self.new_properties()
        for spec in self.properties:
            if spec.name in fields and fields[spec.name] is not None:
                value = coerce(spec, fields[spec.name])
                if value is not None:
                    props[spec.name] = value
        if self.builder is not None:
            for name, value in self.builder(fields).items():
                if value is not None and name in props:
                    props[name] = coerce(self.property(name), value)
        return props


class OntologyRegistry:
    """Immutable lookup of record types by key, database type and API category."""

    def __init__(self, types: Iterable[RecordType]) -> None:
        self._types: tuple[RecordType, ...] = tuple(types)
        self._by_key = {t.key: t for t in self._types}
        self._by_db = {t.db_type: t for t in self._types}
        self._by_category = {t.api_category: t for t in self._types}
        if len(self._by_key) != len(self._types) or len(self._by_db) != len(self._types):
            raise ValueError("record type keys and database types must be unique")

    def get(self, key: str) -> RecordType:
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownRecordTypeError("type", key, self._by_key) from None

    def by_db_type(self, db_type: str) -> RecordType:
        try:
            return self._by_db[db_type]
        except KeyError:
            raise UnknownRecordTypeError("database type", db_type, self._by_db) from None

    def by_api_category(self, category: str) -> RecordType:
        try:
            return self._by_category[category]
        except KeyError:
            raise UnknownRecordTypeError("API category", category, self._by_category) from None

    def keys(self) -> tuple[str, ...]:
        return tuple(self._by_key)

    def __iter__(self) -> Iterator[RecordType]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key


# --- coercion (the numbers themselves: core/numbers.py) ----------------------------------


def coerce(spec: PropertySpec, value: Any) -> JsonValue:
    """Coerce a loosely typed value to a property's kind; None when it cannot be."""
    kind = spec.kind
    if kind == "money":
        return money(value)
    if kind == "currency":
        return currency_code(value)
    if kind == "integer":
        return to_int(value)
    if kind == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        amount = money(value)
        return float(amount) if amount is not None else None
    if kind == "boolean":
        return value if isinstance(value, bool) else None
    if kind == "enum":
        text = str(value).strip().lower().replace(" ", "_")
        return text if text in spec.choices else None
    if kind == "list":
        if isinstance(value, list | tuple):
            return [_json(v) for v in value]
        return None
    if kind == "object":
        return {str(k): _json(v) for k, v in value.items()} if isinstance(value, Mapping) else None
    if kind in ("string", "text", "email", "url", "date", "datetime"):
        return value if isinstance(value, str) else str(value)
    if kind == "duration":
        # minutes as an integer: the calendar and slot engine count in minutes
        return coerce(PropertySpec(spec.name, "integer"), value)
    return _json(value)


def _json(value: Any) -> JsonValue:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return str(value)


# --- per-type builders --------------------------------------------------------------------

_SUBTYPE_WORDS: Final[tuple[tuple[BookableSubtype, tuple[str, ...]], ...]] = (
    ("event_seat", ("ticket", "seat", "admission", "pass", "early bird", "vip")),
    ("class", ("class", "lesson", "workshop", "course", "session", "yoga", "pilates")),
    ("room", ("room", "suite", "desk", "studio space", "office", "hall", "venue")),
    ("equipment", ("camera", "lens", "gimbal", "light", "drone", "equipment", "gear", "tool")),
    ("rental", ("rental", "rent", "per day", "/day", "hire", "bike", "kayak", "car")),
    ("appointment", ("appointment", "consultation", "haircut", "massage", "therapy", "call")),
    ("service", ("service", "table", "reservation", "cleaning", "repair")),
)


_SUBTYPE_PATTERNS: Final = tuple(
    (subtype, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b"))
    for subtype, words in _SUBTYPE_WORDS
)


def infer_bookable_subtype(*texts: str | None) -> BookableSubtype | None:
    """Guess which of the seven bookable subtypes a name or description talks about."""
    text = " ".join(t.lower() for t in texts if t)
    if not text:
        return None
    for subtype, pattern in _SUBTYPE_PATTERNS:
        if pattern.search(text):
            return subtype
    return None


def _first(fields: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = fields.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _build_product(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    subtype = fields.get("bookable_subtype") or fields.get("subtype")
    bookable = bool(fields.get("bookable")) or subtype in BOOKABLE_SUBTYPES
    return {
        "name": _first(fields, "name", "title"),
        "price": _first(fields, "price", "amount"),
        "image_url": _first(fields, "image", "image_url"),
        "bookable": bookable,
        "bookable_subtype": subtype if subtype in BOOKABLE_SUBTYPES else None,
        "billing_interval": _first(fields, "interval", "billing_interval"),
    }


def _build_event(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    starts = _first(fields, "starts_at", "date")
    time = fields.get("time")
    if isinstance(starts, str) and len(starts) == 10 and isinstance(time, str) and time:
        starts = f"{starts}T{time}"
    return {
        "title": _first(fields, "title", "name"),
        "starts_at": starts,
        "location": _first(fields, "location", "venue"),
    }


def _split_name(full: Any) -> tuple[str | None, str | None]:
    if not isinstance(full, str) or not full.strip():
        return None, None
    first, _, last = full.strip().partition(" ")
    return first, last or None


def _build_contact(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    first, last = _split_name(fields.get("person_name"))
    source = fields.get("source")
    return {
        "first_name": _first(fields, "first_name") or first,
        "last_name": _first(fields, "last_name") or last,
        "subscribed": True if source in ("newsletter", "waitlist") else None,
        "status": "subscriber" if source in ("newsletter", "waitlist") else None,
    }


def _build_form(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    raw = fields.get("fields") or []
    normalized: list[JsonValue] = []
    for item in raw if isinstance(raw, list | tuple) else []:
        if isinstance(item, Mapping):
            normalized.append(
                {
                    "name": str(item.get("name") or ""),
                    "type": str(item.get("type") or "text"),
                    "required": bool(item.get("required")),
                    "label": item.get("label") if isinstance(item.get("label"), str) else None,
                    "options": _json(list(item.get("options") or [])),
                }
            )
    return {"fields": normalized, "title": _first(fields, "title", "name")}


def _build_invoice(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"number": _first(fields, "number", "name"), "total": _first(fields, "total", "amount")}


def _build_ticket(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"subject": _first(fields, "subject", "name")}


def _build_booking(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    subtype = fields.get("subtype")
    return {
        "service": _first(fields, "service", "name"),
        "subtype": subtype if subtype in BOOKABLE_SUBTYPES else None,
    }


def _build_workflow(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"name": _first(fields, "name"), "trigger": _first(fields, "trigger")}


def _build_checkout(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"name": _first(fields, "name"), "total": _first(fields, "total")}


# --- the nine types -----------------------------------------------------------------------


def _p(
    name: str,
    kind: PropertyKind,
    default: JsonValue = None,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
    description: str = "",
) -> PropertySpec:
    return PropertySpec(name, kind, default, required, choices, description)


def _route(method: HttpMethod, path: str, summary: str) -> ApiRoute:
    return ApiRoute(method, path, summary)


PRODUCT = RecordType(
    key="product",
    label="Product",
    db_type="product",
    api_category="products",
    collection_path="/api/v1/products",
    properties=(
        _p("name", "string", "", required=True),
        _p("description", "text", ""),
        _p("price", "money", None, description="decimal string, e.g. 49.00"),
        _p("currency", "currency", DEFAULT_CURRENCY),
        _p("image_url", "url", None),
        _p("sku", "string", None),
        _p("variants", "list", []),
        _p("status", "enum", "active", choices=("draft", "active", "archived")),
        _p("inventory", "integer", None, description="None means not tracked"),
        _p("billing_interval", "enum", None, choices=("day", "week", "month", "year")),
        _p("bookable", "boolean", False),
        _p("bookable_subtype", "enum", None, choices=BOOKABLE_SUBTYPES),
        _p("duration_minutes", "duration", None),
        _p("capacity", "integer", None),
    ),
    webhook_events=("product.created", "product.updated", "product.deleted"),
    builder=_build_product,
)

EVENT = RecordType(
    key="event",
    label="Event",
    db_type="event",
    api_category="events",
    collection_path="/api/v1/events",
    properties=(
        _p("title", "string", "", required=True),
        _p("description", "text", ""),
        _p("starts_at", "datetime", None),
        _p("ends_at", "datetime", None),
        _p("time", "string", None),
        _p("location", "string", None),
        _p("capacity", "integer", None),
        _p("price", "money", None),
        _p("currency", "currency", DEFAULT_CURRENCY),
        _p("status", "enum", "scheduled", choices=("draft", "scheduled", "cancelled")),
    ),
    webhook_events=("event.created", "event.updated", "event.registered", "event.cancelled"),
    extra_routes=(
        _route("POST", "/api/v1/events/{id}/registrations", "Register for an event"),
        _route("GET", "/api/v1/events/{id}/registrations", "List an event's registrations"),
    ),
    builder=_build_event,
)

CONTACT = RecordType(
    key="contact",
    label="Contact",
    db_type="crm_contact",
    api_category="crm",
    collection_path="/api/v1/crm/contacts",
    properties=(
        _p("email", "email", None),
        _p("first_name", "string", None),
        _p("last_name", "string", None),
        _p("phone", "string", None),
        _p("company", "string", None),
        _p(
            "source",
            "enum",
            "manual",
            choices=("manual", "newsletter", "contact_form", "waitlist", "lead", "import"),
        ),
        _p("status", "enum", "lead", choices=("lead", "customer", "subscriber", "archived")),
        _p("tags", "list", []),
        _p("subscribed", "boolean", False),
    ),
    webhook_events=(
        "contact.created",
        "contact.updated",
        "contact.subscribed",
        "contact.unsubscribed",
    ),
    builder=_build_contact,
)

FORM = RecordType(
    key="form",
    label="Form",
    db_type="form",
    api_category="forms",
    collection_path="/api/v1/forms",
    properties=(
        _p("title", "string", "", required=True),
        _p("fields", "list", [], description="[{name, type, required, label, options}]"),
        _p("submit_label", "string", "Submit"),
        _p("success_message", "string", "Thank you!"),
        _p("creates", "enum", None, choices=("contact", "ticket", "booking", "event")),
        _p("endpoint", "url", None),
    ),
    webhook_events=("form.submitted",),
    extra_routes=(
        _route("POST", "/api/v1/forms/{id}/submissions", "Submit a form"),
        _route("GET", "/api/v1/forms/{id}/submissions", "List a form's submissions"),
    ),
    builder=_build_form,
)

INVOICE = RecordType(
    key="invoice",
    label="Invoice",
    db_type="invoice",
    api_category="invoices",
    collection_path="/api/v1/invoices",
    properties=(
        _p("number", "string", None),
        _p("customer", "string", None),
        _p("customer_email", "email", None),
        _p("line_items", "list", [], description="[{description, quantity, unit_price}]"),
        _p("subtotal", "money", None),
        _p("tax", "money", None),
        _p("total", "money", None),
        _p("currency", "currency", DEFAULT_CURRENCY),
        _p("status", "enum", "draft", choices=("draft", "sent", "paid", "overdue", "void")),
        _p("issue_date", "date", None),
        _p("due_date", "date", None),
    ),
    webhook_events=("invoice.created", "invoice.sent", "invoice.paid", "invoice.overdue"),
    extra_routes=(_route("POST", "/api/v1/invoices/{id}/send", "Send an invoice"),),
    builder=_build_invoice,
)

TICKET = RecordType(
    key="ticket",
    label="Ticket",
    db_type="ticket",
    api_category="tickets",
    collection_path="/api/v1/tickets",
    properties=(
        _p("subject", "string", "", required=True),
        _p("description", "text", ""),
        _p("priority", "enum", "normal", choices=("low", "normal", "high", "urgent")),
        _p("status", "enum", "open", choices=("open", "pending", "resolved", "closed")),
        _p("category", "string", None),
        _p("requester_email", "email", None),
    ),
    webhook_events=("ticket.created", "ticket.updated", "ticket.resolved"),
    extra_routes=(_route("POST", "/api/v1/tickets/{id}/replies", "Reply to a ticket"),),
    builder=_build_ticket,
)

BOOKING = RecordType(
    key="booking",
    label="Booking",
    db_type="booking",
    api_category="bookings",
    collection_path="/api/v1/bookings",
    properties=(
        _p("service", "string", None),
        _p("subtype", "enum", None, choices=BOOKABLE_SUBTYPES),
        _p("product_id", "string", None),
        _p("starts_at", "datetime", None),
        _p("ends_at", "datetime", None),
        _p("duration_minutes", "duration", None),
        _p("party_size", "integer", 1),
        _p("customer_name", "string", None),
        _p("customer_email", "email", None),
        _p(
            "status",
            "enum",
            "pending",
            choices=("pending", "confirmed", "cancelled", "completed", "no_show"),
        ),
        _p("notes", "text", ""),
    ),
    webhook_events=(
        "booking.created",
        "booking.confirmed",
        "booking.cancelled",
        "booking.rescheduled",
    ),
    extra_routes=(
        _route("GET", "/api/v1/bookings/availability", "Free slots for a bookable product"),
    ),
    builder=_build_booking,
)

WORKFLOW = RecordType(
    key="workflow",
    label="Workflow",
    db_type="workflow",
    api_category="workflows",
    collection_path="/api/v1/workflows",
    properties=(
        _p("name", "string", "", required=True),
        _p("trigger", "string", None, description="a webhook event type, e.g. form.submitted"),
        _p("steps", "list", [], description="[{kind, target}] in execution order"),
        _p("enabled", "boolean", True),
    ),
    webhook_events=("workflow.run", "workflow.completed", "workflow.failed"),
    extra_routes=(_route("POST", "/api/v1/workflows/{id}/run", "Run a workflow now"),),
    builder=_build_workflow,
)

CHECKOUT = RecordType(
    key="checkout",
    label="Checkout",
    db_type="checkout_instance",
    api_category="checkout",
    collection_path="/api/v1/checkout",
    properties=(
        _p("name", "string", "", required=True),
        _p("items", "list", [], description="[{name, price, quantity}]"),
        _p("currency", "currency", DEFAULT_CURRENCY),
        _p("total", "money", None),
        _p("provider", "enum", "stripe", choices=("stripe", "paypal", "manual")),
        _p("mode", "enum", "payment", choices=("payment", "subscription")),
        _p("success_url", "url", None),
        _p("cancel_url", "url", None),
    ),
    webhook_events=(
        "checkout.started",
        "checkout.completed",
        "payment.completed",
        "payment.failed",
    ),
    extra_routes=(_route("POST", "/api/v1/checkout/{id}/sessions", "Start a payment session"),),
    builder=_build_checkout,
)

ONTOLOGY: Final = OntologyRegistry(
    (PRODUCT, EVENT, CONTACT, FORM, INVOICE, TICKET, BOOKING, WORKFLOW, CHECKOUT)
)


def record_type(key: str) -> RecordType:
    """The record type with this key ("product", "contact", ...)."""
    return ONTOLOGY.get(key)


def record_type_for_db(db_type: str) -> RecordType:
    """The record type stored under this database type ("crm_contact", ...)."""
    return ONTOLOGY.by_db_type(db_type)
