"""What the Connect panel shows, computed in the worker, and the user's choices per item.

`load_snapshot` runs off the GUI thread: it reads the app's files, re-analyzes what changed,
matches every detection against the workspace's records and reads what is connected. The
panel only renders the snapshot and keeps `Choices`, the user's changes to the suggestions,
keyed by item_key so they survive re-analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from l4ydesk.core.analyzer import Detection, FileProblem, IncrementalAnalyzer
from l4ydesk.core.analyzer.confidence import is_sure
from l4ydesk.core.connection_rows import ListRows, is_list, list_rows
from l4ydesk.core.connections import (
    Action,
    ConnectionPlan,
    ConnectionResult,
    Connector,
    PlanItem,
    build_properties,
    item_for_detection,
)
from l4ydesk.core.matching import (
    MatchCandidate,
    RecordSummary,
    SuggestedAction,
    Suggestion,
    find_candidates,
    suggest_action,
)
from l4ydesk.core.records import RecordBook


class FileSource(Protocol):
    """What the panel needs from the VFS: every live file of an app as path → bytes."""

    def read_all(self, app_id: int) -> Mapping[str, bytes]: ...


@dataclass(frozen=True)
class ConnectedRecord:
    record_id: int
    name: str


@dataclass(frozen=True)
class FoundItem:
    """One detected element: what was found, what matching suggests, whether it is connected."""

    detection: Detection
    suggested: PlanItem
    candidates: tuple[MatchCandidate, ...]
    suggestion: Suggestion
    connected: ConnectedRecord | None = None
    # for a list element, the records Create makes (one per row), read in the worker
    rows: ListRows | None = None

    @property
    def key(self) -> str:
        return self.suggested.item_key

    @property
    def type_key(self) -> str:
        return self.suggested.type

    def candidate(self, record_id: int | None) -> MatchCandidate | None:
        return next((c for c in self.candidates if c.record.id == record_id), None)

    def creates(self) -> int:
        """How many records Create on this item makes."""
        return 1 if self.rows is None else len(self.rows.items)


@dataclass(frozen=True)
class ConnectSnapshot:
    """One analysis of one app, matched and with its connection state."""

    app_id: int
    items: tuple[FoundItem, ...]
    problems: tuple[FileProblem, ...]
    files_total: int
    parsed: tuple[str, ...]
    last_run: ConnectionResult | None

    def item(self, key: str) -> FoundItem | None:
        return next((i for i in self.items if i.key == key), None)


def load_snapshot(
    vfs: FileSource,
    records: RecordBook,
    connector: Connector,
    analyzer: IncrementalAnalyzer,
    app_id: int,
) -> ConnectSnapshot:
    """Runs in the worker: analyze the app, match each detection, read its connections."""
    files = vfs.read_all(app_id)
    report = analyzer.analyze(files)
    summaries: dict[str, list[RecordSummary]] = {}
    names: dict[int, str] = {}
    for record in records.list_records():
        names[record.id] = record.name
        summaries.setdefault(record.type, []).append(
            RecordSummary(record.id, record.type, record.name, record.properties)
        )
    connected = connector.connected_items(app_id)
    items: list[FoundItem] = []
    seen: set[str] = set()
    for detection in report.detections:
        base = item_for_detection(detection)
        if base.item_key in seen:
            continue  # same type, name and file twice: one element to the connector
        seen.add(base.item_key)
        rows = list_rows(base) if is_list(base) else None  # thousands of rows: not on the GUI
        record_id = connected.get(base.item_key)
        if record_id is not None:
            # Connected items need no matching: skipping it keeps re-analysis cheap.
            link = ConnectedRecord(record_id, names.get(record_id, f"record #{record_id}"))
            kept = Suggestion(SuggestedAction.CREATE, None, "already connected")
            items.append(FoundItem(detection, base, (), kept, link, rows))
            continue
        candidates = tuple(find_candidates(detection, summaries.get(detection.type_key, ())))
        suggestion = suggest_action(detection, candidates)
        suggested = base
        if suggestion.action is SuggestedAction.LINK and suggestion.candidate is not None:
            suggested = base.link(int(suggestion.candidate.record.id))
        elif not is_sure(detection.confidence):
            suggested = item_for_detection(detection, Action.SKIP)  # a "Maybe": opt in
        items.append(FoundItem(detection, suggested, candidates, suggestion, None, rows))
    return ConnectSnapshot(
        app_id=app_id,
        items=tuple(items),
        problems=report.problems,
        files_total=len(files),
        parsed=analyzer.last_parsed,
        last_run=_undoable_run(connector, app_id),
    )


def _undoable_run(connector: Connector, app_id: int) -> ConnectionResult | None:
    """The newest run that is not undone and changed something (what Undo takes back)."""
    for run in connector.runs(app_id):
        if run.undone_at is None and (run.created or run.linked):
            return run
    return None


# ----- the user's choices ----------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """The user's change to one item; None for name/fields means "as detected"."""

    action: Action
    target_id: int | None = None
    name: str | None = None
    fields: dict[str, Any] | None = None


