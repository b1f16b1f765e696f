"""Where mapped rows are shown: the heading over them, rows a component takes from a prop, rows
a file imports and maps (under a heading, or offered as choices)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.syntax import SourceFile

# the variable whose rows a `.map(` right after it renders (`rooms.filter(...).map(`)
MAPPED_ROWS = re.compile(rb"([A-Za-z_$][\w$]*)[\w$.?\s]*\.\s*(?:flat)?[mM]ap\(\s*$")
CHOICE_ROWS = re.compile(
    rb"<(SelectItem|option|CommandItem|DropdownMenuItem|MenuItem|ComboboxOption|Checkbox|"
    rb"RadioGroupItem)\b|type=[\"'{]*(checkbox|radio)"
)


def mapped_rows(src: SourceFile, start: int) -> re.Match[bytes] | None:
    """The `rows.map(` leading into the callback that starts at byte `start` (group 1 names
    the rows), or None when the callback follows no `.map(`."""
    return MAPPED_ROWS.search(src.source[max(0, start - 120) : start])


def mapped_name(src: SourceFile, start: int) -> str:
    """The name of the rows mapped into the callback at `start` ("" when none is written)."""
    mapped = mapped_rows(src, start)
    return mapped.group(1).decode() if mapped is not None else ""


def offered_as_choices(src: SourceFile, start: int, end: int) -> bool:
    """True when the rows mapped in `start..end` are options to pick or tick. A row that holds
    its own picker (a status select fed by a list of its own) is still a row of the list: the
    rows mapped inside the row are left out of the search."""
    body = bytearray(src.source[start:end])
    for s, e in src.map_callbacks:
        if start < s and e <= end:
            body[s - start : e - start] = b" " * (e - s)
    return CHOICE_ROWS.search(_ROW_MENU.sub(b" ", bytes(body))) is not None


# a menu opened from inside a row ("Edit", "Delete") is the row's actions, not options to pick
_ROW_MENU = re.compile(rb"<DropdownMenuContent\b.*?</DropdownMenuContent>", re.S)


def heading_starts(src: SourceFile) -> list[int]:
    """Where the file's headings outside `.map()` rows start, in order (computed once)."""
    return src.cached(  # type: ignore[no-any-return]
        "listheading_starts",
        lambda: sorted(
            h.start_byte
            for h in src.headings_within(src.tree.root_node)
            if not src.in_map_callback(h)
        ),
    )


@dataclass(frozen=True)
class PropRows:
    """Rows a component maps from one of its props, and the heading over them."""

    component: str
    prop: str
    title: str
    evidence: Evidence


def prop_rows(src: SourceFile) -> list[PropRows]:
    """`function Featured({ properties }) { ... <h2>..</h2> {properties.map(...)} }`: the rows
    come from whoever renders the component; the heading over them names that list."""
    found: list[PropRows] = []
    for comp in src.components[1:]:
        params = comp.node.child_by_field_name("parameters") if comp.node is not None else None
        if params is None:
            continue
        names = set(re.findall(r"[A-Za-z_$][\w$]*", src.text(params)))
        for start, _ in src.map_callbacks:
            if not comp.start_byte <= start < comp.end_byte:
                continue
            prop = mapped_name(src, start)
            heading = heading_over(src, start) if prop in names else None
            title = jsx.title_text(heading, src) if heading is not None else ""
            if heading is not None and title:
                found.append(PropRows(comp.name, prop, title, src.evidence(heading)))
                break
    return found


@dataclass(frozen=True)
class ShownRows:
    """Rows a file imports from another module and maps: under which heading, or as choices."""

    spec: str
    name: str
    title: str
    choice: bool
    evidence: Evidence | None


def heading_over(src: SourceFile, start: int) -> Node | None:
    """The nearest heading above the rows mapped at `start`, in the same component."""
    starts = heading_starts(src)
    before = bisect.bisect_left(starts, start)
    if not before:
        return None
    by_start: dict[int, Node] = src.cached(
        "headings_by_start",
        lambda: {h.start_byte: h for h in src.headings_within(src.tree.root_node)},
    )
    owners = [c for c in src.components[1:] if c.start_byte <= start < c.end_byte]
    floor = max((c.start_byte for c in owners), default=0)
    tab = _tab_of(src, start)
    if tab is not None:
        floor = max(floor, tab[0].start_byte)
    for at in reversed(starts[:before]):
        heading = by_start.get(at)
        if heading is None or heading.start_byte < floor:
            break
        if _in_closed_dialog(src, heading, start):
            continue  # the "Add scheme" dialog opened beside the title: no title of the rows
        if _in_other_branch(heading, start):
            continue  # "No orders yet", shown instead of the rows when there are none
        if not titles_closed_tile(src, heading, start):
            return heading
    return tab[1] if tab is not None else None


# how far up a heading a `rows.length === 0 ? <Empty/> : <Table/>` choice is looked for
_BRANCH_CLIMB = 8


