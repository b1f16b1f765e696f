"""Runs the publish pipeline for the window in a thread of its own, with its own event loop.

The pipeline prepares every file of the app (scaffold, compatibility rules) and talks to the
store between its awaits; on the window's loop that would stall the GUI. Here it runs beside
it: its events reach the window as queued Qt signals (`QtPublishEvents`), and cancelling the
awaiting task cancels the pipeline's task in its own loop, then waits for it to wind down.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def run_in_thread(make: Callable[[], Coroutine[Any, Any, T]], name: str = "l4y-publish") -> T:
    """Await `make()` run on a fresh loop in a new thread; cancelling this cancels that."""
    outer = asyncio.get_running_loop()
    done: asyncio.Future[T] = outer.create_future()
    started = threading.Event()
    inner: dict[str, Any] = {}

    def settle(result: Any, error: BaseException | None) -> None:
        if done.done():
            return
        if isinstance(error, asyncio.CancelledError):
            done.cancel()
        elif error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    async def main() -> T:
        inner["loop"], inner["task"] = asyncio.get_running_loop(), asyncio.current_task()
        started.set()
        return await make()

    def thread_main() -> None:
        try:
            result = asyncio.run(main())
        except BaseException as exc:  # handed to the awaiting task, on the window's loop
            outer.call_soon_threadsafe(settle, None, exc)
        else:
            outer.call_soon_threadsafe(settle, result, None)
        finally:
            started.set()

    thread = threading.Thread(target=thread_main, name=name, daemon=True)
    thread.start()
    try:
        return await asyncio.shield(done)
    except asyncio.CancelledError:
        await asyncio.get_running_loop().run_in_executor(None, started.wait)
        loop, task = inner.get("loop"), inner.get("task")
        if loop is not None and task is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # it finished meanwhile
                loop.call_soon_threadsafe(task.cancel)
        with contextlib.suppress(BaseException):  # the cancellation below is what counts
            await done
        await asyncio.get_running_loop().run_in_executor(None, thread.join)
        raise
    finally:
        if not thread.is_alive():
            thread.join()
