"""Folds the steps of one purchase into one checkout: a payment form rendered by a checkout
page is that page's checkout, not a second one."""

from __future__ import annotations

from collections.abc import Iterable

from l4ydesk.core.analyzer.checkouts import CheckoutDraft
from l4ydesk.core.analyzer.pipeline import FileAnalysis
from l4ydesk.core.analyzer.routing import resolve_spec

Scored = tuple[CheckoutDraft, float, set[str], bool]


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
