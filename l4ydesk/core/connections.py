"""Executing connection plans: records created and linked to an app, all or nothing; undo.

A plan of up to `CONNECT_BATCH` items is one write transaction. A larger plan commits in
batches (so other writers are not locked out for its whole length) with progress, and stays
all or nothing through its run record: a failing batch undoes the batches before it, and a run
cut short (killed) is listed as a run and can be undone. Runs are idempotent even when two
overlap: the write lock is taken before the run reads what is connected (`BEGIN IMMEDIATE` on
SQLite), and the store keeps each element (`item_key`) of an app connected at most once.
Every run is kept in `connection_runs`, so it can be undone after a restart.
The plan and result types are re-exported here, so callers need only this module.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from l4ydesk.core.connection_plans import (
    PLAN_FORMAT_VERSION,
    Action,
    ConnectionPlan,
    DetectionLike,
    InvalidPlanError,
    PlanError,
    PlanItem,
    item_for_detection,
    item_key,
    new_item,
    plan_from_json,
    plan_to_json,
    read_plan_file,
)
from l4ydesk.core.connection_results import (
    ConnectionResult,
    ItemOutcome,
    KeptRecord,
    Outcome,
    UndoResult,
)
from l4ydesk.core.connection_rows import (
    LIST_KEY_FIELD,
    ExpandedPlan,
    connected_lists,
    expand_plan,
    is_list,
)
from l4ydesk.core.errors import AppNotFoundError
from l4ydesk.core.ontology import record_type
from l4ydesk.core.records import USED_IN_APP, as_utc
from l4ydesk.storage.connection_models import ConnectionRun
from l4ydesk.storage.db import Store, retry_on_conflict
from l4ydesk.storage.models import BuilderApp, ObjectLink, OntologyObject, utcnow

if TYPE_CHECKING:
    from l4ydesk.core.credits.limits import ConnectBilling

__all__ = [
    "ITEM_KEY_FIELD",
    "PLAN_FORMAT_VERSION",
    "Action",
    "ConnectionPlan",
    "ConnectionResult",
    "Connector",
    "DetectionLike",
    "InvalidPlanError",
    "ItemOutcome",
    "KeptRecord",
    "Outcome",
    "PlanError",
    "PlanItem",
    "PlanTargetError",
    "UndoError",
    "UndoResult",
    "build_properties",
    "item_for_detection",
    "item_key",
    "new_item",
    "plan_from_json",
    "plan_to_json",
    "read_plan_file",
]

log = logging.getLogger(__name__)
ITEM_KEY_FIELD: Final = "item_key"  # the key in ObjectLink.properties that marks an element
# Items per write transaction: a batch holds the write lock well under a second.
CONNECT_BATCH: Final = 500
Progress = Callable[[int, int], None]


class PlanTargetError(PlanError):
    """A Link item points to a record that is missing or of another type."""


class UndoError(PlanError):
    pass


class Connector:
    """Runs connection plans against the store, reports what is connected, undoes runs."""

    def __init__(self, store: Store, billing: ConnectBilling | None = None) -> None:
        self._store = store
        self._billing = billing  # tier limits and credits; None connects freely (tests, tools)

    def execute_plan(
        self, plan: ConnectionPlan, progress: Progress | None = None
    ) -> ConnectionResult:
        """Connect every item: all of it happens, or none of it does (see the module doc).

        With billing, the checkout limit and the credits are checked before anything is
        written (a refusal changes nothing) and the records created are charged with the run.
        """
        self._check_targets(plan)
        # a list's Create is one Create per row, unless the list is linked to one record already
        lists = [i.item_key for i in plan.items if i.action is Action.CREATE and is_list(i)]
        expanded = expand_plan(plan, self._linked_keys(plan.app_id, lists) if lists else ())
        total = len(expanded.items)
        if total <= CONNECT_BATCH:
            return self._execute_whole(expanded)
        run_id = self._start_run(expanded)
        done = 0
        try:
            for start in range(0, total, CONNECT_BATCH):
                batch = expanded.items[start : start + CONNECT_BATCH]
                self._execute_batch(expanded, run_id, batch, last=start + len(batch) == total)
                done += len(batch)
                if progress:
                    progress(done, total)
        except BaseException:
            try:
                self.undo(run_id)  # all or nothing: take back the batches already committed
            except Exception:
                # The run stays listed (unfinished), so the user can still undo it.
                log.exception("taking back the partial connection run %s failed", run_id)
            raise
        return self.run(run_id)

    @retry_on_conflict
    def _execute_whole(self, plan: ExpandedPlan) -> ConnectionResult:
        with self._store.write_session() as session:
            account = None
            if self._billing is not None:
                # First, so the credit account's lock is the transaction's first write.
                account = self._billing.before_run(session, lambda: _pending_counts(session, plan))
            app = _lock_app(session, plan.app_id)
            connected = _connected_links(session, plan.app_id)
            run = ConnectionRun(app_id=plan.app_id, outcomes=[])
            session.add(run)
            session.flush()
            entries = _execute_items(session, app, run.id, plan, plan.items, connected)
            run.outcomes = entries
            run.finished_at = utcnow()
            session.flush()
            result = _result(run)
            if self._billing is not None and account is not None:
                used = self._billing.after_run(
                    session, account, run.id, plan.app_id, [o.item_key for o in result.created]
                )
                result = replace(result, credits_used=used)
            return result

    @retry_on_conflict
    def _start_run(self, plan: ExpandedPlan) -> int:
        with self._store.write_session() as session:
            if self._billing is not None:
                self._billing.before_run(session, lambda: _pending_counts(session, plan))
            app_id = plan.app_id
            _lock_app(session, app_id)
            run = ConnectionRun(app_id=app_id, outcomes=[])
            session.add(run)
            session.flush()
            return run.id

    @retry_on_conflict
    def _execute_batch(
        self, plan: ExpandedPlan, run_id: int, items: Sequence[PlanItem], last: bool
    ) -> None:
        app_id = plan.app_id
        with self._store.write_session() as session:
            app = _lock_app(session, app_id)
            run = session.get(ConnectionRun, run_id)
            if run is None:
                raise UndoError(
                    "The connection run was removed while it ran (was its app deleted?)."
                )
            # Read again in this transaction: another run may have connected items meanwhile.
            connected = _connected_links(session, app_id)
            entries = _execute_items(session, app, run_id, plan, items, connected)
            run.outcomes = [*run.outcomes, *entries]
            if last:
                run.finished_at = utcnow()
            session.flush()
            if last and self._billing is not None:
                from l4ydesk.core.credits.ledger import lock_account

                created = [o.item_key for o in _result(run).created]
                self._billing.after_run(session, lock_account(session), run_id, app_id, created)

    def _linked_keys(self, app_id: int, keys: Sequence[str]) -> set[str]:
        """Which of the elements `keys` (a plan's lists: a handful) have a link of their own."""
        with self._store.session() as session:
            found = session.scalars(
                select(ObjectLink.item_key).where(
                    ObjectLink.app_id == app_id,
                    ObjectLink.link_type == USED_IN_APP,
                    ObjectLink.item_key.in_(keys),
                )
            )
            return {key for key in found if key}

    def _check_targets(self, plan: ConnectionPlan) -> None:
        """Refuse a plan whose links point nowhere before anything is written."""
        targets = {item.target_id for item in plan.items if item.target_id is not None}
        if not targets:
            return
        with self._store.session() as session:
            app = session.get(BuilderApp, plan.app_id)
            if app is None:
                raise AppNotFoundError("That app no longer exists.")
            found: dict[int, OntologyObject] = {}
            ids = sorted(targets)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = session.scalars(select(OntologyObject).where(OntologyObject.id.in_(chunk)))
                found.update({row.id: row for row in rows})
            for item in plan.items:
                if item.target_id is not None:
                    _check_target(app, item, found.get(item.target_id))

    @retry_on_conflict
    def undo(self, result: ConnectionResult | int) -> UndoResult:
        """Remove the run's links and the records it created, in one transaction.

        A created record is kept (and reported) when something links to it since, or when it
        was edited since: undo takes back the connecting, never someone's later work.
        """
        run_id = result.run_id if isinstance(result, ConnectionResult) else result
        with self._store.write_session() as session:
            row = session.get(ConnectionRun, run_id)
            if row is None:
                raise UndoError("That connection run no longer exists (was its app deleted?).")
            if row.undone_at is not None:
                raise UndoError("That connection run was already undone.")
            for entry in row.outcomes:
                if entry["outcome"] == Outcome.RELINKED:
                    _undo_relink(session, run_id, entry)
            own_links = {e["link_id"] for e in row.outcomes if _changed(e) and e["link_id"]}
            removed: list[int] = []
            for link_id in sorted(own_links):
                link = session.get(ObjectLink, link_id)
                # SQLite reuses the ids of deleted rows: only a link marked with this run is ours.
                if link is not None and (link.properties or {}).get("run_id") == run_id:
                    session.delete(link)
                    removed.append(link_id)
            session.flush()
            deleted: list[int] = []
            kept: list[KeptRecord] = []
            for entry in row.outcomes:
                if entry["outcome"] != Outcome.CREATED:
                    continue
                record = session.get(OntologyObject, entry["record_id"])
                if record is None:
                    continue
                reason = _reason_to_keep(session, record, entry)
                if reason:
                    kept.append(KeptRecord(record.id, reason))
                else:
                    session.delete(record)
                    deleted.append(record.id)
            row.undone_at = utcnow()
            session.flush()
            return UndoResult(run_id, tuple(removed), tuple(deleted), tuple(kept))

    def connected_items(self, app_id: int) -> dict[str, int]:
        """item_key → record id for every element of the app that is connected now.

        A list element whose rows were created reads as connected to its first row's record.
        """
        with self._store.session() as session:
            links = _connected_links(session, app_id)
            own = {key: link.from_object_id for key, link in links.items()}
            return {**connected_lists(links.values()), **own}

    def runs(self, app_id: int) -> list[ConnectionResult]:
        """The app's runs, newest first (undone ones included, marked by `undone_at`)."""
        with self._store.session() as session:
            rows = session.scalars(
                select(ConnectionRun)
                .where(ConnectionRun.app_id == app_id)
                .order_by(ConnectionRun.id.desc())
            )
            return [_result(row) for row in rows]

    def run(self, run_id: int) -> ConnectionResult:
        with self._store.session() as session:
            row = session.get(ConnectionRun, run_id)
            if row is None:
                raise UndoError("That connection run no longer exists (was its app deleted?).")
            return _result(row)


def build_properties(type_key: str, name: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A new record's properties from an item: the ontology maps fields to properties.

    The item's (possibly edited) name wins over a detected "name" field.
    """
    return dict(record_type(type_key).build_properties({**fields, "name": name}))


# ----- executing ----------------------------------------------------------------------------


def _connected_links(session: Session, app_id: int) -> dict[str, ObjectLink]:
    # Links made by hand (without an item_key) are not elements of the app: ignored here.
    links = session.scalars(
        select(ObjectLink).where(
            ObjectLink.app_id == app_id,
            ObjectLink.link_type == USED_IN_APP,
            ObjectLink.item_key.is_not(None),
        )
    )
    return {link.item_key: link for link in links if link.item_key}


def _pending_counts(session: Session, plan: ExpandedPlan) -> tuple[int, int]:
    """New checkouts and new records a run would make now (skipped and connected items aside)."""
    connected = _connected_links(session, plan.app_id)
    pending = [i for i in plan.items if i.action is not Action.SKIP and i.item_key not in connected]
    return (
        sum(1 for item in pending if item.type == "checkout"),
        sum(1 for item in pending if item.action is Action.CREATE),
    )


def _execute_items(
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
        state = _state(record)
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


def _lock_app(session: Session, app_id: int) -> BuilderApp:
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
    _check_target(app, item, target)
    assert target is not None
    return target


def _check_target(app: BuilderApp, item: PlanItem, target: OntologyObject | None) -> None:
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


# ----- undoing ------------------------------------------------------------------------------


def _changed(entry: Mapping[str, Any]) -> bool:
    return entry["outcome"] in (Outcome.CREATED, Outcome.LINKED)


def _undo_relink(session: Session, run_id: int, entry: Mapping[str, Any]) -> None:
    link = session.get(ObjectLink, entry["link_id"])
    previous = session.get(OntologyObject, entry.get("previous_record_id"))
    if link is None or previous is None or (link.properties or {}).get("relinked_by") != run_id:
        return  # changed again since, or the old record is gone: leave what is there
    link.from_object_id = previous.id
    link.properties = {k: v for k, v in (link.properties or {}).items() if k != "relinked_by"}


def _reason_to_keep(session: Session, record: OntologyObject, entry: Mapping[str, Any]) -> str:
    # The run's own links are already deleted (and flushed), so any link left is someone else's.
    other = session.scalar(
        select(ObjectLink.id)
        .where(or_(ObjectLink.from_object_id == record.id, ObjectLink.to_object_id == record.id))
        .limit(1)
    )
    if other is not None:
        return "it is linked to something else since"
    if entry.get("state") != _state(record):
        return "it was edited since"
    return ""


def _state(record: OntologyObject) -> str:
    # created_at is part of it so a record that merely reuses a deleted one's id never matches.
    created = as_utc(record.created_at).isoformat()
    data = json.dumps([created, record.name, record.properties, record.status], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def _result(row: ConnectionRun) -> ConnectionResult:
    outcomes = tuple(
        ItemOutcome(
            item_key=e["item_key"],
            type=e["type"],
            name=e["name"],
            outcome=Outcome(e["outcome"]),
            record_id=e["record_id"],
            link_id=e["link_id"],
        )
        for e in row.outcomes
    )
    undone_at = as_utc(row.undone_at) if row.undone_at is not None else None
    return ConnectionResult(row.id, row.app_id, outcomes, as_utc(row.created_at), undone_at)
