"""The console: what npm and the local Next.js dev server print, as it arrives."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MAX_LINES = 5000  # older lines are dropped so a chatty dev server cannot grow without bound


class ConsolePanel(QPlainTextEdit):
    """Read-only, monospace log of the local preview's output; errors in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.setPlaceholderText("Output of the local preview (npm and next dev) appears here.")
        self._error = QTextCharFormat()
        self._error.setForeground(QColor("#b3261e"))
        self._note = QTextCharFormat()
        self._note.setForeground(QColor("#1f5fbf"))
        self._plain = QTextCharFormat()

    def append_line(self, text: str, *, error: bool = False, note: bool = False) -> None:
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(text, self._error if error else self._note if note else self._plain)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
