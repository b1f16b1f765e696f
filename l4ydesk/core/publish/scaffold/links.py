"""What Connect linked for an app, read from the store: the scaffold's knowledge of the records.

Each `used_in_app` link made by Connect carries the element's `item_key` and the file it was
detected in (`evidence_file`); with them the scaffold finds the sample array an element came
from and which record replaces it. A record made from a row of a list element also names the
list (`list_key`): its row may live in a file the list's page imports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from l4ydesk.core.connection_rows import LIST_KEY_FIELD
from l4ydesk.core.records import USED_IN_APP
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject


@dataclass(frozen=True)
class LinkedRecord:
    record_id: int
    type: str
    name: str
    item_key: str | None
    evidence_file: str | None
    list_key: str | None = None  # a row of this list element (l4ydesk.core.connection_rows)


def linked_records(store: Store, app_id: int) -> tuple[LinkedRecord, ...]:
    """The app's linked records, in record id order (so generation is deterministic)."""
    with store.session() as session:
        rows = session.execute(
            select(ObjectLink, OntologyObject)
            .join(OntologyObject, OntologyObject.id == ObjectLink.from_object_id)
            .where(ObjectLink.app_id == app_id, ObjectLink.link_type == USED_IN_APP)
            .order_by(OntologyObject.id, ObjectLink.id)
        ).all()
        found: list[LinkedRecord] = []
        for link, record in rows:
            evidence = (link.properties or {}).get("evidence_file")
            list_key = (link.properties or {}).get(LIST_KEY_FIELD)
            found.append(
                LinkedRecord(
                    record.id,
                    record.type,
                    record.name,
                    link.item_key,
                    evidence if isinstance(evidence, str) else None,
                    list_key if isinstance(list_key, str) else None,
                )
            )
        return tuple(found)


def links_in_folder(links: tuple[LinkedRecord, ...], folder: str) -> tuple[LinkedRecord, ...]:
    """The links as seen from the app's folder of its repository (`frontend/`): evidence files
    relative to it. Item keys stay as Connect made them, from the repository's top."""
    if not folder:
        return links
    prefix = folder + "/"
    return tuple(
        replace(
            link,
            evidence_file=(
                link.evidence_file[len(prefix) :]
                if link.evidence_file and link.evidence_file.startswith(prefix)
                else None
            ),
        )
        for link in links
    )
