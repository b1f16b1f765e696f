"""The "What is this?" popover: what an element picked in the preview is, and connecting it.

It opens next to the picked element with the analyzer's best guess filled in (type, name,
properties), lists existing records that look alike, and connects the element with one click:
Create makes a record, Link uses the chosen one. Either runs a one-item connection plan through
the same `Connector` as connect mode, so the record is linked to the app, a second run changes
nothing, and Undo takes it back. Store work (records, connections) runs in the worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from html import escape
from typing import Any, Final

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.connections import (
    Action,
    ConnectionPlan,
    ConnectionResult,
    Connector,
    Outcome,
    PlanItem,
    UndoResult,
    build_properties,
    item_for_detection,
    new_item,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.matching import LINK_THRESHOLD, MatchCandidate, RecordSummary, find_candidates
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.records import RecordBook
from l4ydesk.core.selection_match import (
    OTHER,
    SelectedElement,
    SelectedField,
    SelectionMatch,
    SourcePoint,
    element_name,
    fields_from_element,
    guess_type,
    match_selection,
)
from l4ydesk.ui.preview.inspector_messages import ElementInfo
from l4ydesk.ui.records.property_table import ERROR_STYLE, PropertiesError, PropertyTable
from l4ydesk.ui.tasks import TaskRunner, describe_error

MUTED: Final = "color: #6e7781;"
SUCCESS: Final = "color: #1a7f37;"
WIDTH: Final = 420
GAP: Final = 10
OTHER_SENTENCE: Final = (
    "“Other” is not a kind of record l4ydesk keeps. Choose one of the nine types to create or "
    "link a record, or press Cancel."
)
NO_APP_SENTENCE: Final = "Open an app first: elements are connected to the app being previewed."
STYLE: Final = """
WhatIsThisPopover { background: palette(window); border: 1px solid #8c959f; border-radius: 6px; }
QLabel#title { font-size: 14px; font-weight: 600; }
QLabel#code { font-family: monospace; }
QLabel#reason { color: #6e7781; font-size: 12px; }
"""


def selected_element(info: ElementInfo) -> SelectedElement:
    """The inspector's report in the terms of `l4ydesk.core.selection_match`."""
    source = info.source
    form = info.form
    return SelectedElement(
        tag=info.tag,
        text=info.text,
        heading=info.heading,
        aria_label=info.aria_label,
        component=info.component,
        source=SourcePoint(source.path, source.line, source.column) if source else None,
        in_form=form is not None,
        form_fields=tuple(
            SelectedField(f.name, f.type, f.label or f.aria_label or f.placeholder, f.required)
            for f in (form.fields if form is not None else ())
        ),
        target_kind=info.target.kind if info.target else None,
        href=info.target.href if info.target else None,
        prices=info.prices,
        dates=info.dates,
    )


def popover_position(anchor: QRect | None, size: QSize, screen: QRect, side: QRect) -> QPoint:
    """Where the popover goes: beside the element, else above or below it, else docked.

    Docked means at the top right inside `side` (the preview), for elements with no known box
    or too big to leave room around them.
    """

    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, max(low, high)))

    width, height = size.width(), size.height()
    # Edges as x + width (one past the last pixel): QRect.right() is the last pixel itself.
    screen_right, screen_bottom = screen.x() + screen.width(), screen.y() + screen.height()
    if anchor is not None and anchor.isValid():
        y = clamp(anchor.y(), screen.y(), screen_bottom - height)
        x = clamp(anchor.x(), screen.x(), screen_right - width)
        tries = (
            QPoint(anchor.x() + anchor.width() + GAP, y),
            QPoint(anchor.x() - GAP - width, y),
            QPoint(x, anchor.y() + anchor.height() + GAP),
            QPoint(x, anchor.y() - GAP - height),
        )
        for point in tries:
            if screen.contains(QRect(point, size)):
                return point
    x = clamp(side.x() + side.width() - GAP - width, screen.x(), screen_right - width)
    y = clamp(side.y() + GAP, screen.y(), screen_bottom - height)
    return QPoint(x, y)


@dataclass(frozen=True)
class _Context:
    """What the worker read for one popover: records to match against, what is connected."""

    records: tuple[RecordSummary, ...]
    connected: dict[str, int]
    names: dict[int, str]


