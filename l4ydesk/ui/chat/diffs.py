"""What one chat answer did to one file, as a diff between two of the file's revisions.

An answer's revision is found in the file's history: for a built-in AI step, the revision with
the content hash the step recorded; for v0, the revision written for that version; failing
both, the newest one. The previous revision (or nothing, for a new file) is the other side.
`change_diff` reads the store, so the panel runs it in the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from l4ydesk.core.vfs import RevisionInfo, VirtualFileSystem, looks_binary
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.editor.diff_view import DiffView


@dataclass(frozen=True)
class DiffTexts:
    path: str
    old: str
    new: str
    title: str


def step_hash(changes: tuple[dict[str, Any], ...], path: str) -> str | None:
    """The content hash an AI step's change records left at `path` (its last write)."""
    found: str | None = None
    for change in changes:
        if change.get("op") in ("create", "write") and change.get("path") == path:
            found = change.get("after")
    return found


def pick_revisions(
    revisions: list[RevisionInfo], *, after_hash: str | None, v0_version: str | None
) -> tuple[RevisionInfo, RevisionInfo | None] | None:
    """(this answer's revision, the one before it) from a history, newest first."""
    if not revisions:
        return None
    index = 0
    if after_hash is not None:
        index = next(
            (
                i
                for i, r in enumerate(revisions)
                if r.content_hash == after_hash and r.source is RevisionSource.AI
            ),
            0,
        )
    elif v0_version is not None:
        message = f"v0 version {v0_version}"
        index = next((i for i, r in enumerate(revisions) if r.message == message), 0)
    previous = revisions[index + 1] if index + 1 < len(revisions) else None
    return revisions[index], previous


def change_diff(
    vfs: VirtualFileSystem,
    app_id: int,
    path: str,
    *,
    after_hash: str | None = None,
    v0_version: str | None = None,
) -> DiffTexts:
    """The diff of `path` between the answer's revision and the one before (blocking)."""
    picked = pick_revisions(vfs.history(app_id, path), after_hash=after_hash, v0_version=v0_version)
    if picked is None:
        return DiffTexts(path, "", "", f"{path}: no revisions")
    rev, previous = picked
    new = vfs.read_revision(rev.revision_id)
    old = vfs.read_revision(previous.revision_id) if previous is not None else b""
    if looks_binary(new) or looks_binary(old):
        return DiffTexts(path, "", "", f"{path} is a binary file: no text diff.")
    before = f"#{previous.number}" if previous is not None else "new file"
    return DiffTexts(path, old.decode(), new.decode(), f"{path}: {before} → #{rev.number}")


class DiffDialog(QDialog):
    """A window with one diff; stays open beside the chat (shown with `show()`, never exec()).

    Signals:
        open_file_requested(str): open the shown path in the editor.
    """

    open_file_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Changes")
        self.resize(760, 520)
        self._path = ""
        self.view = DiffView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton("Open File", self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_texts(self, texts: DiffTexts, *, openable: bool = True) -> None:
        self._path = texts.path
        self.setWindowTitle(f"Changes — {texts.path}")
        self.view.set_texts(texts.old, texts.new, texts.title)
        self.open_button.setVisible(openable)
        if self.isVisible():
            self.raise_()  # already open behind the window: bring it forward
        else:
            self.show()

    def _on_open_button_clicked(self) -> None:
        self.open_file_requested.emit(self._path)
