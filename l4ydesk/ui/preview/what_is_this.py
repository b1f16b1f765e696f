"""The "What is this?" popover: what an element picked in the preview is, and connecting it.

It opens next to the picked element with the analyzer's best guess filled in (type, name,
properties), lists existing records that look alike, and connects the element with one click:
Create makes a record, Link uses the chosen one. Either runs a one-item connection plan through
the same `Connector` as connect mode, so the record is linked to the app, a second run changes
nothing, and Undo takes it back. Matching the element, finding look-alike records and the
decisions (plan item, blocker) are computed in the worker and in `what_is_this_state.py`
(no Qt); the widgets and placement are in `what_is_this_view.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.connections import (
    Action,
    ConnectionPlan,
    ConnectionResult,
    Connector,
    UndoResult,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.records import RecordBook
from l4ydesk.core.selection_match import OTHER, SelectedElement, SelectionMatch
from l4ydesk.ui.preview import what_is_this_state as state
from l4ydesk.ui.preview.inspector_messages import ElementInfo
from l4ydesk.ui.preview.what_is_this_state import (
    NO_APP_SENTENCE,
    OTHER_SENTENCE,
    Choice,
    Selection,
    selected_element,
)
from l4ydesk.ui.preview.what_is_this_view import (
    MUTED,
    SUCCESS,
    PopoverView,
    popover_position,
)
from l4ydesk.ui.records.property_table import ERROR_STYLE, PropertiesError
from l4ydesk.ui.tasks import CoalescedJob, TaskRunner
from l4ydesk.ui.window.ops import Op, Ticket, ViewToken

__all__ = ["WhatIsThisPopover", "popover_position", "selected_element"]


class WhatIsThisPopover(PopoverView):
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
        super().__init__(view, parent)
        self._records = records
        self._connector = connector
        self._tasks = tasks
        self._shown = ViewToken()  # tells a late worker answer for an earlier element apart
        self._element: SelectedElement | None = None
        self._app_id: int | None = None
        self._selection: Selection | None = None  # the worker's answer for this element
        self._choice: Choice | None = None  # what the user chose so far
        # Candidate matching runs in the worker, once per burst of keystrokes.
        self._finding = CoalescedJob(tasks, "find records like the element", self._find_candidates)
        self._filling = False
        self._result: tuple[str, str] | None = None  # the last run's sentence and its style
        self._running = ""
        self._last_run: ConnectionResult | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.source_label.linkActivated.connect(self._on_source_label_link_activated)
        self.match_combo.activated.connect(self._on_match_combo_activated)
        self.type_combo.activated.connect(self._on_type_combo_activated)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.fields.edited.connect(self._on_fields_edited)
        self.fields.validity_changed.connect(lambda _valid: self._update_buttons())
        self.candidates.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.candidates.itemDoubleClicked.connect(lambda _item: self.link_record())
        self.undo_button.clicked.connect(self.undo)
        self.link_button.clicked.connect(self.link_record)
        self.create_button.clicked.connect(self.create_record)

    # ----- public --------------------------------------------------------------------------

    @property
    def element(self) -> SelectedElement | None:
        return self._element

    @property
    def matches(self) -> list[SelectionMatch]:
        """What the element was matched to, best first."""
        return list(self._selection.matches) if self._selection else []

    @property
    def loaded(self) -> bool:
        """Whether the records arrived and the candidates match what is shown now."""
        selection = self._selection
        return selection is not None and selection.context is not None and not self._finding.running

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
        """Describe `element` of app `app_id`; opens beside it once the worker matched it."""
        self._shown.move_on()
        self._info = element
        self._element = selected = selected_element(element)
        self._app_id = app_id
        self._selection = None
        self._candidates = ()
        self._last_run = None
        self._result = None
        args = (self._records, self._connector, selected, app_id, tuple(detections))
        self._tasks.start(self._load(self._shown.ticket(), args), "match the picked element")

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
            self._tasks.start(self._undo(self._shown.ticket(), run), "undo element connection")

    # ----- rendering the state ---------------------------------------------------------------

    def _open(self, selection: Selection) -> None:
        """Fill the popover with the worker's answer and show it beside the element."""
        assert self._info is not None
        self._selection = selection
        self._show_summary(self._info)
        self.match_combo.clear()
        for match in selection.matches:
            detection = match.detection
            self.match_combo.addItem(
                f"{detection.label} “{detection.name}” · {match.confidence:.0%}", detection
            )
        self.match_combo.addItem(
            "Nothing found in the code" if not selection.matches else "None of these"
        )
        if selection.error:
            self._result = (selection.error, ERROR_STYLE)
        self._apply(state.first_choice(selection))
        self.undo_button.setVisible(False)
        self._update_buttons()
        self._fit()
        self.move(self._position())
        # No raise_(): a tool window already stays above its window (and offscreen warns).
        self.show()
        self.activateWindow()

    def _apply(self, choice: Choice) -> None:
        """Show `choice`: type, match, reason, name, properties (unless edited), candidates."""
        selection = self._selection
        assert selection is not None
        self._choice = choice
        self._filling = True
        try:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(choice.type_key)))
            match = state.match_of(selection, choice)
            last = self.match_combo.count() - 1
            self.match_combo.setCurrentIndex(
                selection.matches.index(match) if match is not None else last
            )
            self.reason_label.setText(state.reason(selection, choice))
            self.reason_label.setVisible(bool(self.reason_label.text()))
            if self.name_edit.text() != choice.name:
                self.name_edit.setText(choice.name)
            if not choice.fields_edited:
                self.fields.set_values(state.properties(selection, choice))
        finally:
            self._filling = False
        other = choice.type_key == OTHER
        self.other_label.setVisible(other)
        for widget in (self.fields, self.candidates_label, self.candidates):
            widget.setVisible(not other)
        self._show_candidates()

    def _show_candidates(self) -> None:
        """Ask the worker for records like the element (coalesced: once per burst of edits)."""
        selection = self._selection
        if selection is None or self.chosen_type() == OTHER:
            pass
        elif selection.context is None:
            # Without an app there is nothing to link to, and nothing to look for.
            self.candidates_label.setText("" if selection.error else "Looking for records like it…")
            self.candidates_label.setVisible(self._app_id is not None and not selection.error)
            self.candidates.setVisible(False)
        else:
            self._finding.request()
        self._update_buttons()
        if self.isVisible():
            self._fit()
            self._keep_on_screen()

    async def _find_candidates(self) -> None:
        selection, choice = self._selection, self._choice
        if selection is None or choice is None:
            return
        op = Op(self._tasks, "find similar records", state.find_like, selection, choice)
        # Shown only if it still answers what is on screen; a newer edit asked again.
        op.for_view(self._shown).while_current(
            lambda: selection is self._selection and choice == self._choice
        )
        found = await op.run()
        self._list_candidates(choice.type_key, found)
        self._update_buttons()
        if self.isVisible():
            self._fit()
            self._keep_on_screen()

    # ----- state of the buttons ------------------------------------------------------------

    def _edited_fields(self) -> dict[str, Any] | None:
        """The properties table's values when the user edited them (None if not or invalid)."""
        if self._choice is None or not self._choice.fields_edited:
            return None
        try:
            return self.fields.values()
        except PropertiesError:
            return None

    def _blocker(self) -> str:
        if self._selection is None or self._choice is None:
            return NO_APP_SENTENCE if self._app_id is None else ""
        edited = self._edited_fields()
        valid = self.fields.is_valid()
        return state.blocker(self._selection, self._choice, edited, valid)

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

    async def _load(self, current: Ticket, args: tuple[Any, ...]) -> None:
        op = Op(self._tasks, "match the picked element", state.load_selection, *args)
        self._open(await op.while_current(current).run())

    async def _reload_records(self, current: Ticket, app_id: int) -> None:
        """Read the records to match and what is connected again (after every run)."""

        def say(sentence: str) -> None:
            self.candidates_label.setText("")
            self._show_result(sentence, error=True)

        load = state.load_context
        op = Op(self._tasks, "read records", load, self._records, self._connector, app_id)
        context = await op.while_current(current).reports(say).run()
        if self._selection is not None:
            self._selection = replace(self._selection, context=context)
            self._show_candidates()

    def _run(self, action: Action, target: int | None) -> None:
        app_id = self._app_id
        selection, choice = self._selection, self._choice
        if app_id is None or self._running or selection is None or choice is None:
            return
        try:
            edited = self.fields.values() if choice.fields_edited else None
            item = state.plan_item(selection, choice, edited, action, target)
        except (L4yError, PropertiesError) as exc:
            self._show_result(str(exc), error=True)
            return
        verb = "Linking" if action is Action.LINK else "Creating"
        self._tasks.start(
            self._execute(self._shown.ticket(), ConnectionPlan(app_id, (item,)), f"{verb}…"),
            "connect element",
        )

    async def _execute(self, current: Ticket, plan: ConnectionPlan, doing: str) -> None:
        self._set_running(doing)
        try:
            op = Op(self._tasks, "connect element", self._connector.execute_plan, plan)
            result = await op.reports(self._error_sayer(current)).run()
        finally:
            self._set_running("")
        # Emitted even for a popover moved on to another element: the run happened.
        self.connected.emit(result)
        if not current():
            return
        text, changed = state.run_sentence(result)
        self._last_run = result if changed else None
        self.undo_button.setVisible(changed)
        self._show_result(text)
        await self._reload_records(current, plan.app_id)

    async def _undo(self, current: Ticket, run: ConnectionResult) -> None:
        self._set_running("Undoing…")
        try:
            op = Op(self._tasks, "undo element connection", self._connector.undo, run)
            result: UndoResult = await op.reports(self._error_sayer(current)).run()
        finally:
            self._set_running("")
        self.undone.emit(result)
        if not current():
            return
        self._last_run = None
        self.undo_button.setVisible(False)
        self._show_result(f"Undone. {result.summary()}", error=not result.complete)
        await self._reload_records(current, run.app_id)

    def _error_sayer(self, current: Ticket) -> Callable[[str], None]:
        """Says a failed run under the form, unless the popover moved on to another element."""

        def say(sentence: str) -> None:
            if current():
                self._show_result(sentence, error=True)

        return say

    def _set_running(self, what: str) -> None:
        self._running = what
        if what:
            self._result = None
        self._update_buttons()

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

    # ----- slots ---------------------------------------------------------------------------

    def _on_source_label_link_activated(self, _href: str) -> None:
        info = self._info
        if info is not None and info.source is not None:
            self.open_location_requested.emit(info.source.path, info.source.line)

    def _on_match_combo_activated(self, index: int) -> None:
        selection, choice = self._selection, self._choice
        if selection is None or choice is None:
            return
        chosen = self.match_combo.itemData(index)
        self._forget_result()
        picked = next((m for m in selection.matches if m.detection is chosen), None)
        self._apply(state.choose_match(selection, choice, picked))
        self._update_buttons()

    def _on_type_combo_activated(self, _index: int) -> None:
        selection, choice = self._selection, self._choice
        if selection is None or choice is None:
            return
        self._forget_result()
        self._apply(state.choose_type(selection, choice, self.chosen_type()))
        self._update_buttons()

    def _on_name_edit_text_edited(self, text: str) -> None:
        selection, choice = self._selection, self._choice
        if selection is None or choice is None:
            return
        self._forget_result()
        self._choice = choice = state.edit_name(choice, text)
        if not choice.fields_edited and choice.type_key != OTHER:
            self._filling = True
            try:
                self.fields.set_values(state.properties(selection, choice))
            finally:
                self._filling = False
        self._show_candidates()
        self._update_buttons()

    def _on_fields_edited(self) -> None:
        if not self._filling and self._choice is not None:
            self._choice = replace(self._choice, fields_edited=True)
            self._forget_result()
            self._update_buttons()
