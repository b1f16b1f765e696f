"""The code editor widget: monospace text with a line-number gutter, indentation and colours.

It knows nothing about files or the database: callers hand it text and a path (for the
language) and read the text back.
"""

from __future__ import annotations

import bisect
import time
from pathlib import PurePath

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from l4ydesk.ui.editor.gutter import GutteredTextEdit, editor_font
from l4ydesk.ui.editor.highlighter import SyntaxHighlighter
from l4ydesk.ui.editor.lexing import LexWorker, language_for_path

__all__ = ["CodeEditor", "GutteredTextEdit", "editor_font"]

INDENT = "  "
# Texts up to this size are set in one go (a few ms); larger ones are inserted in slices so
# that opening a big file never blocks the GUI thread for long (1 MB in one go: 66 ms).
_LOAD_AT_ONCE = 64 * 1024
_LOAD_SLICE_CHARS = 32 * 1024
_LOAD_SLICE_SECONDS = 0.008
# Search matches are drawn only on screen, and at most this many at once.
_MAX_DRAWN_MATCHES = 500

_CURRENT_LINE = QColor("#f3f6fb")
_MATCH = QColor("#fff1a8")


class CodeEditor(GutteredTextEdit):
    """Edits source code: gutter, current line, 2-space indentation, pygments colours.

    Big texts load in slices (``set_text`` returns at once; ``text_loaded`` says when the
    document is complete), and colouring happens in a worker process, so the GUI thread stays
    responsive on megabyte files. Editors share one lex worker process unless given their
    own ``lex_worker``; ``close_resources`` (or destruction) lets go of it.

    Signals:
        cursor_moved(int, int): the cursor's 1-based line and column changed.
        language_changed(str): the colouring language changed ("" for plain text).
        text_loaded: a ``set_text`` completed; the document holds the whole text.
        highlighting_finished: the colours now match the whole current text.
    """

    cursor_moved = Signal(int, int)
    language_changed = Signal(str)
    text_loaded = Signal()
    highlighting_finished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, lex_worker: LexWorker | None = None
    ) -> None:
        super().__init__(parent)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * len(INDENT))
        self._highlighter = SyntaxHighlighter(self.document(), worker=lex_worker, parent=self)
        self._highlighter.highlighting_finished.connect(self.highlighting_finished)
        self._search_starts: list[int] = []
        self._search_spans: list[tuple[int, int]] = []
        self._loading: str | None = None
        self._load_cursor: QTextCursor | None = None
        self._load_position = 0
        self._line_after_load: int | None = None
        self._loader = QTimer(self)
        self._loader.setInterval(0)
        self._loader.timeout.connect(self._on_loader_timeout)
        self.cursorPositionChanged.connect(self._on_self_cursor_position_changed)
        self._refresh_extra_selections()
        self._track_visible_lines = True

    # --- text -----------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replaces the text as a fresh document: no undo history, not modified.

        Line endings become ``\\n``. Texts over 64 KiB are inserted in slices over the next
        event-loop turns; meanwhile the editor is read-only and ``text()`` already returns
        the new text.
        """
        self._loader.stop()
        self._line_after_load = None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        document = self.document()
        document.setUndoRedoEnabled(False)
        self.setReadOnly(True)
        self._highlighter.pause()
        self._loading = text
        self.setPlainText(text[:_LOAD_AT_ONCE])
        self._load_position = min(len(text), _LOAD_AT_ONCE)
        if self._load_position < len(text):
            self._load_cursor = QTextCursor(document)
            self._loader.start()
        else:
            self._finish_load()

    def text(self) -> str:
        """The whole text, lines separated by ``\\n`` (also while a big text is loading)."""
        if self._loading is not None:
            return self._loading
        # toRawText, not toPlainText: the latter turns no-break spaces into spaces, which
        # would silently change the file on save.
        return self.document().toRawText().replace("\u2029", "\n")

    def is_loading(self) -> bool:
        return self._loading is not None

    def _on_loader_timeout(self) -> None:
        text, cursor = self._loading, self._load_cursor
        if text is None or cursor is None:
            self._loader.stop()
            return
        deadline = time.perf_counter() + _LOAD_SLICE_SECONDS
        while self._load_position < len(text) and time.perf_counter() < deadline:
            end = self._load_position + _LOAD_SLICE_CHARS
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[self._load_position : end])
            self._load_position = min(end, len(text))
        if self._load_position >= len(text):
            self._loader.stop()
            self._finish_load()

    def _finish_load(self) -> None:
        document = self.document()
        self._loading = None
        self._load_cursor = None
        document.setUndoRedoEnabled(True)
        document.setModified(False)
        self.setReadOnly(False)
        self.setTextCursor(QTextCursor(document))
        self._highlighter.resume()
        if self._line_after_load is not None:
            line, self._line_after_load = self._line_after_load, None
            self.go_to_line(line)
        self.text_loaded.emit()

    # --- language -------------------------------------------------------------------------

    def set_language_for_path(self, path: str | PurePath | None) -> str | None:
        """Chooses the colouring by file extension; returns the pygments alias or None."""
        language = language_for_path(path)
        self.set_language(language)
        return language

    def set_language(self, language: str | None) -> None:
        """Colours as the given pygments alias (``"tsx"``, ``"css"``...); None for plain."""
        if language == self._highlighter.language():
            return
        self._highlighter.set_language(language)
        self.language_changed.emit(language or "")

    def language(self) -> str | None:
        return self._highlighter.language()

    def is_highlighted(self) -> bool:
        """True when loading is done and the colours match the current text."""
        return self._loading is None and self._highlighter.is_finished()

    @property
    def highlighter(self) -> SyntaxHighlighter:
        return self._highlighter

    # --- cursor ---------------------------------------------------------------------------

    def cursor_line(self) -> int:
        """The cursor's line, from 1."""
        return self.textCursor().blockNumber() + 1

    def cursor_column(self) -> int:
        """The cursor's column, from 1."""
        return self.textCursor().positionInBlock() + 1

    def go_to_line(self, line: int) -> None:
        """Puts the cursor at the start of ``line`` (from 1, clamped) and centres it."""
        if self._loading is not None:
            self._line_after_load = line
            return
        document = self.document()
        line = max(1, min(line, document.blockCount()))
        cursor = QTextCursor(document.findBlockByNumber(line - 1))
        self.setTextCursor(cursor)
        self.centerCursor()

    # --- search matches -------------------------------------------------------------------

    def set_search_matches(self, spans: list[tuple[int, int]]) -> None:
        """Marks search matches, as sorted (start, end) document positions; [] clears."""
        self._search_spans = spans
        self._search_starts = [start for start, _end in spans]
        self._refresh_extra_selections()

    def visible_lines_changed(self, first: int, last: int) -> None:
        self._highlighter.set_visible_lines(first, last)
        if self._search_spans:
            self._refresh_extra_selections()

    def _refresh_extra_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(_CURRENT_LINE)
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        if self._search_spans:
            document = self.document()
            first = self.firstVisibleBlock()
            view_start = first.position()
            bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).block()
            view_end = bottom.position() + bottom.length()
            # Matches that start before the screen may still reach into it.
            index = max(0, bisect.bisect_left(self._search_starts, view_start) - 1)
            for start, end in self._search_spans[index : index + _MAX_DRAWN_MATCHES]:
                if start > view_end:
                    break
                if end < view_start:
                    continue
                match = QTextEdit.ExtraSelection()
                match.format.setBackground(_MATCH)
                match.cursor = QTextCursor(document)
                match.cursor.setPosition(start)
                match.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selections.append(match)
        self.setExtraSelections(selections)

    def _on_self_cursor_position_changed(self) -> None:
        self._refresh_extra_selections()
        self._gutter.update()
        cursor = self.textCursor()
        self.cursor_moved.emit(cursor.blockNumber() + 1, cursor.positionInBlock() + 1)

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.isReadOnly():
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,  # Shift+Enter would insert U+2028 otherwise
        ):
            self._insert_newline()
        elif key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            self._indent()
        elif key == Qt.Key.Key_Backtab:
            self._dedent()
        else:
            super().keyPressEvent(event)

    def _insert_newline(self) -> None:
        cursor = self.textCursor()
        line = cursor.block().text()
        column = cursor.positionInBlock()
        indent = line[: len(line) - len(line.lstrip(" \t"))][:column]
        cursor.insertText("\n" + indent)  # one undo step, like a typed character
        self.ensureCursorVisible()

    def _selected_blocks(self, cursor: QTextCursor) -> tuple[int, int]:
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        end = cursor.selectionEnd()
        last = document.findBlock(end).blockNumber()
        if last > first and document.findBlock(end).position() == end:
            last -= 1  # a selection ending at a line start does not include that line
        return first, last

    def _indent(self) -> None:
        cursor = self.textCursor()
        first, last = self._selected_blocks(cursor)
        whole_line = cursor.selectedText() == cursor.block().text()
        if not cursor.hasSelection() or (first == last and not whole_line):
            # Like a tab key with 2-column stops, but typing spaces.
            cursor.insertText(" " * (len(INDENT) - cursor.positionInBlock() % len(INDENT)))
            return
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            line = QTextCursor(self.document().findBlockByNumber(number))
            line.insertText(INDENT)
        cursor.endEditBlock()

    def _dedent(self) -> None:
        cursor = self.textCursor()
        first, last = self._selected_blocks(cursor)
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            block = self.document().findBlockByNumber(number)
            text = block.text()
            width = 1 if text.startswith("\t") else len(text) - len(text.lstrip(" "))
            width = min(width, len(INDENT))
            if width:
                line = QTextCursor(block)
                line.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, width
                )
                line.removeSelectedText()
        cursor.endEditBlock()

    # --- lifetime -------------------------------------------------------------------------

    def close_resources(self) -> None:
        """Stops loading and colouring work and lets go of the lex worker."""
        self._loader.stop()
        self._highlighter.shutdown()
