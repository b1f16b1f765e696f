"""What a running turn needs besides its client: the log, the hooks, the event sink, and a way
to run store work off the event loop (so a 300-file version never stalls the window)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, TypeVar

from l4ydesk.core.chat.events import EventSink
from l4ydesk.core.chat.history import ChatLog
from l4ydesk.core.chat.usage import UsageHooks

T = TypeVar("T")


class Offload:
    """Runs blocking store calls in an executor (None: asyncio's default one).

    Pass the app's single store worker so store jobs keep their order with the window's saves.
    """

    def __init__(self, executor: Executor | None = None) -> None:
        self._executor = executor

    async def __call__(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))


@dataclass(frozen=True)
class TurnContext:
    log: ChatLog
    hooks: UsageHooks
    emit: EventSink
    run: Offload
