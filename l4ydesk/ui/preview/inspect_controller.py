"""Glue for the window: a picked element opens "What is this?"; connected elements get badges.

The controller keeps an analysis of the open app (an IncrementalAnalyzer in the worker, so a
refresh after a save re-parses only that file), matches each picked element against it in the
popover, and marks the elements of connected items in the page: after every analysis, every
Create, Link or Undo, and every page load (connections may have changed in the Connect panel
meanwhile; the window calls `refresh_badges()` when it knows they did).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal

from l4ydesk.core.analyzer import Detection, IncrementalAnalyzer
from l4ydesk.core.connections import ConnectionResult, Connector, Outcome, item_for_detection
from l4ydesk.core.records import RecordBook
from l4ydesk.core.selection_match import BadgeSpec, badges_for, source_line_selector, type_label
from l4ydesk.ui.connect.state import FileSource
from l4ydesk.ui.preview.inspector_messages import Badge, ElementInfo, Limits
from l4ydesk.ui.preview.panel import PreviewPanel
from l4ydesk.ui.preview.sources import LoadState
from l4ydesk.ui.preview.what_is_this import WhatIsThisPopover
from l4ydesk.ui.tasks import CoalescedJob, TaskRunner
from l4ydesk.ui.window.ops import Op


def _analyze(
    vfs: FileSource, analyzer: IncrementalAnalyzer, app_id: int
) -> tuple[tuple[Detection, ...], frozenset[str]]:
    files = vfs.read_all(app_id)
    return analyzer.analyze(files).detections, frozenset(files)


def _badges(
    connector: Connector,
    records: RecordBook,
    app_id: int,
    detections: Sequence[Detection],
    extra: Mapping[str, BadgeSpec],
) -> list[BadgeSpec]:
    """Runs in the worker: the badges for what the app has connected now."""
    connected = connector.connected_items(app_id)
    names = {record.id: record.name for record in records.records_of(app_id)}
    found = badges_for(connected, detections, names)
    shown = {badge.selector for badge in found}
    found += [b for key, b in extra.items() if key in connected and b.selector not in shown]
    return found[: Limits.BADGES]


class InspectController(QObject):
    """Connects the preview's inspector, the app's analysis and the "What is this?" popover.

    Call `set_app()` when the open app changes and `refresh()` when its files change.

    Signals:
        open_location_requested(str, int): show this file of the open app at this 1-based line.
        records_changed(): the popover created, linked or removed records.
    """

    open_location_requested = Signal(str, int)
    records_changed = Signal()

    def __init__(
        self,
        preview: PreviewPanel,
        records: RecordBook,
        connector: Connector,
        vfs: FileSource,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        analyzer: IncrementalAnalyzer | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else preview)
        self._preview = preview
        self._records = records
        self._connector = connector
        self._vfs = vfs
        self._tasks = tasks
        # Used only inside the store worker (one job at a time); see ConnectionPanel.
        self._analyzer = analyzer or IncrementalAnalyzer()
        self._app_id: int | None = None
        self._analyzed: int | None = None  # the app `_detections` belong to
        self._detections: tuple[Detection, ...] = ()
        self._analysis = CoalescedJob(tasks, "analyze app for the inspector", self._load_once)
        self._pending: ElementInfo | None = None  # picked before the first analysis ended
        # Elements connected here that no detection knows (badged by their source tag until
        # the app changes: the store keeps their file, not their line).
        self._session_badges: dict[str, BadgeSpec] = {}
        self.popover = WhatIsThisPopover(
            records, connector, tasks, view=preview.view, parent=preview
        )
        self.popover.connected.connect(self._on_popover_connected)
        self.popover.undone.connect(self._on_popover_undone)
        self.popover.open_location_requested.connect(self.open_location_requested)
        preview.inspector.element_selected.connect(self._on_inspector_element_selected)
        preview.load_state_changed.connect(self._on_preview_load_state_changed)

    # ----- public --------------------------------------------------------------------------

    @property
    def app_id(self) -> int | None:
        return self._app_id

    @property
    def detections(self) -> tuple[Detection, ...]:
        """The last analysis of the open app (empty before it ends)."""
        return self._detections if self._analyzed == self._app_id else ()

    @property
    def busy(self) -> bool:
        return self._analysis.running

    def set_app(self, app_id: int | None) -> None:
        """Inspect this app's preview (None or 0: no app)."""
        app_id = app_id or None
        if app_id == self._app_id:
            return
        self._app_id = app_id
        self._detections, self._analyzed = (), None
        self._pending = None
        self._session_badges.clear()
        self.popover.close()
        # Until the app's files are read, no selection can name one of them.
        self._preview.inspector.set_known_paths(frozenset() if app_id else None)
        self._preview.inspector.show_badges([])
        self.refresh()

    def refresh(self) -> None:
        """Analyze the open app again (only changed files are parsed), then badge it."""
        if self._app_id is not None:
            self._analysis.request()

    def refresh_badges(self) -> None:
        """Mark the connected elements again (after connections changed elsewhere)."""
        if self._app_id is not None and self._analyzed == self._app_id:
            self._tasks.start(self._show_badges(self._app_id), "badge connected elements")

    # ----- background work -----------------------------------------------------------------

    async def _load_once(self) -> None:
        app_id = self._app_id
        if app_id is None:
            return
        op = Op(self._tasks, "analyze the app", _analyze, self._vfs, self._analyzer, app_id)
        op.while_current(lambda: app_id == self._app_id).reports(_app_went_away)
        detections, paths = await op.run()
        self._preview.inspector.set_known_paths(paths)
        self._detections, self._analyzed = detections, app_id
        pending, self._pending = self._pending, None
        if pending is not None:
            self.popover.show_for(pending, app_id, detections)
        await self._show_badges(app_id)

    async def _show_badges(self, app_id: int) -> None:
        detections, extra = self._detections, dict(self._session_badges)
        op = Op(
            self._tasks, "badge connected elements", _badges,
            self._connector, self._records, app_id, detections, extra,
        )  # fmt: skip
        op.while_current(lambda: app_id == self._app_id).reports(_app_went_away)
        specs = await op.run()
        self._preview.inspector.show_badges(
            [Badge(spec.label, selector=spec.selector) for spec in specs]
        )

    # ----- slots ---------------------------------------------------------------------------

    def _on_inspector_element_selected(self, info: ElementInfo) -> None:
        if self._app_id is not None and self._analyzed != self._app_id:
            self._pending = info  # shown as soon as the analysis it needs is there
            self.refresh()
            return
        self.popover.show_for(info, self._app_id, self.detections)

    def _on_preview_load_state_changed(self, state: LoadState) -> None:
        if state is LoadState.LOADED:
            self.refresh_badges()

    def _on_popover_connected(self, result: ConnectionResult) -> None:
        known = {item_for_detection(d).item_key for d in self._detections}
        element = self.popover.element
        for outcome in result.outcomes:
            changed = outcome.outcome in (Outcome.CREATED, Outcome.LINKED)
            if changed and outcome.item_key not in known and element and element.source:
                source = element.source
                label = f"{type_label(outcome.type)} · {outcome.name}"
                self._session_badges[outcome.item_key] = BadgeSpec(
                    label[: Limits.BADGE_LABEL], source_line_selector(source.path, source.line)
                )
        self.records_changed.emit()
        self.refresh_badges()

    def _on_popover_undone(self, _result: object) -> None:
        self.records_changed.emit()
        self.refresh_badges()


def _app_went_away(_sentence: str) -> None:
    """A store error here means the app was deleted meanwhile; `set_app()` follows, and the
    badges are only decoration: nothing to tell the user."""
