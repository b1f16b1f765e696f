"""The edit pane of the records browser: one record's name, status, properties and its apps."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.records import RECORD_STATUSES, LinkedApp, Record
from l4ydesk.ui.records.list_model import local_time, type_label
from l4ydesk.ui.records.property_table import ERROR_STYLE, PropertiesError, PropertyTable

NO_SELECTION = "Select a record to see and edit it."


@dataclass(frozen=True)
class RecordEdit:
    """What the user wants a record to become (validated JSON, not yet saved)."""

    record_id: int
    name: str
    status: str
    properties: dict[str, Any]


class RecordDetail(QWidget):
    """Shows one record and edits it; saving is the browser's job.

    Ctrl+S anywhere inside the pane saves, even inside the main window whose own Save
    action has the same key: the pane claims the shortcut while it has the focus.

    Signals:
        save_requested(): the user pressed Save or Ctrl+S.
        dirty_changed(bool): whether the pane holds unsaved edits.
    """

    save_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: Record | None = None
        self._apps: list[LinkedApp] = []
        self._dirty = False
        self._loading = False

        self._stack = QStackedWidget(self)
        placeholder = QLabel(NO_SELECTION, self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet("color: #7f8c8d;")
        self._stack.addWidget(placeholder)
        self._stack.addWidget(self._build_editor())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _build_editor(self) -> QWidget:
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.name_edit = QLineEdit(page)
        self.name_edit.textEdited.connect(self._on_edited)
        self.status_combo = QComboBox(page)
        self.status_combo.addItems(list(RECORD_STATUSES))
        self.status_combo.activated.connect(self._on_edited)
        self.properties = PropertyTable(page)
        self.properties.edited.connect(self._on_edited)
        self.apps_label = QLabel(page)
        self.apps_label.setTextFormat(Qt.TextFormat.RichText)
        self.apps_label.setWordWrap(True)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.revert_button = QPushButton("Revert", page)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton("Save", page)
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save the changes (Ctrl+S)")
        self.save_button.clicked.connect(self.save_requested.emit)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Name", self.name_edit)
        form.addRow("Status", self.status_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>Properties</b>", page))
        layout.addWidget(self.properties, 1)
        layout.addWidget(self.apps_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()
        return page

    # ----- state ---------------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self._record

    def is_dirty(self) -> bool:
        return self._dirty

    def show_record(self, record: Record, apps: list[LinkedApp]) -> None:
        """Show a freshly loaded or saved record; unsaved edits are dropped."""
        self._record = record
        self._loading = True
        try:
            self.heading.setText(
                f"<b>{escape(type_label(record.type))}</b> · record #{record.id} · "
                f"<span style='color:#7f8c8d'>created {local_time(record.created_at)}, "
                f"updated {local_time(record.updated_at)}</span>"
            )
            self.name_edit.setText(record.name)
            if self.status_combo.findText(record.status) < 0:
                self.status_combo.addItem(record.status)  # a status this version doesn't know
            self.status_combo.setCurrentText(record.status)
            self.properties.set_values(record.properties)
            self.set_apps(apps)
        finally:
            self._loading = False
        self.show_error("")
        self._set_dirty(False)
        self._stack.setCurrentIndex(1)

    def set_apps(self, apps: list[LinkedApp]) -> None:
        self._apps = list(apps)
        if apps:
            names = ", ".join(f"“{escape(app.name)}”" for app in apps)
            self.apps_label.setText(f"Used in: {names}")
        else:
            self.apps_label.setText("<span style='color:#7f8c8d'>Not used by any app yet.</span>")

    def clear(self) -> None:
        self._record = None
        self._set_dirty(False)
        self._stack.setCurrentIndex(0)

    def revert(self) -> None:
        if self._record is not None:
            self.show_record(self._record, self._apps)

    def edit(self) -> RecordEdit:
        """The edits as a RecordEdit, or PropertiesError (also shown in the pane)."""
        assert self._record is not None
        try:
            properties = self.properties.values()
        except PropertiesError as exc:
            self.show_error("Not saved: fix the properties marked in red first.")
            raise exc from None
        return RecordEdit(
            self._record.id,
            self.name_edit.text(),
            self.status_combo.currentText(),
            properties,
        )

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self._dirty)
        self.revert_button.setEnabled(not busy and self._dirty)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    def _on_edited(self, *_args: object) -> None:
        if not self._loading and self._record is not None:
            self.show_error("")
            self._set_dirty(True)

    # ----- Ctrl+S --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+S before the window's Save action sees it, but only while focus is here.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Save)
            and self._record is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save) and self._record is not None:
            self.save_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
