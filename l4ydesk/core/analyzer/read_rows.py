"""Lists found by what their rows show: rows mapped under a heading whose callback reads a
record's fields (`b.customer`, `b.service`, `b.date`) are a list of that record, wherever the rows
come from (props, a fetch, an imported module, typed state).

Admin pages rarely write their rows out: a booking table gets `bookings` from its parent, a
complaints page from `fetchComplaints()`. What stays in the code is what each row shows, and
that is the record's shape: who, what for and when is a booking; a subject with a priority and a
status is a ticket; an amount with a due date or an invoice number is an invoice; a name with
an e-mail and a phone is a contact.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.people import inside_people, raised_outside
from l4ydesk.core.analyzer.record_screens import record_word
from l4ydesk.core.analyzer.routing import imports_of, is_project_spec
from l4ydesk.core.analyzer.row_kinds import (
    SUBSCRIBED,
    billed_rows,
    charged_rows,
    kind_of_keys,
    priced_goods,
)
from l4ydesk.core.analyzer.row_names import (
    PARAM,
    PART_OF,
    SESSIONS,
    header_title,
    named_rows,
    named_set,
    row_names,
)
from l4ydesk.core.analyzer.served_sellers import served_sellers
from l4ydesk.core.analyzer.shown_rows import (
    MAPPED_ROWS,
    heading_over,
    mapped_name,
    mapped_rows,
    offered_as_choices,
    picked_by_stock,
)
from l4ydesk.core.analyzer.syntax import Component, SourceFile
from l4ydesk.core.analyzer.task_boards import task_board
from l4ydesk.core.analyzer.values import words

_MAX_TITLE_WORDS = 6
# "Lista de Alunos ({count})" reads "Lista de Alunos ( )": the count is no part of the name
_EMPTY_PARENS = re.compile(r"\s*\(\s*\)")
_DIALOG_TITLE = re.compile(r"(Dialog|Sheet|Drawer|Modal)Title$")
_DESTRUCTURED = re.compile(rb"\s*\(\s*\{([^}]*)\}")


# a list titled by the invoices' own word, over rows the page maps, was right 11 of 11 times on
# the seen sets: certain, where the rows' fields alone (read below) stay a guess
_CERTAIN_TITLED = {"invoice": 0.9}


# "Clients", "All clients", "Recent customers": the records' word alone, or after a word that
# only picks which of them (7 of 7 right on the seen sets; "Annonces clients", where the word
# qualifies another noun, was wrong)
_PICKS = frozenset({"all", "recent", "my", "our", "todos", "todas", "tous", "toutes", "alle"})


def _titled_alone(d: Detection) -> bool:
    title = d.name.lower().split()
    pattern = LIST_TITLES.get(d.type_key)
    if (
        pattern is None
        or not title
        or len(title) > 2
        or (len(title) == 2 and title[0] not in _PICKS)
    ):
        return False
    return pattern.fullmatch(title[-1]) is not None


def certain_lists(detections: list[Detection]) -> list[Detection]:
    """Lists titled by their records' word whose type makes that title certain, scored so."""
    out: list[Detection] = []
    for d in detections:
        score = _CERTAIN_TITLED.get(d.type_key) or (
            0.9 if d.type_key == "contact" and _titled_alone(d) else 0
        )
        if score and d.fields.get("source") == "list" and not d.fields.get("_rows_read"):
            d = Detection(
                d.type_key, d.name, d.fields, max(d.confidence, score), d.evidence, d.component
            )
        out.append(d)
    return out


def without_suggestions(src: SourceFile, detections: list[Detection]) -> list[Detection]:
    """Drops goods listings of a page for one record (`app/shops/[id]/page.tsx`): what it maps
    beside that record are suggestions ("More from this shop"); the listing lives elsewhere."""
    if not _ONE_RECORD_ROUTE.search(src.path):
        return detections
    return [
        d for d in detections if not (d.type_key == "product" and d.fields.get("source") == "list")
    ]


