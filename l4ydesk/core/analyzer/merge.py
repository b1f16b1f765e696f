"""Merges detections that describe the same thing (same type, same name, compatible fields)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from l4ydesk.core.analyzer.model import Detection, Evidence

MAX_EVIDENCE = 8


def normalized(name: str) -> str:
    return " ".join(re.findall(r"[\w']+", name.lower()))


def _compatible(a: Detection, b: Detection) -> bool:
    fa, fb = a.fields, b.fields
    if a.type_key in ("product", "event"):
        for field in ("price", "date"):
            if fa.get(field) is not None and fb.get(field) is not None and fa[field] != fb[field]:
                return False
        return True
    if a.type_key == "form":
        # the steps of one dialog are one form; the same fields elsewhere are the same form too
        names_a = {f.get("name") for f in fa.get("fields", []) if isinstance(f, dict)}
        names_b = {f.get("name") for f in fb.get("fields", []) if isinstance(f, dict)}
        return names_a == names_b or (bool(a.component) and a.component == b.component)
    if a.type_key == "contact":
        return fa.get("email") == fb.get("email") and fa.get("source") == fb.get("source")
    if a.type_key == "workflow":
        return fa.get("steps") == fb.get("steps")
    if a.type_key in ("booking", "checkout", "ticket"):
        return a.component == b.component or fa.get("source") == fb.get("source") == "data"
    return True


def combine(a: Detection, b: Detection) -> Detection:
    """One detection from two views of the same thing; the more confident one leads."""
    lead, other = (a, b) if a.confidence >= b.confidence else (b, a)
    fields: dict[str, Any] = dict(other.fields)
    fields.update({k: v for k, v in lead.fields.items() if v not in (None, "", [], {})})
    for k, v in other.fields.items():
        fields.setdefault(k, v)
    if lead.type_key == "form":
        seen = {f.get("name") for f in fields.get("fields", []) if isinstance(f, dict)}
        extra = [
            f
            for f in other.fields.get("fields", [])
            if isinstance(f, dict) and f.get("name") not in seen
        ]
        fields["fields"] = [*fields.get("fields", []), *extra]
    evidence: list[Evidence] = []
    for item in (*lead.evidence, *other.evidence):
        if item not in evidence:
            evidence.append(item)
    confidence = 1 - (1 - lead.confidence) * (1 - other.confidence)
    return Detection(
        lead.type_key,
        lead.name,
        fields,
        round(min(confidence, 0.99), 3),
        tuple(evidence[:MAX_EVIDENCE]),
        lead.component or other.component,
    )


def _signature(det: Detection) -> str:
    """What must be equal, beyond the name, for two detections to be candidates at all."""
    if det.type_key == "workflow":
        return repr(det.fields.get("steps"))
    return ""


def merge(detections: Iterable[Detection]) -> list[Detection]:
    """Collapse duplicates, keeping the order in which things were first seen."""
    merged: list[Detection] = []
    index: dict[tuple[str, str, str], list[int]] = {}
    for det in detections:
        slot = (det.type_key, normalized(det.name), _signature(det))
        for i in index.get(slot, []):
            if _compatible(merged[i], det):
                merged[i] = combine(merged[i], det)
                break
        else:
            index.setdefault(slot, []).append(len(merged))
            merged.append(det)
    return merged
