"""Executing connection plans: create, link, skip; all or nothing; idempotent re-runs."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from l4ydesk.core import connection_items
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import (
    Action,
    ConnectionPlan,
    Connector,
    InvalidPlanError,
    Outcome,
    PlanItem,
    PlanTargetError,
    item_key,
    new_item,
)
from l4ydesk.core.errors import AppNotFoundError
from l4ydesk.core.records import RecordBook
from l4ydesk.storage.connection_models import ConnectionRun
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject


def _counts(store: Store) -> tuple[int, int, int]:
    """How many records, links and runs the store holds."""
    with store.session() as session:
        records, links, runs = (
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (OntologyObject, ObjectLink, ConnectionRun)
        )
        return records, links, runs


def test_item_key_is_stable_across_case_spacing_and_path_spelling() -> None:
    key = item_key("product", "Classic Tee", "app/shop/page.tsx")
    assert key.startswith("product:")
    assert item_key("product", "  classic   TEE ", "./app\\shop/page.tsx") == key
    assert item_key("event", "Classic Tee", "app/shop/page.tsx") != key
    assert item_key("product", "Classic Tee", "app/page.tsx") != key
    assert item_key("product", "Classic Tees", "app/shop/page.tsx") != key


def test_an_item_keeps_a_private_copy_its_derived_items_share() -> None:
    rows = [{"name": "Ada", "tags": ("a", "b")}]
    item = new_item("contact", "Clients", {"rows": rows, "list": True}, "app/page.tsx")
    rows[0]["name"] = "changed by the caller"  # the caller's dict is not the item's
    assert item.fields["rows"] == [{"name": "Ada", "tags": ["a", "b"]}]
    # a change of action or name shares the checked copy instead of copying thousands of rows
    assert item.skip().link(7).create().fields is item.fields
    assert item.skip() == item.skip() and item.skip().fields == item.fields


def test_create_link_and_skip(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    mug = book.create("product", "Mug")
    tee = new_item(
        "product", "Classic Tee", {"price": "$25.00", "image": "/tee.png"}, "app/page.tsx"
    )
    plan = ConnectionPlan(
        app_id,
        (
            tee,
            new_item("product", "Mug", {}, "app/page.tsx").link(mug.id),
            new_item("form", "Newsletter", {}, "components/footer.tsx").skip(),
        ),
    )
    result = connector.execute_plan(plan)

    assert [o.outcome for o in result.outcomes] == [
        Outcome.CREATED, Outcome.LINKED, Outcome.SKIPPED,
    ]  # fmt: skip
    assert result.summary() == "1 created, 1 linked, 1 skipped, 0 already connected."
    created = book.get(result.created[0].record_id or 0)
    # The ontology turned the detected fields into properties.
    assert (created.type, created.name) == ("product", "Classic Tee")
    assert created.properties["price"] == "25.00"
    assert created.properties["image_url"] == "/tee.png"
    assert result.linked[0].record_id == mug.id
    assert result.skipped[0].record_id is None and result.skipped[0].link_id is None
    assert connector.connected_items(app_id) == {
        tee.item_key: created.id,
        plan.items[1].item_key: mug.id,
    }
    assert _counts(store) == (2, 2, 1)


def test_edited_fields_and_name_are_used_when_creating(
    connector: Connector, book: RecordBook, app_id: int
) -> None:
    detected = new_item("event", "Jazz nite", {"location": "Pier 9"}, "app/page.tsx")
    edited = PlanItem(
        detected.item_key,
        "event",
        "Jazz Night",
        {"location": "Pier 10", "capacity": "120"},
        evidence_file="app/page.tsx",
    )
    plan = ConnectionPlan(app_id, (detected,)).with_item(edited)
    result = connector.execute_plan(plan)
    record = book.get(result.created[0].record_id or 0)
    assert record.name == "Jazz Night"
    assert (record.properties["location"], record.properties["capacity"]) == ("Pier 10", 120)
    # Renaming did not change the element's identity.
    assert connector.connected_items(app_id) == {detected.item_key: record.id}


def test_a_missing_link_target_mid_plan_leaves_nothing_behind(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    book.create("product", "Mug")
    before = _counts(store)
    plan = ConnectionPlan(
        app_id,
        (
            new_item("product", "Tee"),
            new_item("event", "Launch"),
            new_item("product", "Ghost").link(987_654),
            new_item("product", "Cap"),
        ),
    )
    with pytest.raises(
        PlanTargetError, match=r"record #987654, which does not exist.*Nothing was connected"
    ):
        connector.execute_plan(plan)
    assert _counts(store) == before
    assert connector.connected_items(app_id) == {}
    assert connector.runs(app_id) == []


def test_an_unexpected_failure_mid_plan_leaves_nothing_behind(
    connector: Connector, store: Store, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = connection_items.build_properties
    calls = 0

    def failing(type_key: str, name: str, fields: dict[str, Any]) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        return real(type_key, name, fields)

    monkeypatch.setattr(connection_items, "build_properties", failing)
    plan = ConnectionPlan(app_id, tuple(new_item("ticket", f"Issue {n}") for n in range(5)))
    with pytest.raises(RuntimeError, match="disk on fire"):
        connector.execute_plan(plan)
    assert _counts(store) == (0, 0, 0)


def test_linking_a_record_of_another_type_is_refused(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    gala = book.create("event", "Gala")
    plan = ConnectionPlan(
        app_id, (new_item("product", "Tee"), new_item("product", "Gala").link(gala.id))
    )
    with pytest.raises(
        PlanTargetError, match=r"is of type 'event', but 'Gala' is of type 'product'"
    ):
        connector.execute_plan(plan)
    assert _counts(store) == (1, 0, 0)


def test_running_the_same_plan_twice_creates_no_duplicates(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    mug = book.create("product", "Mug")
    plan = ConnectionPlan(
        app_id,
        (
            new_item("product", "Tee", {}, "app/page.tsx"),
            new_item("product", "Mug", {}, "app/page.tsx").link(mug.id),
            new_item("ticket", "Support", {}, "app/help/page.tsx").skip(),
        ),
    )
    first = connector.execute_plan(plan)
    after_first = _counts(store)
    second = connector.execute_plan(plan)

    assert [o.outcome for o in second.outcomes] == [
        Outcome.ALREADY_CONNECTED, Outcome.ALREADY_CONNECTED, Outcome.SKIPPED,
    ]  # fmt: skip
    assert [(o.record_id, o.link_id) for o in second.already_connected] == [
        (o.record_id, o.link_id) for o in first.outcomes[:2]
    ]
    records, links, runs = _counts(store)
    assert (records, links) == after_first[:2] and runs == 2
    # A fresh analysis of the same app finds the same elements again (same keys).
    again = ConnectionPlan(app_id, (new_item("product", "tee", {"price": "1"}, "./app/page.tsx"),))
    assert connector.execute_plan(again).outcomes[0].outcome is Outcome.ALREADY_CONNECTED


def test_items_are_connected_per_app(
    connector: Connector, catalog: AppCatalog, book: RecordBook, app_id: int
) -> None:
    other = catalog.create("Other shop").app_id
    item = new_item("product", "Tee", {}, "app/page.tsx")
    first = connector.execute_plan(ConnectionPlan(app_id, (item,)))
    second = connector.execute_plan(ConnectionPlan(other, (item,)))
    assert second.created and second.created[0].record_id != first.created[0].record_id
    assert len(book.list_records("product")) == 2


def test_links_made_by_hand_are_not_elements(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    mug = book.create("product", "Mug")
    with store.session() as session:
        session.add(ObjectLink(from_object_id=mug.id, app_id=app_id, link_type="used_in_app"))
    assert connector.connected_items(app_id) == {}
    assert [a.app_id for a in book.apps_of(mug.id)] == [app_id]


def test_a_plan_for_a_missing_app(connector: Connector) -> None:
    with pytest.raises(AppNotFoundError):
        connector.execute_plan(ConnectionPlan(4242, (new_item("product", "Tee"),)))


def test_plan_items_are_checked_when_built() -> None:
    with pytest.raises(InvalidPlanError, match="not a record type"):
        new_item("gadget", "Thing")
    with pytest.raises(InvalidPlanError, match="needs a name"):
        new_item("product", "  ")
    with pytest.raises(InvalidPlanError, match="needs a target_id"):
        new_item("product", "Tee", action=Action.LINK)
    with pytest.raises(InvalidPlanError, match="Only a link has a target_id"):
        new_item("product", "Tee", target_id=3)
    with pytest.raises(InvalidPlanError, match="positive whole number"):
        new_item("product", "Tee").link(True)
    with pytest.raises(InvalidPlanError, match="JSON object"):
        new_item("product", "Tee", {"when": object()})
    tee = new_item("product", "Tee")
    with pytest.raises(InvalidPlanError, match="share the item_key"):
        ConnectionPlan(1, (tee, tee.skip()))
    with pytest.raises(KeyError):
        ConnectionPlan(1, (tee,)).with_item(new_item("product", "Cap"))


def test_empty_run_is_recorded_and_reported(connector: Connector, app_id: int) -> None:
    result = connector.execute_plan(ConnectionPlan(app_id))
    assert result.outcomes == () and result.summary().startswith("0 created")
    assert connector.run(result.run_id) == result
