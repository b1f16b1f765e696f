"""The conversation: message bubbles in order, the answer still arriving, and v0 conflicts.

Bubbles are kept per message id and only re-rendered when their message changed, so reloading
the history after every turn costs the changed messages, not the whole chat. The list stays
scrolled to the bottom while new text arrives, unless the user scrolled up to read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from l4ydesk.core.chat import ChatMessageView, Provider
from l4ydesk.ui.chat.bubble import MessageBubble, StreamingBubble
from l4ydesk.ui.chat.cards import ConflictCard
from l4ydesk.ui.chat.wording import EMPTY_CHAT

_STICKY_PIXELS = 24  # this close to the bottom counts as "at the bottom"


class MessageList(QScrollArea):
    """Shows the chat of one app.

    Signals:
        retry_requested(object): send the question of this `ChatMessageView` again.
        diff_requested(object, str): show what this answer's view did to this path.
        undo_requested(object, bool): undo the AI step of this answer's view (True: anyway).
    """

    retry_requested = Signal(object)
    diff_requested = Signal(object, str)
    undo_requested = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatMessages")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget(self)
        body.setObjectName("chatMessagesBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(10)
        self.empty_label = QLabel(EMPTY_CHAT, body)
        self.empty_label.setObjectName("emptyChat")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conflict_card = ConflictCard(body)
        self._layout.addWidget(self.empty_label)
        self._layout.addWidget(self.conflict_card)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._bubbles: dict[int, MessageBubble] = {}
        self._order: list[int] = []
        self.streaming: StreamingBubble | None = None
        self._stick = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_bar_range_changed)
        bar.valueChanged.connect(self._on_bar_value_changed)

    # ----- messages ------------------------------------------------------------------------

    def set_messages(self, views: list[ChatMessageView]) -> None:
        """Show exactly `views`, in order, reusing the bubbles of unchanged messages."""
        answered = {v.turn_id for v in views if v.role == "assistant" and v.turn_id is not None}
        wanted = [v.message_id for v in views]
        wanted_set = set(wanted)
        for message_id in [m for m in self._order if m not in wanted_set]:
            bubble = self._bubbles.pop(message_id)
            self._layout.removeWidget(bubble)
            bubble.hide()
            bubble.deleteLater()
        for view in views:
            is_answered = view.turn_id in answered
            existing = self._bubbles.get(view.message_id)
            bubble = existing if existing is not None else self._new_bubble(view)
            bubble.show_view(view, answered=is_answered)
        self._place(wanted)
        self.empty_label.setVisible(not views and self.streaming is None)

    def clear(self) -> None:
        self.set_messages([])
        self.stop_streaming()
        self.conflict_card.set_conflicts([])
        self._stick = True

    def bubble(self, message_id: int) -> MessageBubble | None:
        return self._bubbles.get(message_id)

    def bubbles(self) -> list[MessageBubble]:
        """The message bubbles in the order shown."""
        return [self._bubbles[m] for m in self._order]

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def _new_bubble(self, view: ChatMessageView) -> MessageBubble:
        bubble = MessageBubble(view, self.widget())
        bubble.retry_requested.connect(lambda: self.retry_requested.emit(bubble.view))
        bubble.diff_requested.connect(lambda path: self.diff_requested.emit(bubble.view, path))
        bubble.undo_requested.connect(lambda force: self.undo_requested.emit(bubble.view, force))
        self._bubbles[view.message_id] = bubble
        return bubble

    def _place(self, wanted: list[int]) -> None:
        first = 1  # after the empty-chat label
        kept = [m for m in self._order if m in self._bubbles]
        if wanted[: len(kept)] != kept:
            # Out of order (a sent draft's answer lands after its question): lay out again.
            for message_id in kept:
                self._layout.removeWidget(self._bubbles[message_id])
            kept = []
        for index in range(len(kept), len(wanted)):
            self._layout.insertWidget(first + index, self._bubbles[wanted[index]])
        self._order = list(wanted)

    # ----- the answer still arriving -------------------------------------------------------

    def start_streaming(self, provider: Provider, model: str) -> StreamingBubble:
        if self.streaming is None:
            self.streaming = StreamingBubble(provider, model, self.widget())
            self._layout.insertWidget(1 + len(self._order), self.streaming)
            self.empty_label.hide()
        return self.streaming

    def stop_streaming(self) -> None:
        if self.streaming is not None:
            self._layout.removeWidget(self.streaming)
            self.streaming.hide()
            self.streaming.deleteLater()
            self.streaming = None
        self.empty_label.setVisible(not self._order)

    # ----- scrolling -----------------------------------------------------------------------

    def scroll_to_bottom(self) -> None:
        self._stick = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_bar_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(maximum)

    def _on_bar_value_changed(self, value: int) -> None:
        self._stick = value >= self.verticalScrollBar().maximum() - _STICKY_PIXELS
