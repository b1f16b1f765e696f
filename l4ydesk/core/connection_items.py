"""Executing one connection plan's items inside a write transaction: create, link, relink.

`connections.Connector` owns the transactions, batches, billing and undo; this module does
what one batch does to the store, item by item.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.connection_plans import Action, PlanError, PlanItem
from l4ydesk.core.connection_results import Outcome
from l4ydesk.core.connection_rows import LIST_KEY_FIELD, ExpandedPlan, connected_lists, is_list
from l4ydesk.core.errors import AppNotFoundError
from l4ydesk.core.ontology import record_type
from l4ydesk.core.records import USED_IN_APP, as_utc
from l4ydesk.storage.models import BuilderApp, ObjectLink, OntologyObject

ITEM_KEY_FIELD: Final = "item_key"  # the key in ObjectLink.properties that marks an element


class PlanTargetError(PlanError):
    """A Link item points to a record that is missing or of another type."""


def build_properties(type_key: str, name: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A new record's properties from an item: the ontology maps fields to properties.

    The item's (possibly edited) name wins over a detected "name" field.
    """
    return dict(record_type(type_key).build_properties({**fields, "name": name}))


def connected_links(session: Session, app_id: int) -> dict[str, ObjectLink]:
    # Links made by hand (without an item_key) are not elements of the app: ignored here.
    links = session.scalars(
        select(ObjectLink).where(
            ObjectLink.app_id == app_id,
            ObjectLink.link_type == USED_IN_APP,
            ObjectLink.item_key.is_not(None),
        )
    )
    return {link.item_key: link for link in links if link.item_key}


def pending_counts(session: Session, plan: ExpandedPlan) -> tuple[int, int]:
    """New checkouts and new records a run would make now (skipped and connected items aside)."""
    connected = connected_links(session, plan.app_id)
    pending = [i for i in plan.items if i.action is not Action.SKIP and i.item_key not in connected]
    return (
        sum(1 for item in pending if item.type == "checkout"),
        sum(1 for item in pending if item.action is Action.CREATE),
    )


def execute_items(
    session: Session,
    app: BuilderApp,
    run_id: int,
    plan: ExpandedPlan,
    items: Sequence[PlanItem],
    connected: dict[str, ObjectLink],
) -> list[dict[str, Any]]:
    # lists connected through their rows: asked only when this batch links a list
    links_a_list = any(i.action is Action.LINK and is_list(i) for i in items)
    by_rows = connected_lists(connected.values()) if links_a_list else {}
    return [
        _execute_item(
            session, app, run_id, item, connected, by_rows, plan.list_of.get(item.item_key)
        )
        for item in items
    ]


def _execute_item(
    session: Session,
    app: BuilderApp,
    run_id: int,
    item: PlanItem,
    connected: dict[str, ObjectLink],
    by_rows: Mapping[str, int],
    list_key: str | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "item_key": item.item_key,
        "type": item.type,
        "name": item.name,
        "record_id": None,
        "link_id": None,
    }
    if item.action is Action.SKIP:
        return {**entry, "outcome": str(Outcome.SKIPPED)}
    existing = connected.get(item.item_key)
    if existing is None and item.item_key in by_rows:
        # A list whose rows are records already: linking it to one record as well would leave
        # it connected twice. Undo the rows' run to link the list instead.
        return {
            **entry,
            "outcome": str(Outcome.ALREADY_CONNECTED),
            "record_id": by_rows[item.item_key],
        }
    if (
        existing is not None
        and item.action is Action.LINK
        and item.target_id != existing.from_object_id
    ):
        return _relink(session, app, run_id, item, existing, entry)
    if existing is not None:
        return {
            **entry,
            "outcome": str(Outcome.ALREADY_CONNECTED),
            "record_id": existing.from_object_id,
            "link_id": existing.id,
        }
    state: str | None = None
    if item.action is Action.CREATE:
        record = OntologyObject(
            workspace_id=app.workspace_id,
            type=item.type,
            name=item.name,
            properties=build_properties(item.type, item.name, item.fields),
            status="active",
        )
        session.add(record)
        session.flush()
        state = record_state(record)
        outcome = Outcome.CREATED
    else:
        assert item.target_id is not None  # PlanItem guarantees it for a link
        record = _link_target(session, app, item, item.target_id)
        outcome = Outcome.LINKED
    link = ObjectLink(
        from_object_id=record.id,
        app_id=app.id,
        link_type=USED_IN_APP,
        item_key=item.item_key,
        properties={
            ITEM_KEY_FIELD: item.item_key,
            "run_id": run_id,
            "evidence_file": item.evidence_file,
            # a row of a list element: the list reads as connected through its rows
            **({LIST_KEY_FIELD: list_key} if list_key else {}),
        },
    )
    session.add(link)
    session.flush()
    connected[item.item_key] = link
    return {
        **entry,
        "outcome": str(outcome),
        "record_id": record.id,
        "link_id": link.id,
        "state": state,
    }


def lock_app(session: Session, app_id: int) -> BuilderApp:
    # FOR UPDATE serializes runs for one app on PostgreSQL; on SQLite the write session's
    # BEGIN IMMEDIATE already did.
    app = session.scalar(select(BuilderApp).where(BuilderApp.id == app_id).with_for_update())
    if app is None:
        raise AppNotFoundError("That app no longer exists.")
    return app


def _link_target(
    session: Session, app: BuilderApp, item: PlanItem, target_id: int
) -> OntologyObject:
    target = session.get(OntologyObject, target_id)
    check_target(app, item, target)
    assert target is not None
    return target


def check_target(app: BuilderApp, item: PlanItem, target: OntologyObject | None) -> None:
    if target is None or target.workspace_id != app.workspace_id:
        raise PlanTargetError(
            f"'{item.name}' should link to record #{item.target_id}, which does not exist "
            "(it may have been deleted). Nothing was connected; choose another record."
        )
    if target.type != item.type:
        raise PlanTargetError(
            f"Record #{item.target_id} is of type '{target.type}', but '{item.name}' is of type "
            f"'{item.type}'. Nothing was connected; link it to a record of the same type."
        )


def _relink(
    session: Session,
    app: BuilderApp,
    run_id: int,
    item: PlanItem,
    link: ObjectLink,
    entry: dict[str, Any],
) -> dict[str, Any]:
    """Point an element that is connected already at the record the plan now names.

    The link keeps its identity (the run that made it can still undo it); this run remembers
    the record it replaced, so undoing this run points the link back.
    """
    assert item.target_id is not None
    target = _link_target(session, app, item, item.target_id)
    previous = link.from_object_id
    link.from_object_id = target.id
    link.properties = {**(link.properties or {}), "relinked_by": run_id}
    session.flush()
    return {
        **entry,
        "outcome": str(Outcome.RELINKED),
        "record_id": target.id,
        "link_id": link.id,
        "previous_record_id": previous,
    }


def record_state(record: OntologyObject) -> str:
    # created_at is part of it so a record that merely reuses a deleted one's id never matches.
    created = as_utc(record.created_at).isoformat()
    data = json.dumps([created, record.name, record.properties, record.status], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()
