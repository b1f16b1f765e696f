"""The ontology registry: nine types, lookups, defaults, property building, routes and events."""

from __future__ import annotations

import dataclasses

import pytest

from l4ydesk.core.ontology import (
    BOOKABLE_SUBTYPES,
    ONTOLOGY,
    UnknownRecordTypeError,
    currency_code,
    infer_bookable_subtype,
    money,
    record_type,
    record_type_for_db,
)

TABLE = [
    ("product", "Product", "product", "products"),
    ("event", "Event", "event", "events"),
    ("contact", "Contact", "crm_contact", "crm"),
    ("form", "Form", "form", "forms"),
    ("invoice", "Invoice", "invoice", "invoices"),
    ("ticket", "Ticket", "ticket", "tickets"),
    ("booking", "Booking", "booking", "bookings"),
    ("workflow", "Workflow", "workflow", "workflows"),
    ("checkout", "Checkout", "checkout_instance", "checkout"),
]


@pytest.mark.parametrize(("key", "label", "db_type", "category"), TABLE)
def test_the_nine_types(key: str, label: str, db_type: str, category: str) -> None:
    rt = record_type(key)
    assert (rt.key, rt.label, rt.db_type, rt.api_category) == (key, label, db_type, category)
    assert record_type_for_db(db_type) is rt
    assert ONTOLOGY.by_api_category(category) is rt
    assert rt.webhook_events and all(e.split(".")[0] for e in rt.webhook_events)
    methods = {(r.method, r.path) for r in rt.routes}
    assert ("GET", rt.collection_path) in methods and ("POST", rt.collection_path) in methods
    for method in ("GET", "PATCH", "DELETE"):
        assert (method, f"{rt.collection_path}/{{id}}") in methods
    assert rt.collection_path.startswith("/api/v1/")


def test_registry_order_membership_and_size() -> None:
    assert ONTOLOGY.keys() == tuple(row[0] for row in TABLE)
    assert len(ONTOLOGY) == 9 and "contact" in ONTOLOGY and "crm_contact" not in ONTOLOGY
    assert [t.key for t in ONTOLOGY] == list(ONTOLOGY.keys())


def test_unknown_types_say_what_exists() -> None:
    with pytest.raises(UnknownRecordTypeError) as caught:
        record_type("order")
    message = str(caught.value)
    assert "'order'" in message and "product" in message and "checkout" in message
    with pytest.raises(UnknownRecordTypeError, match="database type"):
        record_type_for_db("contact")
    with pytest.raises(LookupError):
        ONTOLOGY.by_api_category("crm_contact")


def test_types_are_frozen_and_defaults_are_fresh_copies() -> None:
    product = record_type("product")
    with pytest.raises(dataclasses.FrozenInstanceError):
        product.key = "x"  # type: ignore[misc]
    first = product.new_properties()
    first["variants"].append({"size": "M"})  # type: ignore[union-attr]
    assert product.new_properties()["variants"] == []
    assert first["currency"] == "USD" and first["bookable"] is False


def test_webhook_events_named_in_the_brief() -> None:
    events = {e for t in ONTOLOGY for e in t.webhook_events}
    assert {
        "form.submitted",
        "payment.completed",
        "contact.created",
        "booking.created",
        "product.created",
        "product.updated",
        "event.registered",
        "invoice.paid",
        "ticket.created",
        "workflow.run",
        "checkout.completed",
    } <= events


def test_extra_routes() -> None:
    paths = {(r.method, r.path) for r in record_type("form").routes}
    assert ("POST", "/api/v1/forms/{id}/submissions") in paths
    contact_paths = {r.path for r in record_type("contact").routes}
    assert "/api/v1/crm/contacts/{id}" in contact_paths


def test_product_properties_from_detected_fields() -> None:
    props = record_type("product").build_properties(
        {
            "name": "Canon R5",
            "price": "$1,299.5",
            "currency": "eur",
            "image": "/r5.jpg",
            "bookable_subtype": "equipment",
            "interval": "day",
            "unknown": "dropped",
        }
    )
    assert props["price"] == "1299.50" and props["currency"] == "EUR"
    assert props["image_url"] == "/r5.jpg"
    assert props["bookable"] is True and props["bookable_subtype"] == "equipment"
    assert props["billing_interval"] == "day"
    assert "unknown" not in props


def test_other_types_map_their_fields() -> None:
    event = record_type("event").build_properties(
        {"title": "Gala", "date": "2025-01-02", "venue": "Hall", "capacity": "1,200 seats"}
    )
    assert (event["starts_at"], event["location"], event["capacity"]) == (
        "2025-01-02",
        "Hall",
        1200,
    )
    contact = record_type("contact").build_properties(
        {"person_name": "Ada Lovelace", "email": "ada@x.org", "source": "newsletter"}
    )
    assert (contact["first_name"], contact["last_name"]) == ("Ada", "Lovelace")
    assert contact["subscribed"] is True and contact["source"] == "newsletter"
    form = record_type("form").build_properties(
        {
            "title": "Join",
            "fields": [{"name": "email", "type": "email", "required": True}],
        }
    )
    assert form["fields"] == [
        {"name": "email", "type": "email", "required": True, "label": None, "options": []}
    ]
    ticket = record_type("ticket").build_properties({"subject": "Down", "priority": "URGENT"})
    assert ticket["priority"] == "urgent" and ticket["status"] == "open"
    bad = record_type("ticket").build_properties({"priority": "whenever"})
    assert bad["priority"] == "normal"  # an unknown choice keeps the default
    booking = record_type("booking").build_properties({"form": "Book", "subtype": "room"})
    assert booking["subtype"] == "room" and booking["status"] == "pending"
    invoice = record_type("invoice").build_properties({"number": "INV-1", "total": 10})
    assert invoice["total"] == "10.00" and invoice["status"] == "draft"


def test_bookable_subtypes() -> None:
    assert BOOKABLE_SUBTYPES == (
        "appointment",
        "class",
        "rental",
        "room",
        "equipment",
        "event_seat",
        "service",
    )
    assert infer_bookable_subtype("Book a room") == "room"
    assert infer_bookable_subtype("Yoga class signup") == "class"
    assert infer_bookable_subtype("VIP ticket") == "event_seat"
    assert infer_bookable_subtype("Classic Tee") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("49", "49.00"),
        ("$1,299.99", "1299.99"),
        ("1.299,00 €", "1299.00"),
        ("12,5", "12.50"),
        (7, "7.00"),
        (0.1, "0.10"),
        ("free", None),
        (True, None),
        (None, None),
    ],
)
def test_money(text: object, expected: str | None) -> None:
    assert money(text) == expected


def test_currency_codes() -> None:
    assert [currency_code(v) for v in ("€", "usd", "GBP", "dollars", 5)] == [
        "EUR",
        "USD",
        "GBP",
        None,
        None,
    ]
