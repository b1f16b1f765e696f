"""tree-sitter work in steps, so a big file never holds the GIL long enough to stall the window.

tree-sitter keeps the GIL for a whole parse or query: about 50 ms and 20 ms on a 400 KB data
file, while the Connect panel's budget for a GUI stall is 50 ms in all. Fed in chunks, and
queried one byte range at a time, it returns to Python between steps, where other threads run.
The results are the same trees and captures (checked on every seen real project).
"""

from __future__ import annotations

from tree_sitter import Node, Parser, Query, QueryCursor, Tree

PARSE_CHUNK = 16 * 1024
CAPTURE_RANGE = 32 * 1024


def parse_tree(parser: Parser, source: bytes) -> Tree:
    if len(source) <= PARSE_CHUNK:
        return parser.parse(source)
    return parser.parse(lambda offset, _point: source[offset : offset + PARSE_CHUNK])


def captures(query: Query, root: Node) -> dict[str, list[Node]]:
    """The query's captures under `root`, by capture name (in no particular order)."""
    size = root.end_byte
    if size <= CAPTURE_RANGE:
        return QueryCursor(query).captures(root)
    found: dict[str, dict[int, Node]] = {}
    for start in range(0, size, CAPTURE_RANGE):
        cursor = QueryCursor(query)
        cursor.set_byte_range(start, min(size, start + CAPTURE_RANGE))
        for name, nodes in cursor.captures(root).items():
            bucket = found.setdefault(name, {})
            for node in nodes:  # a match across two ranges comes back from both
                bucket.setdefault(node.id, node)
    return {name: list(nodes.values()) for name, nodes in found.items()}
