"""What the rows' own names say: a set named for bookings or bills (`recentBookings.map((booking)
=> ...)`) is a list of them, whatever fields a booking of this business has; one named for
sessions or classes is a timetable; rows held in one record are its parts. Split from
read_rows.py, which finds the rows (row_kinds.py reads what their fields say).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.invoice_kinds import PAID_ROWS, PAYERS
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words

# the row a map callback takes: `(booking) =>`, `async (row) =>`
PARAM = re.compile(rb"\s*(?:async\s*)?\(?\s*([A-Za-z_$][\w$]*)")
# a row's words saying when it is booked for
WHEN_WORDS = frozenset({"date", "time", "datetime", "scheduled", "checkin", "slot", "start"})
_MAX_TITLE_WORDS = 6  # a header's title naming the rows is short, as a list's heading is

# one record's word, for rows whose own name says what each is (`bookings.map((booking) =>`)
_ROW_WORDS = {
    "booking": frozenset(
        {"booking", "bookings", "reservation", "reservations", "appointment", "appointments"}
        | {"reserva", "reservas", "cita", "citas", "agendamento", "agendamentos", "termin"}
        | {"prenotazione", "prenotazioni", "afspraak", "afspraken", "rendezvous"}
    ),
    "invoice": frozenset(
        {"invoice", "invoices", "receipt", "receipts", "factura", "facturas", "fatura"}
        | {"faturas", "facture", "factures", "rechnung", "rechnungen", "recibo", "recibos"}
    ),
}
# the set a callback maps, after the steps that narrow it: `bookings.slice(0, 3).map(`
_LAST_SET = re.compile(
    rb"([A-Za-z_$][\w$]*)\??(?:\s*\.\s*(?:slice|filter|sort|reverse|toSorted)\((?:[^()]|\([^()]*\))*\))*"
    rb"\s*\??\.\s*(?:flat)?[mM]ap\(\s*$"
)
# rows held in a field of one object: `booking.deliveries.map(`
PART_OF = re.compile(
    rb"([A-Za-z_$][\w$]*)\s*\??\.\s*[A-Za-z_$][\w$]*\s*\??\.\s*(?:flat)?[mM]ap\(\s*$"
)
_MONEY_PARTS = frozenset({"amount", "total", "price", "sum", "due", "balance", "fee"})
# a sale's lines, read as one field of each row (`sale.items`)
_SOLD_ITEMS = frozenset(
    {"items", "products", "lines", "lineitems", "articulos", "produtos", "artikel"}
)
_MIN_SHOWN = 3  # a row showing three of its fields is a record shown, not a name picked


def key_parts(keys: set[str]) -> set[str]:
    """The keys a row shows and each key's own words (`pickup_time` read as `~pickup` and
    `~time` adds `pickup` and `time`): what a row says, whichever way its keys are written."""
    return {k[1:] for k in keys if k.startswith("~")} | keys


def named_rows(src: SourceFile, start: int, keys: set[str]) -> str | None:
    """Rows that each show three or more of their fields, mapped from a set whose own name (or
    each row's) is a booking's or a bill's word (`bookings.map((booking) => ...)`): a list of
    them, whatever fields a booking of this business has."""
    if len({k for k in keys if not k.startswith("~")}) < _MIN_SHOWN:
        return None
    named = row_names(src, start)
    kind = next((k for k, ws in _ROW_WORDS.items() if named & ws), None)
    parts = key_parts(keys)
    payer = parts & PAYERS or {p[:-1] for p in parts if p.endswith("s")} & PAYERS
    # a sale's own lines (what was sold, to whoever bought it), in a set the business names
    # for its sales (`sales`, not a customer's `history` of them)
    if (
        kind is None
        and named & PAID_ROWS
        and (payer or (parts & _SOLD_ITEMS and _set_words(src, start) & PAID_ROWS))
        and parts & (WHEN_WORDS | {"created"})
    ):
        kind = "invoice"  # to whom or what, when and (below) how much: sales made (round 14)
    # a booking says when (or when it was made); a bill says how much
    needs = WHEN_WORDS | {"day", "created"} if kind == "booking" else _MONEY_PARTS
    return kind if parts & needs else None


def _mapped_set(src: SourceFile, start: int) -> str:
    """The name of the set a callback starting at `start` maps ("" when none is written)."""
    mapped = _LAST_SET.search(src.source[max(0, start - 160) : start])
    return mapped.group(1).decode() if mapped is not None else ""


def _set_words(src: SourceFile, start: int) -> set[str]:
    return {w.lower() for w in words(_mapped_set(src, start))}


def row_names(src: SourceFile, start: int) -> set[str]:
    """The last word of the mapped set's name and of each row's: `recentBookings` are bookings,
    `booking.items` are items."""
    param = PARAM.match(src.source[start : start + 80])
    return {
        words(n)[-1].lower()
        for n in (_mapped_set(src, start), param.group(1).decode() if param else "")
        if words(n)
    }


# rows of a timetable: held at set hours for whoever comes
SESSIONS = frozenset(
    {"session", "sessions", "class", "classes", "lesson", "lessons", "shift", "shifts"}
    | {"course", "courses", "clase", "clases", "aula", "aulas", "cours", "kurs", "kurse"}
)


def named_set(
    src: SourceFile, start: int, end: int, node: Node, kind: str, any_word: bool = False
) -> tuple[Node, str] | None:
    """The component and its rows' set humanized, when the set's own name is the kind's word
    (or any plural, where the rows' fields alone said the kind) and each row is drawn (a
    callback building objects from rows shows nothing)."""
    if not any(start <= el.start_byte < end for el in src.jsx_within(node)):
        return None
    name = _mapped_set(src, start)
    said = [w.lower() for w in words(name)]
    if not said or said[-1][-1:] != "s":
        return None
    own = _ROW_WORDS.get(kind, frozenset()) | (PAID_ROWS if kind == "invoice" else frozenset())
    if not any_word and said[-1] not in own:
        return None  # `sales` name a list of bills as `invoices` do
    kept = [w for w in words(name) if w.lower() not in _NARROWED]
    return node, humanize("_".join(kept or words(name)))


# how a component narrows its rows (`filteredClaims`, `paginatedSales`): no part of their name
_NARROWED = frozenset({"filtered", "sorted", "paginated", "visible", "displayed", "shown", "paged"})

_HEADER_ATTRS = ("title", "subtitle", "heading")


def header_title(src: SourceFile, node: Node, kind: str) -> tuple[Node, str] | None:
    """A title the component hands to a header component of its own, when it names the rows'
    records ("Your booking history")."""
    for el in src.jsx_within(node):
        if not jsx.name(el, src)[:1].isupper():
            continue
        for attr in _HEADER_ATTRS:
            text = jsx.attr_text(el, attr, src) or ""
            if text and len(text.split()) <= _MAX_TITLE_WORDS and _names_kind(text, kind):
                return el, text
    return None


def _names_kind(text: str, kind: str) -> bool:
    said = {w.lower() for w in words(text)}
    return bool(said & _ROW_WORDS.get(kind, frozenset()))
