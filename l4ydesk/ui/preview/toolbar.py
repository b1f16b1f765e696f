"""The preview toolbar: source, history, element picker, URL, device size, open in the browser."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from l4ydesk.ui.preview import toolbar_icons
from l4ydesk.ui.preview.sources import DEVICE_SIZES, DeviceSize, PreviewSource


class PreviewToolBar(QWidget):
    """Renders the panel's state and turns clicks into requests; it decides nothing itself.

    The history, reload and select actions are public so the panel can add them to itself, which
    makes their shortcuts work wherever the focus is inside the panel (including in the web view).

    Signals:
        source_selected(PreviewSource): the user picked an (available) source.
        device_selected(DeviceSize): the user picked a device size.
    """

    source_selected = Signal(object)
    device_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_action = QAction(toolbar_icons.back_icon(), "Back", self)
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_action = QAction(toolbar_icons.forward_icon(), "Forward", self)
        self.forward_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.reload_action = QAction(toolbar_icons.reload_icon(), "Reload", self)
        self.reload_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.open_action = QAction(toolbar_icons.open_external_icon(), "Open in Browser", self)
        # The shortcut browsers' developer tools use for their element picker.
        self.select_action = QAction("Select", self)
        self.select_action.setCheckable(True)
        self.select_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.select_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = self.select_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.select_action.setToolTip(
            f"Select an element in the page ({shortcut}); Esc stops selecting"
        )
        for action in (self.back_action, self.forward_action, self.reload_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcuts = " or ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            action.setToolTip(f"{action.text()} ({shortcuts})" if shortcuts else action.text())
        self.open_action.setToolTip("Open this page in your web browser")

        self.source_box = QComboBox(self)
        self.source_box.setToolTip("What to preview")
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for source in PreviewSource:
            self.source_box.addItem(source.label, source)
        self.source_box.activated.connect(self._on_source_box_activated)

        self.url_field = QLineEdit(self)
        self.url_field.setReadOnly(True)
        self.url_field.setPlaceholderText("No preview URL")
        self.url_field.setAccessibleName("Preview URL")
        # Click to select and copy; never the initial focus, which made it look editable.
        self.url_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.source_box)
        layout.addSpacing(6)
        for action in (self.back_action, self.forward_action, self.reload_action):
            layout.addWidget(self._tool_button(action))
        layout.addSpacing(4)
        self.select_button = self._tool_button(self.select_action)
        self.select_button.setAccessibleName("Select element")
        layout.addWidget(self.select_button)
        layout.addSpacing(4)
        layout.addWidget(self.url_field, 1)
        layout.addSpacing(6)
        self.device_group = QButtonGroup(self)
        self.device_group.setExclusive(True)
        self._device_buttons: dict[DeviceSize, QToolButton] = {}
        for device in DEVICE_SIZES:
            button = QToolButton(self)
            button.setText(device.name)
            button.setToolTip(device.description)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, d=device: self.device_selected.emit(d))
            self.device_group.addButton(button)
            self._device_buttons[device] = button
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addWidget(self._tool_button(self.open_action))

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setIconSize(QSize(16, 16))
        return button

    def device_button(self, device: DeviceSize) -> QToolButton:
        return self._device_buttons[device]

    # ----- rendering state -----------------------------------------------------------------

    def show_sources(
        self, available: Iterable[PreviewSource], current: PreviewSource | None
    ) -> None:
        """Enable exactly the sources that have a URL, and select `current`."""
        usable = set(available)
        model = self.source_box.model()
        assert isinstance(model, QStandardItemModel)  # QComboBox's default model
        for row, source in enumerate(PreviewSource):
            item = model.item(row)
            item.setEnabled(source in usable)
            item.setToolTip("" if source in usable else source.unavailable_hint)
        if current is not None:
            self.source_box.setCurrentIndex(list(PreviewSource).index(current))
        self.source_box.setEnabled(bool(usable))

    def show_url(self, url: QUrl) -> None:
        text = url.toDisplayString() if url.isValid() else ""
        self.url_field.setText(text)
        self.url_field.setCursorPosition(0)  # long URLs read from their start
        self.url_field.setToolTip(text)
        self.open_action.setEnabled(url.scheme() in ("http", "https"))

    def show_history(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.back_action.setEnabled(can_go_back)
        self.forward_action.setEnabled(can_go_forward)

    def show_select_mode(self, active: bool) -> None:
        self.select_action.setChecked(active)

    def show_device(self, device: DeviceSize) -> None:
        self._device_buttons[device].setChecked(True)

    def _on_source_box_activated(self, index: int) -> None:
        source = self.source_box.itemData(index)
        if isinstance(source, PreviewSource):
            self.source_selected.emit(source)
