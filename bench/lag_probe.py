"""Measures the GUI thread's worst stall: a 5 ms timer records the longest gap between ticks."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class LagProbe(QObject):
    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0

    def start(self) -> None:
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000)
        self._last = now
