"""Reads where a purchase button goes: the page its click handler opens (`router.push`), or the
hosted payment page its link or click leads to, wherever the file or a data module keeps it."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile

_NAVIGATES = frozenset({"push", "replace", "navigate"})
# hosted payment pages: a link there takes the money at the provider
PAYMENT_LINK = re.compile(
    r"buy\.stripe\.com|checkout\.stripe\.com|paypal\.(com|me)|lemonsqueezy\.com/checkout|"
    r"gumroad\.com|checkout\.paddle",
    re.I,
)
_ANY_LINK = re.compile(PAYMENT_LINK.pattern.encode(), re.I)
_PAYMENT_VALUE = re.compile(
    rb"[\"']?([A-Za-z_]\w*)[\"']?\s*:\s*[\"'`][^\"'`\n]*?(" + PAYMENT_LINK.pattern.encode() + rb")",
    re.I,
)


def link_provider(link: str) -> str:
    """`paypal.com/ncp/...` -> "paypal": who takes the money at a hosted payment page."""
    lowered = link.lower()  # `PayPal.me/...`: hosts are matched whatever their case
    return next(
        (p for p in ("paypal", "lemonsqueezy", "gumroad", "paddle") if p in lowered), "stripe"
    )


def payment_address(
    el: Node, src: SourceFile, imports: dict[str, tuple[str, str]]
) -> tuple[str | None, list[str]]:
    """The payment link an element sends the visitor to: an `href={...}` or an address its
    click opens (`window.open(x)`, `location.href = x`) worked out through the file's names (a
    helper or a table of the file holding `buy.stripe.com/...` addresses). Else where that
    address is read from, as `module#key` (`window.open(section.buttonUrl)`, `section` taken
    out of an imported data file, reads `buttonUrl`): known once that module is read."""
    href = jsx.attr_expression(el, "href", src)
    opened = _opened_addresses(el, src)
    starts = [*([href] if href is not None else []), *opened]
    if not starts:
        return None, []
    found, names = _follow_address(starts, opened, src)
    keys = {k[-1] for s in starts if (k := re.findall(r"\w+", src.text(s)))}
    if found is not None or not keys:
        return found, []
    return None, sorted({f"{imports[n][0]}#{k}" for n in names if n in imports for k in keys})


def payment_keys(source: bytes) -> tuple[tuple[str, str], ...]:
    """The keys of a module whose written value is a hosted payment page
    (`"buttonUrl": "https://www.paypal.com/ncp/payment/..."`), with the page's host."""
    if _ANY_LINK.search(source) is None:
        return ()  # most files name no payment page: one quick look
    return tuple(
        (m.group(1).decode(), m.group(2).decode()) for m in _PAYMENT_VALUE.finditer(source)
    )


# the address, the local it is bound to, the helper that builds it, the table the helper reads
_HOPS = 4


def _follow_address(
    starts: list[Node], opened: list[Node], src: SourceFile
) -> tuple[str | None, set[str]]:
    for address in opened:
        if (written := PAYMENT_LINK.search(src.text(address))) is not None:
            return written.group(0), set()  # `window.open("https://paypal.me/...")`
    seen: set[str] = set()
    todo = starts
    for _ in range(_HOPS):
        names = {src.text(n) for node in todo for n in _identifiers(node)} - seen
        seen |= names
        todo = [d for name in names for d in _definitions(name, src)]
        found = next((m.group(0) for d in todo if (m := PAYMENT_LINK.search(src.text(d)))), None)
        if found is not None:
            return found, seen
        if not todo:
            break
    return None, seen


def _definitions(name: str, src: SourceFile) -> list[Node]:
    """Where `name` gets its value: its function or declarator, or the declarator that takes it
    out of an object (`const { section } = data`)."""
    own = src.function_named(name) or src.declarator_named(name)
    if own is not None:
        return [own]
    taken = src.cached("destructured", lambda: _destructured(src)).get(name)
    return [taken] if taken is not None else []


def _destructured(src: SourceFile) -> dict[str, Node]:
    """Each name a declarator takes out of an object (`const { a, b } = data`), first one wins."""
    table: dict[str, Node] = {}
    for decl in src.declarators:
        pattern = decl.child_by_field_name("name")
        if pattern is not None and pattern.type == "object_pattern":
            for n in _identifiers(pattern, "shorthand_property_identifier_pattern"):
                table.setdefault(src.text(n), decl)
    return table


def _opened_addresses(el: Node, src: SourceFile) -> list[Node]:
    """What a click opens in the browser: `window.open(x)`, `location.assign(x)`,
    `window.location.href = x`, in the handler written there or named there."""
    expr = _handler_body(jsx.attr_expression(el, "onClick", src), src)
    if expr is None:
        return []
    if not _OPENS_TEXT.search(expr.text or b""):
        return []  # most clicks open nothing: one look at the text first
    found: list[Node] = []
    for call in src.calls_within(expr):
        segments = callee_segments(call, src)
        if segments[-2:] in (["window", "open"], ["location", "assign"], ["location", "replace"]):
            args = call.child_by_field_name("arguments")
            if args is not None and args.named_child_count:
                found.append(args.named_children[0])
    stack = [expr]
    while stack:
        node = stack.pop()
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and _OPENS.search(src.text(left)):
                found.append(right)
        stack.extend(node.named_children)
    return found


_OPENS_TEXT = re.compile(rb"\bopen\(|location\b")
_OPENS = re.compile(r"(^|\.)location(\.href)?$")


def _identifiers(node: Node, kind: str = "identifier") -> list[Node]:
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
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
    expr = _handler_body(expr, src)
    return navigations_within(expr, src) if expr is not None else []


def _handler_body(expr: Node | None, src: SourceFile) -> Node | None:
    """A handler written in place, or the body of the function it names (None when that is
    nowhere in the file)."""
    if expr is None:
        return None
    expr = unwrap(expr)
    if expr.type == "identifier":
        return src.function_named(src.text(expr), expr)
    return expr


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
