"""A self-heal attempt in the builder chat: the build error, what fixed it, its cost, its diff
(folded until asked for) and Undo, which puts the files it changed back as they were."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.publish.events import HealAttempt
from l4ydesk.ui.publish.review_page import DiffHighlighter, monospace_font

SOURCE_LABELS = {"rules": "a compatibility rule", "ai": "the built-in AI", "v0": "v0"}
CARD_STYLE = """
QFrame#healCard { background: #fbf8ef; border: 1px solid #e8d9a8; border-radius: 8px; }
QLabel#healError { color: #82071e; }
"""


class HealCard(QFrame):
    """One attempt.

    Signals:
        undo_requested(bool): undo it; True once the user chose to undo anyway although the
            files changed after it.
    """

    undo_requested = Signal(bool)

    def __init__(self, attempt: HealAttempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setObjectName("healCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(CARD_STYLE)
        credits = (
            "free"
            if attempt.credits == 0
            else (f"{attempt.credits} credit{'s' if attempt.credits != 1 else ''}")
        )
        who = SOURCE_LABELS.get(attempt.source, attempt.source)
        self.title = QLabel(
            f"<b>Self-heal attempt {attempt.number}</b> by {escape(who)} · {credits}", self
        )
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel(attempt.error, self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("healError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(attempt.summary, self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(f"Diff ({attempt.diff.count(chr(10))} lines)")
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setFont(monospace_font())
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff.setPlainText(attempt.diff)
        self.diff.setFixedHeight(180)
        self._highlighter = DiffHighlighter(self.diff.document())
        self.diff.hide()
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setToolTip("Put the files this attempt changed back as they were")
        self.undo_button.setEnabled(bool(attempt.revision_ids))
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(False))
        self.force_button = QPushButton("Undo Anyway", self)
        self.force_button.clicked.connect(lambda: self.undo_requested.emit(True))
        self.force_button.hide()
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.force_button)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.toggle)
        layout.addWidget(self.diff)
        layout.addWidget(self.state)

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.diff.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_busy(self) -> None:
        self.undo_button.setEnabled(False)
        self.force_button.setEnabled(False)

    def show_undone(self, paths: tuple[str, ...]) -> None:
        self.undo_button.setEnabled(False)
        self.undo_button.setText("Undone")
        self.force_button.hide()
        self.state.setText("Put back: " + ", ".join(paths))
        self.state.setStyleSheet("color: #1a7f37;")
        self.state.show()

    def show_error(self, sentence: str) -> None:
        self.undo_button.setEnabled(True)
        self.force_button.setEnabled(True)
        self.force_button.show()
        self.state.setText(sentence)
        self.state.setStyleSheet("color: #82071e;")
        self.state.show()
