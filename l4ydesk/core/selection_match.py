"""What an element picked in the preview is: the detection it comes from, and a type to file it as.

The preview inspector reports a picked element: its tag, text, nearby heading, form fields,
prices and dates, and in the local preview the `path:line:col` of the JSX that rendered it.
`match_selection` ranks the analyzer's detections against it. A source location inside a
detection's evidence is close to proof; without one, the text, the form's fields, prices, dates
and the React component are clues, each scored 0..1 with a reason and combined. `guess_type`
picks a record type from the best match or from what the element looks like; `badges_for`
names the elements of connected items so the preview can mark them when a page loads.

Pure Python: the UI turns its `ElementInfo` into a `SelectedElement`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from l4ydesk.core.analyzer import Detection, Evidence
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.matching import name_score
from l4ydesk.core.ontology import ONTOLOGY, currency_code, money

OTHER: Final = "other"
"""`guess_type`'s answer when the element is none of the nine record types."""

MIN_CONFIDENCE: Final = 0.35
"""Matches below this are noise and are not returned."""

GUESS_THRESHOLD: Final = 0.5
"""From this confidence on, the best match's type is the guess; below, the element's looks."""

SOURCE_ATTRIBUTE: Final = "data-l4y-src"
# The files the local preview tags (l4ydesk.core.preview.source_tags): evidence elsewhere (a
# data module, a route handler) has no element to badge.
_TAGGED_SUFFIXES: Final = (".tsx", ".jsx", ".js")
_MAX_BADGE_LABEL: Final = 64  # the inspector's limit (ui.preview.inspector_messages.Limits)
_MAX_SELECTOR: Final = 1024

# How much each clue says on its own; clues are combined as independent evidence.
_SOURCE_INSIDE: Final = 0.95  # the tightest evidence range holding the element's source line
_SOURCE_WIDER: Final = 0.7  # a wider range that also holds it (a page around a form)
_SOURCE_SAME_FILE: Final = 0.3
_HEADING: Final = 0.85
_TEXT: Final = 0.8
_FIELDS: Final = 0.9
_PRICE: Final = 0.45
_DATE: Final = 0.45
_NEARBY: Final = 0.2  # a price or date seen around the element, not in it
_COMPONENT: Final = 0.6
# Below this, names that share a word look alike ("Book a session", "Open studio session").
_SIMILAR: Final = 0.7
_MAX_CONFIDENCE: Final = 0.99
# Generic types lose ties: a form that books sessions is better filed as the booking.
_GENERIC_TYPES: Final = frozenset({"form", "workflow"})


@dataclass(frozen=True)
class SourcePoint:
    """Where the picked element was written: a path of the app and a 1-based line and column."""

    path: str
    line: int
    column: int = 1


@dataclass(frozen=True)
class SelectedField:
    """One field of the form the element is in (its label, never its value)."""

    name: str
    type: str = "text"
    label: str = ""
    required: bool = False


@dataclass(frozen=True)
class SelectedElement:
    """What matching needs to know about an element the user picked in the preview."""

    tag: str
    text: str = ""
    heading: str | None = None
    aria_label: str = ""
    component: str | None = None
    source: SourcePoint | None = None
    in_form: bool = False
    form_fields: tuple[SelectedField, ...] = ()
    target_kind: str | None = None  # "link" | "button" when activating it does something
    href: str | None = None
    prices: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()


@dataclass(frozen=True)
class SelectionMatch:
    """A detection the element probably is, how sure that is (0..1) and why."""

    detection: Detection
    confidence: float
    reason: str


@dataclass(frozen=True)
class BadgeSpec:
    """A mark for the preview: `label` on every element `selector` finds."""

    label: str
    selector: str


# ----- matching ------------------------------------------------------------------------------


def match_selection(
    element: SelectedElement, detections: Sequence[Detection]
) -> list[SelectionMatch]:
    """The detections `element` may be, best first; those below MIN_CONFIDENCE are left out."""
    clues: dict[int, list[tuple[float, str]]] = {i: [] for i in range(len(detections))}
    if element.source is not None:
        for index, clue in _source_clues(element.source, detections).items():
            clues[index].append(clue)
    forms = _form_fields_by_name(detections)
    for index, detection in enumerate(detections):
        clues[index].extend(_content_clues(element, detection, forms))
    matches: list[SelectionMatch] = []
    for index, found in clues.items():
        if not found:
            continue
        found.sort(key=lambda clue: -clue[0])
        doubt = 1.0
        for score, _reason in found:
            doubt *= 1.0 - score
        confidence = round(min(_MAX_CONFIDENCE, 1.0 - doubt), 3)
        if confidence >= MIN_CONFIDENCE:
            reason = "; ".join(reason for _score, reason in found)
            matches.append(SelectionMatch(detections[index], confidence, reason))
    matches.sort(
        key=lambda m: (
            -round(m.confidence, 2),
            m.detection.type_key in _GENERIC_TYPES,
            -m.detection.confidence,
            m.detection.name.casefold(),
        )
    )
    return matches


