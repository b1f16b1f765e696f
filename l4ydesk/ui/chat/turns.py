"""A turn the panel is running: what its events mean for the screen, and the pacing of
streamed text onto it.

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

from l4ydesk.core.chat import (
    AnswerDelta,
    ChatEvent,
    FileChanges,
    FilesChanged,
    Provider,
    StatusChanged,
    ToolCallFinished,
    ToolCallStarted,
    TurnFinished,
    V0VersionReady,
)
from l4ydesk.ui.chat.wording import tool_line

MIN_INTERVAL_MS = 30
MAX_INTERVAL_MS = 250
SLOW_FACTOR = 3  # after a repaint of t ms, wait at least 3·t: at most a quarter of the time
SENDING_STAGES = ("sending", "uploading")  # before the service has taken the question
ANSWERING = "Answering…"


def changed_paths(changes: FileChanges) -> list[str]:
    """Every path a change touched (both names of a rename), each once."""
    paths = [*changes.written, *changes.deleted]
    for old, new in changes.renamed:
        paths += [old, new]
    return list(dict.fromkeys(paths))


@dataclass(frozen=True)
class Effects:
    """What one event asks of the panel."""

    text: bool = False  # more answer text: repaint it soon
    state: bool = False  # the stage or the tool activity changed: repaint them now
    reload: bool = False  # the stored chat changed: read it again
    finished: bool = False  # one answer is complete (send-drafts runs several)
    files: tuple[str, ...] = ()  # paths written, deleted or renamed
    demo_url: str = ""


_MORE_TEXT = Effects(text=True)  # the hot path allocates nothing


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
    stage_key: str = ""  # StatusChanged.stage: "sending", "generating", ...
    tools: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    answer_open: bool = False  # an answer is arriving (from the first event to TurnFinished)
    stored_seen: bool = False  # the turn's question is in the store: the history can show it
    answering: bool = False  # the service took the question and is answering it
    stopped: bool = False  # the user pressed Stop

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def activity(self) -> list[str]:
        return [tool_line(tool, path, state) for tool, path, state in self.tools.values()]

    def take(self, event: ChatEvent) -> Effects:
        """Record `event` and say what the screen needs."""
        if type(event) is AnswerDelta and self.answering:
            self.pieces.append(event.text)  # once per token: keep this path short
            return _MORE_TEXT
        if isinstance(event, TurnFinished):
            self.next_answer()
            return Effects(reload=True, finished=True)
        reload = False
        if not self.stored_seen:
            # The question is stored by now: show it (as "sending") from the store.
            self.stored_seen = True
            reload = True
            if self.queue:
                self.provider, self.model = self.queue.pop(0)
        self.answer_open = True
        if isinstance(event, AnswerDelta | ToolCallStarted) and not self.answering:
            # The service took the question: its "Sending…" goes, and so does ours.
            self.answering = True
            reload = True
            if self.stage_key in SENDING_STAGES:
                self.stage, self.stage_key = ANSWERING, "answering"
        if isinstance(event, AnswerDelta):
            self.pieces.append(event.text)
            return Effects(text=True, state=True, reload=reload)
        if isinstance(event, StatusChanged):
            self.stage, self.stage_key = event.text, event.stage
            if event.stage not in SENDING_STAGES and not self.answering:
                self.answering = True  # v0 has the message and is generating
                reload = True
        elif isinstance(event, ToolCallStarted):
            self.tools[event.call_id] = (event.tool, event.path, "running")
        elif isinstance(event, ToolCallFinished):
            self.tools[event.call_id] = (event.tool, event.path, "ok" if event.ok else "failed")
        elif isinstance(event, FilesChanged):
            return Effects(state=True, reload=reload, files=tuple(changed_paths(event.changes)))
        elif isinstance(event, V0VersionReady):
            return Effects(state=True, reload=reload, demo_url=event.demo_url or "")
        return Effects(state=True, reload=reload)

    def next_answer(self) -> None:
        """Forget the finished answer (send-drafts runs several turns in a row)."""
        self.pieces.clear()
        self.tools.clear()
        self.stage = ""
        self.stage_key = ""
        self.answer_open = False
        self.stored_seen = False
        self.answering = False


class StreamPacer(QObject):
    """Calls `flush` some time after `poke`, never more often than every 30 ms."""

    def __init__(self, flush: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flush = flush
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._interval = MIN_INTERVAL_MS
        self._pending = False
        self.slowest_ms = 0.0

    def poke(self) -> None:
        if not self._pending:  # a plain flag: asking Qt every token would cost more
            self._pending = True
            self._timer.start(self._interval)

    def stop(self) -> None:
        self._pending = False
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self._pending = False
        self._run()

    def _run(self) -> None:
        started = time.perf_counter()
        self._flush()
        spent = (time.perf_counter() - started) * 1000
        self.slowest_ms = max(self.slowest_ms, spent)
        self._interval = int(min(MAX_INTERVAL_MS, max(MIN_INTERVAL_MS, spent * SLOW_FACTOR)))
