"""The publish console's two ways on after "the branch on GitHub changed" (never a force-push).

"Publish on top of their changes" resumes the run as a new commit after the other commits;
"Publish to a new branch…" asks the branch's name (a non-modal dialog, prefilled with
`main-l4ydesk-YYYYMMDD-HHMM`) and resumes the run onto that branch.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from l4ydesk.core.publish.git_commit import new_branch_name


class BranchChoiceBar(QWidget):
    """Signals: onto_head_requested(); to_branch_requested(str) with the name typed."""

    onto_head_requested = Signal()
    to_branch_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishBranchChoice")
        self.branch = "main"
        self.name_dialog: QInputDialog | None = None
        self.onto_head_button = QPushButton("Publish on top of their changes", self)
        self.onto_head_button.setToolTip(
            "Your files become a new commit after theirs; their commits stay in the history"
        )
        self.onto_head_button.clicked.connect(self._on_onto_head)
        self.new_branch_button = QPushButton("Publish to a new branch…", self)
        self.new_branch_button.setToolTip(
            "The branch on GitHub is left as it is; merge the new branch there yourself"
        )
        self.new_branch_button.clicked.connect(self.ask_branch_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.onto_head_button)
        layout.addWidget(self.new_branch_button)
        self.hide()

    def offer(self, branch: str) -> None:
        self.branch = branch or "main"
        self.show()

    def ask_branch_name(self) -> None:
        dialog = QInputDialog(self.window())
        dialog.setWindowTitle("Publish to a New Branch")
        dialog.setLabelText(
            f"Name of the new branch (the branch {self.branch} is left as it is on GitHub):"
        )
        dialog.setTextValue(new_branch_name(self.branch, datetime.now()))
        dialog.textValueSelected.connect(self._on_name)
        self.name_dialog = dialog
        dialog.open()  # not exec(): the window's loop keeps running

    def _on_onto_head(self) -> None:
        self.hide()
        self.onto_head_requested.emit()

    def _on_name(self, name: str) -> None:
        if name.strip():
            self.hide()
            self.to_branch_requested.emit(name.strip())
