"""The Connect panel's note on a list element: Create makes one record per row, and which."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from l4ydesk.core.connection_rows import ListRows, rows_sentence
from l4ydesk.ui.connect.state import ConnectedRecord

MUTED_STYLE = "color: #7f8c8d;"
SHOWN_NAMES = 8  # in the pane; the tooltip holds more
TOOLTIP_NAMES = 40


def names_text(rows: ListRows, shown: int) -> str:
    """ "Ada Lovelace, Grace Hopper and 4 more"."""
    names = rows.names
    head = ", ".join(names[:shown])
    more = len(names) - shown
    return f"{head} and {more:,} more" if more > 0 else head


def connected_text(connected: ConnectedRecord) -> str:
    name = escape(connected.name, quote=False)
    return (
        f"<b style='color:#1e8449'>✓ Its rows are connected as records</b> (the first: "
        f"“{name}”, record #{connected.record_id}).<br><span style='{MUTED_STYLE}'>Undo the "
        "run that connected them to take them back.</span>"
    )


class ListRowsNote(QWidget):
    """ "Creates 6 contacts from the list's rows" over the rows' names (all in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = QLabel(self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.names = QLabel(self)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        self.names.setWordWrap(True)
        self.names.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 0, 0, 0)  # under the Create radio's text
        layout.setSpacing(2)
        layout.addWidget(self.sentence)
        layout.addWidget(self.names)

    def show_rows(self, type_label: str, rows: ListRows) -> None:
        self.sentence.setText(rows_sentence(type_label, rows))
        self.names.setText(names_text(rows, SHOWN_NAMES))
        self.names.setVisible(bool(rows.items))
        tip = "\n".join(rows.names[:TOOLTIP_NAMES])
        if len(rows.names) > TOOLTIP_NAMES:
            tip += f"\n… and {len(rows.names) - TOOLTIP_NAMES:,} more"
        self.setToolTip(tip)
        self.names.setToolTip(tip)
