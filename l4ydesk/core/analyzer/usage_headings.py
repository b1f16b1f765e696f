"""The headings project components are used under: the static title right above each use of
a component, found within the use's own section, that names what the component shows.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.syntax import SourceFile


def usages_under_headings(
    src: SourceFile, imports: dict[str, tuple[str, str]]
) -> list[tuple[str, str]]:
    """Headings above project components where they are used: the title they are shown under."""
    found: list[tuple[str, str]] = []
    components = {c.name for c in src.components}
    for el in src.jsx:
        tag = jsx.name(el, src)
        spec = imports.get(tag, ("", ""))[0]
        local = tag in components
        if (
            not tag[:1].isupper()
            or "/ui/" in spec
            or not (spec.startswith((".", "@/", "~/")) or local)
        ):
            continue
        heading = _usage_heading(src, el)
        if heading:
            found.append((tag, heading))
    return found


_SECTIONING = frozenset({"main", "section", "article", "header", "footer", "nav", "aside"})


def _walled(src: SourceFile, heading: Node, el: Node, scope: Node) -> bool:
    """True when the heading sits in a section (main, footer...) that does not hold `el`."""
    current = jsx.jsx_parent(heading, src)
    while (
        current is not None
        and current.start_byte >= scope.start_byte
        and (current.end_byte <= scope.end_byte)
    ):
        if current.end_byte <= el.start_byte and jsx.name(current, src) in _SECTIONING:
            return True
        if current.start_byte <= el.start_byte and el.end_byte <= current.end_byte:
            return False
        current = jsx.jsx_parent(current, src)
    return False


def _usage_heading(src: SourceFile, el: Node) -> str | None:
    """The static heading right above a component's use, within its own section."""
    current: Node | None = el
    for _ in range(3):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None:
            return None
        for heading in reversed(src.headings_before(el, current)):
            if src.in_map_callback(heading, below=current) or _walled(src, heading, el, current):
                continue
            text = jsx.title_text(heading, src)
            if text:
                return text
    return None
