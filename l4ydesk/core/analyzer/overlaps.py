"""Drops what repeats another detection across files: a cart page whose button leads to the
checkout page (the checkout's first step), a home page previewing a list another page shows in
full (the same records, connected once)."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.checkouts import CheckoutDraft
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.routing import page_route

_HREF = re.compile(r"""href=["'{`]*(/[\w\-/]*)""")


def leading_elsewhere(
    by_path: dict[str, list[tuple[CheckoutDraft, float, set[str], bool]]],
) -> list[str]:
    """Files whose checkout cues are a button linking to another file's checkout page."""
    pages = {page: path for path in by_path if (page := page_route(path)) is not None}
    leading: list[str] = []
    for path, drafts in by_path.items():
        targets = {
            match.group(1).rstrip("/") or "/"
            for draft, *_ in drafts
            for e in draft.evidence
            for match in _HREF.finditer(e.snippet)
        }
        if any(pages.get(t, path) != path for t in targets) and not any(
            c in ("payment_element", "payment_link", "card_fields", "payment_call")
            for draft, *_ in drafts
            for c, _ in draft.cues
        ):
            leading.append(path)
    return leading


def previews(detections: list[Detection]) -> list[Detection]:
    """A home page listing fetched records that another page lists in full ("Upcoming events"
    above a link to /events) previews that list; the records are connected once, on their page."""
    full = {
        d.type_key
        for d in detections
        if d.fields.get("source") == "list"
        and d.type_key != "product"  # each page listing products from a database is a product
        # a page's own query of events is its own list (round 21), the home page's too
        and d.type_key != "event"
        and page_route(d.evidence[0].path) not in (None, "/")
    }
    return [
        d
        for d in detections
        if not (
            d.fields.get("source") == "list"
            and d.type_key in full
            and page_route(d.evidence[0].path) == "/"
        )
    ]