def _source_clues(
    source: SourcePoint, detections: Sequence[Detection]
) -> dict[int, tuple[float, str]]:
    path = _norm_path(source.path)
    where = f"{source.path}:{source.line}"
    inside: dict[int, Evidence] = {}
    same_file: set[int] = set()
    for index, detection in enumerate(detections):
        holding = [
            e
            for e in detection.evidence
            if _norm_path(e.path) == path and e.start_line <= source.line <= e.end_line
        ]
        if holding:
            inside[index] = min(holding, key=_span)
        elif any(_norm_path(e.path) == path for e in detection.evidence):
            same_file.add(index)
    clues: dict[int, tuple[float, str]] = {}
    tightest = min((_span(e) for e in inside.values()), default=0)
    for index, evidence in inside.items():
        name = detections[index].name
        span = _location(evidence)
        if _span(evidence) == tightest:
            clues[index] = (_SOURCE_INSIDE, f"source tag {where} is inside '{name}' ({span})")
        else:
            clues[index] = (
                _SOURCE_WIDER,
                f"source tag {where} is inside the wider '{name}' ({span})",
            )
    for index in same_file:
        name = detections[index].name
        clues[index] = (_SOURCE_SAME_FILE, f"rendered from {source.path}, the file of '{name}'")
    return clues


def _content_clues(
    element: SelectedElement,
    detection: Detection,
    forms: Mapping[str, frozenset[str]],
) -> list[tuple[float, str]]:
    clues: list[tuple[float, str]] = []
    name = detection.name
    if element.heading and (similarity := _similarity(element.heading, name)) >= _SIMILAR:
        clues.append(
            (_HEADING * similarity, f"heading “{_cut(element.heading, 40)}” {_like(name)}")
        )
    for text in (element.text, element.aria_label):
        if text and (similarity := _similarity(text, name)) >= _SIMILAR:
            clues.append((_TEXT * similarity, f"text “{_cut(text, 40)}” {_like(name)}"))
            break
    if element.form_fields:
        theirs = _field_names(detection, forms)
        # In the form's order, which is the order the user reads them in.
        ordered = dict.fromkeys(w for f in element.form_fields if (w := _norm_word(f.name)))
        ours = set(ordered)
        common = [word for word in ordered if word in theirs]
        if common and ours and theirs:
            overlap = len(common) / len(ours | theirs)
            if overlap >= 0.5:
                # One shared "email" is weak; six shared fields are not.
                score = _FIELDS * overlap * (1.0 - 0.5 ** (len(common) + 1))
                names = ", ".join(common[:4]) + ("…" if len(common) > 4 else "")
                clues.append(
                    (score, f"form fields match ({names}: {len(common)} of {len(ours | theirs)})")
                )
    # Prices and dates the element does not show itself come from around it (up to a whole
    # small page): they support other clues but are no match on their own.
    price = _detection_price(detection)
    prices = [p for p in element.prices if money(p) == price] if price is not None else []
    if prices:
        score = _PRICE if any(p in element.text for p in prices) else _NEARBY
        clues.append((score, f"same price {price}"))
    day = _detection_date(detection)
    dates = [d for d in element.dates if _iso_date(d) == day] if day is not None else []
    if dates:
        score = _DATE if any(d in element.text for d in dates) else _NEARBY
        clues.append((score, f"same date {day}"))
    if element.component and detection.component.rpartition(":")[2] == element.component:
        clues.append((_COMPONENT, f"rendered by {element.component}"))
    return clues


def _similarity(text: str, name: str) -> float:
    """How well `text` names `name`: whole-text similarity, or the name as a phrase inside it."""
    score = name_score(text, name)
    folded_text, folded_name = _fold(text), _fold(name)
    if len(folded_name) >= 4 and re.search(rf"\b{re.escape(folded_name)}\b", folded_text):
        # A card's text holds its product's name among other words; a page's text holds many.
        score = max(score, 0.95 if len(folded_name) * 4 >= len(folded_text) else 0.75)
    return score


def _like(name: str) -> str:
    return f"matches '{name}'"


def _form_fields_by_name(detections: Sequence[Detection]) -> dict[str, frozenset[str]]:
    """Each form detection's field names by its folded name (a booking names its form)."""
    found: dict[str, frozenset[str]] = {}
    for detection in detections:
        names = _own_field_names(detection)
        if names and detection.type_key == "form":
            found.setdefault(_fold(detection.name), names)
    return found


