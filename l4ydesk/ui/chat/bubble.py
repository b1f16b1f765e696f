"""One message of the conversation as a bubble: header, Markdown body, status, usage, actions.

A `MessageBubble` shows a stored message (and the file-change card of an answer); a
`StreamingBubble` shows an answer while it arrives, with the agent's tool activity.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from l4ydesk.core.chat import ChatMessageView, Provider
from l4ydesk.ui.chat.cards import FileChangeCard
from l4ydesk.ui.chat.markdown import stable_prefix_length
from l4ydesk.ui.chat.markdown_view import MarkdownView
from l4ydesk.ui.chat.styles import status_html
from l4ydesk.ui.chat.wording import (
    can_retry,
    header_text,
    status_line,
    streaming_header,
    streaming_status,
    usage_text,
)

# A streaming answer renders its finished part once, in pieces of at least this many
# characters, and re-renders only the rest: each repaint stays small however long it gets.
FREEZE_CHARS = 600


def _action_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("messageAction")
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class _Bubble(QFrame):
    def __init__(self, parent: QWidget | None, *, user: bool) -> None:
        super().__init__(parent)
        self.setObjectName("userBubble" if user else "answerBubble")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.header = QLabel(self)
        self.header.setObjectName("bubbleHeader")
        self.body = MarkdownView(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.hide()
        self.top = QHBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.setSpacing(2)
        self.top.addWidget(self.header, 1)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 6, 8, 8)
        self.box.setSpacing(4)
        self.box.addLayout(self.top)
        self.box.addWidget(self.body)
        self.box.addWidget(self.status_label)


class MessageBubble(_Bubble):
    """A stored message.

    Signals:
        retry_requested(): send this message's question again.
        diff_requested(str): show what this answer did to a path.
        undo_requested(bool): undo this answer's file changes (True: even if changed since).
    """

    retry_requested = Signal()
    diff_requested = Signal(str)
    undo_requested = Signal(bool)

    def __init__(self, view: ChatMessageView, parent: QWidget | None = None) -> None:
        super().__init__(parent, user=view.role == "user")
        self.view = view
        self.answered = False
        self.card: FileChangeCard | None = None
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("usageLabel")
        self.copy_button = _action_button("Copy", "Copy this message's text", self)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.retry_button = _action_button("Retry", "Send this message again", self)
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.top.addWidget(self.retry_button)
        self.top.addWidget(self.copy_button)
        self.box.addWidget(self.usage_label)
        self.show_view(view, answered=False, force=True)

    def show_view(self, view: ChatMessageView, *, answered: bool, force: bool = False) -> None:
        """Render `view`; cheap when nothing changed (history reloads after every turn)."""
        if not force and view == self.view and answered == self.answered:
            return
        old, self.view, self.answered = self.view, view, answered
        self.header.setText(header_text(view))
        if force or view.content != old.content:
            if view.role == "user":
                self.body.set_plain(view.content)
            else:
                self.body.set_markdown(view.content)
        self.body.setVisible(bool(view.content.strip()))
        line = status_line(view, answered=answered)
        if line is None:
            self.status_label.hide()
        else:
            self.status_label.setText(status_html(line.kind, line.label, line.detail))
            self.status_label.show()
        usage = usage_text(view.usage) if view.role != "user" else ""
        self.usage_label.setText(usage)
        self.usage_label.setVisible(bool(usage))
        self.retry_button.setVisible(can_retry(view, answered=answered))
        self.copy_button.setVisible(bool(view.content))
        self._show_changes(view)

    def _show_changes(self, view: ChatMessageView) -> None:
        if not view.changes:
            if self.card is not None:
                self.card.hide()
            return
        if self.card is None:
            self.card = FileChangeCard(self)
            self.card.diff_requested.connect(self.diff_requested.emit)
            self.card.undo_requested.connect(self.undo_requested.emit)
            self.box.insertWidget(self.box.indexOf(self.usage_label), self.card)
        # A step that recorded its changes and is no longer undoable has been undone.
        recorded = view.provider is Provider.AI or view.usage.get("undo_recorded") is True
        undone = recorded and not view.undoable
        self.card.set_changes(view.changes, undoable=view.undoable, undone=undone)
        self.card.show()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.view.content)
        self.copy_button.setText("Copied")
        QTimer.singleShot(1500, self, lambda: self.copy_button.setText("Copy"))


class StreamingBubble(_Bubble):
    """The answer still arriving: its text so far, the turn's stage, the agent's tool calls."""

    def __init__(self, provider: Provider, model: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, user=False)
        self.header.setText(streaming_header(provider, model))
        self.activity = QLabel(self)
        self.activity.setObjectName("activityLabel")
        self.activity.setWordWrap(True)
        self.activity.setTextFormat(Qt.TextFormat.RichText)
        self.activity.hide()
        self.stage = QLabel(self)
        self.stage.setObjectName("streamStatus")
        self.stage.setWordWrap(True)
        self.box.addWidget(self.activity)
        self.box.addWidget(self.stage)
        self.body.hide()
        self.frozen: list[MarkdownView] = []
        self._frozen_chars = 0
        self._text = ""
        self._status = ""
        self.set_status("")

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        if not text.startswith(self._text[: self._frozen_chars]):
            self._thaw()  # a new answer (send-drafts runs several in a row)
        self._text = text
        rest = text[self._frozen_chars :]
        done = stable_prefix_length(rest, FREEZE_CHARS)
        if done:
            piece = MarkdownView(self)
            piece.set_markdown(rest[:done], cached=False)
            self.box.insertWidget(self.box.indexOf(self.body), piece)
            self.frozen.append(piece)
            self._frozen_chars += done
            rest = rest[done:]
        self.body.set_markdown(rest, cached=False)
        self.body.setVisible(bool(rest.strip()))
        self.set_status(self._status)

    def _thaw(self) -> None:
        for piece in self.frozen:
            self.box.removeWidget(piece)
            piece.hide()
            piece.deleteLater()
        self.frozen.clear()
        self._frozen_chars = 0

    def set_status(self, status: str) -> None:
        self._status = status
        shown = streaming_status(status, bool(self._text))
        self.stage.setText(shown)
        self.stage.setVisible(bool(shown))

    def set_activity(self, lines: list[str]) -> None:
        self.activity.setText("<br>".join(escape(line) for line in lines[-12:]))
        self.activity.setVisible(bool(lines))
