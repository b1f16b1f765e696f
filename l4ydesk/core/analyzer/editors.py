"""Finds documents edited live: input groups with no submit button that are still one form.

An invoice editor has a few inputs, rows of line items typed in a mapped list, a computed total,
"Add line" and "Download PDF", and nothing that submits: the whole component is its form.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer.fields import Control
from l4ydesk.core.analyzer.syntax import SourceFile

_COMPUTES = re.compile(rb"\.reduce\s*\(|[\w\])]\s*\*\s*[\w(]")
_MIN_EDITOR_INPUTS = 3


def live_editors(src: SourceFile, leftover: list[Control]) -> list[tuple[Node, list[Control]]]:
    """A document edited live, with no submit button (an invoice editor: a few inputs, rows of
    line items typed in a list, a computed total, "Add line" and "Download PDF"): the whole
    component is its form."""
    by_component: dict[str, list[Control]] = {}
    for control in leftover:
        by_component.setdefault(src.component_of(control.node).name, []).append(control)
    found: list[tuple[Node, list[Control]]] = []
    for comp in src.components[1:]:
        group = by_component.get(comp.name, [])
        if len(group) < _MIN_EDITOR_INPUTS or comp.node is None:
            continue
        rows = any(src.in_map_callback(c.node) for c in group)
        if not rows or not _COMPUTES.search(comp.node.text or b""):
            continue
        roots = src.jsx_within(comp.node)
        if roots:
            found.append((roots[0], group))
    return found
