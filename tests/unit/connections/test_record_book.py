"""Business records: create with the ontology's defaults, search, edit, and their app links."""

from __future__ import annotations

import pytest

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import ConnectionPlan, Connector, new_item
from l4ydesk.core.errors import AppNotFoundError
from l4ydesk.core.records import (
    InvalidRecordError,
    InvalidRecordTypeError,
    RecordBook,
    RecordNotFoundError,
    record_type_keys,
)


def test_the_nine_types_are_known() -> None:
    assert set(record_type_keys()) == {
        "product", "event", "contact", "form", "invoice",
        "ticket", "booking", "workflow", "checkout",
    }  # fmt: skip


def test_create_starts_from_the_type_defaults(book: RecordBook) -> None:
    record = book.create("product", "  Classic   Tee ", {"price": "25.00"})
    assert record.type == "product" and record.name == "Classic Tee"
    assert record.status == "active"
    assert record.properties["price"] == "25.00"
    assert record.properties["currency"] == "USD"  # an ontology default
    assert book.get(record.id) == record


def test_unknown_type_is_refused_with_the_valid_ones(book: RecordBook) -> None:
    with pytest.raises(
        InvalidRecordTypeError, match=r"'prodcut' is not a record type; use one of: product, event"
    ):
        book.create("prodcut", "Tee")
    with pytest.raises(InvalidRecordTypeError, match="crm_contact"):
        # The database name of a type is not its key.
        book.list_records("crm_contact")


def test_names_and_statuses_are_checked(book: RecordBook) -> None:
    with pytest.raises(InvalidRecordError, match="needs a name"):
        book.create("event", "   ")
    with pytest.raises(InvalidRecordError, match="300 characters"):
        book.create("event", "x" * 301)
    with pytest.raises(InvalidRecordError, match="active, draft, archived"):
        book.create("event", "Gala", status="gone")


def test_get_a_missing_record(book: RecordBook) -> None:
    with pytest.raises(RecordNotFoundError, match="#404 does not exist"):
        book.get(404)


def test_search_looks_in_names_and_property_values(book: RecordBook) -> None:
    tee = book.create("product", "Classic Tee", {"description": "Organic cotton, Café blend"})
    mug = book.create("product", "Mug", {"sku": "MUG-001", "variants": [{"color": "Teal"}]})
    gala = book.create("event", "Tee-off Gala", {"location": "Golf club"})
    assert [r.id for r in book.list_records("product")] == [tee.id, mug.id]
    assert [r.id for r in book.list_records(search="tee")] == [tee.id, gala.id]
    assert [r.id for r in book.list_records(search="teal")] == [mug.id]  # inside a list
    assert [r.id for r in book.list_records("product", search="tee")] == [tee.id]
    assert [r.id for r in book.list_records(search="CAFÉ")] == [tee.id]
    assert [r.id for r in book.list_records(search="mug-001")] == [mug.id]
    assert [r.id for r in book.list_records(search="golf tee")] == [gala.id]
    # Property names are not searched: every product has a "currency".
    assert book.list_records(search="currency") == []
    assert len(book.list_records(search="   ")) == 3


def test_update_name_properties_and_status(book: RecordBook) -> None:
    record = book.create("ticket", "Refund request")
    props = record.properties
    props["priority"] = "high"
    assert book.get(record.id).properties["priority"] == "normal"  # the copy is private
    updated = book.update(record.id, name="Refund for order 7", properties=props, status="archived")
    assert (updated.name, updated.properties["priority"], updated.status) == (
        "Refund for order 7", "high", "archived",
    )  # fmt: skip
    assert book.get(record.id) == updated
    assert updated.updated_at >= record.updated_at
    assert book.list_records(status="active") == []
    assert [r.id for r in book.list_records(status="archived")] == [record.id]
    with pytest.raises(RecordNotFoundError):
        book.update(999, name="nobody")
    with pytest.raises(InvalidRecordError):
        book.update(record.id, status="deleted")
    assert book.get(record.id).status == "archived"


def test_apps_of_a_record_and_records_of_an_app(
    book: RecordBook, catalog: AppCatalog, connector: Connector
) -> None:
    tee = book.create("product", "Tee")
    shop = catalog.create("Shop")
    outlet = catalog.create("Outlet")
    for app in (shop, outlet):
        connector.execute_plan(
            ConnectionPlan(app.app_id, (new_item("product", "Tee", {}).link(tee.id),))
        )
    # A second element of the same app using the same record lists the app once.
    connector.execute_plan(
        ConnectionPlan(
            shop.app_id, (new_item("product", "Tee", {}, "app/tee/page.tsx").link(tee.id),)
        )
    )
    connector.execute_plan(ConnectionPlan(shop.app_id, (new_item("event", "Launch party"),)))
    assert [a.name for a in book.apps_of(tee.id)] == ["Outlet", "Shop"]
    assert [(r.type, r.name) for r in book.records_of(shop.app_id)] == [
        ("event", "Launch party"), ("product", "Tee"),
    ]  # fmt: skip
    assert [r.name for r in book.records_of(outlet.app_id)] == ["Tee"]
    with pytest.raises(AppNotFoundError):
        book.records_of(12345)
    with pytest.raises(RecordNotFoundError):
        book.apps_of(12345)
