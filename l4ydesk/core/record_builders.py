"""Per-type builders: turn the fields the analyzer extracted into a record type's properties."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from l4ydesk.core.record_schema import BOOKABLE_SUBTYPES, BookableSubtype, JsonValue, json_value

_SUBTYPE_WORDS: Final[tuple[tuple[BookableSubtype, tuple[str, ...]], ...]] = (
    ("event_seat", ("ticket", "seat", "admission", "pass", "early bird", "vip")),
    ("class", ("class", "lesson", "workshop", "course", "session", "yoga", "pilates")),
    ("room", ("room", "suite", "desk", "studio space", "office", "hall", "venue")),
    ("equipment", ("camera", "lens", "gimbal", "light", "drone", "equipment", "gear", "tool")),
    ("rental", ("rental", "rent", "per day", "/day", "hire", "bike", "kayak", "car")),
    ("appointment", ("appointment", "consultation", "haircut", "massage", "therapy", "call")),
    ("service", ("service", "table", "reservation", "cleaning", "repair")),
)


_SUBTYPE_PATTERNS: Final = tuple(
    (subtype, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b"))
    for subtype, words in _SUBTYPE_WORDS
)


def infer_bookable_subtype(*texts: str | None) -> BookableSubtype | None:
    """Guess which of the seven bookable subtypes a name or description talks about."""
    text = " ".join(t.lower() for t in texts if t)
    if not text:
        return None
    for subtype, pattern in _SUBTYPE_PATTERNS:
        if pattern.search(text):
            return subtype
    return None


def _first(fields: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = fields.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def build_product(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    subtype = fields.get("bookable_subtype") or fields.get("subtype")
    bookable = bool(fields.get("bookable")) or subtype in BOOKABLE_SUBTYPES
    return {
        "name": _first(fields, "name", "title"),
        "price": _first(fields, "price", "amount"),
        "image_url": _first(fields, "image", "image_url"),
        "bookable": bookable,
        "bookable_subtype": subtype if subtype in BOOKABLE_SUBTYPES else None,
        "billing_interval": _first(fields, "interval", "billing_interval"),
    }


def build_event(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    starts = _first(fields, "starts_at", "date")
    time = fields.get("time")
    if isinstance(starts, str) and len(starts) == 10 and isinstance(time, str) and time:
        starts = f"{starts}T{time}"
    return {
        "title": _first(fields, "title", "name"),
        "starts_at": starts,
        "location": _first(fields, "location", "venue"),
    }


def _split_name(full: Any) -> tuple[str | None, str | None]:
    if not isinstance(full, str) or not full.strip():
        return None, None
    first, _, last = full.strip().partition(" ")
    return first, last or None


def build_contact(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    first, last = _split_name(fields.get("person_name"))
    source = fields.get("source")
    return {
        "first_name": _first(fields, "first_name") or first,
        "last_name": _first(fields, "last_name") or last,
        "subscribed": True if source in ("newsletter", "waitlist") else None,
        "status": "subscriber" if source in ("newsletter", "waitlist") else None,
    }


def build_form(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    raw = fields.get("fields") or []
    normalized: list[JsonValue] = []
    for item in raw if isinstance(raw, list | tuple) else []:
        if isinstance(item, Mapping):
            normalized.append(
                {
                    "name": str(item.get("name") or ""),
                    "type": str(item.get("type") or "text"),
                    "required": bool(item.get("required")),
                    "label": item.get("label") if isinstance(item.get("label"), str) else None,
                    "options": json_value(list(item.get("options") or [])),
                }
            )
    return {"fields": normalized, "title": _first(fields, "title", "name")}


def build_invoice(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"number": _first(fields, "number", "name"), "total": _first(fields, "total", "amount")}


def build_ticket(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"subject": _first(fields, "subject", "name")}


def build_booking(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    subtype = fields.get("subtype")
    return {
        "service": _first(fields, "service", "name"),
        "subtype": subtype if subtype in BOOKABLE_SUBTYPES else None,
    }


def build_workflow(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"name": _first(fields, "name"), "trigger": _first(fields, "trigger")}


def build_checkout(fields: Mapping[str, Any]) -> dict[str, JsonValue]:
    return {"name": _first(fields, "name"), "total": _first(fields, "total")}
