"""Badges for the preview: which elements show connected items, found by their source tag."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.selection_element import GENERIC_TYPES as _GENERIC_TYPES
from l4ydesk.core.selection_text import cut as _cut

SOURCE_ATTRIBUTE: Final = "data-l4y-src"
# The files the local preview tags (l4ydesk.core.preview.source_tags): evidence elsewhere (a
# data module, a route handler) has no element to badge.
_TAGGED_SUFFIXES: Final = (".tsx", ".jsx", ".js")
_MAX_BADGE_LABEL: Final = 64  # the inspector's limit (ui.preview.inspector_messages.Limits)
_MAX_SELECTOR: Final = 1024


@dataclass(frozen=True)
class BadgeSpec:
    """A mark for the preview: `label` on every element `selector` finds."""

    label: str
    selector: str


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
