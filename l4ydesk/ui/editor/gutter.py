"""The line-number gutter and the text edit that carries it, for the code editor and the diff.

Apart from the code editor so the history's diff view (built with the window) loads no
highlighter or lexer before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

__all__ = ["GutteredTextEdit", "editor_font"]

_GUTTER_BACKGROUND = QColor("#f6f8fa")
_GUTTER_BORDER = QColor("#d8dee4")
_GUTTER_NUMBER = QColor("#8c959f")
_GUTTER_CURRENT = QColor("#1f2328")


def editor_font() -> QFont:
    """The platform's fixed-width font, at a size that stays readable."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    return font


class _Gutter(QWidget):
    """Paints what its editor tells it; the editor owns the geometry."""

    def __init__(self, editor: GutteredTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_gutter(self, event)


class GutteredTextEdit(QPlainTextEdit):
    """A QPlainTextEdit with a gutter of per-line labels (line numbers by default).

    Subclasses change what the gutter says with ``gutter_label``/``gutter_label_chars``, and
    learn which lines are on screen through ``visible_lines_changed``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(editor_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._gutter = _Gutter(self)
        self._label_chars = 0
        self._visible = (-1, -1)
        # Subclasses switch this on at the end of their __init__: Qt emits updateRequest while
        # the widget is still being built, before their state exists.
        self._track_visible_lines = False
        self.blockCountChanged.connect(self._on_self_block_count_changed)
        self.updateRequest.connect(self._on_self_update_request)
        self._on_self_block_count_changed(self.blockCount())

    # --- what the gutter shows (overridable) ------------------------------------------------

    def gutter_label(self, block_number: int) -> str:
        return str(block_number + 1)

    def gutter_label_chars(self) -> int:
        return max(2, len(str(self.blockCount())))

    def gutter_current_block(self) -> int:
        """The block whose label is drawn emphasised, or -1."""
        return self.textCursor().blockNumber()

    def visible_lines_changed(self, first: int, last: int) -> None:
        """Called with the first and last block numbers on screen when they change."""

    # --- gutter mechanics -----------------------------------------------------------------

    def gutter_width(self) -> int:
        digit = self.fontMetrics().horizontalAdvance("9")
        return 10 + digit * self._label_chars + 12

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), _GUTTER_BACKGROUND)
        painter.setPen(_GUTTER_BORDER)
        painter.drawLine(
            gutter.width() - 1, event.rect().top(), gutter.width() - 1, event.rect().bottom()
        )
        painter.setFont(self.font())
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        top = self.blockBoundingGeometry(block).translated(offset).top()
        current = self.gutter_current_block()
        line_height = self.fontMetrics().height()
        text_width = gutter.width() - 10
        while block.isValid() and top <= event.rect().bottom():
            height = self.blockBoundingRect(block).height()
            if block.isVisible() and top + height >= event.rect().top():
                number = block.blockNumber()
                painter.setPen(_GUTTER_CURRENT if number == current else _GUTTER_NUMBER)
                painter.drawText(
                    QRect(0, round(top), text_width, line_height),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    self.gutter_label(number),
                )
            top += height
            block = block.next()
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self._gutter.setGeometry(
            QRect(contents.left(), contents.top(), self.gutter_width(), contents.height())
        )

    def _on_self_block_count_changed(self, _count: int) -> None:
        chars = self.gutter_label_chars()
        if chars != self._label_chars:
            self._label_chars = chars
            self.setViewportMargins(self.gutter_width(), 0, 0, 0)
            contents = self.contentsRect()
            self._gutter.setGeometry(
                QRect(contents.left(), contents.top(), self.gutter_width(), contents.height())
            )

    def _on_self_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        first = self.firstVisibleBlock().blockNumber()
        bottom = self.cursorForPosition(self.viewport().rect().bottomLeft()).blockNumber()
        if self._track_visible_lines and (first, bottom) != self._visible:
            self._visible = (first, bottom)
            self.visible_lines_changed(first, bottom)
