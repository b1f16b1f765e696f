"""The title a person reads for a form: its own heading, the one above it, or its component's
name (split out of forms.py, which finds the forms)."""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.syntax import Component, SourceFile
from l4ydesk.core.analyzer.translations import translated_label
from l4ydesk.core.analyzer.values import humanize


def component_title(component: Component) -> str | None:
    if component.name == "<module>" or component.name.endswith("Page"):
        return None
    return humanize(component.name)


def heading_for(src: SourceFile, node: Node) -> str | None:
    """The heading a person would read as this element's title: its own heading, or the one
    above it. A form split into sections ("Personal details", "Delivery") by two or more
    headings of its own is titled by the heading above it, where there is one."""
    inside = [
        text
        for el in src.headings_within(node)
        if not src.in_map_callback(el, below=node)
        and (text := jsx.title_text(el, src) or translated_label(el, src))
    ]
    if len(inside) == 1:
        return inside[0]
    return _heading_above(src, node) or (inside[0] if inside else None)


def _heading_above(src: SourceFile, node: Node) -> str | None:
    comp = src.component_of(node)
    current: Node | None = node
    for _ in range(5):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            break
        before = [
            el
            for el in src.headings_before(node, current)
            if not src.in_map_callback(el, below=current)
        ]
        for el in reversed(before):
            text = jsx.title_text(el, src) or translated_label(el, src)
            if text:
                return text
    return None
