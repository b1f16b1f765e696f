"""Event registrations: a contact linked to an event (`registered_for`), within its capacity.

The event's row is updated first in the transaction, which takes its lock (SQLite's write lock,
a PostgreSQL row lock), so two registrations for the last seat cannot both count a free one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from l4ydesk.core.ontology import record_type
from l4ydesk.core.platform.app_records import (
    AppRecords,
    emit,
    record_json,
    require_app_record,
)
from l4ydesk.core.platform.errors import ConflictError, FieldProblem, InvalidInputError
from l4ydesk.core.records import Record, to_record
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject, utcnow

REGISTERED_FOR: Final = "registered_for"


def register_in(session: Session, app_id: int, event_id: int, contact: Record) -> None:
    """Link `contact` to the app's event, refusing when the event is full or cancelled."""
    session.execute(
        update(OntologyObject)
        .where(OntologyObject.id == event_id)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    event = require_app_record(session, app_id, "event", event_id)
    props = dict(event.properties or {})
    if props.get("status") == "cancelled":
        raise ConflictError(f"The event '{event.name}' is cancelled; it takes no registrations.")
    capacity = props.get("capacity")
    if isinstance(capacity, int):
        taken = session.scalar(
            select(func.count(ObjectLink.id)).where(
                ObjectLink.to_object_id == event_id, ObjectLink.link_type == REGISTERED_FOR
            )
        )
        if (taken or 0) >= capacity:
            raise ConflictError(f"The event '{event.name}' is full ({capacity} places).")
    session.add(
        ObjectLink(
            from_object_id=contact.id,
            to_object_id=event_id,
            app_id=app_id,
            link_type=REGISTERED_FOR,
        )
    )
    session.flush()
    emit(session, app_id, record_type("event"), "registered", to_record(event))


class EventRegistrations:
    def __init__(self, store: Store, records: AppRecords) -> None:
        self._store = store
        self._records = records

    def register(self, app_id: int, event_id: int, data: Mapping[str, Any]) -> Record:
        """A new contact from `data` (email, name…) registered for the event."""
        email = data.get("email")
        if not isinstance(email, str) or "@" not in email or len(email) > 320:
            raise InvalidInputError([FieldProblem("email", "an email address is needed")])
        name = data.get("name")
        contact_type = record_type("contact")
        props = contact_type.build_properties(
            {"email": email, "person_name": name if isinstance(name, str) else None}
        )
        self._records.workspace_id()
        with self._store.session() as session:
            contact = self._records.create_in(
                session, app_id, contact_type, props, name=str(name or email)[:300]
            )
            register_in(session, app_id, event_id, contact)
            return contact

    def list(self, app_id: int, event_id: int) -> list[dict[str, Any]]:
        with self._store.session() as session:
            require_app_record(session, app_id, "event", event_id)
            linked = select(ObjectLink.from_object_id).where(
                ObjectLink.to_object_id == event_id, ObjectLink.link_type == REGISTERED_FOR
            )
            rows = session.scalars(
                select(OntologyObject)
                .where(OntologyObject.id.in_(linked))
                .order_by(OntologyObject.id)
            ).all()
            return [record_json(to_record(row)) for row in rows]
