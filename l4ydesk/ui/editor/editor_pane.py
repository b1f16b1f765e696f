"""One open file's editing surface: the code editor with its find bar and go-to-line bar.

The lead's tabs hold one EditorPane per open file; the pane knows nothing about where the
text comes from or goes to.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from l4ydesk.ui.editor.code_editor import CodeEditor
from l4ydesk.ui.editor.find_bar import FindBar
from l4ydesk.ui.editor.lexing import LexWorker

__all__ = ["EditorPane", "GoToLineBar"]

_BAR_STYLE = """
GoToLineBar { background: #f6f8fa; border-top: 1px solid #d0d7de; }
GoToLineBar QLineEdit { padding: 2px 4px; border: 1px solid #d0d7de; border-radius: 3px;
                        background: white; }
GoToLineBar QLineEdit:focus { border-color: #0969da; }
GoToLineBar QLabel { color: #57606a; }
"""


class GoToLineBar(QWidget):
    """A one-field inline bar: type a line number, Enter jumps there, Esc closes.

    Signals:
        line_requested(int): the user asked for this 1-based line.
        closed: the bar hid itself.
    """

    line_requested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_BAR_STYLE)
        self.label = QLabel("Go to line", self)
        self.line_edit = QLineEdit(self)
        self.line_edit.setFixedWidth(110)
        self._validator = QIntValidator(1, 1, self)
        self.line_edit.setValidator(self._validator)
        self.hint = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.addWidget(self.label)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.line_edit.returnPressed.connect(self._on_line_edit_return_pressed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    def open(self, current: int, last: int) -> None:
        """Shows the bar with the current line selected and 1..last allowed."""
        self._validator.setRange(1, max(1, last))
        self.hint.setText(f"1–{last}")
        self.line_edit.setText(str(current))
        self.show()
        self.line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _on_line_edit_return_pressed(self) -> None:
        text = self.line_edit.text()
        if text.isdigit():
            self.hide()
            self.line_requested.emit(int(text))


class EditorPane(QWidget):
    """A CodeEditor with an inline find/replace bar and a go-to-line bar.

    Ctrl+F opens find, Ctrl+H find and replace, Ctrl+G go to line, F3 / Shift+F3 go to the
    next / previous match. ``set_text`` starts a fresh, unmodified document; ``mark_saved``
    records that the current text is what was saved.

    Signals:
        modified_changed(bool): the text started or stopped differing from the saved text.
    """

    modified_changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, *, lex_worker: LexWorker | None = None
    ) -> None:
        super().__init__(parent)
        self._path: str | None = None
        self._modified = False
        self._editor = CodeEditor(self, lex_worker=lex_worker)
        self._find_bar = FindBar(self._editor, self)
        self._go_to_bar = GoToLineBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._find_bar)
        layout.addWidget(self._go_to_bar)
        self.setFocusProxy(self._editor)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.open_find),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H), self.open_replace),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G), self.open_go_to_line),
            (QKeySequence.StandardKey.FindNext, self._on_find_next_shortcut),
            (QKeySequence.StandardKey.FindPrevious, self._on_find_previous_shortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._editor.document().modificationChanged.connect(self._on_document_modification_changed)
        self._editor.text_loaded.connect(self._on_editor_text_loaded)
        self._go_to_bar.line_requested.connect(self._on_go_to_bar_line_requested)
        self._go_to_bar.closed.connect(self._on_bar_closed)

    # --- parts ----------------------------------------------------------------------------

    @property
    def editor(self) -> CodeEditor:
        return self._editor

    @property
    def find_bar(self) -> FindBar:
        return self._find_bar

    @property
    def go_to_bar(self) -> GoToLineBar:
        return self._go_to_bar

    # --- text -----------------------------------------------------------------------------

    def text(self) -> str:
        """The whole text, lines separated by ``\\n``."""
        return self._editor.text()

    def set_text(self, text: str, path: str | PurePath | None = None) -> None:
        """Shows ``text`` as a fresh document: colours from ``path``'s extension, empty undo
        history, not modified. Big texts finish loading over the next event-loop turns
        (``editor.text_loaded``); ``text()`` returns the new text at once."""
        self._path = None if path is None else str(path)
        self._editor.set_language_for_path(path)
        self._editor.set_text(text)
        self._set_modified(False)

    def path(self) -> str | None:
        """The path given to the last ``set_text`` (only used to choose the language)."""
        return self._path

    def is_modified(self) -> bool:
        return self._modified

    def mark_saved(self) -> None:
        """The current text is now the saved one: not modified any more."""
        self._editor.document().setModified(False)
        self._set_modified(False)

    # --- bars -----------------------------------------------------------------------------

    def open_find(self) -> None:
        self._go_to_bar.hide()
        self._find_bar.open_find()

    def open_replace(self) -> None:
        self._go_to_bar.hide()
        self._find_bar.open_replace()

    def open_go_to_line(self) -> None:
        if not self._find_bar.isHidden():
            self._find_bar.close_bar()
        self._go_to_bar.open(self._editor.cursor_line(), self._editor.blockCount())

    # F3 repeats the last search even with the bar closed; with nothing searched yet, it
    # opens the bar.
    def _on_find_next_shortcut(self) -> None:
        if self._find_bar.query():
            self._find_bar.find_next()
        else:
            self.open_find()

    def _on_find_previous_shortcut(self) -> None:
        if self._find_bar.query():
            self._find_bar.find_previous()
        else:
            self.open_find()

    def _on_go_to_bar_line_requested(self, line: int) -> None:
        self._editor.go_to_line(line)
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_bar_closed(self) -> None:
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- modified state -------------------------------------------------------------------

    def _on_document_modification_changed(self, modified: bool) -> None:
        # While a big text loads in slices the document briefly looks modified; the pane
        # reports only what the user did.
        if not self._editor.is_loading():
            self._set_modified(modified)

    def _on_editor_text_loaded(self) -> None:
        self._set_modified(self._editor.document().isModified())

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # --- lifetime -------------------------------------------------------------------------

    def close_resources(self) -> None:
        """Stops background work (loading, colouring) before the pane is deleted."""
        self._find_bar.close_resources()
        self._editor.close_resources()