class Choices:
    """The user's choices by item_key; an item without one follows the suggestion."""

    def __init__(self) -> None:
        self._by_key: dict[str, Choice] = {}

    def clear(self) -> None:
        self._by_key.clear()

    def get(self, key: str) -> Choice | None:
        return self._by_key.get(key)

    def set(self, key: str, choice: Choice) -> None:
        self._by_key[key] = choice

    def copy(self) -> Choices:
        copied = Choices()
        copied._by_key = dict(self._by_key)
        return copied

    def action_of(self, found: FoundItem) -> tuple[Action, int | None]:
        """The item's action and link target, without building a plan item (cheap to paint)."""
        choice = self._by_key.get(found.key)
        if choice is None:
            return found.suggested.action, found.suggested.target_id
        return choice.action, choice.target_id

    def name_of(self, found: FoundItem) -> str:
        choice = self._by_key.get(found.key)
        return choice.name if choice is not None and choice.name else found.suggested.name

    def item(self, found: FoundItem) -> PlanItem:
        """The plan item to run for `found`: the suggestion with the user's changes."""
        return apply_choice(found, self._by_key.get(found.key))

    def set_action(self, found: FoundItem, action: Action, target_id: int | None = None) -> None:
        old = self._by_key.get(found.key)
        self._by_key[found.key] = Choice(
            action, target_id, old.name if old else None, old.fields if old else None
        )

    def create_all(self, items: Iterable[FoundItem]) -> None:
        for found in _open(items):
            self.set_action(found, Action.CREATE)

    def skip_all(self, items: Iterable[FoundItem]) -> None:
        for found in _open(items):
            self.set_action(found, Action.SKIP)

    def link_where_clear(self, items: Iterable[FoundItem]) -> int:
        """Link every item whose best candidate is clearly the same record; returns how many."""
        count = 0
        for found in _open(items):
            best = found.suggestion.candidate
            if found.suggestion.action is SuggestedAction.LINK and best is not None:
                self.set_action(found, Action.LINK, int(best.record.id))
                count += 1
        return count


def apply_choice(found: FoundItem, choice: Choice | None) -> PlanItem:
    """The suggested plan item with the user's choice applied."""
    item = found.suggested
    if choice is None:
        return item
    if choice.name is not None:
        item = replace(item, name=choice.name)
    if choice.fields is not None:
        item = replace(item, fields=choice.fields)
    if choice.action is Action.LINK and choice.target_id is not None:
        return item.link(choice.target_id)
    return item.skip() if choice.action is Action.SKIP else item.create()


def _open(items: Iterable[FoundItem]) -> Iterable[FoundItem]:
    return (found for found in items if found.connected is None)


def record_properties(item: PlanItem) -> dict[str, Any]:
    """The properties a Create would give the new record (what the field editor shows)."""
    return build_properties(item.type, item.name, item.fields)


# ----- the plan --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanCounts:
    create: int = 0
    link: int = 0
    skip: int = 0

    @property
    def changes(self) -> int:
        return self.create + self.link


def plan_counts(choices: Choices, items: Iterable[FoundItem]) -> PlanCounts:
    """What a Connect would do with the items not connected yet."""
    chosen = [(found, choices.action_of(found)[0]) for found in _open(items)]
    actions = [action for _, action in chosen]
    return PlanCounts(
        # a list's Create makes its rows: count the records, as the run will
        create=sum(found.creates() for found, action in chosen if action is Action.CREATE),
        link=actions.count(Action.LINK),
        skip=actions.count(Action.SKIP),
    )


def build_plan(app_id: int, choices: Choices, items: Iterable[FoundItem]) -> ConnectionPlan:
    """The plan for the items not connected yet (runs in the worker: items are validated)."""
    return ConnectionPlan(app_id, tuple(choices.item(found) for found in _open(items)))


def execute(
    connector: Connector, app_id: int, choices: Choices, items: Iterable[FoundItem]
) -> ConnectionResult:
    """Runs in the worker: build the plan and run it in one transaction."""
    return connector.execute_plan(build_plan(app_id, choices, items))
