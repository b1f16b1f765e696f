"""Small parts of the Connect panel: the centred message page and the run bar at the bottom."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MUTED: Final = "color: #7f8c8d;"
ERROR: Final = "color: #b3261e;"
SUCCESS: Final = "color: #1e8449;"


class MessagePage(QWidget):
    """A centred sentence with an optional hint: no app, nothing found, analyzing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)

    def show_text(self, title: str, hint: str = "") -> None:
        self.title.setText(f"<span style='font-size:14px'>{title}</span>")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))


class RunBar(QWidget):
    """Progress of the running work, the last run's result, and Undo Last Run / Connect…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: neither analysis nor a run reports steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumSize(80, 12)
        self.progress_label = QLabel(self)
        self.progress_label.setStyleSheet(MUTED)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo Last Run", self)
        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet(MUTED)
        self.connect_button = QPushButton("Connect…", self)
        self.connect_button.setDefault(True)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.counts_label)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.show_progress("")
        self.show_result("")

    def show_progress(self, text: str) -> None:
        self.progress.setVisible(bool(text))
        self.progress_label.setVisible(bool(text))
        self.progress_label.setText(text)

    def show_result(self, text: str, *, error: bool = False, success: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(ERROR if error else SUCCESS if success else "")
        self.result_label.setVisible(bool(text))
