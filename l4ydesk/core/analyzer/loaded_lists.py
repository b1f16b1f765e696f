"""Lists a page loads at run time: rows from a database or an API, mapped or handed on.

No row is in the code, so each table a page reads (`.from("appointments")`, `/api/products`)
and lists is one record of the type the table's name says, named by the heading over its rows.
Split from lists.py, which reads lists titled in the page's own markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.routing import imports_of
from l4ydesk.core.analyzer.shown_rows import (
    callback_end,
    first_rows_below,
    mapped_name,
    offered_as_choices,
    picked_by_stock,
    titles_closed_tile,
)
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize

MAX_TITLE_WORDS = 5  # a list's title is short; longer headings are sentences


# `const [rows, setRows] = useState<Row[]>([])`, `const shown = rows.filter(...)`: rows a
# component loads or narrows at run time, to render or hand to the table that renders them
_RUNTIME_ROWS = re.compile(
    rb"const\s+\[\s*(\w+)\s*,\s*set\w*\s*\]\s*=\s*(?:React\.)?useState(?:<[^>]*\[\]\s*>)?\(\s*\[\s*\]"
    rb"|const\s+(\w+)\s*=\s*[\w.?]+\.(?:filter|sort|slice)\("
)


def hands_rows(src: SourceFile, node: Node) -> bool:
    """The component hands rows it loads at run time to a component of its own (`<ContactsTable
    contacts={filtered} />`): the page shows the list, its table draws the rows."""
    body = src.source[node.start_byte : node.end_byte]
    names = {(m.group(1) or m.group(2)).decode() for m in _RUNTIME_ROWS.finditer(body)}
    if not names:
        return False
    return any(
        value.type == "identifier" and src.text(value) in names
        for _, _, value in _handed_values(src, node)
    )


def _handed_values(src: SourceFile, node: Node) -> Iterator[tuple[str, str, Node]]:
    """(tag, attribute, expression) of each value the component hands to a component."""
    for el in src.jsx_within(node):
        tag = jsx.name(el, src)
        if not tag[:1].isupper():
            continue
        for attr in jsx.attributes(el, src):
            value = jsx.attr_expression(el, attr, src)
            if value is not None:
                yield tag, attr, value


# tables and endpoints of things for sale: `.from("products")`, `collection(db, "produtos")`;
# "services" or "courses" tables also hold listings and enrolments, so they do not say it
_PRODUCT_TABLE = re.compile(
    r"^(products?|produ[ck]?t(os|o|es|en|i|e|s)?|produits?|menu(_?items)?|dishes|platos|pratos|"
    r"plans|packages|paquetes|pacotes|rooms|habitaciones|quartos|chambres|zimmer|properties|"
    r"imoveis|inmuebles|propiedades|immobilien|biens|listings|vehicles|cars|carros|coches)$"
)


def loaded_lists(
    src: SourceFile, node: Node, component: str, found: list[Detection]
) -> list[Detection]:
    """Records a page loads from a database (`.from("appointments")`, `/api/products`) and maps:
    no row is written in the code, so each table the page lists is one record of the type its
    name says, named by the heading above the rows (or the page's title, when a grid of its own
    draws them)."""
    where = f"{src.path}:{component}"
    have = {d.type_key for d in found if d.component == where}
    tables: dict[str, set[str]] = {}
    for table, type_key in _tables_loaded(src):
        if type_key not in have:
            # the rows' own name starts like the table's ("imoveis" rows are each an "imovel")
            tables.setdefault(type_key, set()).add(table[:4])
    out: list[Detection] = []
    for type_key, stems in tables.items():
        if type_key == "product" and _sums_loaded_rows(src, node):
            continue  # a report over the rows (a stock value, a revenue): figures, no listing
        listed = _listed_under(src, node, stems, type_key)
        handed = _hands_on(src, node, stems) if type_key == "product" else None
        fields: dict[str, object] = {"source": "list", "list": True}
        if handed is not None and (spec := imports_of(src).get(handed[0])) is not None:
            fields["_handed"] = [spec[0], spec[1], handed[1]]  # the component that draws them
        if listed is not None:
            heading, title = listed
            out.append(Detection(type_key, title, fields, 0.75, (src.evidence(heading),), where))
        elif "_handed" in fields:
            evidence = (src.evidence(node),)
            out.append(Detection(type_key, "", fields, 0.75, evidence, where))
    return out


# `products?.reduce((sum, p) => ...`: the name of the rows a component adds up
_SUMMED_ROWS = re.compile(rb"([A-Za-z_$][\w$]*)\s*\??\.\s*reduce\(")


def _sums_loaded_rows(src: SourceFile, node: Node) -> bool:
    """The component adds up rows of a table it loads (`products?.reduce(`, `allSales.reduce(`):
    a dashboard or a report over the business's records, whose headings title figures (a
    stock's value, a month's revenue) and whose rows are picked out for them (low stock, best
    sellers). The listing of the goods themselves lives on the page that only shows them."""
    body = src.source[node.start_byte : node.end_byte]
    stems = {
        (m.group(1) or m.group(2) or b"").decode().lower()[:4] for m in _LOADS_FROM.finditer(body)
    } - {""}
    return any(
        any(stem in m.group(1).decode().lower() for stem in stems)
        for m in _SUMMED_ROWS.finditer(body)
    )


def _tables_loaded(src: SourceFile) -> list[tuple[str, str]]:
    """(table, record type) of each load in the file, read once per file (every component of
    the file asks)."""

    def read() -> list[tuple[str, str]]:
        found = []
        for m in _LOADS_FROM.finditer(src.source):
            table = (m.group(1) or m.group(2) or b"").decode().lower()
            type_key = _table_type(table)
            if type_key is not None:
                found.append((table, type_key))
        return found

    loaded: list[tuple[str, str]] = src.cached("tables_loaded", read)
    return loaded


_DIALOG_TITLE = re.compile(r"(Dialog|Sheet|Drawer|Modal)Title$")


def _table_type(table: str) -> str | None:
    if _PRODUCT_TABLE.match(table):
        return "product"
    spaced = table.replace("_", " ")
    kind = next((k for k, p in LIST_TITLES.items() if p.fullmatch(spaced)), None)
    return None if kind == "event" else kind  # fetched events are listed by the page's title


def _listed_under(
    src: SourceFile, node: Node, stems: set[str], type_key: str
) -> tuple[Node, str] | None:
    """The heading over the rows of a table (named by `stems`), and its title."""
    headings = [h for h in src.headings_within(node) if not src.in_map_callback(h)]
    for heading in headings:
        if _DIALOG_TITLE.search(jsx.name(heading, src)):
            continue  # a dialog picks one row or acts on it; the list lives on the page
        rows = first_rows_below(src, heading)
        if rows is None or titles_closed_tile(src, heading, rows):
            continue  # no rows below, or a statistic card's title over its own count
        head = src.source[max(rows - 120, node.start_byte) : rows + 40].decode("utf-8", "replace")
        name = mapped_name(src, rows)
        root = name.lower()
        named = _table_type(root) == type_key
        # `studentFees`: rows are what a compound name's last word says (fees), not its owner
        parts = humanize(name).lower().split()
        where = parts[-1] if len(parts) > 1 else head.lower()
        if not named and not any(stem in where for stem in stems):
            continue  # rows of another table (the categories above the products)
        if offered_as_choices(src, rows, callback_end(src, rows)):
            continue  # rows offered as a select's options are choices, not a list shown
        if name and picked_by_stock(src, node, name):
            return None  # goods running low, picked out to restock: a stock report, no listing
        title = jsx.title_text(heading, src)
        if title and len(title.split()) <= MAX_TITLE_WORDS + 1:
            return heading, title
    if type_key == "product" and _hands_on(src, node, stems) is not None and headings:
        # `<PropertyGrid properties={properties} />` under the page's title: the grid draws them
        title = jsx.title_text(headings[0], src)
        if title and len(title.split()) <= MAX_TITLE_WORDS + 1:
            return headings[0], title
    return None


def _hands_on(src: SourceFile, node: Node, stems: set[str]) -> tuple[str, str] | None:
    """The component of its own (tag, attribute) a page hands rows named like the table to."""
    for tag, attr, value in _handed_values(src, node):
        text = src.text(value)
        root = re.match(r"[\w$]*", text)
        # `featuredProperties`: any word of the handed name may say what the rows are
        named = root is not None and any(
            _PRODUCT_TABLE.match(w) for w in humanize(root.group(0)).lower().split()
        )
        if named or any(text.lower().startswith(stem) for stem in stems):
            return tag, attr
    return None


# a table or endpoint the component reads records from: `.from("appointments")`, `/api/bookings`
_LOADS_FROM = re.compile(
    rb"""\.from(?:<[^<>()]*>)?\(\s*["'`](\w+)"""  # `.from<ProdutoDb>("produtos")` too
    rb"""|\b(?:collection|fetch|get|useSWR|useQuery)(?:<[^<>()]*(?:<[^<>()]*>)?>)?\(\s*[^,)]*?["'`/](\w+)["'`?]"""
)
_BOOKING_TABLES = frozenset(
    {"appointments", "bookings", "reservations", "citas", "reservas", "rendezvous", "termine"}
)


def calendar_of_records(src: SourceFile, node: Node, component: str) -> list[Detection]:
    """A calendar fed with bookings the page loads (`<FullCalendar events={...}>` over rows of
    an `appointments` table): the list of bookings is the calendar, named by its heading."""
    body = src.source[node.start_byte : node.end_byte]
    tables = {
        (m.group(1) or m.group(2) or b"").decode().lower() for m in _LOADS_FROM.finditer(body)
    }
    if not tables & _BOOKING_TABLES:
        return []
    shows = any(
        jsx.name(el, src).endswith("Calendar") and jsx.has_attr(el, "events", src)
        for el in src.jsx_within(node)
    )
    heading = next((h for h in src.headings_within(node) if not src.in_map_callback(h)), None)
    title = jsx.title_text(heading, src) if heading is not None else ""
    if not shows or not title:
        return []
    evidence = (src.evidence(heading),) if heading is not None else ()
    return [
        Detection(
            "booking",
            title,
            {"source": "list", "list": True},
            0.75,
            evidence,
            f"{src.path}:{component}",
        )
    ]
