"""The registry of the nine business record types: the one place that says what each type is.

Every other part of l4ydesk (analyzer, connections, storage, the REST API, webhooks) asks this
module for a type's database name, API category, properties, routes and webhook events instead of
spelling them again. Types are frozen dataclasses; the registry is immutable data, not a service.

Money is kept as a decimal string ("49.00") with an ISO 4217 currency code, never as a float, so a
price survives JSON and the database without rounding.
"""

from typing import Final

from l4ydesk.core.numbers import currency_code as currency_code
from l4ydesk.core.numbers import money as money
from l4ydesk.core.numbers import to_int as to_int
from l4ydesk.core.record_builders import (
    build_booking,
    build_checkout,
    build_contact,
    build_event,
    build_form,
    build_invoice,
    build_product,
    build_ticket,
    build_workflow,
)
from l4ydesk.core.record_builders import infer_bookable_subtype as infer_bookable_subtype
from l4ydesk.core.record_schema import BOOKABLE_SUBTYPES as BOOKABLE_SUBTYPES
from l4ydesk.core.record_schema import DEFAULT_CURRENCY as DEFAULT_CURRENCY
from l4ydesk.core.record_schema import ApiRoute as ApiRoute
from l4ydesk.core.record_schema import BookableSubtype as BookableSubtype
from l4ydesk.core.record_schema import HttpMethod as HttpMethod
from l4ydesk.core.record_schema import JsonValue as JsonValue
from l4ydesk.core.record_schema import OntologyRegistry as OntologyRegistry
from l4ydesk.core.record_schema import PropertyKind as PropertyKind
from l4ydesk.core.record_schema import PropertySpec as PropertySpec
from l4ydesk.core.record_schema import RecordType as RecordType
from l4ydesk.core.record_schema import UnknownRecordTypeError as UnknownRecordTypeError
from l4ydesk.core.record_schema import coerce as coerce


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
    builder=build_product,
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
    builder=build_event,
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
    builder=build_contact,
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
    builder=build_form,
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
    builder=build_invoice,
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
    builder=build_ticket,
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
    builder=build_booking,
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
    builder=build_workflow,
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
    builder=build_checkout,
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
