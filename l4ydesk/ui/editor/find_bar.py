"""Inline find and replace for a CodeEditor: a bar under the text, never a modal dialog.

Searching uses Python's ``re`` on the editor's text (regular expressions are Python's, ``\\n``
matches line ends); positions are mapped to Qt's UTF-16 ones (`positions.PositionMap`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.ui.editor.code_editor import CodeEditor
from l4ydesk.ui.editor.find_bar_style import FIND_BAR_STYLE as _STYLE
from l4ydesk.ui.editor.positions import PositionMap

__all__ = ["FindBar"]

# Counting stops here: counting 100 000 one-letter matches in a 1 MB file would take longer
# than a keystroke may. Navigation searches from the cursor, so it works past the cap.
_MAX_COUNTED = 20_000
_RECOUNT_AFTER_EDIT_MS = 120
_END = 1 << 62  # a position after any text


class FindBar(QWidget):
    """Find and replace in one CodeEditor, with match case, whole word and regex options.

    Enter / Shift+Enter in the find field go to the next / previous match, Enter in the
    replace field replaces, Esc closes and gives focus back to the editor. Replace all is a
    single undo step. The container wires the opening shortcuts (Ctrl+F, Ctrl+H, F3).

    Signals:
        closed: the bar hid itself; the editor has the focus again.
    """

    closed = Signal()

    def __init__(self, editor: CodeEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._pattern: re.Pattern[str] | None = None
        self._error: str | None = None
        self._text: str | None = None  # the editor's text as last searched; None = stale
        self._map = PositionMap("")
        self._matches: list[tuple[int, int]] = []  # Qt positions, at most _MAX_COUNTED
        self._truncated = False
        self._message: str | None = None  # shown instead of the count until the next change
        self._origin = 0  # where incremental search starts while typing in the find field

        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText("Find")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setFixedWidth(280)
        self.case_button = self._toggle("Aa", "Match case")
        self.word_button = self._toggle("ab", "Whole word")
        underlined = self.word_button.font()
        underlined.setUnderline(True)
        self.word_button.setFont(underlined)
        self.regex_button = self._toggle(".*", "Regular expression (Python syntax)")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.count_label.setMinimumWidth(80)
        self.previous_button = self._button("↑", "Previous match (Shift+Enter, Shift+F3)")
        self.next_button = self._button("↓", "Next match (Enter, F3)")
        self.close_button = self._button("✕", "Close (Esc)")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText("Replace")
        self.replace_edit.setFixedWidth(280)
        self.replace_button = QPushButton("Replace", self)
        self.replace_all_button = QPushButton("Replace all", self)
        for button in (self.replace_button, self.replace_all_button):
            button.setAutoDefault(False)

        find_row = QHBoxLayout()
        for widget in (
            self.find_edit,
            self.case_button,
            self.word_button,
            self.regex_button,
            self.count_label,
            self.previous_button,
            self.next_button,
        ):
            find_row.addWidget(widget)
        find_row.addStretch(1)
        find_row.addWidget(self.close_button)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_edit)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(4)
        layout.addLayout(find_row)
        layout.addLayout(replace_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(_RECOUNT_AFTER_EDIT_MS)
        self._recount.timeout.connect(self._on_recount_timeout)

        self.find_edit.textEdited.connect(self._on_find_edit_text_edited)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        for toggle in (self.case_button, self.word_button, self.regex_button):
            toggle.toggled.connect(self._on_option_toggled)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        editor.document().contentsChange.connect(self._on_document_contents_change)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self._set_replace_visible(False)
        self.hide()

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = self._button(text, tip)
        button.setCheckable(True)
        return button

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # --- opening and closing ----------------------------------------------------------------

    def open_find(self) -> None:
        """Shows the bar (find row only), with the editor's one-line selection as query."""
        self._open(replace=False)

    def open_replace(self) -> None:
        """Shows the bar with the replace row, focus in the find field."""
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        cursor = self._editor.textCursor()
        selected = cursor.selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
            if self.regex_button.isChecked():
                self.find_edit.setText(re.escape(selected))
        self._origin = cursor.selectionStart()
        self._set_replace_visible(replace)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._text = None
        self._refresh()

    def close_bar(self) -> None:
        """Hides the bar, clears the match marks and gives the editor the focus."""
        self._recount.stop()
        self.hide()
        self._editor.set_search_matches([])
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def close_resources(self) -> None:
        """Stops the pending recount (before the bar is deleted)."""
        self._recount.stop()

    def is_replace_visible(self) -> bool:
        return not self.replace_edit.isHidden()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)

    # --- query and options ------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Sets the find field and selects the first match at or after the cursor."""
        self.find_edit.setText(text)
        self._origin = self._editor.textCursor().selectionStart()
        self._refresh()
        self._select_from(self._origin)

    def query(self) -> str:
        return self.find_edit.text()

    def set_options(
        self,
        *,
        match_case: bool | None = None,
        whole_word: bool | None = None,
        regex: bool | None = None,
    ) -> None:
        for button, value in (
            (self.case_button, match_case),
            (self.word_button, whole_word),
            (self.regex_button, regex),
        ):
            if value is not None:
                button.setChecked(value)

    # --- results ----------------------------------------------------------------------------

    def match_count(self) -> int:
        """How many matches the text has (at most 20 000 are counted)."""
        self._ensure_matches()
        return len(self._matches)

    def current_match(self) -> int:
        """The 1-based number of the selected match, or 0 if the selection is not a match."""
        self._ensure_matches()
        cursor = self._editor.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        index = bisect_left(self._matches, span)
        if index < len(self._matches) and self._matches[index] == span:
            return index + 1
        return 0

    def status_text(self) -> str:
        return self.count_label.text()

    # --- navigation -------------------------------------------------------------------------

    def find_next(self) -> bool:
        """Selects the next match after the selection, wrapping at the end."""
        cursor = self._editor.textCursor()
        return self._select_from(cursor.selectionEnd())

    def find_previous(self) -> bool:
        """Selects the match before the selection, wrapping at the start."""
        if not self._ready():
            return False
        start = self._editor.textCursor().selectionStart()
        index = bisect_left(self._matches, (start, start)) - 1
        if self._truncated and index == len(self._matches) - 1:
            # Past the counted matches: scan on from the last one counted.
            span = self._last_match_before(start) or self._last_match_before(_END)
        elif index >= 0:
            span = self._matches[index]
        elif self._truncated:
            span = self._last_match_before(_END)  # wrap to the last match
        else:
            span = self._matches[-1] if self._matches else None
        if span is None:
            return False
        self._select(span)
        return True

    def _ready(self) -> bool:
        """Matches are current and usable (not while a big text is still loading)."""
        if self._editor.is_loading():
            return False
        self._ensure_matches()
        return self._pattern is not None and self._text is not None

    def _select_from(self, position: int) -> bool:
        if not self._ready():
            return False
        span = self._search(position) or self._search(0)  # wrap to the start
        if span is None:
            return False
        self._select(span)
        return True

    def _search(self, position: int) -> tuple[int, int] | None:
        assert self._pattern is not None and self._text is not None
        index = self._map.to_py(position)
        while index <= len(self._text):
            match = self._pattern.search(self._text, index)
            if match is None:
                return None
            if match.end() > match.start():
                return self._map.to_qt(match.start()), self._map.to_qt(match.end())
            index = match.end() + 1  # skip empty matches: nothing to select
        return None

    def _last_match_before(self, position: int) -> tuple[int, int] | None:
        assert self._pattern is not None and self._text is not None
        index = self._map.to_py(position)
        found = None
        begin = self._map.to_py(self._matches[-1][0]) if self._truncated else 0
        for match in self._pattern.finditer(self._text, begin):
            if match.start() >= index:
                break
            if match.end() > match.start():
                found = match
        if found is None:
            return None
        return self._map.to_qt(found.start()), self._map.to_qt(found.end())

    def _select(self, span: tuple[int, int]) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._update_label()

    # --- replacing ------------------------------------------------------------------------

    def replace(self) -> bool:
        """Replaces the selected match and selects the next one; if the selection is not a
        match, only goes to the next match."""
        if not self._ready() or self.current_match() == 0:
            return self.find_next()
        assert self._pattern is not None and self._text is not None
        cursor = self._editor.textCursor()
        start = self._map.to_py(cursor.selectionStart())
        match = self._pattern.search(self._text, start)
        if match is None or match.start() != start:
            return self.find_next()
        replacement = self._expand(match)
        if replacement is None:
            return False
        cursor.insertText(replacement)  # one undo step
        self._editor.setTextCursor(cursor)
        self._text = None
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replaces every match as one undo step; returns how many were replaced."""
        if not self._ready():
            return 0
        assert self._pattern is not None and self._text is not None
        edits: list[tuple[int, int, str]] = []
        for match in self._pattern.finditer(self._text):
            if match.end() > match.start():
                replacement = self._expand(match)
                if replacement is None:
                    return 0
                edits.append(
                    (self._map.to_qt(match.start()), self._map.to_qt(match.end()), replacement)
                )
        if not edits:
            return 0
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        for start, end, replacement in reversed(edits):  # back to front: positions stay valid
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self._text = None
        self._message = f"Replaced {len(edits)}"
        self._refresh()
        return len(edits)

    def _expand(self, match: re.Match[str]) -> str | None:
        template = self.replace_edit.text()
        if not self.regex_button.isChecked():
            return template
        try:
            return match.expand(template)
        except (re.error, IndexError) as error:
            self._show_error(f"Replacement: {error}")
            return None

    # --- matching -------------------------------------------------------------------------

    def _compile(self) -> None:
        self._pattern, self._error = None, None
        query = self.find_edit.text()
        if not query:
            return
        source = query if self.regex_button.isChecked() else re.escape(query)
        if self.word_button.isChecked():
            source = rf"\b(?:{source})\b"
        flags = re.MULTILINE | (0 if self.case_button.isChecked() else re.IGNORECASE)
        try:
            self._pattern = re.compile(source, flags)
        except re.error as error:
            self._error = f"Invalid pattern: {error.msg}"

    def _ensure_matches(self) -> None:
        if self._text is not None:
            return
        self._text = self._editor.text()
        self._map = PositionMap(self._text)
        self._matches, self._truncated = [], False
        if self._pattern is None:
            return
        for match in self._pattern.finditer(self._text):
            if match.end() == match.start():
                continue
            if len(self._matches) == _MAX_COUNTED:
                self._truncated = True
                break
            self._matches.append((self._map.to_qt(match.start()), self._map.to_qt(match.end())))

    def _refresh(self) -> None:
        """Recompiles, recounts, re-marks, relabels."""
        self._compile()
        self._text = None
        self._ensure_matches()
        self._editor.set_search_matches([] if self.isHidden() else self._matches)
        self._update_label()

    def _update_label(self) -> None:
        invalid = self._error is not None
        if self._error is not None:
            text = self._error
        elif self._message is not None:
            text, self._message = self._message, None
        elif self._pattern is None:
            text = ""
        elif not self._matches:
            text = "No results"
        else:
            total = f"{len(self._matches)}{'+' if self._truncated else ''}"
            current = self.current_match()
            text = f"{current} of {total}" if current else f"{total} results"
        self.count_label.setText(text)
        self.count_label.setToolTip(text)
        for widget in (self.count_label, self.find_edit):
            if widget.property("invalid") != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _show_error(self, message: str) -> None:
        self._error = message
        self._update_label()
        self._error = None

    # --- slots ----------------------------------------------------------------------------

    def _on_find_edit_text_edited(self, _text: str) -> None:
        self._refresh()
        if self._pattern is not None:
            self._select_from(self._origin)  # incremental: from where the search started

    def _on_option_toggled(self, _checked: bool) -> None:
        self._refresh()
        cursor = self._editor.textCursor()
        if self._pattern is not None and self.current_match() == 0:
            self._select_from(cursor.selectionStart())

    def _on_document_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        self._text = None
        if not self.isHidden():
            self._recount.start()  # an edit burst (typing, replace all) recounts once

    def _on_recount_timeout(self) -> None:
        if not self.isHidden():
            self._refresh()

    def _on_editor_cursor_position_changed(self) -> None:
        if not self.isHidden() and self._text is not None:
            self._update_label()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QLineEdit's returnPressed cannot tell Enter from Shift+Enter, hence a filter.
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if is_enter and watched is self.find_edit:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        if is_enter and watched is self.replace_edit:
            self.replace()
            return True
        return super().eventFilter(watched, event)
