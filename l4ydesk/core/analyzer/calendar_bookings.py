"""Finds bookings shown on a calendar: a week or month grid whose day cells name who comes.

A clinic's week view listing each day's patients, a hotel's month view with each guest's stay,
a salon's hour grid with the client per slot: the records are bookings although no table or
card list holds them. What decides is structure: the file lays days out by weekday (`getDay()`,
`startOfWeek`, `addDays`) and, per item of a list it renders, shows the person an item is
for (a patient, a client, a guest, a customer), by a key in any of the languages v0 apps use.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import Nesting, SourceFile
from l4ydesk.core.analyzer.values import words

# days laid out by weekday or counted on from a first day: a week or a month grid
_WEEKDAY_GRID = re.compile(rb"\.getDay\(\)|\b(startOf(Week|Month)|eachDayOf\w*|addDays)\(")

# who a booking is for, as a key says it (never staff: they take the booking, not make it)
_PERSON_KEYS = frozenset(
    {
        *("patient", "patients", "client", "clients", "guest", "guests", "customer"),
        *("paciente", "cliente", "huesped", "huésped", "hospede", "hóspede", "kunde", "gast"),
        *("klant", "ospite", "patient", "patiente", "invité", "patiënt", "khach", "患者"),
    }
)

# what a sale carries and a booking shown on a calendar does not: an order's amount
_AMOUNT_KEYS = frozenset(
    {
        *("total", "subtotal", "price", "amount", "cost", "valor", "precio", "preco", "preço"),
        *("importe", "prix", "montant", "preis", "betrag", "prezzo", "importo", "prijs"),
        *("bedrag", "gia", "金額"),
    }
)
_KEY = re.compile(r"\??\.([A-Za-z_$][\w$]*)")

# `{apt.patient?.full_name}`, `{res.guestName.split(" ")[0]}`: a key path read off an item
_SHOWN_PATH = re.compile(r"^\{\s*[A-Za-z_$][\w$]*((?:\??\.[A-Za-z_$][\w$]*)+)")


def calendar_booking(src: SourceFile) -> Detection | None:
    """One booking for the first component that shows people per item on a weekday grid."""
    if _WEEKDAY_GRID.search(src.source) is None:
        return None
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        shown = _person_shown(src, comp.node)
        if shown is None or _shows_amounts(src, comp.node):
            continue  # people per day with an amount each: orders due, not bookings
        return Detection(
            "booking",
            _title(src, comp.node) or " ".join(words(comp.name)).capitalize(),
            {"source": "list", "calendar": True},
            0.7,
            (src.evidence(shown),),
            f"{src.path}:{comp.name}",
        )
    return None


def _person_shown(src: SourceFile, scope: Node) -> Node | None:
    """The first element, rendered per item of a list within a list (a day's items on a grid of
    days or hours), that shows whom an item is for."""
    builders = [
        (c.start_byte, c.end_byte)
        for c in src.calls_within(scope)
        if src.text(c).startswith("Array.from(")
    ]
    for el in src.jsx_within(scope):
        if _depth(src, el, scope, builders) < 2:
            continue
        for child in el.children:
            if child.type != "jsx_expression":
                continue
            path = _SHOWN_PATH.match(src.text(child))
            if path is None:
                continue
            keys = {w.lower() for w in words(path.group(1).replace("?", ""))}
            if keys & _PERSON_KEYS:
                return el
    return None


def _depth(src: SourceFile, el: Node, scope: Node, builders: list[tuple[int, int]]) -> int:
    """How many lists, inside `scope`, render `el` per item: `.map()` callbacks and
    `Array.from({ length: 7 }, ...)` builders."""
    nesting: Nesting = src.cached("maps", lambda: Nesting(src.map_callbacks))
    maps = sum(
        1
        for i in nesting.containing(el.start_byte, el.end_byte)
        if src.map_callbacks[i][0] >= scope.start_byte
    )
    return maps + sum(1 for lo, hi in builders if lo < el.start_byte and el.end_byte <= hi)


def _shows_amounts(src: SourceFile, scope: Node) -> bool:
    """True when an item rendered per row of a list shows an amount (`{fmt(order.total)}`)."""
    for el in src.jsx_within(scope):
        if not src.in_map_callback(el, below=scope):
            continue
        for child in el.children:
            if child.type != "jsx_expression":
                continue
            for key in _KEY.findall(src.text(child)):
                if {w.lower() for w in words(key)} & _AMOUNT_KEYS:
                    return True
    return False


def _title(src: SourceFile, scope: Node) -> str:
    """The component's first heading with words of its own (not a month name filled in)."""
    for heading in src.headings_within(scope):
        if src.in_map_callback(heading):
            continue
        title = jsx.title_text(heading, src)
        if title:
            return title
    return ""
