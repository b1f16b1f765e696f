"""Tracks the window's background work: coroutines on the qasync loop and jobs in the worker pool.

Every task is remembered until it ends, its error is logged and reported as a sentence, and
`close()` cancels what is left, so quitting never leaves work running.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from l4ydesk.core.errors import L4yError
from l4ydesk.core.sentences import sentence_for

log = logging.getLogger(__name__)
T = TypeVar("T")
WINDOW_LOG_HINT = "the details are in the log file (Help → Open Log Folder)"


class Stale(Exception):
    """An operation finished after its view moved on; its result is dropped without a word."""


class Reported(Exception):
    """An operation failed and its view already said so in its own place; nothing more to say."""


def describe_error(exc: BaseException) -> str:
    """The window's wording of `core.sentences.sentence_for`: it points to the log folder."""
    return sentence_for(exc, WINDOW_LOG_HINT)


class TaskRunner(QObject):
    """Starts and tracks async tasks for the window.

    Signals:
        task_failed(str): a task ended with an error; the argument is a sentence for the user.
        busy_changed(bool): whether any task is running.
    """

    task_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, executor: Executor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def running(self) -> int:
        return len(self._tasks)

    def start(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        return task

    async def in_worker(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking work (database, disk, parsing) off the GUI thread.

        Views do not call this themselves: they go through `ui/window/ops.py`'s `Op`, which
        adds the error handling and the staleness check."""
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(self._executor, functools.partial(func, *args, **kwargs))

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.busy_changed.emit(False)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None or isinstance(exc, (Stale, Reported)):
            return
        if isinstance(exc, L4yError):
            log.info("%s: %s", task.get_name(), exc)
        else:
            log.error("%s failed", task.get_name(), exc_info=exc)
        self.task_failed.emit(describe_error(exc))

    async def close(self) -> None:
        """Cancel what is still running and wait for it to finish."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def install_excepthook(tasks: TaskRunner) -> None:
    """Errors raised in a Qt slot (outside any task) end as a sentence too, never on stderr."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unhandled error in the window", exc_info=(kind, error, trace))
        tasks.task_failed.emit(describe_error(error))

    sys.excepthook = hook


class CoalescedJob:
    """A refresh-style job: asked for while it runs, it runs exactly once more afterwards.

    Saves and file changes arrive in bursts; each burst costs one extra run, not one per event.
    """

    def __init__(
        self,
        tasks: TaskRunner,
        name: str,
        body: Callable[[], Coroutine[Any, Any, None]],
        on_idle: Callable[[], None] | None = None,
    ) -> None:
        self._tasks = tasks
        self._name = name
        self._body = body
        self._on_idle = on_idle
        self._running = False
        self._again = False

    @property
    def running(self) -> bool:
        return self._running

    def request(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._tasks.start(self._run(), self._name)

    async def _run(self) -> None:
        try:
            while True:
                self._again = False
                # A run whose result was dropped or already said still lets a requested one follow.
                with contextlib.suppress(Stale, Reported):
                    await self._body()
                if not self._again:
                    return
        finally:
            self._running = False
            if self._on_idle is not None:
                self._on_idle()
