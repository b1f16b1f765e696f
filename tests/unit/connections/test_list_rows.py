"""Create on a list element (an admin table of clients) makes one record per row, on a real store:
kept in the plan file, created once, recognised by a second run and a re-analysis, undone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from l4ydesk.core.analyzer import analyze_files
from l4ydesk.core.connection_rows import (
    MAX_LIST_ROWS,
    expand_plan,
    list_rows,
    rows_sentence,
)
from l4ydesk.core.connections import (
    CONNECT_BATCH,
    Action,
    ConnectionPlan,
    Connector,
    Outcome,
    PlanItem,
    item_for_detection,
    item_key,
    new_item,
    plan_from_json,
    plan_to_json,
    read_plan_file,
)
from l4ydesk.core.credits import ChargeEvents, ConnectBilling, Ledger
from l4ydesk.core.records import RecordBook
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject
from tests.list_rows_support import CLIENT_NAMES, crm_files

DATA_FILE = "app/admin/clients/page.tsx"


def _row(name: Any, email: str) -> dict[str, Any]:
    return {"name": name, "person_name": name, "email": email, "source": "data"}


def _clients(rows: list[Any] | None = None) -> PlanItem:
    """A list element as the analyzer reports it (records.py `_record_list`)."""
    rows = rows or [
        _row("Ada Lovelace", "ada@example.com"),
        _row("Grace Hopper", "grace@example.com"),
        _row("Alan Turing", "alan@example.com"),
        {"email": "nobody@example.com", "source": "data"},  # no name: skipped, counted
    ]
    fields = {
        "source": "data",
        "list": True,
        "items": [r["name"] for r in rows if isinstance(r, dict) and "name" in r],
        "rows": rows,
        "_data": "clients",
    }
    return new_item("contact", "Clients", fields, DATA_FILE)


def _count(store: Store, model: type[OntologyObject] | type[ObjectLink]) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count(model.id))) or 0)


def test_a_list_create_makes_one_record_per_named_row(
    store: Store, connector: Connector, book: RecordBook, app_id: int
) -> None:
    assert _count(store, OntologyObject) == 0
    result = connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))

    assert [o.name for o in result.created] == ["Ada Lovelace", "Grace Hopper", "Alan Turing"]
    records = {r.name: r for r in book.list_records()}
    assert set(records) == {"Ada Lovelace", "Grace Hopper", "Alan Turing"}  # no "Clients"
    assert records["Grace Hopper"].properties["email"] == "grace@example.com"
    assert records["Grace Hopper"].type == "contact"
    # each row is keyed as the record a detection of it would be, and names its list
    with store.session() as session:
        links = session.scalars(select(ObjectLink).order_by(ObjectLink.id)).all()
        assert [link.item_key for link in links] == [
            item_key("contact", n, DATA_FILE)
            for n in ("Ada Lovelace", "Grace Hopper", "Alan Turing")
        ]
        assert {(link.properties or {})["list_key"] for link in links} == {_clients().item_key}
    # the list element reads as connected (to its first row's record)
    assert connector.connected_items(app_id)[_clients().item_key] == records["Ada Lovelace"].id


def test_a_second_run_and_a_reanalysed_plan_create_nothing(
    store: Store, connector: Connector, app_id: int
) -> None:
    connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))
    assert _count(store, OntologyObject) == 3

    again = connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))
    assert again.created == () and len(again.already_connected) == 3
    # a re-analysis that found one more row creates that row alone
    grown = _clients([_row("Alan Turing", "a@x.org"), _row("Hedy Lamarr", "hedy@example.com")])
    third = connector.execute_plan(ConnectionPlan(app_id, (grown,)))
    assert [o.name for o in third.created] == ["Hedy Lamarr"]
    assert _count(store, OntologyObject) == 4


def test_undo_removes_every_row_record_but_keeps_an_edited_one(
    store: Store, connector: Connector, book: RecordBook, app_id: int
) -> None:
    result = connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))
    grace = next(o.record_id for o in result.created if o.name == "Grace Hopper")
    assert grace is not None
    book.update(grace, properties={"email": "grace@navy.mil"})  # someone's later work

    undone = connector.undo(result)
    assert len(undone.removed_link_ids) == 3
    assert len(undone.deleted_record_ids) == 2
    assert [k.record_id for k in undone.kept] == [grace]
    assert [r.name for r in book.list_records()] == ["Grace Hopper"]
    assert connector.connected_items(app_id) == {}


def test_link_on_a_list_still_links_the_element_to_one_record(
    store: Store, connector: Connector, book: RecordBook, app_id: int
) -> None:
    crm = book.create("contact", "CRM contacts")
    result = connector.execute_plan(ConnectionPlan(app_id, (_clients().link(crm.id),)))
    assert [o.outcome for o in result.outcomes] == [Outcome.LINKED]
    assert _count(store, OntologyObject) == 1
    assert connector.connected_items(app_id) == {_clients().item_key: crm.id}


def test_a_linked_list_set_to_create_later_stays_linked_and_makes_no_rows(
    store: Store, connector: Connector, book: RecordBook, app_id: int
) -> None:
    crm = book.create("contact", "CRM contacts")
    connector.execute_plan(ConnectionPlan(app_id, (_clients().link(crm.id),)))

    again = connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))  # e.g. an old plan file
    assert [o.outcome for o in again.outcomes] == [Outcome.ALREADY_CONNECTED]
    assert again.created == ()
    assert _count(store, OntologyObject) == 1
    assert connector.connected_items(app_id) == {_clients().item_key: crm.id}


def test_a_list_whose_rows_are_records_is_not_linked_to_one_record_as_well(
    store: Store, connector: Connector, book: RecordBook, app_id: int
) -> None:
    first = connector.execute_plan(ConnectionPlan(app_id, (_clients(),)))
    ada = first.created[0].record_id
    crm = book.create("contact", "CRM contacts")

    again = connector.execute_plan(ConnectionPlan(app_id, (_clients().link(crm.id),)))
    assert [(o.outcome, o.record_id) for o in again.outcomes] == [(Outcome.ALREADY_CONNECTED, ada)]
    assert _count(store, ObjectLink) == 3  # the rows' links, and no link to "CRM contacts"
    # undoing the rows' run frees the list, and then Link ties it to the one record
    connector.undo(first)
    linked = connector.execute_plan(ConnectionPlan(app_id, (_clients().link(crm.id),)))
    assert [o.outcome for o in linked.outcomes] == [Outcome.LINKED]
    assert connector.connected_items(app_id) == {_clients().item_key: crm.id}


def test_bad_rows_are_skipped_and_counted() -> None:
    rows = [
        _row("Ada Lovelace", "ada@example.com"),
        _row("Ada Lovelace", "ada2@example.com"),  # two people of one name: two records
        _row("   ", "blank@example.com"),
        _row("Evil\u202eName", "x@example.com"),  # a direction-changing character
        "not a row",
    ]
    made = list_rows(_clients(rows))
    assert made.names == ("Ada Lovelace", "Ada Lovelace")
    assert len({i.item_key for i in made.items}) == 2
    assert (made.nameless, made.unreadable, made.skipped) == (2, 1, 3)
    assert rows_sentence("Contact", made) == (
        "Creates 2 contacts from the list's rows; 2 rows without a name and 1 row with a value "
        "no record can keep are skipped."
    )


def test_a_list_without_a_named_row_creates_nothing(connector: Connector, app_id: int) -> None:
    item = _clients([{"email": "a@example.com"}])
    assert rows_sentence("Contact", list_rows(item)) == (
        "Creates nothing: the list has no row with a name to make a contact of; "
        "1 row without a name is skipped."
    )
    result = connector.execute_plan(ConnectionPlan(app_id, (item,)))
    assert [o.outcome for o in result.outcomes] == [Outcome.SKIPPED]


def test_a_huge_list_is_capped_with_a_sentence_and_runs_in_batches(
    store: Store, connector: Connector, app_id: int
) -> None:
    rows = [_row(f"Client {n:05}", f"c{n}@example.com") for n in range(MAX_LIST_ROWS + 7)]
    made = list_rows(_clients(rows))
    assert len(made.items) == MAX_LIST_ROWS and made.over_limit == 7
    assert "7 rows beyond the first 5,000 (import the rest as a file) are skipped" in (
        rows_sentence("Contact", made)
    )
    small = _clients(rows[: CONNECT_BATCH + 20])  # more rows than one transaction holds
    steps: list[tuple[int, int]] = []
    result = connector.execute_plan(
        ConnectionPlan(app_id, (small,)), lambda d, t: steps.append((d, t))
    )
    assert len(result.created) == CONNECT_BATCH + 20
    assert steps == [(CONNECT_BATCH, CONNECT_BATCH + 20), (CONNECT_BATCH + 20, CONNECT_BATCH + 20)]
    connector.undo(result)
    assert _count(store, OntologyObject) == 0


def test_a_list_run_costs_what_creating_one_record_costs(store: Store, app_id: int) -> None:
    ledger = Ledger(store)
    ledger.start_day()
    billed = Connector(store, ConnectBilling(ChargeEvents()))
    one = billed.execute_plan(ConnectionPlan(app_id, (new_item("contact", "Solo"),)))
    rows = billed.execute_plan(ConnectionPlan(app_id, (_clients(),)))
    assert one.credits_used == rows.credits_used == 2  # a connect run that creates records
    assert billed.execute_plan(ConnectionPlan(app_id, (_clients(),))).credits_used == 0


def test_the_plan_file_carries_the_rows(tmp_path: Path, connector: Connector, app_id: int) -> None:
    plan = ConnectionPlan(app_id, (_clients(),))
    path = tmp_path / "plan.json"
    path.write_text(plan_to_json(plan), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert [r.get("name") for r in document["items"][0]["fields"]["rows"]][:3] == [
        "Ada Lovelace",
        "Grace Hopper",
        "Alan Turing",
    ]
    read = read_plan_file(path, app_id)
    assert read == plan
    # rows edited in the file (one removed) are what the run creates
    document["items"][0]["fields"]["rows"].pop(0)
    edited = plan_from_json(json.dumps(document), app_id)
    assert [o.name for o in connector.execute_plan(edited).created] == [
        "Grace Hopper",
        "Alan Turing",
    ]


def test_an_old_plan_file_still_loads_and_its_list_creates_its_rows(
    connector: Connector, app_id: int
) -> None:
    # Written by l4ydesk before rows were read: a list with only its rows' names.
    old = """{
  "version": 1,
  "items": [
    {"type": "booking", "name": "Upcoming bookings", "action": "create",
     "evidence_file": "app/admin/bookings/page.tsx",
     "fields": {"source": "list", "list": true,
                "items": ["Ada – Haircut", "Grace – Colour"]}},
    {"type": "product", "name": "Mug", "action": "create", "fields": {"price": "9.00"}}
  ]
}"""
    plan = plan_from_json(old, app_id)
    assert plan.items[0].action is Action.CREATE
    assert [i.name for i in expand_plan(plan).items] == ["Ada – Haircut", "Grace – Colour", "Mug"]
    created = connector.execute_plan(plan).created
    assert [o.name for o in created] == ["Ada – Haircut", "Grace – Colour", "Mug"]


def test_a_real_analyzed_list_creates_its_rows(connector: Connector, app_id: int) -> None:
    report = analyze_files(crm_files())
    lists = [d for d in report.detections if d.fields.get("list")]
    assert [(d.type_key, d.name) for d in lists] == [("contact", "Clients")]
    item = item_for_detection(lists[0])
    result = connector.execute_plan(ConnectionPlan(app_id, (item,)))
    assert [o.name for o in result.created] == CLIENT_NAMES
    assert item.item_key in connector.connected_items(app_id)


def test_a_skipped_list_creates_nothing(connector: Connector, app_id: int) -> None:
    result = connector.execute_plan(ConnectionPlan(app_id, (_clients().skip(),)))
    assert [o.outcome for o in result.outcomes] == [Outcome.SKIPPED]
