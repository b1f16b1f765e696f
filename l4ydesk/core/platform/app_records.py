"""The records one app may see and change through the platform API, and the events they raise.

A record belongs to an app through its `used_in_app` link (the links Connect creates); a record
of another app, or of no app, answers "not found", never "forbidden", so ids leak nothing.
Creating through the API links the new record to the key's app in the same transaction, and
every change writes its webhook event to the outbox in that transaction too.
"""

from __future__ import annotations

import base64
import binascii
import copy
import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, NamedTuple

from sqlalchemy import Select, String, Text, bindparam, cast, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.ontology import RecordType, record_type
from l4ydesk.core.platform.errors import (
    ConflictError,
    FieldProblem,
    InvalidInputError,
    NotFoundError,
)
from l4ydesk.core.platform.outbox import enqueue
from l4ydesk.core.platform.workflow_runs import RunOutcome, WorkflowRuns
from l4ydesk.core.records import (
    USED_IN_APP,
    Record,
    as_utc,
    check_status,
    clean_name,
    to_record,
)
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject

MAX_PAGE: Final = 200
DEFAULT_PAGE: Final = 50


class RawRecord(NamedTuple):
    """A listed record as the API prints it, its properties still the JSON text the store holds.

    The API's list route splices that text into its answer unparsed: the list is a shop's hot
    path, and parsing fifty property objects only to print them again was most of its cost.
    The moments are ISO 8601 text in UTC, as `record_json` prints them. (A tuple: fifty are
    made per request, and a frozen dataclass costs several times more to build.)
    """

    id: int
    type: str
    name: str
    properties_json: str
    status: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class RawPage:
    records: list[RawRecord]
    next_cursor: str | None


@functools.cache
def _list_statement(by_cursor: bool, by_status: bool, by_updated: bool) -> Any:
    """The list query with bound parameters, built once per filter combination."""
    t = OntologyObject
    # EXISTS per row, not IN (all of the app's links): the walk goes along the type's index in
    # id order and stops after one page, whatever the number of records the app has.
    linked = (
        select(ObjectLink.id)
        .where(
            ObjectLink.from_object_id == t.id,
            ObjectLink.app_id == bindparam("app_id"),
            ObjectLink.link_type == USED_IN_APP,
        )
        .exists()
    )
    query: Any = (
        select(
            t.id,
            t.type,
            t.name,
            cast(t.properties, Text),
            t.status,
            # As the driver gives them: SQLite's stored text is printed without a parse.
            type_coerce(t.created_at, String),
            type_coerce(t.updated_at, String),
        )
        .where(t.type == bindparam("type_key"), linked)
        .order_by(t.id)
        .limit(bindparam("limit"))
    )
    if by_cursor:
        query = query.where(t.id > bindparam("after_id"))
    if by_status:
        query = query.where(t.status == bindparam("status"))
    if by_updated:
        query = query.where(t.updated_at >= bindparam("updated_since", type_=t.updated_at.type))
    return query


