"""Finds bookings taken by a booking engine embedded from another site.

A hotel's "Reserve your stay" box that loads the engine's script into a container, a salon's
"Book your appointment" section that writes each branch's widget `<script src=...>` into the page:
no input of the app's own is typed, yet the visitor books there. What decides is structure (the
component adds an outside script to the page while it renders) and a heading of the component
that says it books.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile

# `document.createElement("script")` given a src, or a `<script src="https://...">` written into
# the page as HTML: an outside widget loaded where the component renders
_INJECTED_SCRIPT = re.compile(
    rb"createElement\(\s*[\"'`]script[\"'`]\s*\)|<script[^>]*\bsrc\s*=\s*\\?[\"']https?://", re.I
)
_ADDS_ITSELF = re.compile(rb"\.src\s*=|dangerouslySetInnerHTML|replaceChild|appendChild", re.I)


def embedded_booking(src: SourceFile) -> Detection | None:
    """One booking for the first component, under a booking heading, that embeds a widget."""
    if _INJECTED_SCRIPT.search(src.source) is None or _ADDS_ITSELF.search(src.source) is None:
        return None
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        heading = _booking_heading(src, comp.node)
        if heading is None:
            continue
        node, title = heading
        return Detection(
            "booking",
            title,
            {"source": "request", "embedded": True},
            0.75,
            (src.evidence(node),),
            f"{src.path}:{comp.name}",
        )
    return None


def _booking_heading(src: SourceFile, scope: Node) -> tuple[Node, str] | None:
    """The first heading of the component, outside any list, that names a booking."""
    for heading in src.headings_within(scope):
        if src.in_map_callback(heading):
            continue
        title = jsx.title_text(heading, src)
        if title and vocabulary.BOOKING.search(title):
            return heading, title
    return None
