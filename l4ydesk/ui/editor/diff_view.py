"""A read-only unified diff of two texts (say, a saved revision and the current text).

Added lines are green, removed lines red, hunk headers grey; the gutter shows the old and the
new line number of each line. Backgrounds are painted per visible line rather than stored as
block formats, so showing a diff of thousands of lines costs one ``setPlainText``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from l4ydesk.ui.editor.gutter import GutteredTextEdit

__all__ = ["DiffLine", "DiffLineKind", "DiffView", "unified_diff_lines"]


class DiffLineKind(Enum):
    CONTEXT = "context"
    ADDED = "added"
    REMOVED = "removed"
    HUNK = "hunk"


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One shown line: its kind, its line numbers in the old and new text, and its text."""

    kind: DiffLineKind
    old_number: int | None
    new_number: int | None
    text: str


_MARKERS = {
    DiffLineKind.CONTEXT: " ",
    DiffLineKind.ADDED: "+",
    DiffLineKind.REMOVED: "-",
    DiffLineKind.HUNK: "",
}
_BACKGROUNDS = {
    DiffLineKind.ADDED: QColor("#e6ffec"),
    DiffLineKind.REMOVED: QColor("#ffebe9"),
    DiffLineKind.HUNK: QColor("#eef1f4"),
}
_HUNK_TEXT = QColor("#57606a")


def unified_diff_lines(old: str, new: str, *, context: int = 3) -> list[DiffLine]:
    """The lines of a unified diff of ``old`` and ``new``, with their line numbers."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    lines: list[DiffLine] = []
    for group in matcher.get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        old_start, old_count = first[1], last[2] - first[1]
        new_start, new_count = first[3], last[4] - first[3]
        header = (
            f"@@ -{old_start + (1 if old_count else 0)},{old_count} "
            f"+{new_start + (1 if new_count else 0)},{new_count} @@"
        )
        lines.append(DiffLine(DiffLineKind.HUNK, None, None, header))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine(DiffLineKind.CONTEXT, i + 1, j + 1, old_lines[i])
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            if tag in ("replace", "delete"):
                lines.extend(
                    DiffLine(DiffLineKind.REMOVED, i + 1, None, old_lines[i]) for i in range(i1, i2)
                )
            if tag in ("replace", "insert"):
                lines.extend(
                    DiffLine(DiffLineKind.ADDED, None, j + 1, new_lines[j]) for j in range(j1, j2)
                )
    return lines


class _DiffText(GutteredTextEdit):
    """The diff's text area: old/new line numbers in the gutter, coloured line backgrounds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._lines: list[DiffLine] = []
        self._number_width = 1
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)

    def show_lines(self, lines: list[DiffLine]) -> None:
        self._lines = lines
        largest = max(
            (n for line in lines for n in (line.old_number, line.new_number) if n), default=1
        )
        self._number_width = len(str(largest))
        self.setPlainText("\n".join(_MARKERS[line.kind] + line.text for line in lines))
        document = self.document()
        hunk_format = QTextCharFormat()
        hunk_format.setForeground(_HUNK_TEXT)
        for number, line in enumerate(lines):
            if line.kind is DiffLineKind.HUNK:  # a handful per diff: cheap to format one by one
                block = document.findBlockByNumber(number)
                span = QTextLayout.FormatRange()
                span.start, span.length, span.format = 0, len(line.text), hunk_format
                block.layout().setFormats([span])
                document.markContentsDirty(block.position(), block.length())
        self._on_self_block_count_changed(self.blockCount())
        self.viewport().update()

    def lines(self) -> list[DiffLine]:
        return self._lines

    def gutter_label(self, block_number: int) -> str:
        if block_number >= len(self._lines):
            return ""
        line = self._lines[block_number]
        old = "" if line.old_number is None else str(line.old_number)
        new = "" if line.new_number is None else str(line.new_number)
        return f"{old:>{self._number_width}} {new:>{self._number_width}}"

    def gutter_label_chars(self) -> int:
        return 2 * self._number_width + 1

    def gutter_current_block(self) -> int:
        return -1

    def paintEvent(self, event: QPaintEvent) -> None:
        # Line backgrounds first, then QPlainTextEdit draws text and selection on top.
        painter = QPainter(self.viewport())
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        width = self.viewport().width()
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > event.rect().bottom():
                break
            number = block.blockNumber()
            if number < len(self._lines):
                colour = _BACKGROUNDS.get(self._lines[number].kind)
                if colour is not None:
                    painter.fillRect(QRectF(0, rect.top(), width, rect.height()), colour)
            block = block.next()
        painter.end()
        super().paintEvent(event)


_HEADER_STYLE = """
QWidget#diffHeader { background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
QLabel#diffTitle { font-weight: 600; }
QLabel#diffStats { color: #57606a; }
"""


class DiffView(QWidget):
    """A read-only unified diff between two texts, under a header like "rev 3 → current"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QWidget(self)
        bar.setObjectName("diffHeader")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar.setStyleSheet(_HEADER_STYLE)
        self.header = QLabel(bar)
        self.header.setObjectName("diffTitle")
        self.stats_label = QLabel(bar)
        self.stats_label.setObjectName("diffStats")
        header_layout = QHBoxLayout(bar)
        header_layout.setContentsMargins(8, 5, 8, 5)
        header_layout.addWidget(self.header, 1)
        header_layout.addWidget(self.stats_label)
        self._text = _DiffText(self)
        self._added = 0
        self._removed = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self._text, 1)
        self.set_texts("", "")

    @property
    def text_view(self) -> QPlainTextEdit:
        return self._text

    def set_texts(self, old: str, new: str, title: str = "", *, context: int = 3) -> None:
        """Shows the diff from ``old`` to ``new`` under ``title`` ("rev 3 → current"),
        with ``context`` unchanged lines around each change."""
        lines = unified_diff_lines(old, new, context=context)
        self._added = sum(line.kind is DiffLineKind.ADDED for line in lines)
        self._removed = sum(line.kind is DiffLineKind.REMOVED for line in lines)
        self.header.setText(title)
        if lines:
            self.stats_label.setText(f"+{self._added}  −{self._removed}")
        elif old:
            self.stats_label.setText("No differences")
        else:
            self.stats_label.setText("")  # nothing to compare (or the caller's title says why)
        # an empty pane under "No differences" looks broken: say why it is empty
        same = not lines and bool(old)
        self._text.setPlaceholderText(
            "Nothing changed: the two versions are the same." if same else ""
        )
        self._text.show_lines(lines)

    def lines(self) -> list[DiffLine]:
        """The lines shown, in order."""
        return self._text.lines()

    def toPlainText(self) -> str:  # Qt-style name: callers treat the view like a text edit
        """The diff as shown: one line per row, each with its +/- marker."""
        return self._text.toPlainText()

    def stats(self) -> tuple[int, int]:
        """(added, removed) line counts."""
        return self._added, self._removed
