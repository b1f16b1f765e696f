"""Tells how a cart ends in an order without a payment provider: a link to a messaging app or
a mail carrying the order, or a confirm handler that empties the cart after its own work
(split out of checkouts.py)."""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

CART_WORDS = frozenset(
    {
        "cart",
        "basket",
        "bag",
        "lineitems",
        "line_items",
        "carrito",
        "carrinho",
        "panier",
        "warenkorb",
        "carrello",
        "winkelwagen",
        "sepet",
    }
)

_MESSAGE_LINK = re.compile(
    r"^(https?://)?(wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|t\.me|m\.me|line\.me)/|"
    r"^(mailto|sms):",
    re.I,
)


def order_link(src: SourceFile, comp: Node) -> Node | None:
    """A link to a messaging app or a mail whose text is built from the page's values."""
    for el in src.jsx_within(comp):
        expr = jsx.attr_expression(el, "href", src)
        if expr is None:
            continue
        expr = unwrap(expr)
        if expr.type == "identifier":
            expr = _value_of(src.text(expr), src, comp) or expr
        text = src.text(expr).strip("`'\"")
        if expr.type in ("template_string", "call_expression", "binary_expression") and (
            _MESSAGE_LINK.search(text) or _builds_message_link(expr, src)
        ):
            return el
    return None


_MESSENGERS = frozenset({"whatsapp", "telegram", "mailto", "messenger"})


def _builds_message_link(expr: Node, src: SourceFile) -> bool:
    """`buildWhatsAppLink(cart)`: a helper named for the messaging app writes the link."""
    if expr.type != "call_expression":
        return False
    said = "".join(callee_segments(expr, src)).lower()
    return any(app in said for app in _MESSENGERS)


def _value_of(name: str, src: SourceFile, comp: Node) -> Node | None:
    """What `const name = ...` inside the component holds."""
    for decl in src.declarators:
        if not comp.start_byte <= decl.start_byte < comp.end_byte:
            continue
        bound = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if bound is not None and value is not None and src.text(bound) == name:
            return unwrap(value)
    return None


_EMPTIES_CART_TEXT = re.compile(
    rb"(clear|empty|reset)\w*(cart|basket|bag|carr|panier|warenkorb)|removeItem\(", re.I
)


def completes_order(src: SourceFile, comp: Node) -> Node | None:
    """A function of the component that empties the cart after doing something else
    (`clearCart()` at the end of confirming), not a "Clear cart" button wired to it alone."""
    if not _EMPTIES_CART_TEXT.search(comp.text or b""):
        return None
    starts: list[int] = src.cached("function_starts", lambda: [f.start_byte for f in src.functions])
    lo = bisect.bisect_right(starts, comp.start_byte)
    hi = bisect.bisect_left(starts, comp.end_byte)
    for fn in src.functions[lo:hi]:
        if fn.end_byte > comp.end_byte:
            continue
        calls = src.calls_within(fn)
        empties = [c for c in calls if _empties_cart(callee_segments(c, src))]
        if empties and len(calls) > len(empties):
            return empties[0]
        # a cart dropped from the browser's storage after the order is sent somewhere (a
        # sign-out drops it too, after only clearing the rest of what it stored)
        dropped = [c for c in calls if _drops_stored_cart(c, src)]
        if dropped and any(_sends(callee_segments(c, src)) for c in calls):
            return dropped[0]
    return None


_LOCAL = frozenset({"localStorage", "sessionStorage", "JSON", "console", "router", "Math"})


def _sends(segments: list[str]) -> bool:
    """A call that leaves the page: not a state setter nor the browser's storage or console."""
    if not segments or segments[0] in _LOCAL or segments[-1].startswith("set"):
        return False
    return segments[-1] not in ("push", "replace", "preventDefault", "alert", "json")


def _empties_cart(segments: list[str]) -> bool:
    said = set(words(segments[-1])) if segments else set()
    return bool(said & {"clear", "empty", "reset"} and said & CART_WORDS)


def _drops_stored_cart(call: Node, src: SourceFile) -> bool:
    """`localStorage.removeItem("cart")`: the cart kept in the browser's storage is emptied."""
    segments = callee_segments(call, src)
    if not segments or segments[-1] != "removeItem":
        return False
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    return first is not None and bool(set(words(src.text(first).strip("`'\""))) & CART_WORDS)
