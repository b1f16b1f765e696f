"""One operation helper: run a store job in the worker, then update the view if it still applies.

Modelled on Anki's `CollectionOp(parent, op).success(…).failure(…).run_in_background()`. Every
window operation goes through it, so error handling and staleness checks are written once:

- the job runs in the store worker (never on the GUI thread);
- if the view moved on meanwhile (another app opened, another file shown), `success` is not
  called and the awaiting coroutine stops quietly (`Stale`), so no stale result is shown;
- if the job fails, `failure` (clean-up such as marking a tab unsaved) runs and the error is
  said in a sentence by `TaskRunner` (`describe_error`), never as a traceback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from l4ydesk.ui.tasks import Stale, TaskRunner

T = TypeVar("T")

__all__ = ["Op", "Stale"]


class Op(Generic[T]):
    """`work(*args)` in the worker; then `success(result)` on the GUI thread if still current."""

    def __init__(self, tasks: TaskRunner, name: str, work: Callable[..., T], *args: Any) -> None:
        self._tasks = tasks
        self._name = name
        self._work = work
        self._args = args
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._current: Callable[[], bool] | None = None

    def success(self, on_success: Callable[[T], object]) -> Op[T]:
        self._success = on_success
        return self

    def failure(self, on_failure: Callable[[BaseException], object]) -> Op[T]:
        """Clean-up on failure; the error is still said to the user by the task runner."""
        self._failure = on_failure
        return self

    def while_current(self, still_current: Callable[[], bool]) -> Op[T]:
        """Drop the result (raise `Stale`) if `still_current()` is false when the job is done."""
        self._current = still_current
        return self

    async def run(self) -> T:
        """Await the operation from another coroutine; raises `Stale` if the view moved on."""
        try:
            result = await self._tasks.in_worker(self._work, *self._args)
        except Exception as exc:
            if self._failure is not None:
                self._failure(exc)
            raise
        if self._current is not None and not self._current():
            raise Stale(self._name)
        if self._success is not None:
            self._success(result)
        return result

    def run_in_background(self) -> asyncio.Task[Any]:
        return self._tasks.start(self.run(), self._name)
