"""Where a message is written: the input box, provider and model pickers, Send/Stop, drafts,
and the banner shown when the chosen provider has no key.

Enter and Ctrl+Enter send, Shift+Enter starts a new line. The composer only reports what the
user asked for; the panel decides whether that means sending or keeping a draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.chat import Provider
from l4ydesk.ui.chat.wording import drafts_button_text, provider_label

PLACEHOLDER = "Describe what to build or change… (Enter sends, Shift+Enter adds a line)"


class MessageInput(QPlainTextEdit):
    """A multi-line box where Enter (or Ctrl+Enter) submits and Shift+Enter adds a line.

    Signals:
        submitted(): the user asked to send what is in the box.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(PLACEHOLDER)
        self.setTabChangesFocus(True)
        self.setAccessibleName("Message")
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * 4 + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if not modifiers & ~(
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
            ):
                self.submitted.emit()
                return
        super().keyPressEvent(event)


class KeyBanner(QFrame):
    """ "Add your v0 key in Settings → Keys…" with a button that opens the keys dialog.

    Signals:
        keys_requested(): the user wants to open Settings → Keys.
    """

    keys_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton("Open Keys…", self)
        self.button.clicked.connect(self.keys_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def set_text(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setVisible(bool(text))


class Composer(QWidget):
    """The bottom of the chat panel.

    Signals:
        submitted(): send (or keep as a draft) what is in the input box.
        stop_requested(): stop the running turn.
        send_drafts_requested(): send the app's drafts, oldest first.
        provider_changed(object): the user picked another `Provider`.
        keys_requested(): the user wants to open Settings → Keys.
    """

    submitted = Signal()
    stop_requested = Signal()
    send_drafts_requested = Signal()
    provider_changed = Signal(object)
    keys_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._busy = False
        self.banner = KeyBanner(self)
        self.banner.keys_requested.connect(self.keys_requested.emit)
        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.drafts_button = QPushButton(self)
        self.drafts_button.setToolTip("Send the messages kept as drafts, oldest first")
        self.drafts_button.clicked.connect(self.send_drafts_requested.emit)
        self.drafts_button.hide()
        self.input = MessageInput(self)
        self.input.submitted.connect(self.submitted.emit)
        self.provider_box = QComboBox(self)
        self.provider_box.setToolTip("Who answers: v0 builds versions, the built-in AI edits files")
        for provider in (Provider.V0, Provider.AI):
            self.provider_box.addItem(provider_label(provider), provider)
        self.provider_box.currentIndexChanged.connect(self._on_provider_box_changed)
        self.model_box = QComboBox(self)
        self.model_box.setEditable(True)
        self.model_box.setToolTip("The OpenRouter model the built-in AI uses")
        self.model_box.setAccessibleName("Model")
        self.model_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_box.setMinimumContentsLength(14)
        self.model_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.send_button = QPushButton("Send", self)
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self._on_send_button_clicked)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.notice, 1)
        top.addStretch(0)  # keeps the button right while the notice is hidden
        top.addWidget(self.drafts_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.provider_box)
        bottom.addWidget(self.model_box, 1)
        bottom.addStretch(0)  # keeps Send right while the model box is hidden (v0)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.input)
        layout.addLayout(bottom)
        self._on_provider_box_changed(self.provider_box.currentIndex())

    # ----- state ---------------------------------------------------------------------------

    def provider(self) -> Provider:
        return Provider(self.provider_box.currentData())

    def set_provider(self, provider: Provider) -> None:
        self.provider_box.setCurrentIndex(self.provider_box.findData(provider))

    def model(self) -> str:
        return self.model_box.currentText().strip()

    def set_models(self, models: list[str], current: str) -> None:
        """Offer `models` (most recent first) with `current` chosen."""
        self.model_box.clear()
        for model in dict.fromkeys([current, *models]):
            if model:
                self.model_box.addItem(model)
        self.model_box.setCurrentText(current)

    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def set_busy(self, busy: bool) -> None:
        """While a turn runs, Send becomes Stop; the box stays editable for the next message."""
        self._busy = busy
        self.send_button.setText("Stop" if busy else "Send")
        self.send_button.setToolTip(
            "Stop the answer; what arrived so far is kept" if busy else "Send (Enter)"
        )
        self.drafts_button.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_drafts(self, count: int) -> None:
        self.drafts_button.setText(drafts_button_text(count))
        self.drafts_button.setVisible(count > 0)

    def set_banner(self, text: str | None) -> None:
        self.banner.set_text(text)

    def set_notice(self, text: str) -> None:
        """A sentence about the last thing that went wrong here (cleared on the next send)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ----- slots ---------------------------------------------------------------------------

    def _on_send_button_clicked(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self.submitted.emit()

    def _on_provider_box_changed(self, _index: int) -> None:
        self.model_box.setVisible(self.provider() is Provider.AI)
        self.provider_changed.emit(self.provider())
