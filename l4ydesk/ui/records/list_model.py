"""The table model behind the records list: name, type, status and last change of each record.

A model over a plain list, not a widget per row, so a workspace with thousands of records
lists in one reset and the view only asks for the rows it shows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from l4ydesk.core.ontology import ONTOLOGY, UnknownRecordTypeError
from l4ydesk.core.records import Record

HEADERS: Final = ("Name", "Type", "Status", "Updated")
_MUTED: Final = QColor("#7f8c8d")

Index = QModelIndex | QPersistentModelIndex


def type_label(type_key: str) -> str:
    try:
        return ONTOLOGY.get(type_key).label
    except UnknownRecordTypeError:
        return type_key  # a type from a newer l4ydesk: show its key rather than nothing


def local_time(moment: datetime) -> str:
    """A stored UTC time as the user's local "2025-06-01 14:03"."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RecordListModel(QAbstractTableModel):
    """Records in the order given (RecordBook sorts them by name)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def replace(self, record: Record) -> None:
        """Show a saved record in place (its row may sort elsewhere until the next refresh)."""
        row = self.row_of(record.id)
        if row >= 0:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row())
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return record.name
            if column == 1:
                return type_label(record.type)
            if column == 2:
                return record.status
            return local_time(record.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{record.name} (record #{record.id})"
        if role == Qt.ItemDataRole.ForegroundRole and (column > 0 or record.status == "archived"):
            return _MUTED
        return None
