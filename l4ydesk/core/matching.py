"""Finds existing records a detection probably is, and suggests linking to one or creating one.

Pure Python on plain values: records come in as `RecordSummary` (id, type, name, properties), so
the caller decides where they come from (database, export file, test). Scores are 0..1 and every
candidate carries a sentence saying why it matched ("same name, same price 49.00 EUR").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final, Protocol

from rapidfuzz import fuzz

from l4ydesk.core.ontology import ONTOLOGY, RecordType, UnknownRecordTypeError, money

LINK_THRESHOLD: Final = 0.85
"""At or above this score a candidate is "clearly the same": same or near-same name and no
contradicting field, or an identifier (email, invoice number, SKU) that matches exactly."""

MIN_SCORE: Final = 0.5
"""Candidates below this are noise and are not returned."""

_NAME_WEIGHT: Final = 0.6
_FIELD_WEIGHT: Final = 0.4

# Per type: properties that identify a record on their own when equal.
_IDENTIFIERS: Final[dict[str, tuple[str, ...]]] = {
    "contact": ("email",),
    "invoice": ("number",),
    "product": ("sku",),
}
# Per type: properties worth comparing (besides the price, handled on its own).
_COMPARED: Final[dict[str, tuple[str, ...]]] = {
    "product": ("bookable_subtype", "billing_interval"),
    "event": ("starts_at", "location"),
    "contact": ("company", "phone"),
    "form": ("fields",),
    "invoice": ("customer", "total", "status"),
    "ticket": ("subject", "priority"),
    "booking": ("service", "subtype"),
    "workflow": ("trigger", "steps"),
    "checkout": ("provider", "mode"),
}
_PRICED: Final = frozenset({"product", "event"})


class DetectionLike(Protocol):
    """What matching needs from a detection (an analyzer `Detection` or a plan item)."""

    @property
    def type_key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def fields(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class RecordSummary:
    """An existing record as matching sees it; `type` is an ontology key or a database type."""

    id: int | str
    type: str
    name: str
    properties: Mapping[str, Any]


@dataclass(frozen=True)
class MatchCandidate:
    record: RecordSummary
    score: float
    reason: str


class SuggestedAction(Enum):
    LINK = "link"
    CREATE = "create"


@dataclass(frozen=True)
class Suggestion:
    """What to do with a detection, with the candidate to link to when linking."""

    action: SuggestedAction
    candidate: MatchCandidate | None
    reason: str


def _record_type(type_name: str) -> RecordType:
    try:
        return ONTOLOGY.get(type_name)
    except UnknownRecordTypeError:
        return ONTOLOGY.by_db_type(type_name)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def name_score(a: str, b: str) -> float:
    """0..1 similarity of two names; word order and case do not matter, extra words do."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    # token_set alone calls "Pro" and "Pro max bundle" identical; damp it so subsets score lower
    return (
        max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb), 0.85 * fuzz.token_set_ratio(na, nb))
        / 100.0
    )


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _norm(a) == _norm(b) or fuzz.token_sort_ratio(_norm(a), _norm(b)) >= 92
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return _names(a) == _names(b)
    return bool(a == b)


def _names(items: Iterable[Any]) -> set[str]:
    out: set[str] = set()
    for item in items:
        if isinstance(item, Mapping):
            item = item.get("name") or item.get("kind")
        out.add(_norm(str(item)))
    return out


def _present(value: Any) -> bool:
    return value not in (None, "", [], {}, ())


def _date_part(value: Any) -> Any:
    return value[:10] if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value) else value


def score_record(detection: DetectionLike, record: RecordSummary) -> MatchCandidate:
    """How likely `record` is the thing `detection` describes, and why."""
    record_type = _record_type(detection.type_key)
    wanted = record_type.build_properties(detection.fields)
    have = record.properties
    similarity = name_score(detection.name, record.name)
    reasons: list[str] = []
    if similarity >= 0.97:
        reasons.append("same name")
    elif similarity >= 0.6:
        reasons.append(f"similar name ({similarity:.0%})")
    else:
        reasons.append("different name")

    for key in _IDENTIFIERS.get(record_type.key, ()):
        if _present(wanted.get(key)) and _present(have.get(key)) and _same(wanted[key], have[key]):
            reasons.append(f"same {key.replace('_', ' ')} {have[key]}")
            return MatchCandidate(record, max(0.97, similarity), ", ".join(reasons))

    agree = compared = 0
    if record_type.key in _PRICED:
        price_a, price_b = money(wanted.get("price")), money(have.get("price"))
        cur_a = wanted.get("currency") if _present(detection.fields.get("currency")) else None
        cur_b = have.get("currency")
        if price_a is not None and price_b is not None:
            compared += 1
            currency = cur_b or cur_a or ""
            if price_a == price_b and (cur_a is None or cur_b is None or cur_a == cur_b):
                agree += 1
                reasons.append(f"same price {price_a} {currency}".rstrip())
            else:
                reasons.append(f"price differs ({price_a} vs {price_b} {currency})".rstrip())
    for key in _COMPARED.get(record_type.key, ()):
        a, b = _date_part(wanted.get(key)), _date_part(have.get(key))
        if not (_present(a) and _present(b)):
            continue
        compared += 1
        label = key.replace("_", " ")
        if _same(a, b):
            agree += 1
            reasons.append(
                f"same {label}"
                if isinstance(a, list | tuple) or len(str(a)) > 40
                else f"same {label} {a}"
            )
        else:
            reasons.append(f"different {label}")

    if compared and similarity >= 0.7:
        score = _NAME_WEIGHT * similarity + _FIELD_WEIGHT * (agree / compared)
    elif compared:
        # agreeing fields cannot make "Canvas Tote" the same thing as "Classic Tee"
        score = 0.8 * similarity
    else:
        # only a name to go on: never quite certain, but an exact name alone still links
        score = 0.9 * similarity
    score = round(max(0.0, min(1.0, score)), 3)
    return MatchCandidate(record, score, ", ".join(reasons))


def find_candidates(
    detection: DetectionLike, records: Iterable[RecordSummary], limit: int = 5
) -> list[MatchCandidate]:
    """The best-matching records of the detection's type, best first."""
    key = _record_type(detection.type_key).key
    scored = [
        score_record(detection, record)
        for record in records
        if _record_type(record.type).key == key
    ]
    scored = [c for c in scored if c.score >= MIN_SCORE]
    scored.sort(key=lambda c: (-c.score, str(c.record.id)))
    return scored[:limit]


def suggest_action(
    detection: DetectionLike,
    candidates: Sequence[MatchCandidate] | Iterable[RecordSummary],
    threshold: float = LINK_THRESHOLD,
) -> Suggestion:
    """Link when the best candidate is clearly the same thing, else create a new record."""
    items = list(candidates)
    ranked = [c for c in items if isinstance(c, MatchCandidate)]
    records = [r for r in items if isinstance(r, RecordSummary)]
    if records:
        ranked = find_candidates(detection, records)
    if not ranked:
        return Suggestion(SuggestedAction.CREATE, None, "no existing record looks like it")
    best = ranked[0]
    if best.score < threshold:
        return Suggestion(
            SuggestedAction.CREATE,
            best,
            f"closest is {best.record.name!r} at {best.score:.0%} ({best.reason}), "
            f"below the {threshold:.0%} needed to link",
        )
    reason = f"{best.record.name!r}: {best.reason}"
    close = [c for c in ranked[1:] if best.score - c.score < 0.03]
    if close:
        reason += f"; {close[0].record.name!r} is nearly as close, check before linking"
    return Suggestion(SuggestedAction.LINK, best, reason)
