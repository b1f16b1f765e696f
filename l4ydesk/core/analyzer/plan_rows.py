"""A plan card with no price in a row of priced plan cards ("Custom", "Contact Us") is a plan
too. The row is found above the priced blocks `cards` found: v0 often wraps each card's heading,
price and features in an inner block beside the card's own button."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile, key


def unpriced_plans(
    src: SourceFile, cards: list[Node], has_controls: Callable[[Node], bool]
) -> list[Detection]:
    """A card in a row of priced plan cards is a plan too, even when it says "Custom"."""
    found: list[Detection] = []
    starts = sorted(c.start_byte for c in cards)
    rows: dict[tuple[int, int, str], Node] = {}
    seen: set[tuple[int, int, str]] = set()
    for card in cards:
        row = _row_of(src, card, starts, seen)
        if row is not None:
            rows[key(row)] = row
    for parent in rows.values():
        priced = [c for c in jsx.jsx_children(parent) if _held(c, starts)]
        tag = jsx.name(priced[0], src)
        for child in jsx.jsx_children(parent):
            if _held(child, starts) or jsx.name(child, src) != tag:
                continue
            if has_controls(child):
                continue
            heading = next((el for el in src.jsx_within(child) if jsx.is_heading(el, src)), None)
            title = jsx.text(heading, src, dynamic=False) if heading is not None else ""
            if not title:
                continue
            found.append(
                Detection(
                    "product",
                    title,
                    {"name": title, "price": None, "source": "jsx"},
                    0.55,
                    (src.evidence(child),),
                    f"{src.path}:{src.component_of(child).name}",
                )
            )
    return found


# how far above a priced block its card may start: the block is often the card's inner
# `<div>` (heading, price, features) beside the card's own button
_CARD_DEPTH = 3


def _row_of(
    src: SourceFile, card: Node, starts: list[int], seen: set[tuple[int, int, str]]
) -> Node | None:
    """The element laying out the row of plan cards `card` is in: the nearest ancestor of
    which two children or more hold one priced card each, and none holds more (a section of
    several grids, or tabs of several cards each, is no row of plans). `seen` holds the
    ancestors already weighed for another card: each is weighed once."""
    unit = card
    for _ in range(_CARD_DEPTH):
        row = jsx.jsx_parent(unit, src)
        if row is None or key(row) in seen:
            return None
        seen.add(key(row))
        held = [_held(c, starts) for c in jsx.jsx_children(row)]
        if max(held, default=0) > 1:
            return None
        if held.count(1) >= 2:
            return row
        unit = row
    return None


def _held(node: Node, starts: list[int]) -> int:
    """How many priced cards (by their sorted starts) lie inside `node`."""
    return bisect.bisect_left(starts, node.end_byte) - bisect.bisect_left(starts, node.start_byte)
