"""The console: what the package manager and the local Next.js dev server print, as it arrives.

It can also offer one action under the output (for example "Allow install scripts for this
app" after a failed start): a bar with a sentence and a button, until it is used or dismissed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

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
        self.setPlaceholderText(
            "Output of the local preview (package install and next dev) appears here."
        )
        self._error = QTextCharFormat()
        self._error.setForeground(QColor("#b3261e"))
        self._note = QTextCharFormat()
        self._note.setForeground(QColor("#1f5fbf"))
        self._plain = QTextCharFormat()
        self._offer_action: Callable[[], None] | None = None
        self.offer_bar = QFrame(self)
        self.offer_bar.setObjectName("consoleOffer")
        self.offer_bar.setStyleSheet(
            "#consoleOffer { background: palette(alternate-base); border-top: 1px solid "
            "palette(mid); }"
        )
        layout = QHBoxLayout(self.offer_bar)
        layout.setContentsMargins(8, 4, 8, 4)
        self.offer_label = QLabel(self.offer_bar)
        self.offer_label.setWordWrap(True)
        self.offer_button = QPushButton(self.offer_bar)
        self.offer_button.clicked.connect(self._accept_offer)
        dismiss = QPushButton("Dismiss", self.offer_bar)
        dismiss.setFlat(True)
        dismiss.clicked.connect(self.clear_offer)
        layout.addWidget(self.offer_label, 1)
        layout.addWidget(self.offer_button)
        layout.addWidget(dismiss)
        self.offer_bar.hide()

    def append_line(self, text: str, *, error: bool = False, note: bool = False) -> None:
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(text, self._error if error else self._note if note else self._plain)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def offer(self, text: str, button: str, action: Callable[[], None]) -> None:
        """Show `text` with a `button` under the output; clicking it runs `action` once."""
        self._offer_action = action
        self.offer_label.setText(text)
        self.offer_button.setText(button)
        self.offer_bar.show()
        self._place_offer()

    def clear_offer(self) -> None:
        self._offer_action = None
        self.offer_bar.hide()
        self.setViewportMargins(0, 0, 0, 0)

    @property
    def offering(self) -> bool:
        return self.offer_bar.isVisible()

    def _accept_offer(self) -> None:
        action = self._offer_action
        self.clear_offer()
        if action is not None:
            action()

    def _place_offer(self) -> None:
        if not self.offer_bar.isVisible():
            return
        rect = self.contentsRect()
        height = self.offer_bar.sizeHint().height()
        self.setViewportMargins(0, 0, 0, height)
        self.offer_bar.setGeometry(rect.left(), rect.bottom() - height + 1, rect.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_offer()
