"""Tells an admin's "add a new item" panel from a section of a parent's form.

A component that hands its values up through `onItemsChange(...)` is usually a part of the
parent's form (its attendees, its fee shares). When the group is titled for adding one new
record ("Add new fabric", "Nuevo plato", "إضافة ثوب جديد") and asks its name and a price or a
description, it enters a catalogue item of its own: the parent only keeps the list (LABELLING
round 17: admin entry of a business record is a form wherever it sits).
"""

from __future__ import annotations

from l4ydesk.core.analyzer.form_screening import NEW_RECORD
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

_NAME = frozenset({"name", "title", "nombre", "nom", "nome", "naam", "titel", "titulo"})
_DETAILS = frozenset(
    {"price", "description", "precio", "prix", "preis", "prezzo", "preco", "prijs"}
    | {"descripcion", "descricao", "beschreibung", "descrizione", "beschrijving"}
)


def adds_to_handed_list(form: FoundForm) -> bool:
    """Titled "add / new ...", with a name field and a price or a description field."""
    if NEW_RECORD.match(form.title or "") is None:
        return False
    said = [set(words(f.name)) for f in form.fields]
    return any(s & _NAME for s in said) and any(s & _DETAILS for s in said)
