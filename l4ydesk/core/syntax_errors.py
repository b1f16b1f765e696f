"""Where a parsed JS/TS file really is broken: tree-sitter's errors, less what React accepts.

A bare `&` in JSX text ("Date & Time") or in a string attribute
(`/placeholder.svg?height=40&width=40`, which v0 writes everywhere) is an error to the grammar
but renders fine in React, so it is not a syntax error here (the analyzer, the preview's source
tags and the wiring's edit checks all ask this).

The grammar also takes `<div> … </section>` as a whole element: it never compares a closing
tag's name with its opening tag's, which every compiler does ("JSX element 'div' has no
corresponding closing tag"), so that check is made here.
"""

from __future__ import annotations

from tree_sitter import Language, Node, Query, QueryCursor, QueryError, Tree

_PAIRS = """(jsx_element
  open_tag: (jsx_opening_element name: (_) @open)
  close_tag: (jsx_closing_element name: (_) @close)
  (#not-eq? @open @close))"""
_pair_queries: dict[Language, Query | None] = {}


def first_error_line(tree: Tree) -> int | None:
    """The 1-based line of the first real syntax error, descending only into broken subtrees.

    A bare `&` in JSX text ("Date & Time") or in a string attribute
    (`/placeholder.svg?height=40&width=40`, which v0 writes everywhere) is an error to the
    grammar but renders fine in React: it is not reported.
    """
    lines = [line for line in (_first_broken(tree), _first_unmatched_tag(tree)) if line]
    return min(lines) if lines else None


def _first_broken(tree: Tree) -> int | None:
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


def _first_unmatched_tag(tree: Tree) -> int | None:
    """The line of the first element whose closing tag names another element."""
    language = tree.language
    if language not in _pair_queries:
        try:
            _pair_queries[language] = Query(language, _PAIRS)
        except QueryError:  # a grammar without JSX (plain .ts)
            _pair_queries[language] = None
    query = _pair_queries[language]
    if query is None:
        return None
    # the predicate keeps only the pairs whose names differ, so a sound file makes no match
    rows = [
        found["open"][0].start_point.row + 1
        for _, found in QueryCursor(query).matches(tree.root_node)
    ]
    return min(rows) if rows else None
