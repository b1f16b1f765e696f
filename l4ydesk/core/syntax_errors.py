"""Where a parsed JS/TS file really is broken: tree-sitter's errors, less what React accepts.

A bare `&` in JSX text ("Date & Time") or in a string attribute
(`/placeholder.svg?height=40&width=40`, which v0 writes everywhere) is an error to the grammar
but renders fine in React, so it is not a syntax error here (the analyzer, the preview's source
tags and the wiring's edit checks all ask this).
"""

from __future__ import annotations

from tree_sitter import Node, Tree


def first_error_line(tree: Tree) -> int | None:
    """The 1-based line of the first real syntax error, descending only into broken subtrees.

    A bare `&` in JSX text ("Date & Time") or in a string attribute
    (`/placeholder.svg?height=40&width=40`, which v0 writes everywhere) is an error to the
    grammar but renders fine in React: it is not reported.
    """
    root = tree.root_node
    if not root.has_error:
        return None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_missing or (node.is_error and not bare_ampersand(node)):
            return node.start_point.row + 1
        if node.is_error:
            continue
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return None


def bare_ampersand(error: Node) -> bool:
    """An error node that is only a bare `&` in JSX text or a string: valid React."""
    parent = error.parent
    text = error.text or b""
    return (
        text.startswith(b"&")
        and parent is not None
        and parent.type in ("jsx_element", "string", "jsx_attribute")
    )