def _in_other_branch(heading: Node, start: int) -> bool:
    """True for a heading in one branch of a `cond ? a : b` whose other branch draws the rows
    at `start`: an empty state's message, never on screen with the rows."""
    current: Node | None = heading
    for _ in range(_BRANCH_CLIMB):
        parent = current.parent if current is not None else None
        if parent is None or current is None:
            return False
        if parent.type == "ternary_expression" and parent.start_byte <= start < parent.end_byte:
            return not current.start_byte <= start < current.end_byte
        current = parent
    return False


def _in_closed_dialog(src: SourceFile, heading: Node, start: int) -> bool:
    """True for a heading inside a dialog that ends before the rows at `start` begin."""
    dialog = jsx.enclosing_named(heading, src, jsx.OVERLAY)
    return dialog is not None and dialog.end_byte <= start


_TAB_PANEL = re.compile(r"TabsContent$")
_TAB_TRIGGER = re.compile(r"TabsTrigger$")


def _tab_of(src: SourceFile, start: int) -> tuple[Node, Node | None] | None:
    """The tab panel the rows at `start` are drawn in, and the trigger that names it
    (`<TabsTrigger value="maintenance">Maintenance Requests</TabsTrigger>` over
    `<TabsContent value="maintenance">`): a heading above the panel titles another part of
    the page, the tab's own label titles its rows."""
    if b"TabsContent" not in src.source:
        return None  # most files draw no tabs: skip the walk
    node = src.tree.root_node.descendant_for_byte_range(start, start)
    panel = jsx.enclosing_named(node, src, _TAB_PANEL) if node is not None else None
    value = jsx.attr_text(panel, "value", src) if panel is not None else None
    if panel is None or not value:
        return None
    triggers = [
        el
        for el in src.jsx
        if _TAB_TRIGGER.search(jsx.name(el, src)) and jsx.attr_text(el, "value", src) == value
    ]
    return panel, (triggers[0] if len(triggers) == 1 else None)


_TILE = re.compile(r"Card$")


def titles_closed_tile(src: SourceFile, heading: Node, start: int) -> bool:
    """The heading titles a card that closes before the rows (a statistic tile's "Out of
    Stock" over its own count): it names that tile, not the rows further down."""
    tile = jsx.enclosing_named(heading, src, _TILE)
    return tile is not None and tile.end_byte <= start


def rows_of(src: SourceFile, var: str) -> list[tuple[int, int]]:
    """The map callbacks that render rows of `var` (`rooms.map(...)`, `rooms.filter(...).map`)."""
    found: list[tuple[int, int]] = []
    for start, end in src.map_callbacks:
        mapped = mapped_rows(src, start)
        if mapped is not None and mapped.group(1).decode() == var:
            found.append((start, end))
    return found


def shown_imports(src: SourceFile, imports: dict[str, tuple[str, str]]) -> list[ShownRows]:
    """Where this file maps rows it imports (`kunden.map(...)`): the heading above them in the
    same component, or that they are offered as choices (options, checkboxes)."""
    found: list[ShownRows] = []
    for start, end in src.map_callbacks:
        local = mapped_name(src, start)
        if local not in imports:
            continue
        spec, name = imports[local]
        heading = heading_over(src, start)
        title = jsx.title_text(heading, src) if heading is not None else ""
        evidence = src.evidence(heading) if heading is not None else None
        choice = bool(CHOICE_ROWS.search(src.source[start:end]))
        found.append(ShownRows(spec, name, title, choice, evidence))
    return found


def callback_end(src: SourceFile, start: int) -> int:
    """Where the map callback starting at `start` ends (its first row's markup is within)."""
    return next((end for s, end in src.map_callbacks if s == start), start + 300)


def first_rows_below(src: SourceFile, heading: Node) -> int | None:
    """Where the first rows mapped after the heading, in the block around it, start."""
    ranges: list[tuple[int, int]] = src.cached("sorted_maps", lambda: sorted(src.map_callbacks))
    after = ranges[bisect.bisect_left(ranges, (heading.end_byte, -1)) :]
    current: Node | None = heading
    for _ in range(4):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None:
            return None
        for start, end in after:
            if start >= current.end_byte:
                break
            if end <= current.end_byte:
                return start
    return None


# a key saying how many of a thing are held, in the languages v0 writes keys in
_STOCK_KEY = (
    r"\w*(?:stock|quantity|qty|inventory|estoque|existencia|bestand|cantidad|quantidade)\w*"
)


def picked_by_stock(src: SourceFile, node: Node, rows: str) -> bool:
    """The rows are the goods whose stock is at or under a level (`products.filter((p) =>
    p.quantity <= p.threshold)`): a list of what to restock, figures about the stock, not the
    goods on offer (those are listed where the whole table is shown)."""
    body = src.source[node.start_byte : node.end_byte].decode("utf-8", "replace")
    picked = re.search(
        rf"\b{re.escape(rows)}\s*=\s*[\w$.?]+\.filter\(\s*\(?\s*(\w+)[^=]*=>\s*([^\n]*)", body
    )
    if picked is None:
        return False
    row, test = picked.group(1), picked.group(2)
    return (
        re.search(rf"\b{re.escape(row)}\??\.{_STOCK_KEY}\s*(?:<=?|===?\s*0\b)", test, re.I)
        is not None
    )
