"""Waits until a just-started `next dev` answers HTTP, or says why it never will."""

from __future__ import annotations

import asyncio
from typing import Any

from l4ydesk.core.preview.errors import (
    NotReadyError,
    PortTakenError,
    PreviewError,
    ServerExitedError,
    tail_text,
)
from l4ydesk.core.preview.probe import HOST, StepCallback, http_answers
from l4ydesk.core.preview.process import ChildProcess

_PROBE_INTERVAL = 0.05


async def wait_until_ready(
    server: ChildProcess, port: int, path: str, timeout: float, on_step: StepCallback
) -> None:
    """Return once the server at `port` answers a GET of `path` with any status.

    Any HTTP answer means ready: the first one also compiles the home page (`path`), which the
    preview is about to load anyway. Raises NotReadyError after `timeout` seconds, and
    ServerExitedError (or PortTakenError) when the server exits first.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    exited = asyncio.create_task(server.wait())
    try:
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise NotReadyError(
                    f"The preview server did not answer within "
                    f"{timeout:.0f} seconds.{tail_text(server.tail)}",
                    server.tail,
                )
            probe = asyncio.create_task(http_answers(HOST, port, path, on_step=on_step))
            done, _ = await asyncio.wait(
                {probe, exited}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
            )
            if exited in done:
                await _cancel(probe)
                raise _exit_error(port, exited.result(), list(server.tail))
            if probe not in done:
                await _cancel(probe)
                continue
            if probe.result():
                return
            # A refused connection costs microseconds: poll often, so the home page is
            # requested (and its compile begins) as soon as the server listens.
            await asyncio.sleep(_PROBE_INTERVAL)
    finally:
        await _cancel(exited)


async def _cancel(task: asyncio.Task[Any]) -> None:
    if not task.done():
        task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def _exit_error(port: int, code: int, tail: list[str]) -> PreviewError:
    if any("EADDRINUSE" in line for line in tail):
        return PortTakenError(port)
    return ServerExitedError(
        f"The preview server stopped before it was ready (exit code {code}).{tail_text(tail)}",
        code,
        tail,
    )
