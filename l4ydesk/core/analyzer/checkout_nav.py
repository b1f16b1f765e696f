"""Reads where a purchase button goes: the page its click handler opens (`router.push`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.steps import callee_segments
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile

_NAVIGATES = frozenset({"push", "replace", "navigate"})
# hosted payment pages: a link there takes the money at the provider
PAYMENT_LINK = re.compile(
    r"buy\.stripe\.com|checkout\.stripe\.com|paypal\.(com|me)|lemonsqueezy\.com/checkout|"
    r"gumroad\.com|checkout\.paddle",
    re.I,
)


def hosted_payment_href(el: Node, src: SourceFile) -> str | None:
    """The payment link an `href={...}` works out: a helper or a table of the file whose text
    holds hosted payment pages (`href={linkFor(plan.id)}`, the helper picking among
    `buy.stripe.com/...` addresses) sends the visitor there to pay."""
    expr = jsx.attr_expression(el, "href", src)
    if expr is None:
        return None
    seen: set[str] = set()
    todo = [expr]
    for _ in range(3):  # the href, the helper it calls, the table the helper reads
        names = {src.text(n) for node in todo for n in _identifiers(node)} - seen
        seen |= names
        todo = [
            d for name in names if (d := src.function_named(name) or src.declarator_named(name))
        ]
        found = next((m.group(0) for d in todo if (m := PAYMENT_LINK.search(src.text(d)))), None)
        if found is not None:
            return found
    return None


def _identifiers(node: Node) -> list[Node]:
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            found.append(current)
        stack.extend(current.named_children)
    return found


def navigation_targets(el: Node, src: SourceFile) -> list[str]:
    """Addresses the element's click handler opens (`/pay/{id}` for a template's `${id}`), or
    the link wrapped around it (`<Link href="/pay"><Button>`)."""
    parent: Node | None = el
    for _ in range(2):
        parent = jsx.jsx_parent(parent, src) if parent is not None else None
        if parent is not None and jsx.name(parent, src) in ("Link", "a"):
            href = jsx.attr_expression(parent, "href", src)
            if href is not None:
                return _address(unwrap(href), src)
    expr = jsx.attr_expression(el, "onClick", src)
    if expr is None and jsx.attr_text(el, "type", src) == "submit":
        # a submit button goes where its form's submit handler sends the visitor next
        form = _form_around(el, src)
        expr = jsx.attr_expression(form, "onSubmit", src) if form is not None else None
    if expr is None:
        return []
    expr = unwrap(expr)
    if expr.type == "identifier":
        body = src.function_named(src.text(expr), expr)
        if body is None:
            return []
        expr = body
    return navigations_within(expr, src)


def _form_around(el: Node, src: SourceFile) -> Node | None:
    parent: Node | None = jsx.jsx_parent(el, src)
    while parent is not None and jsx.name(parent, src) not in ("form", "Form"):
        parent = jsx.jsx_parent(parent, src)
    return parent


def navigations_within(expr: Node, src: SourceFile) -> list[str]:
    """Addresses the calls inside `expr` open (`router.push`, `navigate`)."""
    found: list[str] = []
    for call in src.calls_within(expr):
        if callee_segments(call, src)[-1:] and callee_segments(call, src)[-1] in _NAVIGATES:
            args = call.child_by_field_name("arguments")
            if args is None or not args.named_child_count:
                continue
            found.extend(_address(unwrap(args.named_children[0]), src))
    return found


def enclosing_function(node: Node) -> Node | None:
    current = node.parent
    while current is not None and current.type not in FUNCTION_TYPES:
        current = current.parent
    return current


def _address(node: Node, src: SourceFile) -> list[str]:
    if node.type not in ("string", "template_string"):
        return []
    address = re.sub(r"\$\{[^}]*\}", "{x}", src.text(node).strip("\"'`"))
    return [address] if address.startswith("/") else []
