"""A turn the panel is running, and the pacing of streamed text onto the screen.

Events arrive on the event loop one token at a time; painting each one would stall the window
on a long answer. The turn only collects them, and `StreamPacer` repaints at most every 30 ms,
waiting longer when a repaint itself was slow, so the GUI thread always gets time back.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer

from l4ydesk.core.chat import Provider
from l4ydesk.ui.chat.wording import tool_line

MIN_INTERVAL_MS = 30
MAX_INTERVAL_MS = 250
SLOW_FACTOR = 3  # after a repaint of t ms, wait at least 3·t: at most a quarter of the time


@dataclass
class RunningTurn:
    """What a running send (or send-drafts) has shown so far, kept per app, so switching apps
    and back shows the answer still arriving."""

    app_id: int
    provider: Provider
    model: str
    task: asyncio.Task[Any] | None = None
    queue: list[tuple[Provider, str]] = field(default_factory=list)  # drafts still to answer
    pieces: list[str] = field(default_factory=list)
    stage: str = ""
    tools: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    answer_open: bool = False  # an answer is arriving (from the first event to TurnFinished)
    stored_seen: bool = False  # the turn's question is in the store: the history can show it
    stopped: bool = False

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def activity(self) -> list[str]:
        return [tool_line(tool, path, state) for tool, path, state in self.tools.values()]

    def next_answer(self) -> None:
        """Forget the finished answer (send-drafts runs several turns in a row)."""
        self.pieces.clear()
        self.tools.clear()
        self.stage = ""
        self.answer_open = False
        self.stored_seen = False


class StreamPacer(QObject):
    """Calls `flush` some time after `poke`, never more often than every 30 ms."""

    def __init__(self, flush: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flush = flush
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._interval = MIN_INTERVAL_MS
        self.slowest_ms = 0.0

    def poke(self) -> None:
        if not self._timer.isActive():
            self._timer.start(self._interval)

    def flush_now(self) -> None:
        self._timer.stop()
        self._run()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self._run()

    def _run(self) -> None:
        started = time.perf_counter()
        self._flush()
        spent = (time.perf_counter() - started) * 1000
        self.slowest_ms = max(self.slowest_ms, spent)
        self._interval = int(min(MAX_INTERVAL_MS, max(MIN_INTERVAL_MS, spent * SLOW_FACTOR)))
