"""The sentence the preview's "What is this?" shows after a Create or Link, on real runs."""

from __future__ import annotations

from l4ydesk.core.connections import ConnectionPlan, Connector, PlanItem, new_item
from l4ydesk.core.records import RecordBook
from l4ydesk.storage.db import Store
from l4ydesk.ui.preview.what_is_this_state import run_sentence

FILE = "app/clients/page.tsx"


def _clients(*names: str) -> PlanItem:
    rows = [{"name": n, "email": f"{n.split()[0].lower()}@example.com"} for n in names]
    fields = {"list": True, "rows": rows, "items": list(names), "source": "data"}
    return new_item("contact", "Clients", fields, FILE)


def test_a_list_picked_in_the_preview_says_how_many_rows_it_created(
    store: Store, app_id: int
) -> None:
    connector = Connector(store)
    item = _clients("Ada Lovelace", "Grace Hopper", "Alan Turing")
    result = connector.execute_plan(ConnectionPlan(app_id, (item,)))
    assert run_sentence(result) == (
        "Created 3 contacts from the list's rows, linked to this app.",
        True,
    )
    again = connector.execute_plan(ConnectionPlan(app_id, (item,)))
    text, undoable = run_sentence(again)
    assert text.startswith("Already connected to record #") and not undoable


def test_one_record_created_linked_and_relinked(store: Store, app_id: int) -> None:
    connector, book = Connector(store), RecordBook(store)
    shoe = new_item("product", "Trail Shoe", {"price": 120}, "app/page.tsx")
    created = connector.execute_plan(ConnectionPlan(app_id, (shoe,)))
    record = created.created[0].record_id
    assert run_sentence(created) == (
        f"Created “Trail Shoe” (record #{record}) and linked it to this app.",
        True,
    )
    other = book.create("product", "Trail Shoe v2")
    relinked = connector.execute_plan(ConnectionPlan(app_id, (shoe.link(other.id),)))
    # a relink changed something, and its run can be undone
    assert run_sentence(relinked) == (
        f"Linked this element to record #{other.id} in place of its old record.",
        True,
    )
    bag = new_item("product", "Bag", {"price": 40}, "app/page.tsx").link(other.id)
    assert run_sentence(connector.execute_plan(ConnectionPlan(app_id, (bag,)))) == (
        f"Linked “Bag” (record #{other.id}) to this app.",
        True,
    )


def test_a_list_without_named_rows_says_nothing_was_created(store: Store, app_id: int) -> None:
    fields = {"list": True, "rows": [{"email": "x@example.com"}], "source": "data"}
    empty = new_item("contact", "Clients", fields, FILE)
    result = Connector(store).execute_plan(ConnectionPlan(app_id, (empty,)))
    assert run_sentence(result) == (
        "Nothing was created: the list has no row with a name to make a record of.",
        False,
    )
