"""Business records of the workspace: list, search, read, create and edit them, and their apps.

A record is an `OntologyObject` row of one of the nine ontology types; its `type` column holds
the ontology key ("product", "contact", ...). A record is used by a builder app through an
`ObjectLink` of type `used_in_app`. Callers get frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.errors import AppNotFoundError, L4yError
from l4ydesk.core.ontology import ONTOLOGY, record_type
from l4ydesk.core.text_safety import control_character, hidden_character
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import BuilderApp, ObjectLink, OntologyObject

USED_IN_APP: Final = "used_in_app"
RECORD_STATUSES: Final = ("active", "draft", "archived")
MAX_NAME_LENGTH: Final = 300


class RecordError(L4yError):
    """A record operation was refused; the message says why."""


class RecordNotFoundError(RecordError):
    pass


class InvalidRecordTypeError(RecordError):
    pass


class InvalidRecordError(RecordError):
    pass


@dataclass(frozen=True)
class Record:
    id: int
    type: str
    name: str
    # A private copy: editing it changes nothing stored (use RecordBook.update for that).
    properties: dict[str, Any] = field(hash=False)
    status: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class LinkedApp:
    app_id: int
    name: str
    slug: str


def record_type_keys() -> tuple[str, ...]:
    return ONTOLOGY.keys()


def check_type(type_key: str) -> str:
    """The type key itself, or InvalidRecordTypeError naming the nine valid keys."""
    if type_key not in ONTOLOGY:
        raise InvalidRecordTypeError(
            f"'{type_key}' is not a record type; use one of: {', '.join(record_type_keys())}."
        )
    return type_key


def clean_name(name: str) -> str:
    """A record name with its whitespace collapsed, or InvalidRecordError."""
    cleaned = " ".join(name.split()) if isinstance(name, str) else ""
    if not cleaned:
        raise InvalidRecordError("A record needs a name.")
    bad = control_character(cleaned) or hidden_character(cleaned)
    if bad is not None:
        raise InvalidRecordError(
            f"The name contains an invisible, control or direction-changing character ({bad}), "
            "which would make it show as something else; remove it."
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidRecordError(f"Record names are limited to {MAX_NAME_LENGTH} characters.")
    return cleaned


def check_status(status: str) -> str:
    if status not in RECORD_STATUSES:
        raise InvalidRecordError(
            f"'{status}' is not a record status; use one of: {', '.join(RECORD_STATUSES)}."
        )
    return status


def default_properties(type_key: str) -> dict[str, Any]:
    """The properties a new record of this type starts with (the ontology's defaults)."""
    return dict(record_type(check_type(type_key)).new_properties())


def to_record(row: OntologyObject) -> Record:
    return Record(
        id=row.id,
        type=row.type,
        name=row.name,
        properties=copy.deepcopy(dict(row.properties or {})),
        status=row.status,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def as_utc(moment: datetime) -> datetime:
    """`moment` with its UTC zone: SQLite hands stored times back without one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def matches_search(record: Record, search: str) -> bool:
    """True when every word of `search` occurs in the name or in some property value."""
    words = _fold(search).split()
    if not words:
        return True
    haystack = " ".join([_fold(record.name), *(_fold(text) for text in _texts(record.properties))])
    return all(word in haystack for word in words)


class RecordBook:
    """The business records of one workspace (the local one unless told otherwise)."""

    def __init__(self, store: Store, workspace_id: int | None = None) -> None:
        self._store = store
        self._workspace_id = workspace_id

    def workspace_id(self) -> int:
        if self._workspace_id is None:
            # AppCatalog owns the "first workspace, created on first use" rule.
            self._workspace_id = AppCatalog(self._store).workspace_id()
        return self._workspace_id

    def list_records(
        self, type_key: str | None = None, search: str = "", status: str | None = None
    ) -> list[Record]:
        """Records sorted by name, optionally of one type, status, and matching `search`.

        The search runs in Python over the decoded properties: the JSON column stores
        non-ASCII text escaped, so a SQL LIKE would miss "Café" for "café".
        """
        query = select(OntologyObject).where(OntologyObject.workspace_id == self.workspace_id())
        if type_key is not None:
            query = query.where(OntologyObject.type == check_type(type_key))
        if status is not None:
            query = query.where(OntologyObject.status == check_status(status))
        with self._store.session() as session:
            records = [to_record(row) for row in session.scalars(query)]
        found = [record for record in records if matches_search(record, search)]
        return sorted(found, key=lambda r: (_fold(r.name), r.id))

    def get(self, record_id: int) -> Record:
        workspace_id = self.workspace_id()
        with self._store.session() as session:
            return to_record(_require(session, workspace_id, record_id))

    def create(
        self,
        type_key: str,
        name: str,
        properties: Mapping[str, Any] | None = None,
        status: str = "active",
    ) -> Record:
        """A new record: the type's default properties, overridden by `properties`."""
        props = default_properties(type_key)
        props.update(copy.deepcopy(dict(properties or {})))
        workspace_id = self.workspace_id()
        row = OntologyObject(
            workspace_id=workspace_id,
            type=type_key,
            name=clean_name(name),
            properties=props,
            status=check_status(status),
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            return to_record(row)

    def update(
        self,
        record_id: int,
        *,
        name: str | None = None,
        properties: Mapping[str, Any] | None = None,
        status: str | None = None,
    ) -> Record:
        """Change what is given; `properties` replaces the whole set (send them all back)."""
        workspace_id = self.workspace_id()
        with self._store.session() as session:
            row = _require(session, workspace_id, record_id)
            if name is not None:
                row.name = clean_name(name)
            if properties is not None:
                # A new dict, not an in-place edit: the JSON column only notices reassignment.
                row.properties = copy.deepcopy(dict(properties))
            if status is not None:
                row.status = check_status(status)
            session.flush()
            return to_record(row)

    def apps_of(self, record_id: int) -> list[LinkedApp]:
        """The builder apps that use this record, sorted by name."""
        workspace_id = self.workspace_id()
        with self._store.session() as session:
            _require(session, workspace_id, record_id)
            linked = select(ObjectLink.app_id).where(
                ObjectLink.from_object_id == record_id, ObjectLink.link_type == USED_IN_APP
            )
            apps = session.scalars(select(BuilderApp).where(BuilderApp.id.in_(linked))).all()
            return sorted(
                (LinkedApp(app.id, app.name, app.slug) for app in apps),
                key=lambda a: (_fold(a.name), a.app_id),
            )

    def records_of(self, app_id: int) -> list[Record]:
        """The records a builder app uses, sorted by type then name."""
        with self._store.session() as session:
            if session.get(BuilderApp, app_id) is None:
                raise AppNotFoundError("That app no longer exists.")
            # IN, not JOIN + DISTINCT: PostgreSQL cannot compare `json` columns for DISTINCT.
            linked = select(ObjectLink.from_object_id).where(
                ObjectLink.app_id == app_id, ObjectLink.link_type == USED_IN_APP
            )
            rows = session.scalars(
                select(OntologyObject).where(OntologyObject.id.in_(linked))
            ).all()
            return sorted((to_record(row) for row in rows), key=lambda r: (r.type, _fold(r.name)))


def _require(session: Session, workspace_id: int, record_id: int) -> OntologyObject:
    row = session.get(OntologyObject, record_id)
    if row is None or row.workspace_id != workspace_id:
        raise RecordNotFoundError(f"Record #{record_id} does not exist (it may be deleted).")
    return row


def _fold(text: str) -> str:
    # NFKC then casefold, so "Ｃafé" and "CAFÉ" find "café".
    return unicodedata.normalize("NFKC", text).casefold()


def _texts(value: Any) -> Iterator[str]:
    """Every scalar inside a property value, as text (keys are left out: they match anything)."""
    if value is None:
        return
    if isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    else:
        yield str(value)
