"""What the preview reports about a picked element, and what matching says it may be.

Pure Python: the UI turns its `ElementInfo` into a `SelectedElement`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from l4ydesk.core.analyzer import Detection

# Generic types lose ties: a form that books sessions is better filed as the booking.
GENERIC_TYPES: Final = frozenset({"form", "workflow"})


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
