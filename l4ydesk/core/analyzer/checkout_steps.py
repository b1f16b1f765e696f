"""Folds the steps of one purchase into one checkout (a payment form rendered by a checkout
page is that page's checkout, not a second one), then makes each page's checkout a detection."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from l4ydesk.core.analyzer import vocabulary
from l4ydesk.core.analyzer.checkouts import CheckoutDraft
from l4ydesk.core.analyzer.effects import union
from l4ydesk.core.analyzer.link_parts import form_title
from l4ydesk.core.analyzer.message_orders import without_untitled_message_orders
from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.pay_instructions import without_follow_on_instructions
from l4ydesk.core.analyzer.pipeline import FileAnalysis
from l4ydesk.core.analyzer.routing import page_route, resolve_spec, route_matches
from l4ydesk.core.analyzer.values import humanize

Scored = tuple[CheckoutDraft, float, set[str], bool]
# the score of a cart emptied after its own work and nothing else (no payment call behind it)
_EMPTIED_ONLY = 0.71


def fold_rendered_steps(by_path: dict[str, list[Scored]], analyses: Iterable[FileAnalysis]) -> None:
    """A file with checkout cues that another file with checkout cues imports (the checkout
    page and the form it renders, the cart and its payment step) is part of that checkout: its
    drafts join the importer's, whose name and place a person sees first."""
    files = {a.path: a for a in analyses}
    paths = set(files)
    for path in sorted(by_path):
        if path not in by_path:
            continue  # folded into another already
        for spec in files[path].imports if path in files else ():
            target = resolve_spec(path, spec, paths)
            if target is not None and target != path and target in by_path:
                by_path[path].extend(by_path.pop(target))


# cues that only lead towards a purchase: a button, its handler's name, a computed total
_LEADS = frozenset(
    {"buy_button", "pay_handler", "selection_total", "cart", "cart_state", "order_total"}
)


def fold_ways_in(by_path: dict[str, list[Scored]], analyses: Iterable[FileAnalysis]) -> None:
    """A file whose cues only lead to a purchase (a buy button, a total) and whose button opens
    a page that shows another checkout (the page or what it renders) is that checkout's first
    step: "Buy 3 hectares" opening the page that asks how to pay is one purchase."""
    files = {a.path: a for a in analyses}
    pages = {route: path for path in files if (route := page_route(path)) is not None}
    for path in sorted(by_path):
        drafts = by_path.get(path)
        if not drafts or any(c not in _LEADS for d, *_ in drafts for c, _ in d.cues):
            continue
        targets = {t for d, *_ in drafts for t in d.goes_to}
        for route, page in pages.items():
            if not any(route_matches(route, t) for t in targets):
                continue
            shown = _rendered_from(page, files)
            into = next((p for p in sorted(shown) if p != path and p in by_path), None)
            if into is not None:
                by_path[into].extend(by_path.pop(path))
                break


def _rendered_from(page: str, files: dict[str, FileAnalysis], depth: int = 3) -> set[str]:
    """The page and the project files it imports, a few levels down."""
    seen = {page}
    todo = [page]
    for _ in range(depth):
        nxt: list[str] = []
        for path in todo:
            for spec in files[path].imports if path in files else ():
                target = resolve_spec(path, spec, set(files))
                if target is not None and target not in seen:
                    seen.add(target)
                    nxt.append(target)
        todo = nxt
    return seen


def _only_empties(drafts: list[Scored]) -> bool:
    """The cart emptied and nothing else: no input asked, no cart, total or pay button shown,
    no payment called. That is the page shown after the order ("Payment Successful", "Start
    a new order") or the store keeping the cart, not the purchase; emptying it on confirming
    the details typed in above closes one."""
    return (
        {c for d, *_ in drafts for c, _ in d.cues} == {"order_placed"}
        and max(s for _, s, *_ in drafts) <= _EMPTIED_ONLY
        and not any(d.asks for d, *_ in drafts)
    )


def checkout_detections(
    by_path: dict[str, list[Scored]], detections: Sequence[Detection]
) -> list[Detection]:
    """One checkout per page that holds one, named by its own heading, else its own form's
    title, else a folded step's heading; with the products shown there as its items."""
    found: list[Detection] = []
    untitled: set[int] = set()  # checkouts named after their component: no title of their own
    for path, drafts in by_path.items():
        if _only_empties(drafts):
            continue
        # its own heading, else its own form's title, before a folded step's heading
        own = next((d.name for d, *_ in drafts if d.name and d.path == path), None)
        if any(c == "priced_items" for d, *_ in drafts for c, _ in d.cues):
            # an order form under a price list: the form's own title ("Order Skiff 4"), not
            # the list's heading
            own = form_title(detections, path) or own
        titled = (
            own
            or form_title(detections, path)
            or next((d.name for d, *_ in drafts if d.name), None)
        )
        name = titled or humanize(drafts[0][0].component.split(":")[-1])
        if not titled:
            untitled.add(len(found))
        providers = set().union(*(p for _, _, p, _ in drafts))
        items = [
            d.name
            for d in detections
            if d.type_key == "product" and any(e.path == path for e in d.evidence)
        ]
        fields: dict[str, Any] = {
            "provider": sorted(providers)[0] if providers else None,
            "mode": "subscription" if any(s for *_, s in drafts) else "payment",
            "cues": sorted({c for d, *_ in drafts for c, _ in d.cues}),
        }
        if items:
            fields["items"] = items
        evidence: tuple[Evidence, ...] = ()
        for draft, *_ in drafts:
            evidence = union(evidence, draft.evidence)
        score = round(max(s for _, s, *_ in drafts), 3)
        component = drafts[0][0].component
        found.append(Detection("checkout", name, fields, score, evidence[:8], component))
        ordered = any(c == "order_submit" for d, *_ in drafts for c, _ in d.cues)
        books = any(d.books for d, *_ in drafts)
        if (vocabulary.BOOKING.search(name) or books) and not ordered:
            # "Complete your booking" with the card fields: paying for it reserves it (goods
            # reserved under an order's submit are that order, not a booking)
            booking = {"source": "checkout"}
            found.append(Detection("booking", name, booking, score, evidence[:8], component))
    return without_follow_on_instructions(without_untitled_message_orders(found, untitled))
