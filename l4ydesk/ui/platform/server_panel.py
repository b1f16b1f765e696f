"""The platform server in the window: a status-bar item with its URL, and its request log.

The server runs on a thread of its own (`server/run.py`), so the GUI thread only polls the log,
a list copy, twice a second while the log is visible.

Signals:
    toggle_requested(): start the server when stopped, stop it when running.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from l4ydesk.server.middleware import RequestLog


WRITES = ("POST", "PATCH", "DELETE")


class ServerStatusButton(QPushButton):
    """ "API: off" or "API: http://127.0.0.1:8787"; a click starts or stops the server."""

    toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setToolTip("The platform API that published apps and the local preview call")
        self.clicked.connect(self.toggle_requested)
        self.set_url(None)

    def set_url(self, url: str | None) -> None:
        self.setText(f"API: {url}" if url else "API: off")


class RequestLogPanel(QWidget):
    """The server's recent requests: time, method, path, status, duration, key prefix.

    Signals:
        writes_seen(): a request that changed records succeeded (views should refresh).
    """

    writes_seen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(2000)
        self.view.setPlaceholderText("Start the platform API (App menu) to see its requests.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._log: RequestLog | None = None
        self._shown = 0
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.poll)

    def follow(self, log: RequestLog | None) -> None:
        self._log, self._shown = log, 0
        if log is None:
            self._timer.stop()
        else:
            self.view.clear()
            self._timer.start()

    def poll(self) -> None:
        if self._log is None:
            return
        total = self._log.total
        entries = self._log.entries()
        new = min(total - self._shown, len(entries))
        fresh = entries[-new:] if new > 0 else []
        for entry in fresh:
            at = datetime.fromtimestamp(entry.at).strftime("%H:%M:%S")
            self.view.appendPlainText(
                f"{at}  {entry.method:<6} {entry.path}  {entry.status}  "
                f"{entry.millis:.1f} ms  {entry.key_prefix}"
            )
        self._shown = total
        if any(e.method in WRITES and 200 <= e.status < 300 for e in fresh):
            self.writes_seen.emit()