def _own_field_names(detection: Detection) -> frozenset[str]:
    fields = detection.fields
    names: set[str] = set()
    listed = fields.get("fields")
    if isinstance(listed, list | tuple):
        names.update(_norm_word(item.get("name")) for item in listed if isinstance(item, Mapping))
    captured = fields.get("captured_fields")
    if isinstance(captured, list | tuple):
        names.update(_norm_word(item) for item in captured)
    names.discard("")
    return frozenset(names)


def _field_names(detection: Detection, forms: Mapping[str, frozenset[str]]) -> frozenset[str]:
    own = _own_field_names(detection)
    if own:
        return own
    form = detection.fields.get("form")
    return forms.get(_fold(form), frozenset()) if isinstance(form, str) else frozenset()


def _detection_price(detection: Detection) -> str | None:
    fields = detection.fields
    for key in ("price", "total", "amount"):
        if fields.get(key) is not None:
            return money(fields[key])
    return None


def _detection_date(detection: Detection) -> str | None:
    for key in ("date", "starts_at"):
        value = detection.fields.get(key)
        if isinstance(value, str):
            return _iso_date(value)
    return None


# ----- guessing a type -----------------------------------------------------------------------

_WORDS: Final = {
    "payment": re.compile(r"\b(?:card|cc|cvc|cvv|expir\w*|iban|billing)\b"),
    "support": re.compile(r"\b(?:subject|issue|priority|ticket|problem|bug|support)\b"),
    "message": re.compile(r"\b(?:message|comment|question|enquiry|inquiry|note)s?\b"),
    "when": re.compile(r"\b(?:date|time|slot|day|appointment|check.?in|check.?out)s?\b"),
    # "Add to cart" is a product's button; going to the cart or paying is the checkout's.
    "checkout": re.compile(
        r"\b(?:checkout|check out|pay(?: now)?|place (?:your )?order"
        r"|(?:view|your|go to) (?:cart|bag|basket))\b"
    ),
    "buy": re.compile(r"\b(?:buy|add to (?:cart|bag|basket)|order|purchase|shop)\b"),
    "book": re.compile(r"\b(?:book(?:ing)?|reserve|reservation|schedule|appointment)s?\b"),
    "event": re.compile(r"\b(?:register|rsvp|tickets?|join|attend|sign up)\b"),
    "invoice": re.compile(r"\binvoices?\b"),
}
_DATE_TYPES: Final = frozenset({"date", "time", "datetime-local", "month", "week"})


def guess_type(element: SelectedElement, matches: Sequence[SelectionMatch]) -> str:
    """The record type to file `element` as: the best match's, else what it looks like.

    Returns a type key of the ontology, or OTHER when the element looks like none of them.
    """
    if matches and matches[0].confidence >= GUESS_THRESHOLD:
        return matches[0].detection.type_key
    words = _fold(" ".join(filter(None, (element.text, element.heading, element.aria_label))))
    if element.form_fields:
        return _form_type(element.form_fields)
    has_price, has_date = bool(element.prices), bool(element.dates)
    if _WORDS["invoice"].search(words):
        return "invoice"
    if _WORDS["checkout"].search(words):
        return "checkout"
    if has_price and _WORDS["buy"].search(words):
        return "product"
    if _WORDS["book"].search(words):
        return "booking"
    if has_date and _WORDS["event"].search(words):
        return "event"
    # Prices and dates may come from around the element (a whole small page): alone, they
    # only count when the element shows them itself.
    if element.target_kind is None and any(d in element.text for d in element.dates):
        return "event"
    if any(p in element.text for p in element.prices):
        return "product"
    if (element.href or "").startswith("mailto:"):
        return "contact"
    return OTHER


def _form_type(fields: Sequence[SelectedField]) -> str:
    words = _fold(" ".join(f"{f.name} {f.label}" for f in fields))
    types = {f.type for f in fields}
    if _WORDS["payment"].search(words):
        return "checkout"
    if types & _DATE_TYPES or _WORDS["when"].search(words):
        return "booking"
    if _WORDS["support"].search(words):
        return "ticket"
    emails = [f for f in fields if f.type == "email" or "email" in _fold(f.name)]
    if emails:
        # A newsletter box (email alone) or a contact form (a name, a message) collects people.
        return "contact"
    return "form"


# ----- what to fill in -----------------------------------------------------------------------


def element_name(element: SelectedElement) -> str:
    """A name for a record made from `element`: its heading, else its own text."""
    for text in (element.heading, element.text, element.aria_label):
        if text and text.strip():
            return _cut(" ".join(text.split()), 80)
    return element.tag


