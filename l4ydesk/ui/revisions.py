"""The revision history of the open file: list, diff against the current text, restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.ui.editor.diff_view import DiffView

if TYPE_CHECKING:
    from l4ydesk.core.vfs import RevisionInfo

_SOURCE_LABELS = {"user": "you", "v0": "v0", "ai": "built-in AI", "import": "import"}


class RevisionPanel(QWidget):
    """Lists a file's revisions; selecting one shows its diff to the current revision.

    Signals:
        revision_selected(int): the user picked a revision id; the window loads its diff.
        restore_requested(str, int): restore this path to this revision number.
    """

    revision_selected = Signal(int)
    restore_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self._revisions: list[RevisionInfo] = []
        self._title = QLabel("Open a file to see its history.", self)
        self._title.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.currentRowChanged.connect(self._on_list_current_row_changed)
        self._diff = DiffView(self)
        self._restore = QPushButton("Restore This Revision", self)
        self._restore.setEnabled(False)
        self._restore.clicked.connect(self._on_restore_clicked)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._list)
        splitter.addWidget(self._diff)
        splitter.setSizes([160, 320])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._title)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    @property
    def path(self) -> str:
        return self._path

    def clear(self) -> None:
        self._path = ""
        self._revisions = []
        self._list.clear()
        self._title.setText("Open a file to see its history.")
        self._diff.set_texts("", "", "")
        self._restore.setEnabled(False)

    def set_history(self, path: str, revisions: list[RevisionInfo]) -> None:
        keep = self._current_number() if path == self._path else None
        self._path = path
        self._revisions = revisions
        self._title.setText(f"<b>{path}</b> — {len(revisions)} revision(s)")
        self._list.blockSignals(True)
        self._list.clear()
        for rev in revisions:
            when = rev.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            who = _SOURCE_LABELS.get(rev.source.value, rev.source.value)
            text = f"#{rev.number}  {when}  {rev.operation.value} by {who}"
            if rev.message:
                text += f" — {rev.message}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rev.revision_id)
            self._list.addItem(item)
        self._list.blockSignals(False)
        row = next((i for i, r in enumerate(revisions) if r.number == keep), 0 if revisions else -1)
        self._list.setCurrentRow(row)
        if row == 0:
            self._on_list_current_row_changed(0)

    def show_diff(self, revision_id: int, old: str | None, current: str | None) -> None:
        rev = next((r for r in self._revisions if r.revision_id == revision_id), None)
        if rev is None or rev.revision_id != self._current_revision_id():
            return  # the user already picked another one
        latest = self._revisions[0].number
        if old is None or current is None:
            self._diff.set_texts("", "", f"#{rev.number} is a binary file: no text diff.")
        else:
            self._diff.set_texts(old, current, f"revision #{rev.number} → current #{latest}")

    def _current_revision_id(self) -> int | None:
        item = self._list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _current_number(self) -> int | None:
        row = self._list.currentRow()
        return self._revisions[row].number if 0 <= row < len(self._revisions) else None

    def _on_list_current_row_changed(self, row: int) -> None:
        valid = 0 <= row < len(self._revisions)
        self._restore.setEnabled(valid and row > 0)
        if valid:
            self.revision_selected.emit(self._revisions[row].revision_id)

    def _on_restore_clicked(self) -> None:
        number = self._current_number()
        if number is not None:
            self.restore_requested.emit(self._path, number)
