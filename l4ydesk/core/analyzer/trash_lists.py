"""Drops a product list that shows what was deleted: a trash or recycle-bin screen.

A back office that lets staff delete stock keeps the deleted rows in a bin ("Corbeille",
"Papelera", "Trash") and lists them under that heading or under "Deleted products" so they can be
restored or purged. Those rows are records waiting to be thrown away, no goods on offer: the goods
are labelled where they are kept (round 21).
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.model import Detection

# a bin of deleted records, or the deleted records themselves, in the languages v0 apps use
_TRASH = re.compile(
    r"\b(trash|recycle\s+bin|corbeille|papelera|lixeira|papierkorb|cestino|prullenbak"
    r"|deleted|removed|supprim[ée]e?s?|eliminad[oa]s?|exclu[ií]d[oa]s?|gel[öo]scht"
    r"|eliminat[ie]|verwijderd)\b",
    re.I,
)


def names_trash(name: str) -> bool:
    """True when a list's heading names a bin of deleted records."""
    return bool(_TRASH.search(name))


def without_trash_lists(detections: list[Detection]) -> list[Detection]:
    """The detections less each loaded product list headed by a bin of deleted records."""
    return [
        d
        for d in detections
        if not (
            d.type_key == "product"
            and d.fields.get("source") == "list"
            and names_trash(d.name or "")
        )
    ]
