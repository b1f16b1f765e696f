"""Connect mode's first step: turn the analyzer's detections into a suggested connection plan.

Each detection is matched against the existing records of its type; it defaults to Link when a
candidate is clearly the same thing and to Create otherwise. The window's connection panel and
`l4ydesk analyze --plan-out` both start from this.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.analyzer.confidence import is_sure
from l4ydesk.core.connection_plans import (
    Action,
    ConnectionPlan,
    PlanItem,
    item_for_detection,
)
from l4ydesk.core.matching import (
    MatchCandidate,
    RecordSummary,
    SuggestedAction,
    find_candidates,
    suggest_action,
)
from l4ydesk.core.records import Record


@dataclass(frozen=True)
class SuggestedItem:
    """One plan item with the detection it came from and the candidates it was matched to."""

    item: PlanItem
    detection: Detection
    candidates: tuple[MatchCandidate, ...]
    reason: str


def summaries(records: Iterable[Record]) -> list[RecordSummary]:
    return [RecordSummary(r.id, r.type, r.name, r.properties) for r in records]


def suggest_plan(
    app_id: int, detections: Sequence[Detection], existing: Sequence[Record]
) -> tuple[ConnectionPlan, list[SuggestedItem]]:
    """A plan for every detection; detections that fingerprint alike are planned once."""
    by_type: dict[str, list[RecordSummary]] = {}
    for summary in summaries(existing):
        by_type.setdefault(summary.type, []).append(summary)
    suggested: list[SuggestedItem] = []
    seen: set[str] = set()
    for detection in detections:
        candidates = find_candidates(detection, by_type.get(detection.type_key, []))
        suggestion = suggest_action(detection, candidates)
        if suggestion.action is SuggestedAction.LINK and suggestion.candidate is not None:
            target = suggestion.candidate.record.id
            item = item_for_detection(detection, Action.LINK, int(target))
        elif is_sure(detection.confidence):
            item = item_for_detection(detection, Action.CREATE)
        else:
            item = item_for_detection(detection, Action.SKIP)  # a "Maybe" waits for a yes
        if item.item_key in seen:
            continue
        seen.add(item.item_key)
        suggested.append(SuggestedItem(item, detection, tuple(candidates), suggestion.reason))
    return ConnectionPlan(app_id, tuple(s.item for s in suggested)), suggested
