"""What an element picked in the preview is: the detection it comes from, and a type to file it as.

The preview inspector reports a picked element: its tag, text, nearby heading, form fields,
prices and dates, and in the local preview the `path:line:col` of the JSX that rendered it.
`match_selection` ranks the analyzer's detections against it. A source location inside a
detection's evidence is close to proof; without one, the text, the form's fields, prices, dates
and the React component are clues, each scored 0..1 with a reason and combined. `guess_type`
picks a record type from the best match or from what the element looks like; `badges_for`
names the elements of connected items so the preview can mark them when a page loads.

The jobs live in modules of their own (selection_element, selection_guess, selection_badges,
selection_text); this module matches, and re-exports their names for callers.

Pure Python: the UI turns its `ElementInfo` into a `SelectedElement`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from l4ydesk.core.analyzer import Detection, Evidence
from l4ydesk.core.matching import name_score
from l4ydesk.core.ontology import money
from l4ydesk.core.selection_badges import SOURCE_ATTRIBUTE as SOURCE_ATTRIBUTE
from l4ydesk.core.selection_badges import BadgeSpec as BadgeSpec
from l4ydesk.core.selection_badges import badges_for as badges_for
from l4ydesk.core.selection_badges import source_line_selector as source_line_selector
from l4ydesk.core.selection_element import GENERIC_TYPES as _GENERIC_TYPES
from l4ydesk.core.selection_element import SelectedElement as SelectedElement
from l4ydesk.core.selection_element import SelectedField as SelectedField
from l4ydesk.core.selection_element import SelectionMatch as SelectionMatch
from l4ydesk.core.selection_element import SourcePoint as SourcePoint
from l4ydesk.core.selection_guess import GUESS_THRESHOLD as GUESS_THRESHOLD
from l4ydesk.core.selection_guess import OTHER as OTHER
from l4ydesk.core.selection_guess import element_name as element_name
from l4ydesk.core.selection_guess import fields_from_element as fields_from_element
from l4ydesk.core.selection_guess import guess_type as guess_type
from l4ydesk.core.selection_guess import type_label as type_label
from l4ydesk.core.selection_text import cut as _cut
from l4ydesk.core.selection_text import fold as _fold
from l4ydesk.core.selection_text import iso_date as _iso_date

MIN_CONFIDENCE: Final = 0.35
"""Matches below this are noise and are not returned."""

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


# ----- small helpers -------------------------------------------------------------------------


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
