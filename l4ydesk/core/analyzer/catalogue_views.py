"""Drops a page's loaded product list when its rows are the shared catalogue's named goods.

A shop keeps its goods, each with a name and a price, in one module (`lib/products.ts`); its
home, category and search pages import that module and map its rows under a heading ("All
Products", "Featured"). Those pages filter or show the catalogue: they add no product of their
own (round 20, round 21). The goods are labelled once, where they are written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.reach import FileUse
from l4ydesk.core.analyzer.routing import resolve_spec

# two goods written out with their names make a module a catalogue, not one featured item
_MIN_GOODS = 2


def without_catalogue_views(
    detections: list[Detection], files: Sequence[FileUse]
) -> list[Detection]:
    """The detections less each product list whose file takes values from a catalogue module."""
    goods = Counter(
        d.evidence[0].path
        for d in detections
        if d.type_key == "product"
        and d.evidence
        and d.fields.get("source") == "data"
        and not d.fields.get("list")
    )
    catalogues = {path for path, count in goods.items() if count >= _MIN_GOODS}
    if not catalogues:
        return detections
    paths = {f.path for f in files}
    imports = {f.path: f.value_imports for f in files}

    def views_catalogue(det: Detection) -> bool:
        if det.type_key != "product" or not det.evidence:
            return False
        if det.fields.get("source") != "list" or not det.fields.get("list"):
            return False
        where = det.evidence[0].path
        targets = {resolve_spec(where, spec, paths) for spec in imports.get(where, ())}
        return bool(targets & catalogues)

    return [d for d in detections if not views_catalogue(d)]
