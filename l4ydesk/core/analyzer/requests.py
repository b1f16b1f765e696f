"""Finds bookings asked for without a form: a picked day, hour or class confirmed by a button.

A class timetable whose "Confirm reservation" dialog shows the class picked, a grid of hour
buttons under "Book your hours" with a "Reserve now" button: no input is typed, yet the visitor
requests a reservation. What decides is structure: state holding the pick, and a button that
books (in the page's language), not inside a list of cards.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.booking_widgets import embedded_booking
from l4ydesk.core.analyzer.booking_writes import click_writes_booking
from l4ydesk.core.analyzer.calendar_bookings import calendar_booking
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile

# state holding what the visitor picked: a day, an hour, a slot, or the class to reserve
_PICK_STATE = re.compile(
    rb"\[\s*(selected|picked|chosen)?\w*(date|time|slot|day|hour|fecha|hora|horas|datum|uhrzeit|"
    rb"heure|jour|class|clase|session|toreserve|tobook)\w*\s*,\s*set\w*\s*\]\s*=\s*(React\.)?"
    rb"useState",
    re.I,
)


def booking_requests(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One booking per component that confirms a picked slot with a booking button."""
    if any(d.type_key == "booking" for d in found):
        return []  # a form or a list already says what this file books
    out: list[Detection] = []
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        picks = _PICK_STATE.search(comp.node.text or b"") is not None
        button, heading = None, None
        for candidate in src.jsx_within(comp.node):
            # a wizard's last step gets the picks as props: what its click writes decides
            if not (picks and _books(src, candidate)) and not _confirms(src, candidate):
                continue
            heading = _heading_before(src, comp.node, candidate)
            # a mock-up's button is wired later; under a booking heading it still books
            if heading is not None or jsx.has_attr(candidate, "onClick", src):
                button = candidate
                break
        if button is None:
            continue
        name = heading or jsx.text(button, src, dynamic=False)
        out.append(
            Detection(
                "booking",
                name,
                {"source": "request", "confirm_label": jsx.text(button, src, dynamic=False)},
                0.75,
                (src.evidence(button),),
                f"{src.path}:{comp.name}",
            )
        )
        break  # one request per file: the steps of a wizard are one booking
    if not out:
        # no button of the app's own books here; an outside booking engine may
        widget = embedded_booking(src) or calendar_booking(src)
        out.extend([widget] if widget is not None else [])
    return out


def _books(src: SourceFile, el: Node) -> bool:
    """A button, not in a list of cards, that acts (no link) and says it books or reserves."""
    if src.in_map_callback(el):
        return False
    said = _action_words(src, el)
    return bool(said) and not _only_closes(src, el) and bool(vocabulary.BOOKING.search(said))


def _confirms(src: SourceFile, el: Node) -> bool:
    """A button (in a row too, when it passes no row) whose click creates a booking record."""
    return bool(_action_words(src, el)) and click_writes_booking(src, el)


def _action_words(src: SourceFile, el: Node) -> str:
    """The few words (four at most) of a button that acts rather than links; else ""."""
    if jsx.name(el, src) not in ("Button", "button") or jsx.has_attr(el, "href", src):
        return ""
    label = jsx.text(el, src, dynamic=False, idle=True) or ""
    return label if label and len(label.split()) <= 4 else ""


def _heading_before(src: SourceFile, scope: Node, button: Node) -> str | None:
    """The last heading before the button that names a booking ("Confirm reservation")."""
    for heading in reversed(src.headings_before(button, scope, last=12)):
        if src.in_map_callback(heading):
            continue
        title = jsx.title_text(heading, src)
        if title and vocabulary.BOOKING.search(title):
            return title
    return None


# `onClick={() => { setOpen(false); setReason("") }}`: resets state, books nothing
_RESET_CALL = re.compile(r"^set\w*\(\s*(false|null|\"\"|''|\[\]|undefined)?\s*\)$")


def _only_closes(src: SourceFile, el: Node) -> bool:
    """True when the click handler only resets state: the way out of a dialog."""
    expr = jsx.attr_expression(el, "onClick", src)
    if expr is None or expr.type != "arrow_function":
        return False
    calls = [src.text(c) for c in src.calls_within(expr)]
    return bool(calls) and all(_RESET_CALL.match(re.sub(r"\s+", "", c)) for c in calls)
