"""Where a function sits in its module: at the top (a route handler, a server action) and
whether it is the default export (a page). Shared by syntax.py and handlers.py."""

from __future__ import annotations

from tree_sitter import Node


def is_top_level(fn: Node) -> bool:
    """A function declared at the module's top, exported, assigned or wrapped in a call
    (`export const x = withAuth(async () => …)`), not one nested in another."""
    parent = fn.parent
    for _ in range(6):
        if parent is None:
            return False
        if parent.type == "program":
            return True
        if parent.type in (
            "export_statement",
            "lexical_declaration",
            "variable_declaration",
            "variable_declarator",
            "call_expression",
            "arguments",
        ):
            parent = parent.parent
            continue
        return False
    return False


def is_default_export(fn: Node) -> bool:
    """`export default function …`."""
    parent = fn.parent
    return (
        parent is not None
        and parent.type == "export_statement"
        and any(c.type == "default" for c in parent.children)
    )