def read_row_lists(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One list per record type and component, for rows whose fields say what they are."""
    if not src.jsx:
        return []
    out: list[Detection] = []
    # one list per type and screen a component returns (a role's view is a screen of its own)
    shown = {_found_on(src, d) for d in found if d.type_key in _LIST_TYPES}
    # a file whose goods are written out (data or priced cards) lists them one by one
    sells = any(d.type_key == "product" for d in found)
    for start, end in sorted(src.map_callbacks):
        if _nested(src, start, end):
            continue  # the pets of each booking are the booking's, not a list of their own
        keys = read_keys(src, start, end)
        kind = kind_of_keys(keys) or named_rows(src, start, keys) or _charges(src, start, keys)
        # a platform's sellers or providers on its back office (round 20), by name and reach
        names = row_names(src, start)
        sellers = kind in (None, "contact") and served_sellers(src.path, names, keys)
        kind = "contact" if sellers else kind
        if kind == "booking" and names & SESSIONS:
            continue  # sessions, classes, lessons at set hours: a timetable, not reservations
        owner = _owner(src, start)
        owner_node = owner.node if owner is not None else None
        if kind is None and not sells and priced_goods(keys) and not _suggested(src, start):
            kind = "product"
            if offered_as_choices(src, start, end):
                continue  # goods offered as a select's options are choices of a form
            mapped = mapped_rows(src, start)
            if mapped is not None and owner_node is not None:
                rows = mapped.group(1).decode()
                if _handed_in(owner_node, rows, src):
                    continue  # goods a caller hands in are found where the caller holds them
                if picked_by_stock(src, owner_node, rows):
                    continue  # goods running low, picked out to restock: a stock report
        if kind is None:
            continue
        part = PART_OF.search(src.source[max(0, start - 120) : start])
        if part is not None and record_word(part.group(1).decode()) == kind:
            continue  # `booking.deliveries.map(`: one record's parts, shown on its own screen
        where = f"{src.path}:{owner.name if owner is not None else ''}"
        screen = _screen(src, start, owner_node)
        if {(kind, where, screen), (kind, where, _ALL_SCREENS)} & shown or _written_here(
            src, start
        ):
            continue  # named already, or sample rows the data sets read one by one
        heading = heading_over(src, start)
        if heading is None and kind == "product" and owner_node is not None:
            # a grid of goods straight under the page's title: the page names the listing
            heading = next(iter(src.headings_within(owner_node)), None)
        fields: dict[str, object] = {"source": "list", "list": True, "_rows_read": True}
        title = _EMPTY_PARENS.sub("", jsx.title_text(heading, src)).strip() if heading else ""
        if heading is None and owner_node is not None:
            # no heading in the page's own markup: the header component it hands its title
            # to (`<PageHeader subtitle="Your booking history" />`) names the rows
            heading, title = header_title(src, owner_node, kind) or (None, "")
        if heading is None and owner_node is not None:
            # a list component with no title of its own (`BookingList`, handed its rows): the
            # rows' own name names it ("Bookings"); the page using it may rename it
            # (any plural set, where the rows' fields alone say the kind: clients on a plan,
            # claims billed to members)
            by_fields = (kind == "contact" and bool(keys & SUBSCRIBED)) or (
                kind == "invoice" and billed_rows(keys)
            )
            found_set = named_set(src, start, end, owner_node, kind, by_fields)
            heading, title = found_set or (None, "")
        if heading is None or _DIALOG_TITLE.search(jsx.name(heading, src)):
            continue  # a dialog acts on rows picked elsewhere; the list lives on its page
        longest = _MAX_TITLE_WORDS + (2 if kind == "product" else 0)  # "Choose your model..."
        if not title or len(title.split()) > longest:
            continue
        if kind == "contact" and not sellers and _staff(src, start, title, keys):
            continue  # teachers or the app's accounts, with their e-mails: no CRM's contacts
        if kind == "ticket" and not raised_outside(keys, _row_words(src, start, title)):
            continue  # the staff's own issues, tasks or work orders: an internal board
        if kind == "ticket" and task_board(keys, _row_words(src, start, title)):
            continue  # tasks ticked off when done, whoever they concern (round 10)
        shown.add((kind, where, screen))
        # rows billed to someone on a day were right 6 of 8 times on the seen sets (round 15);
        # charges with a status or a reference are invoice lists by round 19's settled point
        billed = billed_rows(keys) or _charges(src, start, keys) is not None
        score = 0.9 if kind == "invoice" and billed else 0.75
        out.append(Detection(kind, title, fields, score, (src.evidence(heading),), where))
    return out


_ALL_SCREENS = -2


def _charges(src: SourceFile, start: int, keys: set[str]) -> str | None:
    """The invoice type for rows of charges (`payments.map(`: an amount, a day, a status)."""
    rows = mapped_name(src, start)
    return "invoice" if charged_rows(keys, rows) else None


def _owner(src: SourceFile, at: int) -> Component | None:
    """The innermost component whose range holds byte `at` (None outside every component)."""
    owners = [c for c in src.components[1:] if c.start_byte <= at < c.end_byte]
    return owners[-1] if owners else None


def _found_on(src: SourceFile, d: Detection) -> tuple[str, str, int]:
    """The type, component and screen of a list found before (by its title); a record of
    another kind (a form capturing contacts) or rows written out as data stand for all the
    component's screens."""
    seen = next((e for e in d.evidence if e.path == src.path), None)
    if not d.fields.get("list"):
        return (d.type_key, d.component, _ALL_SCREENS)
    if seen is None:
        return (d.type_key, d.component, -1)
    offset = 0
    for _ in range(seen.start_line - 1):
        offset = src.source.find(b"\n", offset) + 1
    owner = _owner(src, offset)
    screen = _screen(src, offset, owner.node if owner is not None else None)
    # rows written outside any screen (sample data) are shown on whichever screen maps them;
    # a title on a screen that maps no rows (a loading state) names the list drawn on the next
    everywhere = screen == -1 or _rowless(src, screen)
    return (d.type_key, d.component, _ALL_SCREENS if everywhere else screen)


def _rowless(src: SourceFile, screen: int) -> bool:
    """True when the `return` starting at byte `screen` maps no rows (a loading screen)."""
    node: Node | None = src.tree.root_node.descendant_for_byte_range(screen, screen)
    while node is not None and node.type != "return_statement":
        node = node.parent
    if node is None:
        return False
    end = node.end_byte
    return not any(screen <= start < end for start, _ in src.map_callbacks)


def _screen(src: SourceFile, start: int, owner: Node | None) -> int:
    """Which of its screens a component draws the rows on: the start of its own `return` that
    holds them (`if (role === "parent") return (...)` draws another view than the last return),
    or -1 when the rows are drawn outside any of its returns."""
    node: Node | None = src.tree.root_node.descendant_for_byte_range(start, start)
    screen = -1
    while node is not None and owner is not None and node.id != owner.id:
        if node.type == "return_statement":
            screen = node.start_byte  # the outermost one below the component is its own
        node = node.parent
    return screen


_LIST_TYPES = frozenset({"booking", "ticket", "invoice", "contact"})
# a page for one record (`app/product/[id]/page.tsx`) shows others only as suggestions
_ONE_RECORD_ROUTE = re.compile(r"/\[[^/\]]+\]/")
# places to stay advertised "from" a price: their rooms are what is sold
_STAYS = frozenset({"hotels", "hotel", "resorts", "stays", "venues", "accommodations"})
# what a visitor has already picked (a cart, a wishlist): their choices, not the catalogue
_PICKED = frozenset({"cart", "basket", "wishlist", "favorites", "favourites", "saved"})


def _suggested(src: SourceFile, start: int) -> bool:
    """Goods mapped on a page for one record ("More from this shop"), or places to stay: the
    listing lives elsewhere, or the rooms are the goods."""
    root = mapped_name(src, start)
    own = set(words(root)) | set(words(src.path))
    return bool(_ONE_RECORD_ROUTE.search(src.path) or own & (_STAYS | _PICKED))


def _row_words(src: SourceFile, start: int, title: str) -> frozenset[str]:
    """The words of the rows' own name and of their heading (`filteredTeachers`, "Professores")."""
    root = mapped_name(src, start)
    return frozenset(w.lower() for w in [*words(root), *words(title)])


def _staff(src: SourceFile, start: int, title: str, keys: set[str]) -> bool:
    """True when the rows' own name or their heading says they are the business's staff or the
    app's accounts ("Professores", `filteredTeachers`)."""
    return inside_people(_row_words(src, start, title), keys)


def _nested(src: SourceFile, start: int, end: int) -> bool:
    return any(s < start and end <= e for s, e in src.map_callbacks)


def _written_here(src: SourceFile, start: int) -> bool:
    """Rows written out in this file, or imported as written out from a module of the project:
    the data sets read those one by one (and say which page shows them)."""
    before = src.source[max(0, start - 120) : start]
    if re.search(rb"\]\s*\.\s*map\(\s*$", before):
        return True  # `[{ ... }, { ... }].map(`: rows written out in place
    mapped = MAPPED_ROWS.search(before)
    if mapped is None:
        return False
    name = mapped.group(1)
    for _ in range(3):  # `shown = products.filter(...)`: the rows are the ones filtered
        spec = imports_of(src).get(name.decode())
        if spec is not None and is_project_spec(spec[0]):
            return True
        root = re.escape(name)
        declared = rb"(?:const|let|var)\s+" + root + rb"\s*(?::[^=]+)?=\s*\["
        if re.search(declared, src.source) is not None:
            return True
        derived = re.search(
            rb"(?:const|let|var)\s+" + root + rb"\s*(?::[^=]+)?=\s*(?:\[\s*\.\.\.)?"
            rb"([A-Za-z_$][\w$]*)(?:\s*\.\s*(?:filter|slice|sort|concat)\(|\s*\])"
            rb"|\[\s*" + root + rb"\s*,[^\]]*\]\s*=\s*useState(?:<[^>]*>)?\("
            rb"\s*([A-Za-z_$][\w$]*)\s*\)",
            src.source,
        )
        if derived is None:
            return False
        name = derived.group(1) or derived.group(2)
    return False


def read_keys(src: SourceFile, start: int, end: int) -> set[str]:
    """The fields a map callback reads of its row: `row.customer.name` gives `customer` and
    `customername`; a destructured `({ name, email })` gives both names."""
    body = src.source[start:end]
    keys: set[str] = set()
    destructured = _DESTRUCTURED.match(body)
    if destructured is not None:
        for part in destructured.group(1).split(b","):
            name = part.split(b":")[0].split(b"=")[0].strip()
            if name:
                keys.add(name.decode("utf-8", "replace").lower())
        return keys
    param = PARAM.match(body)
    if param is None:
        return keys
    name = re.escape(param.group(1))
    for found in re.finditer(rb"(?<![\w$.])" + name + rb"\??\.(\w+)(?:\??\.(\w+))?", body):
        first = found.group(1).decode()
        keys.add(first.lower())
        if found.group(2):
            keys.add(first.lower() + found.group(2).decode().lower())
        keys.update(f"~{w}" for w in words(first))  # `pickup_time`, `scheduledTime`: its words
    return keys


def _handed_in(owner: Node, rows: str, src: SourceFile) -> bool:
    """True when the rows mapped (`rows.map(`) come from a prop of the component drawing them
    (`tiers.map(` with `{ tiers }` among its parameters, `provider.services.map(`)."""
    params = owner.child_by_field_name("parameters")
    return params is not None and rows in set(re.findall(r"[A-Za-z_$][\w$]*", src.text(params)))
