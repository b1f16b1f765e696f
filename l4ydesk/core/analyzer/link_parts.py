"""Finishing touches the linker gives each detection: names from where a component is used,
the project's currency, private fields dropped, report order; and which files count at all."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from l4ydesk.core.analyzer import vocabulary
from l4ydesk.core.analyzer.form_screening import NEW_RECORD
from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.pipeline import FileAnalysis
from l4ydesk.core.analyzer.routing import resolve_spec

TYPE_ORDER = (
    "product",
    "event",
    "contact",
    "form",
    "invoice",
    "ticket",
    "booking",
    "workflow",
    "checkout",
)


def used_data(path: str, read_json: frozenset[str]) -> bool:
    """A JSON file's records count only when the app's code reads that file."""
    if not path.endswith(".json"):
        return True
    return path.rsplit("/", 1)[-1][: -len(".json")] in read_json


def form_sections(analyses: Iterable[FileAnalysis], paths: set[str]) -> set[str]:
    """Files whose components another file renders inside its `<form>`."""
    found: set[str] = set()
    for analysis in analyses:
        for spec in analysis.in_forms:
            path = resolve_spec(analysis.path, spec, paths)
            if path is not None and path != analysis.path:
                found.add(path)
    return found


def usage_names(analyses: Iterable[FileAnalysis]) -> dict[str, str]:
    found: dict[str, str] = {}
    for analysis in analyses:
        for component, heading in analysis.usages:
            found.setdefault(component, heading)
    return found


def apply_rename(det: Detection, renames: dict[str, str]) -> Detection:
    source = det.fields.get("_rename_from")
    if not isinstance(source, str) or source not in renames:
        return det
    fields = dict(det.fields)
    new_name = renames[source]
    if "title" in fields:
        fields["title"] = new_name
    if "form" in fields:
        fields["form"] = new_name
    return replace(det, name=new_name, fields=fields)


def named_visit_request(det: Detection) -> Detection:
    """A contact form named where it is used by a heading asking for an appointment ("Umów się
    na lekcję", "Book a consultation"): a booking request, as the same title would make it in
    its own file (LABELLING round 19)."""
    if det.type_key != "contact" or not det.fields.get("_booking_if_named"):
        return det
    if vocabulary.VISIT_REQUEST.search(det.name) is None:
        return det
    return replace(det, type_key="booking")


def staff_entry(det: Detection) -> bool:
    """A contact form named where it is used for the new record it adds ("Add New Client"):
    staff type a record into the list a CRM owns; the list is the contact, not its entry form."""
    return bool(det.fields.get("_entry_if_new")) and NEW_RECORD.match(det.name) is not None


def buyers_details(det: Detection, checkout_paths: set[str]) -> bool:
    """Name, e-mail and phone asked with no message on the page a checkout takes the payment
    on: the buyer's details belong to the purchase, they are no lead."""
    return (
        det.type_key == "contact"
        and bool(det.fields.get("_no_message"))
        and det.evidence[0].path in checkout_paths
    )


def form_title(detections: Sequence[Detection], path: str) -> str | None:
    """The title of the form a file holds: what a checkout without a heading of its own is."""
    return next(
        (d.name for d in detections if d.type_key == "form" and d.evidence[0].path == path), None
    )


def fill_currency(det: Detection, by_path: dict[str, str | None], project: str | None) -> Detection:
    if det.type_key not in ("product", "event", "invoice", "checkout"):
        return det
    has_amount = any(det.fields.get(k) is not None for k in ("price", "total"))
    if det.fields.get("currency") or (not has_amount and det.type_key != "checkout"):
        return det
    hint = next((by_path.get(e.path) for e in det.evidence if by_path.get(e.path)), None)
    currency = hint or project
    if currency is None:
        return det
    return replace(det, fields={**det.fields, "currency": currency})


def public(det: Detection) -> Detection:
    if not any(k.startswith("_") for k in det.fields):
        return det
    return replace(det, fields={k: v for k, v in det.fields.items() if not k.startswith("_")})


def sort_key(det: Detection) -> tuple[int, str, int]:
    first = det.evidence[0] if det.evidence else Evidence("", 0, 0, "")
    return (TYPE_ORDER.index(det.type_key), first.path, first.start_line)
