"""Pages that list records the app fetches: "Invoice History", "Reservations", "Clients".

The records come from a database at run time, so there is no sample data to read; the page
itself is what a person connects (a list of bookings, of invoices, of clients). A page counts
when its title (an `h1`, or any heading on an admin or dashboard page) names such records and
it renders items with `.map()`.
"""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.loaded_lists import (
    MAX_TITLE_WORDS,
    calendar_of_records,
    hands_rows,
    loaded_lists,
)
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.read_rows import read_keys
from l4ydesk.core.analyzer.shown_rows import (
    MAPPED_ROWS,
    callback_end,
    first_rows_below,
    heading_starts,
    mapped_rows,
    offered_as_choices,
)
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words

# the page loads its records at run time (a database or an API), so no row is in the code
_FETCHES = re.compile(
    rb"\.from\(\s*[\"'`]|\bfetch\(|useQuery|useSWR|prisma\.|getDocs\(|findMany\("
    # `await fetchAllAuctions()`, `await loadEvents()`: a loader of the app's own, awaited
    rb"|\bawait\s+(?:\w+\.)?(?:fetch|load|get)[A-Z]\w*\("
)
_BACK_OFFICE = frozenset({"dashboard", "admin", "backoffice", "panel", "manage", "gestion"})


def detect_lists(src: SourceFile) -> list[Detection]:
    found: list[Detection] = []
    back_office = bool(set(words(src.path)) & _BACK_OFFICE)
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        if not _renders_items(src, comp.node) and not hands_rows(src, comp.node):
            found.extend(calendar_of_records(src, comp.node, comp.name))
            found.extend(loaded_lists(src, comp.node, comp.name, found))  # handed to a grid
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
            if not title or len(title.split()) > MAX_TITLE_WORDS:
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
        found.extend(loaded_lists(src, comp.node, comp.name, found))
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
    card = _own_card(src, heading)
    return card is not None and b".length" in src.source[card.start_byte : card.end_byte]


# a figure tile's card is small: a title, a number and a line under it
_TILE_BYTES = 900


def _figure_tile(src: SourceFile, heading: Node) -> bool:
    """True for a heading over a small card showing one figure (`{stats.total}`, "Total
    customers"): a tile above a list, not a title with rows of its own; or a dialog's title
    (the "Add customer" dialog opened beside the list's title is no part of the page's flow)."""
    if jsx.enclosing_named(heading, src, jsx.OVERLAY) is not None:
        return True
    card = _own_card(src, heading)
    if card is None or card.end_byte - card.start_byte > _TILE_BYTES:
        return False
    return b"{" in src.source[heading.end_byte : card.end_byte]


def _headings_at(src: SourceFile, where: list[int]) -> list[Node]:
    """The headings outside rows starting at the given places."""
    wanted = set(where)
    return [h for h in src.headings_within(src.tree.root_node) if h.start_byte in wanted]


def _own_card(src: SourceFile, heading: Node) -> Node | None:
    """The largest block around a heading holding no other heading and no rows."""
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
    return card


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


# "Appointments (12)" -> "Appointments": a count beside a title is no part of it
_COUNT = re.compile(r"\(\s*\d*\s*\)|\d+")
# rows made of nothing but a count (`Array(5).fill(0)`, `Array.from({ length: 3 })`,
# `[...Array(4)]`): a loading skeleton's placeholders, no records
_PLACEHOLDER_ROWS = re.compile(
    rb"\bArray(?:\.from)?\(\s*(?:\{\s*length\s*:\s*)?\d+\s*\}?\s*\)\s*\]?"
    rb"\s*(?:\.\s*fill\([^)]*\)\s*)?\.\s*map\(\s*$"
)
_MAP_CALL = re.compile(rb"\.\s*map\(")


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
        ending = type_key is None and 0 < len(bare.split()) <= MAX_TITLE_WORDS  # words to name it
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
        if type_key is None or type_key in have:
            continue
        if type_key == "event" and not _FETCHES.search(src.source):
            continue  # sample events are found one by one; only loaded ones need the title
        if type_key == "event" and _count_tile(src, heading):
            continue  # "Total events: 12" counts the records; the list is elsewhere
        start = first_rows_below(src, heading)
        # a section of events is a list only over rows the page loads (round 21: one label)
        loaded_only = ending or type_key == "event"
        if (
            start is None
            or start in rows_used
            or (loaded_only and not _loaded_rows_of(src, heading, start))
        ):
            continue
        if type_key == "contact" and _pictures_only(src, start):
            continue  # a wall of client photos or logos ("Our clients"): a showcase, no list
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


