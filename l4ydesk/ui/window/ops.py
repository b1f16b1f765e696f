"""One operation helper: run a store job in the worker, then update the view if it still applies.

Modelled on Anki's `CollectionOp(parent, op).success(…).failure(…).run_in_background()`. Every
store call of the window and its panels goes through it (it is the only caller of
`TaskRunner.in_worker`), so error handling and staleness checks are written once:

- the job runs in the store worker (never on the GUI thread);
- if the view moved on meanwhile (another app opened, another file shown, a newer read of the
  same view started: `while_current` / `for_view`), `success` is not called and the awaiting
  coroutine stops quietly (`Stale`), so no stale result is shown;
- if the job fails, `failure` (clean-up such as marking a tab unsaved) runs and the error is
  said in a sentence by `TaskRunner` (`describe_error`), never as a traceback;
- with `reports(say)`, an expected failure (`L4yError`: a refused key, a missing file) is said
  by the view itself, in its own place (a notice, a card), instead of in the window's message
  box; the awaiting coroutine then stops quietly (`Reported`). Unexpected errors (bugs) still
  go to the task runner, which logs their traceback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from l4ydesk.core.errors import L4yError
from l4ydesk.ui.tasks import Reported, Stale, TaskRunner, describe_error

T = TypeVar("T")

__all__ = ["Op", "Reported", "Stale", "Ticket", "ViewToken"]

Ticket = Callable[[], bool]  # true while the view still shows what an operation was started for


class ViewToken:
    """What a view shows, as a number that moves on whenever the view does.

    A view calls `move_on()` when it switches to another app or starts a newer read of the
    same thing; an operation started before (`Op.for_view(token)`) then drops its result.
    """

    def __init__(self) -> None:
        self._value = 0

    def move_on(self) -> None:
        self._value += 1

    def ticket(self) -> Ticket:
        """A check that holds until the next `move_on()`."""
        value = self._value
        return lambda: self._value == value


class Op(Generic[T]):
    """`work(*args, **kwargs)` in the worker; then `success(result)` on the GUI thread if
    still current."""

    def __init__(
        self, tasks: TaskRunner, name: str, work: Callable[..., T], *args: Any, **kwargs: Any
    ) -> None:
        self._tasks = tasks
        self._name = name
        self._work = work
        self._args = args
        self._kwargs = kwargs
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._say: Callable[[str], object] | None = None
        self._reported: tuple[type[BaseException], ...] = ()
        self._checks: list[Callable[[], bool]] = []

    def success(self, on_success: Callable[[T], object]) -> Op[T]:
        self._success = on_success
        return self

    def failure(self, on_failure: Callable[[BaseException], object]) -> Op[T]:
        """Clean-up on failure; the error is still said to the user by the task runner."""
        self._failure = on_failure
        return self

    def reports(
        self,
        say: Callable[[str], object],
        kinds: tuple[type[BaseException], ...] = (L4yError,),
    ) -> Op[T]:
        """Say a failure of one of `kinds` with `say(sentence)` (only if the view is still
        current) instead of passing it on; the awaiting coroutine stops with `Reported`."""
        self._say = say
        self._reported = kinds
        return self

    def while_current(self, still_current: Callable[[], bool]) -> Op[T]:
        """Drop the result (raise `Stale`) if `still_current()` is false when the job is done."""
        self._checks.append(still_current)
        return self

    def for_view(self, token: ViewToken) -> Op[T]:
        """Drop the result if the view moved on (`token.move_on()`) after this call."""
        return self.while_current(token.ticket())

    def _is_current(self) -> bool:
        return all(check() for check in self._checks)

    async def run(self) -> T:
        """Await the operation from another coroutine; raises `Stale` if the view moved on,
        `Reported` if a failure was said by `reports`."""
        try:
            result = await self._tasks.in_worker(self._work, *self._args, **self._kwargs)
        except Exception as exc:
            if self._failure is not None:
                self._failure(exc)
            if self._say is not None and isinstance(exc, self._reported):
                if self._is_current():
                    self._say(describe_error(exc))
                raise Reported(self._name) from exc
            raise
        if not self._is_current():
            raise Stale(self._name)
        if self._success is not None:
            self._success(result)
        return result

    def run_in_background(self) -> asyncio.Task[Any]:
        return self._tasks.start(self.run(), self._name)