def fields_from_element(element: SelectedElement, type_key: str) -> dict[str, Any]:
    """Fields in the analyzer's vocabulary for a record of `type_key` made from `element`.

    Used when no detection of that type matched; the ontology turns them into properties.
    """
    name = element_name(element)
    fields: dict[str, Any] = {"name": name}
    price = next((money(p) for p in element.prices if money(p) is not None), None)
    currency = next((c for p in element.prices if (c := _currency(p))), None)
    dates = [d for d in (_iso_date(text) for text in element.dates) if d]
    times = [t for t in (_time(text) for text in element.dates) if t]
    form_fields = [
        {"name": f.name, "type": f.type, "required": f.required, "label": f.label or None}
        for f in element.form_fields
    ]
    if price is not None and type_key in ("product", "event"):
        fields.update(price=price, currency=currency)
    if type_key in ("checkout", "invoice") and price is not None:
        fields.update(total=price, currency=currency)
    if type_key == "event":
        fields.update(
            title=name, date=dates[0] if dates else None, time=times[0] if times else None
        )
    elif type_key == "form":
        fields.update(title=name, fields=form_fields)
        creates = _form_type(element.form_fields) if element.form_fields else "form"
        if creates != "form":
            fields["creates"] = creates
    elif type_key == "contact":
        names = [f.name for f in element.form_fields if f.name]
        only_email = len(names) == 1 and "email" in _fold(names[0])
        fields.update(captured_fields=names, source="newsletter" if only_email else "contact_form")
    elif type_key == "booking":
        fields.update(form=name)
        if any(f.type in _DATE_TYPES for f in element.form_fields):
            fields["date_picker"] = "single"
    elif type_key == "ticket":
        fields.update(subject=name)
    elif type_key == "checkout":
        fields.update(mode="payment")
    return {key: value for key, value in fields.items() if value is not None}


# ----- badges --------------------------------------------------------------------------------


def badges_for(
    connected: Mapping[str, int],
    detections: Iterable[Detection],
    names: Mapping[int, str] | None = None,
) -> list[BadgeSpec]:
    """Marks for the elements of the connected items (item_key → record id).

    Each connected detection's evidence start lines are matched by `data-l4y-src` prefix
    (`path:line:`), which finds the element written there whatever its column. Detections
    on one line (a form and the booking it makes) share one badge; `names` (record id →
    name) puts the record's name on it.
    """
    labels: dict[str, list[str]] = {}
    record_names: dict[str, list[str]] = {}
    for detection in detections:
        record_id = connected.get(item_for_detection(detection).item_key)
        if record_id is None:
            continue
        name = (names or {}).get(record_id, detection.name)
        for evidence in detection.evidence:
            if not evidence.path.lower().endswith(_TAGGED_SUFFIXES):
                continue
            selector = source_line_selector(evidence.path, evidence.start_line)
            if len(selector) > _MAX_SELECTOR:
                continue
            for bucket, value in ((labels, detection.label), (record_names, name)):
                values = bucket.setdefault(selector, [])
                if value not in values:
                    values.append(value)
    badges = []
    for selector, types in sorted(labels.items()):
        types.sort(key=lambda label: label.casefold() in _GENERIC_TYPES)
        shown = record_names[selector]
        label = " + ".join(types) + (f" · {shown[0]}" if len(shown) == 1 else "")
        badges.append(BadgeSpec(_cut(label, _MAX_BADGE_LABEL), selector))
    return badges


def source_line_selector(path: str, line: int) -> str:
    """A CSS selector for the elements the local preview tagged as written on `path:line`."""
    return f'[{SOURCE_ATTRIBUTE}^="{_css_string(f"{path}:{line}:")}"]'


def _css_string(text: str) -> str:
    """`text` escaped for a double-quoted CSS string."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\{ord(char):x} ")
        else:
            out.append(char)
    return "".join(out)


# ----- small helpers -------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _norm_word(value: Any) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value or "").casefold())


def _norm_path(path: str) -> str:
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    return "/".join(parts).casefold()


def _span(evidence: Evidence) -> int:
    return evidence.end_line - evidence.start_line


def _location(evidence: Evidence) -> str:
    if evidence.end_line > evidence.start_line:
        return f"{evidence.path}:{evidence.start_line}–{evidence.end_line}"
    return f"{evidence.path}:{evidence.start_line}"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_CURRENCY_TOKEN: Final = re.compile(r"[$€£¥₹]|\b[A-Z]{3}\b")


def _currency(price: str) -> str | None:
    match = _CURRENCY_TOKEN.search(price)
    return currency_code(match.group(0)) if match else None


_DATE_FORMATS: Final = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y")


def _iso_date(text: str) -> str | None:
    """ "2027-01-16", "January 16, 2027" or "16 Jan 2027" as "2027-01-16"; None otherwise."""
    text = text.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace(".", "")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _time(text: str) -> str | None:
    match = re.search(r"\b([0-2]?\d):([0-5]\d)\b", text)
    if match is None or int(match.group(1)) > 23:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def type_label(type_key: str) -> str:
    """The type's label ("Booking"), or "Other" for OTHER."""
    return "Other" if type_key == OTHER else ONTOLOGY.get(type_key).label
