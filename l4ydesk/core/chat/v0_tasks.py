"""The answers a v0 turn waits for: one open request per app, answered from the chat panel or
the command line while the turn's coroutine waits on it."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from l4ydesk.clients.v0_agent_models import PendingTask
from l4ydesk.core.chat.errors import ChatError


class TaskAnswers:
    """Waiting v0 requests by app id, each with the future its turn awaits."""

    def __init__(self) -> None:
        self._open: dict[int, tuple[PendingTask, asyncio.Future[dict[str, Any]]]] = {}

    async def wait(self, app_id: int, task: PendingTask) -> dict[str, Any]:
        """Wait (without limit: the user may take their time) for the answer to `task`."""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._open[app_id] = (task, future)
        try:
            return await future
        finally:
            if self._open.get(app_id, (None, None))[1] is future:
                del self._open[app_id]

    def pending(self, app_id: int) -> PendingTask | None:
        found = self._open.get(app_id)
        return found[0] if found else None

    def answer(self, app_id: int, resolution: Mapping[str, Any]) -> None:
        """Hand the answer (a task built by `PendingTask`'s methods) to the waiting turn."""
        found = self._open.get(app_id)
        if found is None or found[1].done():
            raise ChatError("v0 is not waiting for an answer in this app any more.")
        task, future = found
        if resolution.get("type") != task.kind.value:
            raise ChatError("That answer is for another kind of question; answer the card shown.")
        future.set_result(dict(resolution))