# what a showcase's tile shows: a picture, the name it is labelled with, a caption or a link
_PICTURE_KEYS = frozenset(
    {"id", "image", "img", "photo", "picture", "logo", "src", "alt", "avatar", "url", "href"}
    | {"name", "caption", "label", "title", "width", "height", "key"}
)


def _pictures_only(src: SourceFile, start: int) -> bool:
    """True when each row mapped at `start` shows only a picture and its label or caption."""
    keys = {k for k in read_keys(src, start, callback_end(src, start)) if not k.startswith("~")}
    pictured = any(k in ("image", "img", "photo", "picture", "logo", "src", "avatar") for k in keys)
    # `customer.image.endsWith(...)` reads the picture's own text: still the picture
    return pictured and all(any(k.startswith(p) for p in _PICTURE_KEYS) for k in keys)


def _declared_type(src: SourceFile, heading: Node) -> str | None:
    """The record type of the rows below a heading, read from their state's declared type."""
    start = first_rows_below(src, heading)
    found = mapped_rows(src, start) if start is not None else None
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
# (or that the records are managed there: "Customer Management", "Gestión de clientes")
_LIST_WORD = re.compile(
    r"\b(list|liste|lista|lijst|listesi|elenco|danh sách|management|verwaltung|gestion|gestión|"
    r"gestão|gestione|beheer|quản lý|управление|список|zarządzanie)\b"
    r"|목록|一覧|列表|リスト|관리|管理",
    re.I,
)
# one record's word (singular), for "Invoice list", "Lista de clientes", "인보이스 목록"
_ONE_RECORD = {
    # "Event management", "Управление аукционами": the back office's own query of events
    # (round 21), auctions held on a date included
    "event": re.compile(
        r"\b(event|evento|événement|evenement|veranstaltung|sự kiện|auction|subasta|leilão|"
        r"enchère|auktion|asta|veiling|мероприяти|аукцион)|イベント|행사|活动",
        re.I,
    ),
    "invoice": re.compile(
        r"\b(invoice|factura|fatura|facture|rechnung|fattura|factuur|hóa đơn)|인보이스|請求書|发票",
        re.I,
    ),
    "contact": re.compile(
        r"\b(client|customer|contact|lead|cliente|kunde|klant|khách hàng)"
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
    between = starts[
        bisect.bisect_left(starts, heading.end_byte) : bisect.bisect_left(starts, start)
    ]
    if between and not all(_figure_tile(src, h) for h in _headings_at(src, between)):
        return False  # another title sits between (no figure tile): the rows are its own
    if _written_out(src, start) or offered_as_choices(src, start, callback_end(src, start)):
        return False  # rows written out here, or rows to tick or pick: choices, not a list
    before = src.source[max(0, start - 120) : start]  # the code leading into the `.map(`
    if _PLACEHOLDER_ROWS.search(before):
        return False  # `Array(5).fill(0).map(...)`: grey bars shown while the rows load
    found = MAPPED_ROWS.search(before)
    root = found.group(1).decode() if found else ""
    for decl in src.declarators:
        name = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name is not None and value is not None and src.text(name) == root:
            return not _AGGREGATES.search(src.source[value.start_byte : value.end_byte])
    return True


def _written_out(src: SourceFile, start: int) -> bool:
    """True when the rows mapped at `start` are an array of objects written in this file."""
    found = mapped_rows(src, start)
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
    return first_rows_below(src, heading) is not None


def _renders_items(src: SourceFile, node: Node) -> bool:
    """True when the component maps rows into markup, and not only a loading skeleton's."""
    if not any(src.in_map_callback(el) for el in src.jsx_within(node)):
        return False
    body = src.source[node.start_byte : node.end_byte]
    return any(
        not _PLACEHOLDER_ROWS.search(body[max(0, m.end() - 120) : m.end()])
        for m in _MAP_CALL.finditer(body)
    )
