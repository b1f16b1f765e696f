"""What a wired checkout button sells: the argument `l4yStartCheckout(id, …)` gets.

Read from the names declared in reach of the button (the component's state, props and hooks,
a `.map` callback's item): a cart (`items`), else the one thing the page sells with the
quantity the visitor chose (`[{ product: room, quantity: nights }]`), else nothing on the page,
and the checkout sells the products Connect linked to it (`null`, with a chosen quantity
`null, ticketQuantity`). A page that holds a cart under a name the wiring does not know is left
alone: selling the linked products there would charge for the wrong things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES

# Names a cart's items go by in the component that renders the checkout button, best first.
CART_NAMES = ("items", "cartItems", "lineItems", "cart", "basket", "lines", "cartLines")
_CART_LIKE = re.compile(r"cart|basket|bag", re.I)
_CART_HOOK = re.compile(r"\b(use\w*(?:Cart|Basket|Bag)\w*)\s*\(")
# The one thing a page sells: a room, a ticket, a plan (singular; "selectedPlan" too).
_ONE_ITEM = re.compile(
    r"^(?:selected|current|chosen|active)?(?:product|item|room|plan|ticket|tier|package|"
    r"service|course|offer|membership|tour|trip|seat)$",
    re.I,
)
# How many of it the visitor chose.
_QUANTITY = re.compile(
    r"^(?:ticket|item|seat|room|selected)?(?:quantity|qty|count)$|^(?:numberOf|num|total)?nights$",
    re.I,
)

_AMOUNT = re.compile(r"amount|betrag|monto|montant|importo|valor", re.I)


@dataclass(frozen=True)
class Sold:
    """What a checkout button sells: `argument` follows the checkout id in the call."""

    argument: str
    from_cart: bool  # a cart vouches for the button; otherwise its words must pay
    typed_amount: str | None = None  # state the visitor types an amount into, if any


def sold(button: Node) -> Sold | str:
    """What the button sells, or why the wiring cannot say (a cart it does not read)."""
    declared = declared_in_reach(button)
    cart = next((name for name in CART_NAMES if name in declared), None)
    if cart is not None:
        return Sold(cart, from_cart=True)
    cart_like = sorted(name for name in declared if _CART_LIKE.search(name))
    hooks = _cart_hooks(button)
    if cart_like or hooks:
        where = ", ".join(cart_like + [f"{hook}()" for hook in hooks])
        return (
            f"the page keeps its cart in {where}, not under a name the wiring reads "
            f"({', '.join(CART_NAMES)})"
        )
    item = _first(declared, _ONE_ITEM)
    quantity = _first(declared, _QUANTITY)
    if item is not None:
        counted = f", quantity: {quantity}" if quantity is not None else ""
        argument = f"[{{ product: {item}{counted} }}]"
    else:
        argument = f"null, {quantity}" if quantity is not None else "null"
    return Sold(argument, from_cart=False, typed_amount=_typed_amount(declared))


def _typed_amount(declared: list[str]) -> str | None:
    """A state the visitor types an amount into (`paymentAmount` with `setPaymentAmount`):
    checkout prices come from product records, so such a page cannot be wired."""
    return next(
        (
            name
            for name in declared
            if _AMOUNT.search(name) and f"set{name[:1].upper()}{name[1:]}" in declared
        ),
        None,
    )


def _cart_hooks(button: Node) -> list[str]:
    """Cart hooks called before the button in the functions around it (`useCart()`)."""
    hooks: list[str] = []
    node: Node | None = button.parent
    while node is not None:
        if node.type in FUNCTION_TYPES and node.text is not None:
            before = node.text[: button.start_byte - node.start_byte].decode("utf-8", "replace")
            hooks += _CART_HOOK.findall(before)
        node = node.parent
    return sorted(set(hooks))


def _first(declared: list[str], pattern: re.Pattern[str]) -> str | None:
    # the nearest declaration wins: a `.map` callback's item over the component's state
    return next((name for name in reversed(declared) if pattern.match(name)), None)


def declared_in_reach(button: Node) -> list[str]:
    """Names bound by the functions around the button before it (outermost first)."""
    scopes: list[list[str]] = []
    node: Node | None = button.parent
    while node is not None:
        if node.type in FUNCTION_TYPES:
            names: list[str] = []
            for child in (
                node.child_by_field_name("parameters"),
                node.child_by_field_name("parameter"),
                node.child_by_field_name("body"),
            ):
                if child is not None:
                    _collect_declared(child, names, button.start_byte)
            scopes.append(names)
        node = node.parent
    return [name for names in reversed(scopes) for name in names]


def _collect_declared(node: Node, out: list[str], before: int) -> None:
    """Names bound by parameters and variable declarations in `node` before byte `before`."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.start_byte >= before:
            continue
        if current.type in FUNCTION_TYPES and current is not node:
            continue  # an inner function's names are not in reach of the button
        if current.type in (
            "shorthand_property_identifier_pattern",
            "identifier",
        ) and _is_binding(current):
            out.append(_text(current))
        stack.extend(reversed(current.children))


def _text(node: Node) -> str:
    return node.text.decode("utf-8", errors="replace") if node.text is not None else ""


def _is_binding(node: Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if node.type == "shorthand_property_identifier_pattern":
        return True
    if parent.type == "variable_declarator":
        return parent.child_by_field_name("name") == node
    if parent.type in ("required_parameter", "optional_parameter"):
        return parent.child_by_field_name("pattern") == node
    if parent.type == "pair_pattern":
        return parent.child_by_field_name("value") == node
    return parent.type in ("array_pattern", "formal_parameters")