def _load_context(records: RecordBook, connector: Connector, app_id: int) -> _Context:
    found = records.list_records()
    return _Context(
        records=tuple(RecordSummary(r.id, r.type, r.name, r.properties) for r in found),
        connected=connector.connected_items(app_id),
        names={r.id: r.name for r in found},
    )


class WhatIsThisPopover(QFrame):
    """A tool window beside a picked element: what it is, and Create / Link / Cancel / Undo.

    Call `show_for()` with the inspector's `ElementInfo`; the popover stays open (it is not
    modal) until Cancel, Esc or its close button.

    Signals:
        connected(object): a Create or Link ran; the `ConnectionResult`.
        undone(object): Undo took that run back; the `UndoResult`.
        open_location_requested(str, int): show this file of the app at this 1-based line.
        closed(): the popover was closed.
    """

    connected = Signal(object)
    undone = Signal(object)
    open_location_requested = Signal(str, int)
    closed = Signal()

    def __init__(
        self,
        records: RecordBook,
        connector: Connector,
        tasks: TaskRunner,
        view: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("whatIsThis")
        self.setWindowTitle("What is this?")
        self.setStyleSheet(STYLE)
        self._records = records
        self._connector = connector
        self._tasks = tasks
        self._view = view
        self._serial = 0  # tells a late worker answer for an earlier element apart
        self._element: SelectedElement | None = None
        self._info: ElementInfo | None = None
        self._app_id: int | None = None
        self._matches: list[SelectionMatch] = []
        self._context: _Context | None = None
        self._candidates: list[MatchCandidate] = []
        self._fields_edited = False
        self._name_edited = False
        self._no_match = False  # the user said the element is none of the matches
        self._filling = False
        self._result: tuple[str, str] | None = None  # the last run's sentence and its style
        self._running = ""
        self._last_run: ConnectionResult | None = None
        self._drag_from: QPoint | None = None
        self._build()

    # ----- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel("What is this?", self)
        self.title_label.setObjectName("title")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Close (Esc)")
        self.close_button.clicked.connect(self.close)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.close_button)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("code")
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.linkActivated.connect(self._on_source_label_link_activated)

        self.match_combo = QComboBox(self)
        self.type_combo = QComboBox(self)
        for combo in (self.match_combo, self.type_combo):
            # Long detection names must not widen the popover past its fixed width.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.match_combo.activated.connect(self._on_match_combo_activated)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("reason")
        self.reason_label.setWordWrap(True)
        for record_type in ONTOLOGY:
            self.type_combo.addItem(record_type.label, record_type.key)
        self.type_combo.addItem("Other", OTHER)
        self.type_combo.activated.connect(self._on_type_combo_activated)
        self.name_edit = QLineEdit(self)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Found in code", self.match_combo)
        form.addRow(self.reason_label)
        form.addRow("Type", self.type_combo)
        form.addRow("Name", self.name_edit)

        self.other_label = QLabel(OTHER_SENTENCE, self)
        self.other_label.setWordWrap(True)
        self.other_label.setStyleSheet(MUTED)
        self.fields = PropertyTable(self)
        # Short, scrolling: the popover must fit beside an element on a laptop screen.
        self.fields.setMinimumHeight(120)
        self.fields.setMaximumHeight(170)
        self.fields.add_button.setText("Add")
        self.fields.edited.connect(self._on_fields_edited)
        self.fields.validity_changed.connect(lambda _valid: self._update_buttons())
        self.candidates_label = QLabel(self)
        self.candidates_label.setStyleSheet(MUTED)
        self.candidates = QListWidget(self)
        self.candidates.setUniformItemSizes(True)
        self.candidates.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.candidates.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.candidates.itemDoubleClicked.connect(lambda _item: self.link_record())

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.clicked.connect(self.undo)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.close)
        self.link_button = QPushButton("Link", self)
        self.link_button.setToolTip("Use the chosen existing record for this element")
        self.link_button.clicked.connect(self.link_record)
        self.create_button = QPushButton("Create", self)
        self.create_button.setToolTip("Make a new record from what is filled in above")
        self.create_button.clicked.connect(self.create_record)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.link_button, self.create_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addWidget(self.other_label)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.candidates_label)
        layout.addWidget(self.candidates)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setFixedWidth(WIDTH)

    # ----- public --------------------------------------------------------------------------

    @property
    def element(self) -> SelectedElement | None:
        return self._element

    @property
    def matches(self) -> list[SelectionMatch]:
        """What the element was matched to, best first."""
        return list(self._matches)

    @property
    def loaded(self) -> bool:
        """Whether the existing records (for candidates) have arrived from the worker."""
        return self._context is not None

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def last_run(self) -> ConnectionResult | None:
        """The run Undo would take back (None once undone)."""
        return self._last_run

    def chosen_type(self) -> str:
        return str(self.type_combo.currentData())

    def show_for(
        self, element: ElementInfo, app_id: int | None, detections: Sequence[Detection]
    ) -> None:
        """Describe `element` of app `app_id` and open beside it, filled with the best guess."""
        self._serial += 1
        self._info = element
        self._element = selected = selected_element(element)
        self._app_id = app_id
        self._matches = match_selection(selected, detections)
        self._context = None
        self._candidates = []
        self._last_run = None
        self._fields_edited = self._name_edited = self._no_match = False
        self._result = None
        self._show_summary(element)
        self.match_combo.clear()
        for match in self._matches:
            detection = match.detection
            self.match_combo.addItem(
                f"{detection.label} “{detection.name}” · {match.confidence:.0%}", detection
            )
        self.match_combo.addItem(
            "Nothing found in the code" if not self._matches else "None of these"
        )
        self.match_combo.setCurrentIndex(0)
        self._fill(guess_type(selected, self._matches))
        self.undo_button.setVisible(False)
        self._update_buttons()
        self._fit()
        self.move(self._position())
        # No raise_(): a tool window already stays above its window (and offscreen warns).
        self.show()
        self.activateWindow()
        if app_id is not None:
            self._tasks.start(self._load(self._serial, app_id), "find records like the element")

    def create_record(self) -> None:
        """Make a new record from the filled-in type, name and properties, linked to the app."""
        if self.create_button.isEnabled():
            self._run(Action.CREATE, None)

    def link_record(self) -> None:
        """Link the chosen existing record to the app for this element."""
        item = self.candidates.currentItem()
        if self.link_button.isEnabled() and item is not None:
            self._run(Action.LINK, int(item.data(Qt.ItemDataRole.UserRole)))

    def undo(self) -> None:
        """Take back the last Create or Link made here."""
        run = self._last_run
        if run is not None and not self._running:
            self._tasks.start(self._undo(self._serial, run), "undo element connection")

    # ----- filling in ----------------------------------------------------------------------

    def _show_summary(self, info: ElementInfo) -> None:
        text = " ".join(info.text.split())
        shown = escape(text[:90] + ("…" if len(text) > 90 else ""), quote=False)
        tag = escape(f"<{info.tag}>", quote=False)
        self.summary_label.setText(
            f"<b>{tag}</b>"
            + (f" “{shown}”" if shown else "")
            + (
                f"<br><span style='{MUTED}'>in “{escape(info.heading)}”</span>"
                if info.heading
                else ""
            )
        )
        source = info.source
        self.source_label.setVisible(source is not None)
        if source is not None:
            where = escape(f"{source.path}:{source.line}", quote=False)
            self.source_label.setText(f"<a href='open'>{where}</a>")
            self.source_label.setToolTip("Open this line in the editor")

    def _match_of_type(self, type_key: str) -> SelectionMatch | None:
        """The chosen match when it has this type, else the best match that does."""
        if self._no_match:
            return None
        chosen = self.match_combo.currentData()
        if isinstance(chosen, Detection) and chosen.type_key == type_key:
            return next(m for m in self._matches if m.detection is chosen)
        return next((m for m in self._matches if m.detection.type_key == type_key), None)

    def _fill(self, type_key: str) -> None:
        """Show `type_key` with the fields of its match, or of the element; keep user edits."""
        self._filling = True
        try:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(type_key)))
            match = self._match_of_type(type_key)
            if match is not None:
                self.match_combo.setCurrentIndex(self._matches.index(match))
                self.reason_label.setText(match.reason[0].upper() + match.reason[1:] + ".")
            else:
                self.match_combo.setCurrentIndex(self.match_combo.count() - 1)
                if type_key == OTHER:
                    reason = ""
                elif self._matches:
                    reason = "Filled in from the page, not from a match in the code."
                else:
                    reason = "Nothing in the app's code matched it; filled in from the page."
                self.reason_label.setText(reason)
            self.reason_label.setVisible(bool(self.reason_label.text()))
            if not self._name_edited:
                name = match.detection.name if match else element_name(self._element_or_empty())
                self.name_edit.setText(name)
            self._fields_edited = False
            self._show_properties()
        finally:
            self._filling = False
        other = type_key == OTHER
        self.other_label.setVisible(other)
        for widget in (self.fields, self.candidates_label, self.candidates):
            widget.setVisible(not other)
        self._show_candidates()

    def _element_or_empty(self) -> SelectedElement:
        return self._element or SelectedElement(tag="element")

    def _item_fields(self) -> dict[str, Any]:
        """The new record's fields as detected (analyzer vocabulary), before any edit."""
        type_key = self.chosen_type()
        match = self._match_of_type(type_key)
        if match is not None:
            return dict(item_for_detection(match.detection).fields)
        return fields_from_element(self._element_or_empty(), type_key)

    def _show_properties(self) -> None:
        type_key = self.chosen_type()
        if type_key == OTHER:
            self.fields.set_values({})
            return
        name = self.name_edit.text().strip() or "?"
        self.fields.set_values(build_properties(type_key, name, self._item_fields()))

    def _show_candidates(self) -> None:
        self.candidates.clear()
        self._candidates = []
        type_key = self.chosen_type()
        context = self._context
        if type_key == OTHER:
            pass
        elif context is None:
            # Without an app there is nothing to link to, and nothing to look for.
            self.candidates_label.setText("Looking for records like it…")
            self.candidates_label.setVisible(self._app_id is not None)
            self.candidates.setVisible(False)
        else:
            self._list_candidates(type_key, context)
        self._update_buttons()
        if self.isVisible():
            self._fit()
            self._keep_on_screen()

    def _list_candidates(self, type_key: str, context: _Context) -> None:
        match = self._match_of_type(type_key)
        probe = _Probe(
            type_key,
            self.name_edit.text().strip() or element_name(self._element_or_empty()),
            match.detection.fields if match else self._item_fields(),
        )
        self._candidates = find_candidates(probe, context.records)
        label = ONTOLOGY.get(type_key).label.lower()
        self.candidates_label.setVisible(True)
        if not self._candidates:
            self.candidates_label.setText(f"No existing {label} looks like it.")
        else:
            self.candidates_label.setText(f"Existing {label} records that look alike:")
        for candidate in self._candidates:
            entry = QListWidgetItem(
                f"{candidate.score:.0%} · {candidate.record.name} — {candidate.reason}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, int(candidate.record.id))
            entry.setToolTip(f"Record #{candidate.record.id}: {candidate.reason}")
            self.candidates.addItem(entry)
        self.candidates.setVisible(bool(self._candidates))
        if self._candidates:
            # As tall as its rows (three at most), not a fixed box that is mostly empty.
            rows = min(3, len(self._candidates))
            row = self.candidates.fontMetrics().height() + 8
            self.candidates.setFixedHeight(rows * row + 2 * self.candidates.frameWidth())
        if self._candidates and self._candidates[0].score >= LINK_THRESHOLD:
            self.candidates.setCurrentRow(0)  # clearly the same thing: Link is one click

    # ----- state of the buttons ------------------------------------------------------------

    def _plan_item(self, action: Action, target: int | None) -> PlanItem:
        """The one item to run: the matched detection's identity with the user's edits."""
        type_key = self.chosen_type()
        name = self.name_edit.text().strip()
        fields = self.fields.values() if self._fields_edited else self._item_fields()
        match = self._match_of_type(type_key)
        if match is not None:
            # The detection's item_key: connect mode and the badges know the element by it.
            item = replace(item_for_detection(match.detection), name=name, fields=fields)
        else:
            element = self._element_or_empty()
            path = element.source.path if element.source else None
            item = new_item(type_key, name, fields, path)
        return item.link(target) if action is Action.LINK and target else item.create()

    def _connected_to(self) -> int | None:
        """The record this element is connected to already, if any."""
        context = self._context
        if context is None or self.chosen_type() == OTHER or not self.name_edit.text().strip():
            return None
        try:
            key = self._plan_item(Action.CREATE, None).item_key
        except (L4yError, PropertiesError):
            return None
        return context.connected.get(key)

    def _blocker(self) -> str:
        """Why Create and Link cannot run now, as a sentence ("" when they can)."""
        if self._app_id is None:
            return NO_APP_SENTENCE
        if self.chosen_type() == OTHER:
            return OTHER_SENTENCE
        if not self.name_edit.text().strip():
            return "A record needs a name."
        if not self.fields.is_valid():
            return "Fix the properties marked in red first."
        connected = self._connected_to()
        if connected is not None and self._context is not None:
            name = self._context.names.get(connected, f"record #{connected}")
            return f"Already connected to “{name}” (record #{connected}) in this app."
        return ""

    def _update_buttons(self) -> None:
        idle = not self._running
        blocker = self._blocker()
        self.create_button.setEnabled(idle and not blocker)
        self.link_button.setEnabled(
            idle and not blocker and self.candidates.currentItem() is not None
        )
        self.link_button.setVisible(bool(self._candidates) and self.chosen_type() != OTHER)
        self.create_button.setDefault(not self.candidates.currentItem())
        self.link_button.setDefault(self.candidates.currentItem() is not None)
        for widget in (self.type_combo, self.match_combo, self.name_edit, self.fields):
            widget.setEnabled(idle)
        self.undo_button.setEnabled(idle and self._last_run is not None)
        # One line under the form: what runs now, else what the last run did, else why
        # Create cannot run (the Other sentence is already shown above the buttons' reach).
        if self._running:
            text, style = self._running, MUTED
        elif self._result is not None:
            text, style = self._result
        elif blocker and blocker != OTHER_SENTENCE:
            text, style = blocker, MUTED if blocker == NO_APP_SENTENCE else ERROR_STYLE
        else:
            text, style = "", MUTED
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        self.status_label.setVisible(bool(text))

    def _show_result(self, text: str, *, error: bool = False) -> None:
        """Keep `text` under the form until the user changes something or another run ends."""
        self._result = (text, ERROR_STYLE if error else SUCCESS)
        self._update_buttons()

    def _forget_result(self) -> None:
        self._result = None

    # ----- background work -----------------------------------------------------------------

    async def _load(self, serial: int, app_id: int) -> None:
        """Read the records to match and what is connected (again after every run)."""
        try:
            context = await self._tasks.in_worker(
                _load_context, self._records, self._connector, app_id
            )
        except L4yError as exc:
            if serial == self._serial:
                self.candidates_label.setText("")
                self._show_result(describe_error(exc), error=True)
            return
        if serial == self._serial:
            self._context = context
            self._show_candidates()

    def _run(self, action: Action, target: int | None) -> None:
        app_id = self._app_id
        if app_id is None or self._running:
            return
        try:
            item = self._plan_item(action, target)
        except (L4yError, PropertiesError) as exc:
            self._show_result(str(exc), error=True)
            return
        verb = "Linking" if action is Action.LINK else "Creating"
        self._tasks.start(
            self._execute(self._serial, ConnectionPlan(app_id, (item,)), f"{verb}…"),
            "connect element",
        )

    async def _execute(self, serial: int, plan: ConnectionPlan, doing: str) -> None:
        self._set_running(doing)
        try:
            result = await self._tasks.in_worker(self._connector.execute_plan, plan)
        except L4yError as exc:
            if serial == self._serial:
                self._show_result(describe_error(exc), error=True)
            return
        finally:
            self._set_running("")
        # Emitted even for a popover moved on to another element: the run happened.
        self.connected.emit(result)
        if serial != self._serial:
            return
        outcome = result.outcomes[0]
        name = outcome.name
        if outcome.outcome is Outcome.CREATED:
            text = f"Created “{name}” (record #{outcome.record_id}) and linked it to this app."
        elif outcome.outcome is Outcome.LINKED:
            text = f"Linked “{name}” (record #{outcome.record_id}) to this app."
        else:
            text = f"Already connected to record #{outcome.record_id}; nothing changed."
        changed = outcome.outcome in (Outcome.CREATED, Outcome.LINKED)
        self._last_run = result if changed else None
        self.undo_button.setVisible(changed)
        self._show_result(text)
        await self._load(serial, plan.app_id)

    async def _undo(self, serial: int, run: ConnectionResult) -> None:
        self._set_running("Undoing…")
        try:
            result: UndoResult = await self._tasks.in_worker(self._connector.undo, run)
        except L4yError as exc:
            if serial == self._serial:
                self._show_result(describe_error(exc), error=True)
            return
        finally:
            self._set_running("")
        self.undone.emit(result)
        if serial != self._serial:
            return
        self._last_run = None
        self.undo_button.setVisible(False)
        self._show_result(f"Undone. {result.summary()}", error=not result.complete)
        await self._load(serial, run.app_id)

    def _set_running(self, what: str) -> None:
        self._running = what
        if what:
            self._result = None
        self._update_buttons()

    # ----- placement -----------------------------------------------------------------------

    def _position(self) -> QPoint:
        view = self._view
        size = self.size()
        if view is None:
            screen = QGuiApplication.primaryScreen().availableGeometry()
            return popover_position(None, size, screen, screen)
        screen = view.screen().availableGeometry()
        side = QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
        return popover_position(self._anchor(view), size, screen, side)

    def _fit(self) -> None:
        """Take the height the contents need now (rows came or went), no more."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        # For the fixed width: adjustSize() would ask for the height at the narrower sizeHint
        # width, where the wrapped sentences take more lines, and leave gaps at this one.
        height = self.heightForWidth(WIDTH)
        self.resize(WIDTH, height if height > 0 else self.sizeHint().height())

    def _keep_on_screen(self) -> None:
        """Move up when the popover grew past the bottom of the screen (candidates arrived)."""
        screen = self.screen().availableGeometry()
        overflow = self.y() + self.height() - (screen.y() + screen.height())
        if overflow > 0:
            self.move(self.x(), max(screen.y(), self.y() - overflow))

    def _anchor(self, view: QWidget) -> QRect | None:
        """The picked element's box on screen (CSS pixels times the page's zoom)."""
        info = self._info
        if info is None or not info.frame.in_top_coordinates:
            return None
        zoom = view.zoomFactor() if isinstance(view, QWebEngineView) else 1.0
        rect = info.rect
        top_left = view.mapToGlobal(QPointF(rect.x * zoom, rect.y * zoom)).toPoint()
        box = QRect(
            top_left, QSize(max(1, round(rect.width * zoom)), max(1, round(rect.height * zoom)))
        )
        visible = QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
        # Scrolled out of sight: no anchor rather than one off the view.
        return box.intersected(visible) if box.intersects(visible) else None

    # ----- events --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.fields.table.hasFocus()
        ):
            (self.link_record if self.link_button.isDefault() else self.create_record)()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        was_visible = self.isVisible()
        super().closeEvent(event)
        if was_visible:
            self.closed.emit()

    # A frameless window: dragging its background moves it.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.pos()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    # ----- slots ---------------------------------------------------------------------------

    def _on_source_label_link_activated(self, _href: str) -> None:
        info = self._info
        if info is not None and info.source is not None:
            self.open_location_requested.emit(info.source.path, info.source.line)

    def _on_match_combo_activated(self, index: int) -> None:
        chosen = self.match_combo.itemData(index)
        self._forget_result()
        self._no_match = not isinstance(chosen, Detection)
        if isinstance(chosen, Detection):
            self._name_edited = False  # picking another match means taking its name too
            self._fill(chosen.type_key)
        else:
            self._fill(self.chosen_type())
        self._update_buttons()

    def _on_type_combo_activated(self, _index: int) -> None:
        self._forget_result()
        self._fill(self.chosen_type())
        self._update_buttons()

    def _on_name_edit_text_edited(self, _text: str) -> None:
        self._name_edited = True
        self._forget_result()
        if not self._fields_edited and self.chosen_type() != OTHER:
            self._filling = True
            try:
                self._show_properties()
            finally:
                self._filling = False
        self._show_candidates()
        self._update_buttons()

    def _on_fields_edited(self) -> None:
        if not self._filling:
            self._fields_edited = True
            self._forget_result()
            self._update_buttons()


@dataclass(frozen=True)
class _Probe:
    """What `find_candidates` compares records with: the type, name and fields shown."""

    type_key: str
    name: str
    fields: Mapping[str, Any]
