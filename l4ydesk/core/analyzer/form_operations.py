"""Tells input groups that operate what a page shows from forms: a "Clear" that only resets
a filter's state, a reply under a thread's rows, opening hours (split out of form_screening)."""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import SourceFile


def only_resets(src: SourceFile, form: FoundForm) -> bool:
    """True when a group without a `<form>` has a button whose handler only puts state back to
    empty values (`setQuery("")`, `setStatus("all")`, `setRows([])`): a "Clear" of a filter bar,
    in any language; it sends the values nowhere."""
    if form.explicit or not form.handlers:
        return False
    for handler in form.handlers:
        expr = unwrap(handler)
        body = src.function_named(src.text(expr), expr) if expr.type == "identifier" else expr
        if body is None:
            return False
        calls = src.calls_within(body)
        if not calls:
            return False
        for call in calls:
            fn = call.child_by_field_name("function")
            args = call.child_by_field_name("arguments")
            name = src.text(fn) if fn is not None else ""
            if not _SETTER.match(name) or args is None:
                return False
            if not all(_empty_literal(a, src) for a in args.named_children):
                return False
    return True


_SETTER = re.compile(r"^set[A-Z]\w*$")
_DEFAULTS = frozenset({"", "all", "todos", "todas", "tous", "alle", "tutti", "0"})


def _empty_literal(node: Node, src: SourceFile) -> bool:
    # `false` or `null` close a dialog, which is how a mock-up "submits"; they are no reset
    node = unwrap(node)
    if node.type in ("array", "object"):
        return node.named_child_count == 0
    if node.type in ("string", "number"):
        return src.text(node).strip("\"'`").lower() in _DEFAULTS
    return False


def replies_in_thread(src: SourceFile, form: FoundForm) -> bool:
    """One text box (pickers aside) under rows the same component renders from a list and only
    shows: a reply to a conversation, a comment or a note added to a record that exists. Rows
    one clicks (packages, time slots) are choices of the form instead."""
    typed = [f for f in form.fields if f.type not in ("select", "radio", "checkbox")]
    if len(typed) != 1 or typed[0].type not in ("text", "textarea"):
        return False
    comp = form.component
    box = typed[0].node
    start = box.start_byte if box is not None else form.container.start_byte
    pickers = [f.node for f in form.fields if f.node is not None and f is not typed[0]]
    return any(
        comp.start_byte <= lo
        and hi <= start
        and not any(p.start_byte <= lo and hi <= p.end_byte for p in pickers)  # its options
        and _renders_between(src, lo, hi)
        and b"onClick" not in src.source[lo:hi]
        for lo, hi in src.map_callbacks
    )


def _renders_between(src: SourceFile, lo: int, hi: int) -> bool:
    """Rows that show values (`<p>{m.text}</p>`, `<Bubble message={m} />`), not a bar of
    styled dots per step."""
    starts: list[int] = src.cached("jsx_starts", lambda: [n.start_byte for n in src.jsx])
    i = bisect.bisect_left(starts, lo)
    while i < len(starts) and starts[i] < hi:
        el = src.jsx[i]
        if any(c.type == "jsx_expression" for c in el.named_children):
            return True
        if jsx.name(el, src)[:1].isupper() and any(
            value is not None and value.type == "jsx_expression" and attr not in _STYLING
            for attr, value in jsx.attributes(el, src).items()
        ):
            return True
        i += 1
    return False


_STYLING = frozenset({"key", "className", "style"})


def sets_hours(form: FoundForm) -> bool:
    """Only hours and switches, no day and nothing typed: the business's weekly opening hours
    or availability, a setting of the app rather than a record anyone asks for."""
    types = {f.type for f in form.fields}
    if "time" in types and types <= {"time", "checkbox"}:
        return True
    # a start and an end time with only pickers, counts and switches, no day and nothing typed:
    # a slot the business offers (its capacity, whether it is open), not a request for one
    times = sum(1 for f in form.fields if f.type == "time")
    return times >= 2 and types <= {"time", "checkbox", "number", "select", "radio"}
