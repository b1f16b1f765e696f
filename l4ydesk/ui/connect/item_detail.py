"""The Connect panel's pane for one detected item: where it is, what to do, what to create."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.connections import Action, PlanItem
from l4ydesk.ui.connect.list_rows import ListRowsNote, connected_text
from l4ydesk.ui.connect.state import Choice, FoundItem, apply_choice, record_properties
from l4ydesk.ui.connect.wording import LINK_KEEPS_RECORD, location
from l4ydesk.ui.records.property_table import (
    ERROR_STYLE,
    PropertiesError,
    PropertyTable,
    to_json_text,
)

MUTED_STYLE = "color: #7f8c8d;"
MAX_EVIDENCE = 6


class ItemDetail(QWidget):
    """Shows one FoundItem and lets the user choose Create / Link / Skip and edit the record.

    Signals:
        choice_changed(str, object): the user changed the item (its item_key and a `Choice`).
        open_location_requested(str, int): show this file at this 1-based line.
    """

    choice_changed = Signal(str, object)
    open_location_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._found: FoundItem | None = None
        self._item: PlanItem | None = None
        self._fields_edited = False
        self._loading = False

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.connected_label = QLabel(self)
        self.connected_label.setTextFormat(Qt.TextFormat.RichText)
        self.connected_label.setWordWrap(True)
        self.evidence_label = QLabel(self)
        self.evidence_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label.setWordWrap(True)
        self.evidence_label.linkActivated.connect(self._on_evidence_link_activated)

        self.action_box = QGroupBox("What to do", self)
        self.create_radio = QRadioButton("Create a new record", self.action_box)
        self.link_radio = QRadioButton("Link to", self.action_box)
        self.skip_radio = QRadioButton("Skip", self.action_box)
        self._actions = QButtonGroup(self)
        for radio in (self.create_radio, self.link_radio, self.skip_radio):
            self._actions.addButton(radio)
        self._actions.buttonToggled.connect(self._on_actions_button_toggled)
        self.rows_note = ListRowsNote(self.action_box)  # a list: Create makes its rows
        self.candidate_combo = QComboBox(self.action_box)
        self.candidate_combo.activated.connect(self._on_candidate_combo_activated)
        self.reason_label = QLabel(self.action_box)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(MUTED_STYLE)
        self.link_note = QLabel(LINK_KEEPS_RECORD, self.action_box)
        self.link_note.setStyleSheet(MUTED_STYLE)
        self.candidates_label = QLabel(self.action_box)
        self.candidates_label.setTextFormat(Qt.TextFormat.RichText)
        self.candidates_label.setWordWrap(True)
        self.candidates_label.linkActivated.connect(self._on_candidates_link_activated)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_radio)
        link_row.addWidget(self.candidate_combo, 1)
        action_layout = QVBoxLayout(self.action_box)
        action_layout.addWidget(self.create_radio)
        action_layout.addWidget(self.rows_note)
        action_layout.addLayout(link_row)
        action_layout.addWidget(self.skip_radio)
        action_layout.addWidget(self.link_note)
        action_layout.addWidget(self.reason_label)
        action_layout.addWidget(self.candidates_label)

        self.record_box = QGroupBox("Record to create", self)
        self.name_edit = QLineEdit(self.record_box)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.name_error = QLabel(self.record_box)
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.name_error.setVisible(False)
        self.fields = PropertyTable(self.record_box)
        self.fields.setMinimumHeight(160)
        self.fields.edited.connect(self._on_fields_edited)
        self.fields.add_button.setText("Add")
        self.reset_button = QPushButton("Reset", self.record_box)
        self.reset_button.setToolTip("Back to the name and properties found in the code")
        self.reset_button.clicked.connect(self.reset_edits)
        self.fields.buttons.addWidget(self.reset_button)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Name", self.name_edit)
        record_layout = QVBoxLayout(self.record_box)
        record_layout.addLayout(form)
        record_layout.addWidget(self.name_error)
        record_layout.addWidget(self.fields, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.connected_label)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.action_box)
        layout.addWidget(self.record_box, 1)
        layout.addStretch(0)  # takes the slack when the record box is hidden

    # ----- public --------------------------------------------------------------------------

    @property
    def key(self) -> str | None:
        return self._found.key if self._found else None

    def has_errors(self) -> bool:
        """True while the shown item has a name or property the user must fix first."""
        return self._found is not None and (
            not self.name_edit.text().strip() or not self.fields.is_valid()
        )

    def show_item(self, found: FoundItem, item: PlanItem, choice: Choice | None) -> None:
        self._found, self._item = found, item
        self._fields_edited = choice is not None and choice.fields is not None
        detection = found.detection
        self._loading = True
        try:
            self.title.setText(
                f"<span style='font-size:14px'><b>{escape(item.name, quote=False)}</b></span><br>"
                f"<span style='{MUTED_STYLE}'>{escape(detection.label, quote=False)} · "
                f"{detection.confidence:.0%} sure</span>"
            )
            self._show_evidence(found)
            connected = found.connected
            self.connected_label.setVisible(connected is not None)
            rows = found.rows
            self.create_radio.setText(
                "Create a new record" if rows is None else "Create a record per row"
            )
            if rows is not None:
                self.rows_note.show_rows(detection.label, rows)
            if connected is not None and rows is not None:
                self.connected_label.setText(connected_text(connected))
            elif connected is not None:
                name = escape(connected.name, quote=False)
                self.connected_label.setText(
                    f"<b style='color:#1e8449'>✓ Connected to “{name}”</b> "
                    f"(record #{connected.record_id}).<br><span style='{MUTED_STYLE}'>"
                    "Undo the run that connected it to take it back.</span>"
                )
            self.action_box.setVisible(connected is None)
            self._show_candidates(found, item)
            self.name_edit.setText(item.name)
            self.name_error.setVisible(False)
            self.fields.set_values(record_properties(item))
        finally:
            self._loading = False
        self._update_record_box(item.action)

    def set_busy(self, busy: bool) -> None:
        self.action_box.setEnabled(not busy)
        self.record_box.setEnabled(not busy)

    def reset_edits(self) -> None:
        """Forget the edited name and properties; the action stays."""
        if self._found is None:
            return
        found = self._found
        choice = Choice(*self._current_action())
        self.choice_changed.emit(found.key, choice)
        self.show_item(found, apply_choice(found, choice), choice)

    # ----- rendering -----------------------------------------------------------------------

    def _show_evidence(self, found: FoundItem) -> None:
        evidence = found.detection.evidence[:MAX_EVIDENCE]
        links = [
            f"<a href='{n}'>{escape(location(e), quote=False)}</a>" for n, e in enumerate(evidence)
        ]
        more = len(found.detection.evidence) - len(evidence)
        text = "Found in " + ", ".join(links) if links else "Found in the app's code"
        self.evidence_label.setText(text + (f" and {more} more" if more > 0 else ""))

    def _show_candidates(self, found: FoundItem, item: PlanItem) -> None:
        self.candidate_combo.clear()
        for candidate in found.candidates:
            self.candidate_combo.addItem(
                f"{candidate.record.name} ({candidate.score:.0%})", int(candidate.record.id)
            )
        has_candidates = bool(found.candidates)
        self.link_radio.setEnabled(has_candidates)
        self.candidate_combo.setEnabled(has_candidates)
        if not has_candidates:
            self.candidate_combo.addItem("no similar record")
        if item.action is Action.LINK:
            self.candidate_combo.setCurrentIndex(
                max(0, self.candidate_combo.findData(item.target_id))
            )
        radio = {
            Action.CREATE: self.create_radio,
            Action.LINK: self.link_radio,
            Action.SKIP: self.skip_radio,
        }[item.action]
        radio.setChecked(True)
        suggested = found.suggestion.action.value.capitalize()
        self.reason_label.setText(f"Suggested: {suggested} — {found.suggestion.reason}")
        self.candidates_label.setVisible(has_candidates)
        if has_candidates:
            rows = [
                f"<a href='{n}'>{c.score:.0%} · {escape(c.record.name, quote=False)}</a> "
                f"<span style='{MUTED_STYLE}'>— {escape(c.reason, quote=False)}</span>"
                for n, c in enumerate(found.candidates)
            ]
            self.candidates_label.setText(
                "Existing records that look alike:<br>" + "<br>".join(rows)
            )

    def _update_record_box(self, action: Action) -> None:
        # Name and properties only matter for a new record: linking or skipping hides them.
        connected = self._found is not None and self._found.connected is not None
        listed = self._found is not None and self._found.rows is not None
        # a list's Create makes its rows as read: the note names them, no record to edit
        self.rows_note.setVisible(action is Action.CREATE and listed and not connected)
        self.record_box.setVisible(action is Action.CREATE and not connected and not listed)
        self.link_note.setVisible(action is Action.LINK)

    # ----- user input ----------------------------------------------------------------------

    def _current_action(self) -> tuple[Action, int | None]:
        if self.link_radio.isChecked():
            data = self.candidate_combo.currentData()
            return Action.LINK, data if isinstance(data, int) else None
        return (Action.SKIP if self.skip_radio.isChecked() else Action.CREATE), None

    def _emit_choice(self) -> None:
        if self._found is None:
            return
        action, target = self._current_action()
        if action is Action.LINK and target is None:
            return
        name = self.name_edit.text().strip()
        edited_name = name if name and name != self._found.suggested.name else None
        fields: dict[str, Any] | None = None
        if self._fields_edited:
            try:
                fields = self.fields.values()
            except PropertiesError:
                return  # the table says what is wrong; keep the last valid choice
        self.choice_changed.emit(self._found.key, Choice(action, target, edited_name, fields))

    def _on_actions_button_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked and not self._loading:
            self._update_record_box(self._current_action()[0])
            self._emit_choice()

    def _on_candidate_combo_activated(self, _index: int) -> None:
        if not self._loading:
            if not self.link_radio.isChecked():
                self.link_radio.setChecked(True)  # choosing a record means linking to it
            else:
                self._emit_choice()

    def _on_candidates_link_activated(self, href: str) -> None:
        self.candidate_combo.setCurrentIndex(int(href))
        self._on_candidate_combo_activated(int(href))

    def _on_evidence_link_activated(self, href: str) -> None:
        if self._found is not None:
            evidence = self._found.detection.evidence[int(href)]
            self.open_location_requested.emit(evidence.path, evidence.start_line)

    def _on_name_edit_text_edited(self, text: str) -> None:
        if self._item is None:
            return
        name = text.strip()
        self.name_error.setText("" if name else "A record needs a name.")
        self.name_error.setVisible(not name)
        if not name:
            return
        # A title property that said the old name should say the new one, as the user means.
        old_text = to_json_text(self._item.name)
        for row in range(self.fields.table.rowCount()):
            cell = self.fields.table.item(row, 1)
            if cell is not None and cell.text() == old_text:
                self._fields_edited = True
                self._loading = True
                cell.setText(to_json_text(name))
                self._loading = False
        self._item = replace(self._item, name=name)
        self._emit_choice()

    def _on_fields_edited(self) -> None:
        if not self._loading:
            self._fields_edited = True
            self._emit_choice()
