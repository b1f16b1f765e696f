"""Undoing a connection run: links and created records go, later work stays, even after restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import (
    ConnectionPlan,
    ConnectionResult,
    Connector,
    UndoError,
    new_item,
)
from l4ydesk.core.records import RecordBook, RecordNotFoundError
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject


def _run(connector: Connector, book: RecordBook, app_id: int) -> tuple[ConnectionResult, int]:
    """A run that creates a Tee and a Launch event and links an existing Mug."""
    mug = book.create("product", "Mug")
    plan = ConnectionPlan(
        app_id,
        (
            new_item("product", "Tee", {}, "app/page.tsx"),
            new_item("event", "Launch", {}, "app/page.tsx"),
            new_item("product", "Mug", {}, "app/page.tsx").link(mug.id),
            new_item("form", "Contact us", {}, "app/contact/page.tsx").skip(),
        ),
    )
    return connector.execute_plan(plan), mug.id


def test_undo_removes_links_and_created_records_but_not_linked_ones(
    connector: Connector, book: RecordBook, app_id: int
) -> None:
    result, mug_id = _run(connector, book, app_id)
    undone = connector.undo(result)

    assert undone.complete and undone.kept == ()
    assert set(undone.deleted_record_ids) == {o.record_id for o in result.created}
    assert len(undone.removed_link_ids) == 3
    assert undone.summary() == "Removed 3 link(s) and deleted 2 record(s)."
    assert connector.connected_items(app_id) == {}
    assert [r.id for r in book.list_records()] == [mug_id]  # linked, not created: it stays
    assert book.records_of(app_id) == []
    assert connector.run(result.run_id).undone_at is not None


def test_undo_twice_is_refused(connector: Connector, book: RecordBook, app_id: int) -> None:
    result, _ = _run(connector, book, app_id)
    connector.undo(result.run_id)
    with pytest.raises(UndoError, match="already undone"):
        connector.undo(result)
    with pytest.raises(UndoError, match="no longer exists"):
        connector.undo(99_999)


def test_a_created_record_linked_elsewhere_since_is_kept(
    connector: Connector, book: RecordBook, catalog: AppCatalog, app_id: int
) -> None:
    result, _ = _run(connector, book, app_id)
    tee_id = result.created[0].record_id
    assert tee_id is not None
    outlet = catalog.create("Outlet").app_id
    connector.execute_plan(ConnectionPlan(outlet, (new_item("product", "Tee").link(tee_id),)))

    undone = connector.undo(result)

    assert not undone.complete
    assert [(k.record_id, k.reason) for k in undone.kept] == [
        (tee_id, "it is linked to something else since")
    ]
    assert "Kept record #" in undone.summary()
    assert book.get(tee_id).name == "Tee"
    assert [a.app_id for a in book.apps_of(tee_id)] == [outlet]  # only this app's link went
    assert connector.connected_items(app_id) == {}
    launch_id = result.created[1].record_id
    assert launch_id is not None and launch_id in undone.deleted_record_ids


def test_a_created_record_edited_since_is_kept(
    connector: Connector, book: RecordBook, app_id: int
) -> None:
    result, _ = _run(connector, book, app_id)
    launch_id = result.created[1].record_id
    assert launch_id is not None
    record = book.get(launch_id)
    book.update(launch_id, properties={**record.properties, "location": "Rooftop"})

    undone = connector.undo(result)

    assert [(k.record_id, k.reason) for k in undone.kept] == [(launch_id, "it was edited since")]
    assert book.get(launch_id).properties["location"] == "Rooftop"
    assert book.records_of(app_id) == []


def test_undo_works_after_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'restart.db'}"
    first = Store(url)
    try:
        app_id = AppCatalog(first).create("Shop").app_id
        result, _ = _run(Connector(first), RecordBook(first), app_id)
    finally:
        first.close()

    second = Store(url)
    try:
        connector = Connector(second)
        [stored] = connector.runs(app_id)
        assert stored == result  # the result survives the restart as it was reported
        undone = connector.undo(stored.run_id)
        assert len(undone.deleted_record_ids) == 2
        with pytest.raises(RecordNotFoundError):
            RecordBook(second).get(undone.deleted_record_ids[0])
    finally:
        second.close()


def test_undo_copes_with_records_deleted_meanwhile(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    result, _ = _run(connector, book, app_id)
    tee_id = result.created[0].record_id
    with store.session() as session:
        session.delete(session.get_one(OntologyObject, tee_id))  # its link cascades away
    undone = connector.undo(result)
    assert tee_id not in undone.deleted_record_ids and len(undone.removed_link_ids) == 2
    with store.session() as session:
        assert session.scalars(select(ObjectLink)).all() == []


def test_runs_lists_newest_first(connector: Connector, book: RecordBook, app_id: int) -> None:
    first, _ = _run(connector, book, app_id)
    second = connector.execute_plan(ConnectionPlan(app_id, (new_item("ticket", "Help"),)))
    assert [r.run_id for r in connector.runs(app_id)] == [second.run_id, first.run_id]


def test_undo_never_touches_rows_that_reuse_deleted_ids(
    connector: Connector, book: RecordBook, store: Store, app_id: int
) -> None:
    first = connector.execute_plan(ConnectionPlan(app_id, (new_item("product", "Tee"),)))
    [created] = first.created
    with store.session() as session:
        session.delete(session.get_one(OntologyObject, created.record_id))  # cascades its link
    # SQLite hands the freed ids to the next rows: same record id, same link id.
    second = connector.execute_plan(ConnectionPlan(app_id, (new_item("product", "Tee"),)))
    assert (second.created[0].record_id, second.created[0].link_id) == (
        created.record_id,
        created.link_id,
    )

    undone = connector.undo(first)

    assert (undone.removed_link_ids, undone.deleted_record_ids) == ((), ())
    assert connector.connected_items(app_id) == {second.created[0].item_key: created.record_id}
