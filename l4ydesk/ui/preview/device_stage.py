"""Frames the web view at a device size: fill the panel, or a fixed, centred, scrollable screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from l4ydesk.ui.preview.sources import DESKTOP, DeviceSize

# QWIDGETSIZE_MAX: the default maximum size, which undoes setFixedSize.
_NO_LIMIT = (1 << 24) - 1
_BEZEL = 10  # px of device frame around a fixed-size screen
_MARGIN = 24  # px of canvas around the device, so the frame reads as an object

_STYLE = f"""
#previewCanvas {{ background: palette(window); }}
#previewCanvas[framed="true"] {{ background: #e6e8eb; }}
#deviceFrame[framed="true"] {{
    background: #2b2f36; border: 1px solid #1b1e23; border-radius: {_BEZEL + 8}px;
}}
"""


class DeviceStage(QScrollArea):
    """Holds `view`; `set_device` switches between filling and a framed fixed size."""

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._view = view
        self._canvas = QWidget()
        self._canvas.setObjectName("previewCanvas")
        self._canvas.setStyleSheet(_STYLE)
        self._grid = QGridLayout(self._canvas)
        self._frame = QFrame(self._canvas)
        self._frame.setObjectName("deviceFrame")
        self._bezel = QVBoxLayout(self._frame)
        self._bezel.addWidget(view)
        self._grid.addWidget(self._frame, 0, 0)
        self.setWidget(self._canvas)
        self._device = DESKTOP
        self.set_device(DESKTOP)

    @property
    def device(self) -> DeviceSize:
        return self._device

    def set_device(self, device: DeviceSize) -> None:
        self._device = device
        framed = not device.fills
        for widget in (self._canvas, self._frame):
            widget.setProperty("framed", framed)
            # Dynamic properties only restyle after an explicit re-polish.
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if device.width is None or device.height is None:
            self._view.setMinimumSize(0, 0)
            self._view.setMaximumSize(_NO_LIMIT, _NO_LIMIT)
            self._bezel.setContentsMargins(0, 0, 0, 0)
            self._grid.setContentsMargins(0, 0, 0, 0)
            self._grid.setAlignment(self._frame, Qt.AlignmentFlag(0))
        else:
            self._view.setFixedSize(device.width, device.height)
            self._bezel.setContentsMargins(_BEZEL, _BEZEL, _BEZEL, _BEZEL)
            self._grid.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
            self._grid.setAlignment(self._frame, Qt.AlignmentFlag.AlignCenter)
