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

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from l4ydesk.core.connection_items import (
    ITEM_KEY_FIELD,
    PlanTargetError,
    build_properties,
    check_target,
    connected_links,
    execute_items,
    lock_app,
    pending_counts,
    record_state,
)
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
from l4ydesk.core.connection_rows import ExpandedPlan, connected_lists, expand_plan, is_list
from l4ydesk.core.errors import AppNotFoundError
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
# Items per write transaction: a batch holds the write lock well under a second.
CONNECT_BATCH: Final = 500
Progress = Callable[[int, int], None]


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
                account = self._billing.before_run(session, lambda: pending_counts(session, plan))
            app = lock_app(session, plan.app_id)
            connected = connected_links(session, plan.app_id)
            run = ConnectionRun(app_id=plan.app_id, outcomes=[])
            session.add(run)
            session.flush()
            entries = execute_items(session, app, run.id, plan, plan.items, connected)
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
                self._billing.before_run(session, lambda: pending_counts(session, plan))
            app_id = plan.app_id
            lock_app(session, app_id)
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
            app = lock_app(session, app_id)
            run = session.get(ConnectionRun, run_id)
            if run is None:
                raise UndoError(
                    "The connection run was removed while it ran (was its app deleted?)."
                )
            # Read again in this transaction: another run may have connected items meanwhile.
            connected = connected_links(session, app_id)
            entries = execute_items(session, app, run_id, plan, items, connected)
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
                    check_target(app, item, found.get(item.target_id))

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
            links = connected_links(session, app_id)
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
    if entry.get("state") != record_state(record):
        return "it was edited since"
    return ""


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
