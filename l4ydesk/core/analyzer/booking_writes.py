"""Says whether a button's click stores a booking: its handler posts to a route named for
bookings (`/api/appointments`) or inserts into such a table (`from("reservations").insert`).

What the button says may not name a booking ("Confirm" for an appointment's last step) and the
picks may live in the wizard that renders it; where the click writes decides.
"""

from __future__ import annotations

from collections.abc import Callable

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.call_parts import table_of
from l4ydesk.core.analyzer.effects import url_parts
from l4ydesk.core.analyzer.literals import Evaluator, unwrap
from l4ydesk.core.analyzer.steps import HttpCall, Step, classify
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

_SENDS = frozenset({"POST"})  # a PUT or PATCH changes a booking that exists


def click_writes_booking(src: SourceFile, button: Node) -> bool:
    """The button's click handler, defined in this file, creates a booking record. A button in
    a list's rows counts only when it passes no row to its handler (`onClick={book}` under the
    picked service books the picks, `onClick={() => cancel(b.id)}` acts on one row)."""
    return _click_writes(src, button, _names_bookings)


def click_writes_order(src: SourceFile, button: Node) -> bool:
    """The button's click creates an order record (`from("orders").insert`, POST `/api/orders`)."""
    return _click_writes(src, button, _names_orders)


def _click_writes(src: SourceFile, button: Node, names: Callable[[str], bool]) -> bool:
    """The button's click handler creates a record in a collection `names` accepts."""
    expr = jsx.attr_expression(button, "onClick", src)
    if expr is None:
        return False
    expr = unwrap(expr)
    if expr.type == "identifier":
        body = src.function_named(src.text(expr), expr)
    elif src.in_map_callback(button):
        return False
    else:
        body = expr
    if body is None:
        return False
    evaluator: Evaluator | None = None
    for call in src.calls_within(body):
        evaluator = evaluator or Evaluator(src)
        step = classify(call, src, evaluator)
        if isinstance(step, HttpCall):
            parts = url_parts(step.url)
            if step.method in _SENDS and parts and names(parts[-1]):
                return True
        elif isinstance(step, Step) and step.kind == "create_record":
            table = table_of(call, src)  # `.from("appointments")`, `collection(db, "bookings")`
            if table is not None and names(table):
                return True
    return False


def _names_bookings(name: str) -> bool:
    """`appointments`, `bookings`, `reservas`: the collection itself holds bookings; a verdict
    on one (`/bookings/cancel`) or a booking's settings (`appointment_types`) adds none."""
    said = words(name)
    return bool(said) and vocabulary.BOOKING.fullmatch(said[-1]) is not None


_ORDERS = frozenset(
    {"orders", "order", "pedidos", "pedido", "commandes", "bestellungen", "ordini", "siparisler"}
)


def _names_orders(name: str) -> bool:
    """`orders`, `pedidos`: the collection holds orders (not `order_items` or `order_status`)."""
    said = words(name)
    return bool(said) and said[-1].lower() in _ORDERS
