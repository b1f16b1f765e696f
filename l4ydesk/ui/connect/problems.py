"""The Connect panel's quiet list of files the analyzer skipped or could only partly read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from l4ydesk.core.analyzer import FileProblem
from l4ydesk.core.analyzer.screening import is_binary_asset
from l4ydesk.ui.connect.wording import problems_text


class ProblemsView(QWidget):
    """A one-line "⚠ 2 files could not be fully read" toggle that unfolds the list.

    Hidden while there are no problems: binary, minified or broken files are worth knowing
    about, not worth the panel's space.

    Signals:
        open_location_requested(str, int): show this file at this 1-based line.
    """

    open_location_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("color: #7f8c8d;")
        self.button.toggled.connect(self._on_button_toggled)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.list.setVisible(False)
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list)
        self.set_problems(())

    def set_problems(self, problems: Sequence[FileProblem]) -> None:
        self.list.clear()
        for problem in problems:
            where = f"{problem.path}:{problem.line}" if problem.line else problem.path
            entry = QListWidgetItem(f"{where} — {problem.message}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, (problem.path, problem.line or 1))
            entry.setToolTip(problem.message)
        assets = sum(1 for problem in problems if is_binary_asset(problem))
        self.button.setText(problems_text(len(problems) - assets, assets))
        self.setVisible(bool(problems))
        self.list.setVisible(bool(problems) and self.button.isChecked())

    def _on_button_toggled(self, checked: bool) -> None:
        self.list.setVisible(checked)

    def _on_list_item_activated(self, entry: QListWidgetItem) -> None:
        path, line = entry.data(Qt.ItemDataRole.UserRole)
        self.open_location_requested.emit(str(path), int(line))
