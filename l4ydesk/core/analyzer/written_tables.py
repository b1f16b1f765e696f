"""Lists written out as a static table: rows typed one by one in the markup (no `.map()`), under
a heading that names the records ("Invoices", "Reservas"), are that list, as mapped rows are."""

from __future__ import annotations

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.shown_rows import heading_over
from l4ydesk.core.analyzer.syntax import SourceFile

_TABLES = frozenset({"table", "Table"})
_ROWS = frozenset({"tr", "TableRow"})
_MIN_ROWS = 3  # a header row and two records: one row alone is an example, not a list
_MAX_TITLE_WORDS = 4


def written_tables(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One list per static table titled by its records' word, unless the component has one."""
    out: list[Detection] = []
    taken = {(d.type_key, d.component) for d in found if d.fields.get("list")}
    for table in (el for el in src.jsx if jsx.name(el, src) in _TABLES):
        if src.in_map_callback(table) or any(
            table.start_byte <= s < table.end_byte for s, _ in src.map_callbacks
        ):
            continue  # mapped rows are read where they are mapped
        rows = sum(1 for el in src.jsx_within(table) if jsx.name(el, src) in _ROWS)
        heading = heading_over(src, table.start_byte)
        if rows < _MIN_ROWS or heading is None:
            continue
        title = jsx.title_text(heading, src)
        if not title or len(title.split()) > _MAX_TITLE_WORDS:
            continue
        kind = next(
            (k for k, p in LIST_TITLES.items() if k not in ("event",) and p.search(title)), None
        )
        where = f"{src.path}:{src.component_of(table).name}"
        if kind is None or (kind, where) in taken:
            continue
        taken.add((kind, where))
        fields = {"source": "list", "list": True}
        out.append(Detection(kind, title, fields, 0.75, (src.evidence(heading),), where))
    return out
