"""Whether a component holds a cart: line items and a total on screen, cart state in code
(`useCart()`, `const [cart, setCart]`), or a selection whose total it works out itself
(`price * quantity`, `items.reduce(...)`); the cues `checkouts` weighs beside a pay button."""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.order_endings import CART_WORDS
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

_CART_TEXT = re.compile(r"\b(cart|basket|bag|order summary|your order)\b", re.I)
_TOTAL_TEXT = re.compile(r"\b(sub ?total|total|order total|amount due)\b", re.I)
_TOTAL_NAMES = frozenset(
    {"total", "subtotal", "grandtotal", "ordertotal", "carttotal", "totalprice", "totalamount"}
)


def cart_cues(src: SourceFile, comp: Node) -> list[tuple[str, float]]:
    """A cart beside the payment button: line items and a total on screen, cart state in code."""
    cues: list[tuple[str, float]] = []
    text = jsx.written_text(comp, src)
    shows_total = bool(_TOTAL_TEXT.search(text) or vocabulary.TOTAL.search(text))
    if (_CART_TEXT.search(text) or vocabulary.CART.search(text)) and shows_total:
        cues.append(("cart", 0.3))
    if _cart_state(src, comp) and (shows_total or _names_a_total(src, comp)):
        cues.append(("cart_state", 0.3))
    elif computed_total(src, comp):
        cues.append(("selection_total", 0.3))
    return cues


def computed_total(src: SourceFile, comp: Node) -> bool:
    """A selection with a computed total, whatever its words: the component keeps state and
    derives a value by multiplying or summing (`price * quantity`, `items.reduce(...)`)."""
    if not any(callee_segments(c, src)[-1:] == ["useState"] for c in src.calls_within(comp)):
        return False
    lo = bisect.bisect_left(_declarator_starts(src), comp.start_byte)
    hi = bisect.bisect_left(_declarator_starts(src), comp.end_byte)
    for decl in src.declarators[lo:hi]:
        value = decl.child_by_field_name("value")
        if value is None:
            continue
        value = unwrap(value)
        if value.type == "binary_expression" and _operator(value, src) == "*":
            return True
        if value.type == "call_expression" and callee_segments(value, src)[-1:] == ["reduce"]:
            return True
    return False


def _operator(node: Node, src: SourceFile) -> str:
    op = node.child_by_field_name("operator")
    return src.text(op) if op is not None else ""


def _declarator_starts(src: SourceFile) -> list[int]:
    def build() -> list[int]:
        return [d.start_byte for d in src.declarators]

    starts: list[int] = src.cached("declarator_starts", build)
    return starts


def _declared_names(src: SourceFile, node: Node) -> list[str]:
    """Names bound by declarations inside `node` (`const [cart, setCart] = ...` gives both)."""

    starts = _declarator_starts(src)
    lo = bisect.bisect_left(starts, node.start_byte)
    hi = bisect.bisect_left(starts, node.end_byte)
    names: list[str] = []
    for decl in src.declarators[lo:hi]:
        pattern = decl.child_by_field_name("name")
        if pattern is None:
            continue
        if pattern.type == "identifier":
            names.append(src.text(pattern))
        else:
            names.extend(
                src.text(n)
                for n in pattern.named_children
                if n.type in ("identifier", "shorthand_property_identifier_pattern")
            )
    return names


def _cart_state(src: SourceFile, comp: Node) -> bool:
    """The component reads a cart: a cart hook or store, or state named for a cart."""
    for call in src.calls_within(comp):
        if any(CART_WORDS & set(words(s)) for s in callee_segments(call, src)):
            return True
    return any(CART_WORDS & set(words(n)) for n in _declared_names(src, comp))


def _names_a_total(src: SourceFile, comp: Node) -> bool:
    return any("".join(words(n)) in _TOTAL_NAMES for n in _declared_names(src, comp))
