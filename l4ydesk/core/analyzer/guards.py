"""Guarded entry points: a function that compares what it is given with a value the
deployment configures (`if (secret !== process.env.REVALIDATE_SECRET)`, a cron's bearer
header) only answers the service that knows that value. Another service calls it, so what it
does runs by itself, as a job does, even when no page of the app calls it.
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from l4ydesk.core.analyzer.syntax import SourceFile

_ENV = "process.env."
_EQUALITY = frozenset({"===", "!==", "==", "!="})


def guarded(fn: Node, src: SourceFile) -> bool:
    """True when the function tests equality against a configured value, read in the
    comparison itself or through a constant the function holds it in."""
    body = src.text(fn)
    if _ENV not in body or not any(op in body for op in _EQUALITY):
        return False
    held = {
        src.text(name)
        for node in _walk(fn)
        if node.type == "variable_declarator"
        and (name := node.child_by_field_name("name")) is not None
        and (value := node.child_by_field_name("value")) is not None
        and src.text(value).startswith(_ENV)
    }
    for node in _walk(fn):
        if node.type != "binary_expression":
            continue
        op = node.child_by_field_name("operator")
        if op is None or src.text(op) not in _EQUALITY:
            continue
        sides = [node.child_by_field_name(f) for f in ("left", "right")]
        texts = [src.text(s) for s in sides if s is not None]
        if any(_ENV in t or t in held for t in texts):
            return True
    return False


def _walk(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.named_children))
