"""Pages that list records the app fetches: "Invoice History", "Reservations", "Clients".

The records come from a database at run time, so there is no sample data to read; the page
itself is what a person connects (a list of bookings, of invoices, of clients). A page counts
when its title (an `h1`, or any heading on an admin or dashboard page) names such records and
it renders items with `.map()`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.routing import imports_of
from l4ydesk.core.analyzer.shown_rows import (
    CHOICE_ROWS,
    MAPPED_ROWS,
    heading_starts,
)
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words

# the page loads its records at run time (a database or an API), so no row is in the code
_FETCHES = re.compile(rb"\.from\(\s*[\"'`]|\bfetch\(|useQuery|useSWR|prisma\.|getDocs\(|findMany\(")
_BACK_OFFICE = frozenset({"dashboard", "admin", "backoffice", "panel", "manage", "gestion"})
_MAX_TITLE_WORDS = 5


def detect_lists(src: SourceFile) -> list[Detection]:
    found: list[Detection] = []
    back_office = bool(set(words(src.path)) & _BACK_OFFICE)
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        if not _renders_items(src, comp.node) and not _hands_rows(src, comp.node):
            found.extend(_calendar_of_records(src, comp.node, comp.name))
            found.extend(_loaded_lists(src, comp.node, comp.name, found))  # handed to a grid
            continue
        header = _page_header(src, comp.node)
        for heading in [header] if header is not None else src.headings_within(comp.node):
            if src.in_map_callback(heading):
                continue
            if header is not None:
                title = jsx.attr_text(heading, "title", src) or ""
                type_key = next((k for k, p in LIST_TITLES.items() if p.search(title)), None)
                if type_key is not None and type_key != "event":
                    fields = {"source": "list", "list": True}
                    evidence = (src.evidence(heading),)
                    where = f"{src.path}:{comp.name}"
                    found.append(Detection(type_key, title, fields, 0.75, evidence, where))
                break
            if jsx.name(heading, src) != "h1" and not back_office:
                break  # a landing page's "Our clients" section is not a list of records
            if jsx.name(heading, src) != "h1" and _count_tile(src, heading):
                continue  # "Total events: 12" counts the records; the list is elsewhere
            title = jsx.title_text(heading, src)
            if not title or len(title.split()) > _MAX_TITLE_WORDS:
                break
            type_key = next((k for k, p in LIST_TITLES.items() if _names_list(p, title)), None)
            if type_key == "event" and not _FETCHES.search(src.source):
                break  # sample events are found one by one; only fetched ones need the page
            if type_key is not None:
                found.append(
                    Detection(
                        type_key,
                        title,
                        {"source": "list", "list": True},
                        0.75,
                        (src.evidence(heading),),
                        f"{src.path}:{comp.name}",
                    )
                )
            break  # only the page's own title decides
        found.extend(_titled_blocks(src, comp.node, comp.name, found))
        found.extend(_loaded_lists(src, comp.node, comp.name, found))
    return found


def _names_list(pattern: re.Pattern[str], title: str) -> bool:
    """The records' word opens or closes the title ("Clients", "Patients overview", "All
    leads"); inside a sentence ("Here's what my patients say") it names who speaks, no list."""
    bare = " ".join(_COUNT.sub(" ", title).strip(" .!?:").split())
    found = pattern.search(bare)
    return found is not None and (found.start() == 0 or found.end() == len(bare))


def _count_tile(src: SourceFile, heading: Node) -> bool:
    """True for a heading whose own card (the largest block around it holding no other heading
    and no rows) shows a count (`{events.length}`): a figure about the records."""
    starts = heading_starts(src)
    card: Node | None = None
    current = jsx.jsx_parent(heading, src)
    while current is not None and not _renders_items(src, current):
        inside = bisect.bisect_left(starts, current.end_byte) - bisect.bisect_left(
            starts, current.start_byte
        )
        if inside > 1:
            break  # the block holds another heading: the card ended below it
        card = current
        current = jsx.jsx_parent(current, src)
    return card is not None and b".length" in src.source[card.start_byte : card.end_byte]


_HEADER_TAG = re.compile(r"(Header|Heading|Title)$")


def _page_header(src: SourceFile, node: Node) -> Node | None:
    """`<PageHeader title="Clientes" />`: a page titled through its own header component, when
    that comes before any heading of the page's own."""
    for el in src.jsx_within(node):
        if jsx.is_heading(el, src):
            return None
        tag = jsx.name(el, src)
        if tag[:1].isupper() and _HEADER_TAG.search(tag) and jsx.attr_text(el, "title", src):
            return el
    return None


