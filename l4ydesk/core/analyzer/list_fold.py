"""Folds a titled list and the sample rows its page shows into one detection."""

from __future__ import annotations

from l4ydesk.core.analyzer.model import Detection


def fold_lists(found: list[Detection], titled: list[Detection]) -> list[Detection]:
    """A page titled "My Bookings" and the sample rows it shows are one list: the title names it,
    the rows become its items."""
    out = list(found)
    for det in titled:
        if det.fields.get("_section") and any(
            d.type_key == det.type_key
            and d.fields.get("source") == "data"
            and d.evidence
            and d.evidence[0].path == det.evidence[0].path
            for d in out
        ):
            continue  # a section over sample rows: the rows are found, each by its own name
        if det.type_key == "event" and any(
            d.type_key == "event" and d.evidence and d.evidence[0].path == det.evidence[0].path
            for d in out
        ):
            continue  # the events are named on the page already; the title adds no record
        people = [
            d
            for d in out
            if d.type_key == det.type_key == "contact"
            and d.fields.get("source") == "data"
            and d.evidence
            and det.evidence
            and d.evidence[0].path == det.evidence[0].path
        ]
        named = [d for d in people if d.name.casefold() == det.name.casefold()]
        if named:
            people = named  # the title heads one of the page's lists; the others stay theirs
        if people:
            # the sample clients of a "Customers" page are that list's rows, not three CRM lists
            out = [d for d in out if d not in people]
            det = Detection(
                det.type_key,
                det.name,
                {**det.fields, "items": [n for d in people for n in _row_names(d)]},
                det.confidence,
                det.evidence,
                det.component,
            )
            out.append(det)
            continue
        same = next(
            (
                i
                for i, d in enumerate(out)
                if d.type_key == det.type_key
                and d.fields.get("list")
                and d.fields.get("source") == "data"  # two titled lists of a page stay two
                and d.evidence
                and det.evidence
                and d.evidence[0].path == det.evidence[0].path
            ),
            None,
        )
        if same is None:
            out.append(det)
            continue
        rows = out[same]
        out[same] = Detection(
            det.type_key,
            det.name,
            {**rows.fields, **det.fields, "items": rows.fields.get("items", [])},
            max(det.confidence, rows.confidence),
            (*det.evidence, *rows.evidence),
            det.component,
        )
    return out


def _row_names(det: Detection) -> list[str]:
    """The names a list detection holds, or the detection's own name for a single record."""
    items = det.fields.get("items")
    if det.fields.get("list") and isinstance(items, list):
        return [str(n) for n in items]
    return [det.name]