@functools.cache
def _compiled_list(
    dialect: Any, by_cursor: bool, by_status: bool, by_updated: bool
) -> tuple[str, tuple[str, ...] | None, dict[str, Any], tuple[tuple[str, Any], ...]]:
    """The list query compiled once for the driver: its SQL text, the order of its positional
    parameters (None: named), the values it holds itself (the link type, the offset), and the
    converters of the parameters that need one."""
    compiled = _list_statement(by_cursor, by_status, by_updated).compile(dialect=dialect)
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    fixed = {
        name: bind.effective_value
        for bind, name in compiled.bind_names.items()
        if not bind.required
    }
    processors = tuple(
        (name, process)
        for name, bind in compiled.binds.items()
        if (process := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    )
    return str(compiled), order, fixed, processors


def iso_utc(moment: datetime | str) -> str:
    """`as_utc(moment).isoformat()`, also for SQLite's stored text ("2026-12-06 05:22:31.123456").

    The text in SQLAlchemy's own storage format is rewritten without building a datetime (a
    hundred per page); anything else is parsed.
    """
    if isinstance(moment, str):
        if len(moment) == 26 and moment[10] == " " and moment[19] == ".":
            fraction = "" if moment.endswith(".000000") else moment[19:]
            return f"{moment[:10]}T{moment[11:19]}{fraction}+00:00"
        moment = datetime.fromisoformat(moment)
    return as_utc(moment).isoformat()


def encode_cursor(record_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{record_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        if kind != "id" or not value.isdigit():
            raise ValueError(text)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInputError(
            [FieldProblem("cursor", "not a cursor this API gave out")],
            "The cursor is not one this API gave out; use next_cursor from the previous page.",
        ) from exc


def app_record_ids(app_id: int) -> Select[Any]:
    """The ids of the records linked to an app (a subquery)."""
    return select(ObjectLink.from_object_id).where(
        ObjectLink.app_id == app_id, ObjectLink.link_type == USED_IN_APP
    )


def require_app_record(
    session: Session, app_id: int, type_key: str, record_id: int
) -> OntologyObject:
    row = session.scalar(
        select(OntologyObject).where(
            OntologyObject.id == record_id,
            OntologyObject.type == type_key,
            OntologyObject.id.in_(app_record_ids(app_id)),
        )
    )
    if row is None:
        label = record_type(type_key).label.lower()
        raise NotFoundError(f"There is no {label} #{record_id} in this app.")
    return row


def emit(session: Session, app_id: int, rtype: RecordType, verb: str, record: Record) -> None:
    """Write `<type>.<verb>` to the outbox when the registry lists that event for the type."""
    event = f"{rtype.key}.{verb}"
    if event in rtype.webhook_events:
        enqueue(session, app_id, event, {"object": record_json(record)})


def record_json(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "type": record.type,
        "name": record.name,
        "status": record.status,
        "properties": record.properties,
        "created_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
    }


def default_name(rtype: RecordType, properties: Mapping[str, Any]) -> str:
    """A name from the first text property that is set (title, name, subject…), else the label."""
    for spec in rtype.properties:
        value = properties.get(spec.name)
        if spec.kind in ("string", "email") and isinstance(value, str) and value.strip():
            return value
    return rtype.label


class AppRecords:
    """List, get, create, update and delete the records of one app, by ontology type."""

    def __init__(self, store: Store, runs: WorkflowRuns | None = None) -> None:
        self._store = store
        self._runs = runs or WorkflowRuns()
        self._workspace_id: int | None = None

    def list_raw(
        self,
        app_id: int,
        type_key: str,
        *,
        cursor: str | None = None,
        limit: int = DEFAULT_PAGE,
        status: str | None = None,
        updated_since: datetime | None = None,
    ) -> RawPage:
        limit = max(1, min(MAX_PAGE, limit))
        params: dict[str, Any] = {"app_id": app_id, "type_key": type_key, "limit": limit + 1}
        if cursor:
            params["after_id"] = decode_cursor(cursor)
        if status:
            params["status"] = status
        if updated_since is not None:
            params["updated_since"] = updated_since
        engine = self._store.engine
        sql, order, fixed, processors = _compiled_list(
            engine.dialect, bool(cursor), bool(status), updated_since is not None
        )
        values = {**fixed, **params}
        for name, process in processors:
            values[name] = process(values[name])
        # The driver's own cursor on a pooled connection: rows read here are never written
        # back, so no identity map, no result processing and no parsing are needed.
        connection = engine.raw_connection()
        try:
            cursor_ = connection.cursor()
            cursor_.execute(sql, [values[name] for name in order] if order else values)
            rows = cursor_.fetchall()
            cursor_.close()
        finally:
            connection.close()  # back to the pool, rolled back as a Connection would be
        records = [
            RawRecord(r[0], r[1], r[2], r[3] or "{}", r[4], iso_utc(r[5]), iso_utc(r[6]))
            for r in rows[:limit]
        ]
        more = len(rows) > limit
        return RawPage(records, encode_cursor(records[-1].id) if more and records else None)

    def get(self, app_id: int, type_key: str, record_id: int) -> Record:
        with self._store.session() as session:
            return to_record(require_app_record(session, app_id, type_key, record_id))

    def create(
        self,
        app_id: int,
        type_key: str,
        properties: Mapping[str, Any],
        *,
        name: str | None = None,
        status: str = "active",
    ) -> Record:
        rtype = record_type(type_key)
        props = rtype.new_properties()
        props.update(copy.deepcopy(dict(properties)))
        self.workspace_id()  # resolved before the transaction: it may need one of its own
        with self._store.session() as session:
            return self.create_in(session, app_id, rtype, props, name=name, status=status)

    def create_in(
        self,
        session: Session,
        app_id: int,
        rtype: RecordType,
        props: dict[str, Any],
        *,
        name: str | None = None,
        status: str = "active",
    ) -> Record:
        """Create, link and announce a record inside the caller's transaction."""
        row = OntologyObject(
            workspace_id=self.workspace_id(),
            type=rtype.key,
            name=clean_name(name or default_name(rtype, props)),
            properties=props,
            status=check_status(status),
        )
        session.add(row)
        session.flush()
        session.add(ObjectLink(from_object_id=row.id, app_id=app_id, link_type=USED_IN_APP))
        session.flush()
        record = to_record(row)
        emit(session, app_id, rtype, "created", record)
        return record

    def update(
        self,
        app_id: int,
        type_key: str,
        record_id: int,
        changes: Mapping[str, Any],
        *,
        name: str | None = None,
        status: str | None = None,
    ) -> Record:
        """Merge `changes` into the properties (a PATCH: what is not sent stays)."""
        rtype = record_type(type_key)
        with self._store.session() as session:
            row = require_app_record(session, app_id, type_key, record_id)
            if changes:
                merged = copy.deepcopy(dict(row.properties or {}))
                merged.update(copy.deepcopy(dict(changes)))
                row.properties = merged  # a new dict: the JSON column notices reassignment only
            if name is not None:
                row.name = clean_name(name)
            if status is not None:
                row.status = check_status(status)
            session.flush()
            record = to_record(row)
            emit(session, app_id, rtype, "updated", record)
            return record

    def delete(self, app_id: int, type_key: str, record_id: int) -> Record:
        rtype = record_type(type_key)
        with self._store.session() as session:
            row = require_app_record(session, app_id, type_key, record_id)
            record = to_record(row)
            others = session.scalar(
                select(func.count(ObjectLink.id)).where(
                    ObjectLink.from_object_id == record_id,
                    ObjectLink.link_type == USED_IN_APP,
                    ObjectLink.app_id != app_id,
                )
            )
            if others:
                # Another app uses it too: this app lets go of it, the other keeps it.
                session.execute(
                    delete(ObjectLink).where(
                        ObjectLink.from_object_id == record_id,
                        ObjectLink.link_type == USED_IN_APP,
                        ObjectLink.app_id == app_id,
                    )
                )
            else:
                session.delete(row)
            session.flush()
            emit(session, app_id, rtype, "deleted", record)
            return record

    def run_workflow(self, app_id: int, workflow_id: int, run_key: str | None = None) -> RunOutcome:
        """Run an app's workflow now: its `workflow.run` event goes to the app's endpoints.

        Paid with credits (402 when they do not cover it); the same `run_key` runs it once.
        """
        key = f"manual:{app_id}:{workflow_id}:{run_key or uuid.uuid4().hex}"
        with self._store.session() as session:
            account = self._runs.lock(session)  # first, before any read (see ledger.py)
            row = require_app_record(session, app_id, "workflow", workflow_id)
            if not (row.properties or {}).get("enabled", True):
                raise ConflictError(f"The workflow '{row.name}' is disabled; enable it first.")
            outcome = self._runs.run(
                session, account, app_id, workflow_id, key, {"trigger": "manual"}
            )
            self._runs.require_paid(outcome, account)
            return outcome

    def workspace_id(self) -> int:
        if self._workspace_id is None:
            self._workspace_id = AppCatalog(self._store).workspace_id()
        return self._workspace_id
