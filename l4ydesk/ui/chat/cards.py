"""Cards inside the conversation: what an answer changed in the files, and v0 conflicts."""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.chat import Conflict, ConflictChoice, FileChanges
from l4ydesk.ui.chat.wording import changes_title

SHOWN_PATHS = 8  # a 300-file v0 version lists a few and offers the rest on request
CHOICE_LABELS = {
    ConflictChoice.KEEP_MINE: "Keep mine",
    ConflictChoice.TAKE_THEIRS: "Take v0's",
    ConflictChoice.KEEP_BOTH: "Keep both",
}
CHOICE_TIPS = {
    ConflictChoice.KEEP_MINE: "Keep your version of the file; v0's change is dropped.",
    ConflictChoice.TAKE_THEIRS: "Replace your version with v0's (yours stays in the history).",
    ConflictChoice.KEEP_BOTH: "Keep yours and save v0's beside it as name.v0.ext.",
}


def _link(path: str) -> str:
    return f'<a href="diff:{quote(path)}">{escape(path)}</a>'


class FileChangeCard(QFrame):
    """ "Edited 3 files": the paths (click one for its diff) and, for AI steps, Undo.

    Signals:
        diff_requested(str): the user clicked a changed path.
        undo_requested(bool): undo the step; True once the user chose to undo anyway
            although the files changed after it.
    """

    diff_requested = Signal(str)
    undo_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._changes = FileChanges()
        self._expanded = False
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.paths_label = QLabel(self)
        self.paths_label.setWordWrap(True)
        self.paths_label.setTextFormat(Qt.TextFormat.RichText)
        self.paths_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.paths_label.linkActivated.connect(self._on_paths_label_link_activated)
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setToolTip("Put every file this step changed back as it was before")
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(False))
        self.force_button = QPushButton("Undo Anyway", self)
        self.force_button.setToolTip(
            "Undo although the files changed since; the later changes stay in each file's history"
        )
        self.force_button.clicked.connect(lambda: self.undo_requested.emit(True))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("usageLabel")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #82071e;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.force_button)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.paths_label)
        layout.addWidget(self.error_label)
        self.force_button.hide()
        self.error_label.hide()

    def set_changes(self, changes: FileChanges, *, undoable: bool, undone: bool) -> None:
        self._changes = changes
        self.title.setText(changes_title(changes))
        self._render_paths()
        self.undo_button.setVisible(undoable)
        self.undo_button.setEnabled(True)
        self.state_label.setText("Undone" if undone else "")
        self.state_label.setVisible(undone)
        self.force_button.hide()
        self.error_label.hide()

    def set_busy(self, busy: bool) -> None:
        self.undo_button.setEnabled(not busy)
        self.force_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Why undo did not happen; offers to undo anyway."""
        self.error_label.setText(text)
        self.error_label.show()
        self.force_button.setVisible(self.undo_button.isVisible())
        self.set_busy(False)

    def _render_paths(self) -> None:
        lines = [_link(p) for p in self._changes.written]
        deleted = "<span style='color:#82071e'>(deleted)</span>"
        lines += [f"{escape(p)} {deleted}" for p in self._changes.deleted]
        lines += [f"{escape(old)} → {_link(new)}" for old, new in self._changes.renamed]
        hidden = 0 if self._expanded else max(0, len(lines) - SHOWN_PATHS)
        shown = lines[: len(lines) - hidden]
        if hidden:
            shown.append(f'<a href="more:">Show {hidden} more</a>')
        self.paths_label.setText("<br>".join(shown))

    def _on_paths_label_link_activated(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "diff":
            self.diff_requested.emit(unquote(value))
        elif kind == "more":
            self._expanded = True
            self._render_paths()


class _ConflictRow(QWidget):
    def __init__(self, card: ConflictCard, conflict: Conflict) -> None:
        super().__init__(card)
        self.conflict = conflict
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(lambda _link: card.diff_requested.emit(conflict.path))
        why = ""
        if conflict.theirs is None:
            why = " — v0 deleted it"
        elif conflict.mine is None:
            why = " — you deleted it"
        self.label.setText(f"{_link(conflict.path)}<span style='color:#57606a'>{why}</span>")
        self.buttons: dict[ConflictChoice, QPushButton] = {}
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for choice in ConflictChoice:
            if choice is ConflictChoice.KEEP_BOTH and conflict.theirs is None:
                continue  # nothing of v0's to keep beside yours
            button = QPushButton(CHOICE_LABELS[choice], self)
            button.setToolTip(CHOICE_TIPS[choice])
            button.clicked.connect(
                lambda _checked=False, c=choice: card.resolve_requested.emit(conflict.path, c.value)
            )
            self.buttons[choice] = button
            line.addWidget(button)
        line.addStretch(1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #82071e;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addLayout(line)
        layout.addWidget(self.error_label)

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.set_busy(False)


class ConflictCard(QFrame):
    """Files v0 changed that you also changed: a choice per file; resolved rows go away.

    Signals:
        resolve_requested(str, str): settle this path with this `ConflictChoice` value.
        diff_requested(str): show your text of this path against v0's.
    """

    resolve_requested = Signal(str, str)
    diff_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        hint = QLabel(
            "Nothing was overwritten: choose for each file. Click a name to compare.", self
        )
        hint.setWordWrap(True)
        hint.setObjectName("usageLabel")
        self._rows: dict[str, _ConflictRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.title)
        self._layout.addWidget(hint)
        self.hide()

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        wanted = {c.path: c for c in conflicts}
        for path in [p for p, row in self._rows.items() if wanted.get(p) != row.conflict]:
            self._drop(path)
        for conflict in conflicts:
            if conflict.path not in self._rows:
                row = _ConflictRow(self, conflict)
                self._rows[conflict.path] = row
                self._layout.addWidget(row)
        self._update()

    def conflict(self, path: str) -> Conflict | None:
        row = self._rows.get(path)
        return row.conflict if row else None

    def paths(self) -> list[str]:
        return list(self._rows)

    def button(self, path: str, choice: ConflictChoice) -> QPushButton:
        return self._rows[path].buttons[choice]

    def remove(self, path: str) -> None:
        self._drop(path)
        self._update()

    def set_busy(self, path: str, busy: bool) -> None:
        if path in self._rows:
            self._rows[path].set_busy(busy)

    def show_error(self, path: str, text: str) -> None:
        if path in self._rows:
            self._rows[path].show_error(text)

    def _drop(self, path: str) -> None:
        row = self._rows.pop(path)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update(self) -> None:
        count = len(self._rows)
        noun = "file" if count == 1 else "files"
        self.title.setText(f"v0 changed {count} {noun} you also edited")
        self.setVisible(count > 0)
