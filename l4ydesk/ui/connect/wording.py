"""The Connect panel's sentences, in one place so they read alike."""

from __future__ import annotations

from typing import Final

from l4ydesk.core.analyzer import Evidence
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.ui.connect.state import PlanCounts

NO_APP: Final = "Open an app to find the products, forms and bookings in its code."
EMPTY: Final = "No business records found in this app's code yet"
EMPTY_HINT: Final = (
    "Products, events, forms, bookings and checkouts appear here as soon as the code "
    "describes them. Edit or generate the app, and the panel looks again."
)
NO_SELECTION: Final = (
    "Select an item to see where it is in the code and what to do with it, or a type to "
    "set all its items at once."
)
LINK_KEEPS_RECORD: Final = "Linking keeps the existing record as it is."


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def type_heading(type_key: str) -> str:
    return f"{ONTOLOGY.get(type_key).label}s"


def location(evidence: Evidence) -> str:
    """ "components/booking-form.tsx:84–150" (a single line has no range)."""
    if evidence.end_line > evidence.start_line:
        return f"{evidence.path}:{evidence.start_line}–{evidence.end_line}"
    return f"{evidence.path}:{evidence.start_line}"


def counts_text(counts: PlanCounts) -> str:
    """ "3 to create, 2 to link, 4 skipped"."""
    return f"{counts.create} to create, {counts.link} to link, {counts.skip} skipped"


def confirm_text(counts: PlanCounts) -> str:
    return f"{counts_text(counts)} — Connect?"


def nothing_to_connect(counts: PlanCounts, connected: int) -> str:
    if counts.skip:
        return f"Nothing to connect: {plural(counts.skip, 'item')} set to Skip."
    if connected:
        return "Everything found is already connected."
    return "Nothing to connect yet."


def status_text(
    items: int, connected: int, types: int, files: int, *, shown: int | None = None
) -> str:
    """ "2182 items of 4 types in 217 files · 3 connected", or "12 of 2182 items shown · …" """
    if shown is None:
        text = f"{plural(items, 'item')} of {plural(types, 'type')} in {plural(files, 'file')}"
    else:
        text = f"{shown} of {plural(items, 'item')} shown"
    return f"{text} · {connected} connected" if connected else text


def problems_text(count: int, assets: int = 0) -> str:
    """ "⚠ 2 files could not be fully read · 16 binary files (images, fonts) not analyzed" """
    parts = [f"⚠ {plural(count, 'file')} could not be fully read"] if count else []
    if assets:
        noun = "binary file (image, font)" if assets == 1 else "binary files (images, fonts)"
        parts.append(f"{assets} {noun} not analyzed")
    return " · ".join(parts)