# `const [rows, setRows] = useState<Row[]>([])`, `const shown = rows.filter(...)`: rows a
# component loads or narrows at run time, to render or hand to the table that renders them
_RUNTIME_ROWS = re.compile(
    rb"const\s+\[\s*(\w+)\s*,\s*set\w*\s*\]\s*=\s*(?:React\.)?useState(?:<[^>]*\[\]\s*>)?\(\s*\[\s*\]"
    rb"|const\s+(\w+)\s*=\s*[\w.?]+\.(?:filter|sort|slice)\("
)


def _hands_rows(src: SourceFile, node: Node) -> bool:
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
    r"^(products?|produ[ck]t(os|es|en|i|e|s)?|produits?|menu(_?items)?|dishes|platos|pratos|"
    r"plans|packages|paquetes|pacotes|rooms|habitaciones|quartos|chambres|zimmer|properties|"
    r"imoveis|inmuebles|propiedades|immobilien|biens|listings|vehicles|cars|carros|coches)$"
)


def _loaded_lists(
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


def _callback_end(src: SourceFile, start: int) -> int:
    """Where the map callback starting at `start` ends (its first row's markup is within)."""
    return next((end for s, end in src.map_callbacks if s == start), start + 300)


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
        rows = _first_rows_below(src, heading)
        if rows is None:
            continue
        head = src.source[max(rows - 120, node.start_byte) : rows + 40].decode("utf-8", "replace")
        mapped = MAPPED_ROWS.search(src.source[max(0, rows - 120) : rows])
        root = mapped.group(1).decode().lower() if mapped is not None else ""
        named = _table_type(root) == type_key
        if not named and not any(stem in head.lower() for stem in stems):
            continue  # rows of another table (the categories above the products)
        if CHOICE_ROWS.search(src.source[rows : _callback_end(src, rows)]):
            continue  # rows offered as a select's options are choices, not a list shown
        title = jsx.title_text(heading, src)
        if title and len(title.split()) <= _MAX_TITLE_WORDS + 1:
            return heading, title
    if type_key == "product" and _hands_on(src, node, stems) is not None and headings:
        # `<PropertyGrid properties={properties} />` under the page's title: the grid draws them
        title = jsx.title_text(headings[0], src)
        if title and len(title.split()) <= _MAX_TITLE_WORDS + 1:
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
    rb"""\.from\(\s*["'`](\w+)"""
    rb"""|\b(?:collection|fetch|get|useSWR|useQuery)(?:<[^<>()]*(?:<[^<>()]*>)?>)?\(\s*[^,)]*?["'`/](\w+)["'`?]"""
)
_BOOKING_TABLES = frozenset(
    {"appointments", "bookings", "reservations", "citas", "reservas", "rendezvous", "termine"}
)


def _calendar_of_records(src: SourceFile, node: Node, component: str) -> list[Detection]:
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


# "Appointments (12)" -> "Appointments": a count beside a title is no part of it
_COUNT = re.compile(r"\(\s*\d*\s*\)|\d+")


def _titled_blocks(
    src: SourceFile, node: Node, component: str, found: list[Detection]
) -> list[Detection]:
    """A card titled only by a records word ("Bookinger", "Appointments (3)") above the rows it
    maps: a list of those records, wherever the card sits on the page."""
    out: list[Detection] = []
    have = {d.type_key for d in found if d.component == f"{src.path}:{component}"}
    rows_used: set[int] = set()
    for heading in src.headings_within(node):
        if src.in_map_callback(heading):
            continue
        title = jsx.title_text(heading, src)
        bare = " ".join(_COUNT.sub(" ", title).split())
        type_key = next(
            (k for k, p in LIST_TITLES.items() if (m := p.fullmatch(bare)) and m.group(0)), None
        )
        ending = type_key is None and 0 < len(bare.split()) <= _MAX_TITLE_WORDS  # words to name it
        if ending and _LIST_WORD.search(bare):
            # "Customer Invoice 목록", "Lista de clientes": a list word beside one record's word,
            # or beside rows whose declared type names the record (`useState<Invoice[]>`)
            type_key = next((k for k, p in _ONE_RECORD.items() if p.search(bare)), None)
            type_key = type_key or _declared_type(src, heading)
        if ending and type_key is None:
            # "Recent invoices", "Todos los leads": a title ending in the records' word, over
            # rows the file loads (no row written out here), is that list too
            type_key = next(
                (
                    k
                    for k, p in LIST_TITLES.items()
                    if (m := p.search(bare))
                    and m.end() == len(bare)
                    and not _OF.search(bare[: m.start()])
                ),
                None,
            )
        if ending and type_key is None:
            type_key = _declared_type(src, heading)  # rows of `useState<Booking[]>` under a title
        if type_key is None or type_key in have or type_key == "event":
            continue  # events are listed by the page's own title, or found one by one
        start = _first_rows_below(src, heading)
        if (
            start is None
            or start in rows_used
            or (ending and not _loaded_rows_of(src, heading, start))
        ):
            continue
        rows_used.add(start)  # two titled tables of one type on a page are two lists
        out.append(
            Detection(
                type_key,
                bare,
                {"source": "list", "list": True, "_section": True},
                0.75,
                (src.evidence(heading),),
                f"{src.path}:{component}",
            )
        )
    return out


