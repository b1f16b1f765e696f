"""A name/value table that edits record properties as JSON values and refuses bad JSON inline.

Values are strict JSON (text in double quotes) so a property keeps its kind: `49` stays a
number, `"49.00"` stays a decimal string, `["S", "M"]` stays a list. Nothing leaves the table
while a row is invalid; the row is tinted and a sentence under the table says what to fix.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_BAD: Final = QBrush(QColor("#fde2e1"))
_MAX_SHOWN_ERRORS: Final = 3
ERROR_STYLE: Final = "color: #b3261e;"


class PropertiesError(ValueError):
    """Some rows are not valid; `errors` holds one sentence per bad row."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(" ".join(errors))
        self.errors = errors


def to_json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def parse_json_value(name: str, text: str) -> Any:
    """The JSON value in `text`, or PropertiesError with a sentence about `name`'s row."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        stripped = text.strip()
        if not stripped:
            message = f"“{name}” has no value; write null for none."
        elif stripped[0] in '"[{':
            message = f"“{name}” is not valid JSON ({exc.msg} at column {exc.colno})."
        else:
            # Bare text is the common slip: say how to write it rather than what the parser saw.
            message = (
                f'“{name}” is not valid JSON. Put text in double quotes, like "Tide Mug"; '
                "numbers, true, false and null go without."
            )
        raise PropertiesError([message]) from None


class PropertyTable(QWidget):
    """Properties as rows of a name and a JSON value, with add/remove and inline validation.

    Signals:
        edited(): the user changed a name or a value (the result may be invalid).
        validity_changed(bool): whether every row now has a unique name and valid JSON.
    """

    edited = Signal()
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, can_add: bool = True) -> None:
        super().__init__(parent)
        self._valid = True
        self._loading = False
        self._bad_rows: set[int] = set()
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(["Property", "Value (JSON)"])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        self.table.itemChanged.connect(self._on_table_item_changed)

        self.add_button = QPushButton("Add Property", self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.buttons = buttons  # owners may add their own buttons after the stretch
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.add_button.setVisible(can_add)
        self.remove_button.setVisible(can_add)

    # ----- contents ------------------------------------------------------------------------

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show these properties (no signals: loading is not an edit)."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for name, value in values.items():
                self._append(name, to_json_text(value))
        finally:
            self._loading = False
        self._validate(emit=False)

    def values(self) -> dict[str, Any]:
        """The properties as a dict, or PropertiesError naming every bad row."""
        values, errors = self._collect()
        if errors:
            raise PropertiesError(errors)
        return values

    def errors(self) -> list[str]:
        return self._collect()[1]

    def is_valid(self) -> bool:
        return self._valid

    def set_editable(self, editable: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def set_value_text(self, row: int, text: str) -> None:
        """Type `text` into a row's value cell, as the user would (used by tests and tools)."""
        cell = self.table.item(row, 1)
        assert cell is not None
        cell.setText(text)

    def row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self._text(row, 0) == name:
                return row
        return -1

    def add_row(self, name: str = "", value_text: str = "") -> int:
        self._loading = True
        try:
            self._append(name, value_text)
        finally:
            self._loading = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        if not name:
            cell = self.table.item(row, 0)
            assert cell is not None
            self.table.editItem(cell)
        self._validate(emit=True)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._validate(emit=True)

    # ----- internals -----------------------------------------------------------------------

    def _append(self, name: str, value_text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        value = QTableWidgetItem(value_text)
        value.setToolTip(value_text)
        self.table.setItem(row, 1, value)

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""

    def _collect(self) -> tuple[dict[str, Any], list[str]]:
        values: dict[str, Any] = {}
        errors: list[str] = []
        bad_rows: set[int] = set()
        seen: set[str] = set()
        for row in range(self.table.rowCount()):
            name, text = self._text(row, 0).strip(), self._text(row, 1)
            if not name and not text.strip():
                continue  # an untouched new row is not a property yet
            if not name:
                errors.append(f"Row {row + 1} needs a property name.")
            elif name in seen:
                errors.append(f"“{name}” appears twice; each property needs its own name.")
            else:
                seen.add(name)
                try:
                    values[name] = parse_json_value(name, text)
                    continue
                except PropertiesError as exc:
                    errors.extend(exc.errors)
            bad_rows.add(row)
        self._bad_rows = bad_rows
        return values, errors

    def _validate(self, *, emit: bool) -> None:
        errors = self._collect()[1]
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                for column in (0, 1):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        bad = row in self._bad_rows
                        cell.setData(Qt.ItemDataRole.BackgroundRole, _BAD if bad else None)
        finally:
            self._loading = False
        shown = errors[:_MAX_SHOWN_ERRORS]
        if len(errors) > len(shown):
            shown.append(f"({len(errors) - len(shown)} more rows to fix.)")
        self.error_label.setText(" ".join(shown))
        self.error_label.setVisible(bool(errors))
        valid = not errors
        if valid != self._valid:
            self._valid = valid
            if emit:
                self.validity_changed.emit(valid)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 1:
            self._loading = True
            item.setToolTip(item.text())
            self._loading = False
        self._validate(emit=True)
        self.edited.emit()
