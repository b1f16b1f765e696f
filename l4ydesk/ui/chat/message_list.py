"""The conversation: message bubbles in order, the answer still arriving, and v0 conflicts.

Bubbles are kept per message id and only re-rendered when their message changed, so reloading
the history after every turn costs the changed messages, not the whole chat. New bubbles are
made a few at a time, newest first, yielding to the event loop in between, and only the most
recent messages are shown until the user asks for earlier ones: opening a long chat never
freezes the window. The list stays scrolled to the bottom while new text arrives, unless the
user scrolled up to read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from l4ydesk.core.chat import ChatMessageView, Provider
from l4ydesk.ui.chat.bubble import MessageBubble, StreamingBubble
from l4ydesk.ui.chat.cards import ConflictCard
from l4ydesk.ui.chat.task_card import V0TaskCard
from l4ydesk.ui.chat.wording import EMPTY_CHAT

SHOWN_MESSAGES = 60  # shown at first, and added per "Show earlier messages"
BATCH = 4  # bubbles made per event-loop turn (3-6 ms each, with their first layout and paint)
_STICKY_PIXELS = 24  # this close to the bottom counts as "at the bottom"
_FIRST = 2  # layout index of the first bubble: after the "earlier" button and the empty label


class MessageList(QScrollArea):
    """Shows the chat of one app.

    Signals:
        retry_requested(object): send the question of this `ChatMessageView` again.
        diff_requested(object, str): show what this answer's view did to this path.
        undo_requested(object, bool): undo the AI step of this answer's view (True: anyway).
        earlier_requested(): the user wants to see earlier messages (call `show_messages`).
    """

    retry_requested = Signal(object)
    diff_requested = Signal(object, str)
    undo_requested = Signal(object, bool)
    earlier_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatMessages")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Always there, so the width never changes when the chat grows past one screen: a
        # width change lays every message out again (~2 ms each).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body = QWidget(self)
        body.setObjectName("chatMessagesBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(10)
        self.earlier_button = QPushButton(body)
        self.earlier_button.clicked.connect(self._on_earlier_button_clicked)
        self.earlier_button.hide()
        self.empty_label = QLabel(EMPTY_CHAT, body)
        self.empty_label.setObjectName("emptyChat")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conflict_card = ConflictCard(body)
        self.task_card = V0TaskCard(body)
        self._layout.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addWidget(self.empty_label)
        self._layout.addWidget(self.conflict_card)
        self._layout.addWidget(self.task_card)
        self._layout.addStretch(1)
        self.setWidget(body)
        # PySide builds some Python types on the first viewport() call of a process (~20-70
        # ms); pay that here, while the window is built, not under the first streamed answer.
        self.viewport()
        self._bubbles: dict[int, MessageBubble] = {}
        self._order: list[int] = []  # message ids of the bubbles in the layout, in order
        self._limit = SHOWN_MESSAGES
        self.streaming: StreamingBubble | None = None
        self._stick = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_bar_range_changed)
        bar.valueChanged.connect(self._on_bar_value_changed)

    # ----- messages ------------------------------------------------------------------------

    async def show_messages(
        self, views: list[ChatMessageView], still_wanted: Callable[[], bool] = lambda: True
    ) -> bool:
        """Show the most recent of `views`, in order, reusing the bubbles of unchanged messages.

        Yields to the event loop between batches of new bubbles; stops (returning False) as
        soon as `still_wanted()` is false, leaving what is shown in order.
        """
        answered = {v.turn_id for v in views if v.role == "assistant" and v.turn_id is not None}
        shown = views[-self._limit :]
        wanted = [v.message_id for v in shown]
        hidden = len(views) - len(shown)
        self.earlier_button.setText(f"Show earlier messages ({hidden})")
        self.earlier_button.setVisible(hidden > 0)
        keep = set(wanted)
        self._drop([m for m in self._order if m not in keep])
        for view in shown:
            bubble = self._bubbles.get(view.message_id)
            if bubble is not None:
                bubble.show_view(view, answered=view.turn_id in answered)
        self._order_existing(wanted)
        made = 0
        for index in reversed(range(len(shown))):  # newest first: the bottom fills first
            view = shown[index]
            if view.message_id in self._bubbles:
                continue
            bubble = self._new_bubble(view)
            bubble.show_view(view, answered=view.turn_id in answered)
            placed = set(self._order)
            before = sum(1 for m in wanted[:index] if m in placed)
            self._layout.insertWidget(_FIRST + before, bubble)
            self._order = [m for m in wanted if m in placed or m == view.message_id]
            made += 1
            if made % BATCH == 0:
                await asyncio.sleep(0)
                if not still_wanted():
                    return False
        self.empty_label.setVisible(not views and self.streaming is None)
        return True

    def clear(self) -> None:
        self._drop(list(self._order))
        self.stop_streaming()
        self.conflict_card.set_conflicts([])
        self.task_card.clear()
        self.earlier_button.hide()
        self._limit = SHOWN_MESSAGES
        self._stick = True

    def bubble(self, message_id: int) -> MessageBubble | None:
        return self._bubbles.get(message_id)

    def bubbles(self) -> list[MessageBubble]:
        """The message bubbles in the order shown."""
        return [self._bubbles[m] for m in self._order]

    def add_card(self, card: QWidget) -> None:
        """Show another feature's card (a publish heal attempt) below the conversation."""
        self._layout.insertWidget(self._layout.count() - 1, card)  # above the stretch
        self.empty_label.hide()

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setVisible(not self._order and self.streaming is None)

    def _new_bubble(self, view: ChatMessageView) -> MessageBubble:
        bubble = MessageBubble(view, self.widget())
        bubble.retry_requested.connect(lambda: self.retry_requested.emit(bubble.view))
        bubble.diff_requested.connect(lambda path: self.diff_requested.emit(bubble.view, path))
        bubble.undo_requested.connect(lambda force: self.undo_requested.emit(bubble.view, force))
        self._bubbles[view.message_id] = bubble
        return bubble

    def _drop(self, message_ids: list[int]) -> None:
        for message_id in message_ids:
            bubble = self._bubbles.pop(message_id)
            self._layout.removeWidget(bubble)
            bubble.hide()
            bubble.deleteLater()
        gone = set(message_ids)
        self._order = [m for m in self._order if m not in gone]

    def _order_existing(self, wanted: list[int]) -> None:
        """Put the bubbles already shown in the wanted order (a sent draft's answer lands right
        after its question, above later drafts). Moving widgets costs no rendering."""
        desired = [m for m in wanted if m in self._bubbles]
        if desired == self._order:
            return
        for message_id in self._order:
            self._layout.removeWidget(self._bubbles[message_id])
        for index, message_id in enumerate(desired):
            self._layout.insertWidget(_FIRST + index, self._bubbles[message_id])
        self._order = desired

    def _on_earlier_button_clicked(self) -> None:
        self._limit += SHOWN_MESSAGES
        self._stick = False  # stay where the user is reading
        self.earlier_requested.emit()

    # ----- the answer still arriving -------------------------------------------------------

    def start_streaming(self, provider: Provider, model: str) -> StreamingBubble:
        if self.streaming is None:
            self.streaming = StreamingBubble(provider, model, self.widget())
            self._layout.insertWidget(_FIRST + len(self._order), self.streaming)
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