def _declared_type(src: SourceFile, heading: Node) -> str | None:
    """The record type of the rows below a heading, read from their state's declared type."""
    start = _first_rows_below(src, heading)
    found = (
        MAPPED_ROWS.search(src.source[max(0, start - 120) : start]) if start is not None else None
    )
    if found is None:
        return None
    declared = re.search(
        rb"\[\s*" + re.escape(found.group(1)) + rb"\s*,[^\]]*\]\s*=\s*useState<\s*(\w+)\s*\[\]",
        src.source,
    )
    if declared is None:
        return None
    name = declared.group(1).decode()
    return next((k for k, p in _ONE_RECORD.items() if p.search(humanize(name))), None)


# a word saying the block is a list, in the languages v0 apps are written in
_LIST_WORD = re.compile(
    r"\b(list|liste|lista|lijst|listesi|elenco|danh sách)\b|목록|一覧|列表|リスト", re.I
)
# one record's word (singular), for "Invoice list", "Lista de clientes", "인보이스 목록"
_ONE_RECORD = {
    "invoice": re.compile(
        r"\b(invoice|factura|fatura|facture|rechnung|fattura|factuur|hóa đơn)|인보이스|請求書|发票",
        re.I,
    ),
    "contact": re.compile(
        r"\b(client|customer|contact|lead|vendor|supplier|cliente|kunde|klant|khách hàng)"
        r"|고객|顧客|客户",
        re.I,
    ),
    "booking": re.compile(
        r"\b(booking|reservation|appointment|reserva|cita|agendamento|termin|prenotazione|"
        r"afspraak|lịch hẹn)|예약|予約|预约",
        re.I,
    ),
}
# "Opiniones de clientes", "Reviews of customers": the records' word qualifies another noun
_OF = re.compile(r"\b(of|de|do|da|dos|das|du|des|del|di|della|van|von|der|của)\s*$", re.I)
# how a component sums rows into figures: what it then maps are totals, not records
_AGGREGATES = re.compile(rb"\+=|\.reduce\(|new Map\(|groupBy\(")


def _loaded_rows_of(src: SourceFile, heading: Node, start: int) -> bool:
    """True when the rows mapped at `start` are the heading's own (no other title between), are
    loaded rather than written out in this file, and are not totals summed from other rows."""
    starts = heading_starts(src)
    if bisect.bisect_left(starts, start) > bisect.bisect_left(starts, heading.end_byte):
        return False  # another title sits between: the rows are its own
    if _written_out(src, start) or CHOICE_ROWS.search(
        src.source[start : _callback_end(src, start)]
    ):
        return False  # rows written out here, or rows to tick or pick: choices, not a list
    found = MAPPED_ROWS.search(src.source[max(0, start - 120) : start])
    root = found.group(1).decode() if found else ""
    for decl in src.declarators:
        name = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name is not None and value is not None and src.text(name) == root:
            return not _AGGREGATES.search(src.source[value.start_byte : value.end_byte])
    return True


def _written_out(src: SourceFile, start: int) -> bool:
    """True when the rows mapped at `start` are an array of objects written in this file."""
    found = MAPPED_ROWS.search(src.source[max(0, start - 120) : start])
    if found is None:
        return False
    root = re.escape(found.group(1))
    return bool(
        re.search(rb"(?:const|let|var)\s+" + root + rb"\s*(?::[^=]+)?=\s*\[\s*\{", src.source)
        or re.search(
            rb"\[\s*" + root + rb"\s*,[^\]]*\]\s*=\s*useState[^(]*\(\s*\[\s*\{", src.source
        )
    )


def _rows_below(src: SourceFile, heading: Node) -> bool:
    """True when the block around the heading maps rows after it (climbing a few levels)."""
    return _first_rows_below(src, heading) is not None


def _first_rows_below(src: SourceFile, heading: Node) -> int | None:
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


def _renders_items(src: SourceFile, node: object) -> bool:
    return any(src.in_map_callback(el) for el in src.jsx_within(node))  # type: ignore[arg-type]
