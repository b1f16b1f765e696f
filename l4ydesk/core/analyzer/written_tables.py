"""Lists written out as a static table: rows typed one by one in the markup (no `.map()`), under
a heading that names the records ("Invoices", "Reservas"), are that list, as mapped rows are.
Bills written out as alike blocks (a day and an amount each) under "Billing History" too."""

from __future__ import annotations

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.shown_rows import heading_over
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import find_offer_price, has_date

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
    return out + _written_bills(src, taken)


_MIN_BILLS = 2


def _written_bills(src: SourceFile, taken: set[tuple[str, str]]) -> list[Detection]:
    """A heading titled by the bills' word ("Billing History") over a block whose rows are
    written one by one, alike (same tag), each showing a day and an amount: the account's
    bills, one per period, an invoice list (round 17, a customer's own bills)."""
    out: list[Detection] = []
    pattern = LIST_TITLES["invoice"]
    if not pattern.search(src.source.decode("utf-8", "replace")):
        return out  # no bills' word in the file: no heading can title them
    for heading in src.headings_within(src.tree.root_node):
        title = jsx.title_text(heading, src)
        if not title or len(title.split()) > _MAX_TITLE_WORDS or not pattern.search(title):
            continue
        parent = jsx.jsx_parent(heading, src)
        if parent is None or src.in_map_callback(heading):
            continue
        after = [c for c in jsx.jsx_children(parent) if c.start_byte > heading.end_byte]
        block = after[0] if after else None
        if block is None or any(
            block.start_byte <= s < block.end_byte for s, _ in src.map_callbacks
        ):
            continue  # mapped rows are read where they are mapped
        tags: dict[str, int] = {}
        for row in jsx.jsx_children(block):
            text = jsx.text(row, src, dynamic=False)
            if has_date(text) and find_offer_price(text):
                tag = jsx.name(row, src)
                tags[tag] = tags.get(tag, 0) + 1
        where = f"{src.path}:{src.component_of(heading).name}"
        if max(tags.values(), default=0) < _MIN_BILLS or ("invoice", where) in taken:
            continue
        taken.add(("invoice", where))
        fields = {"source": "list", "list": True}
        out.append(Detection("invoice", title, fields, 0.75, (src.evidence(heading),), where))
    return out
