"""The operation helper the panels use (ui/window/ops.py): a failure said in the view's own
place, a result dropped for a view that moved on, and a coalesced refresh that survives both."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from l4ydesk.core.errors import L4yError
from l4ydesk.ui.tasks import CoalescedJob, TaskRunner
from l4ydesk.ui.window.ops import Op, Reported, Stale, ViewToken
from tests.conftest import wait_for

Run = Callable[[Any], Any]


class RefusedError(L4yError):
    """An expected failure, like a refused key."""


def refuse() -> None:
    raise RefusedError("The key was refused.")


def test_a_reported_failure_is_said_in_the_view_not_passed_on(tasks: TaskRunner, arun: Run) -> None:
    said: list[str] = []
    window_said: list[str] = []
    tasks.task_failed.connect(window_said.append)
    with pytest.raises(Reported):
        arun(Op(tasks, "refuse", refuse).reports(said.append).run())
    assert said == ["The key was refused."]
    task = Op(tasks, "refuse", refuse).reports(said.append).run_in_background()
    arun(wait_for(task.done))
    assert said == ["The key was refused."] * 2
    assert window_said == []  # the task runner said nothing more


def test_an_unexpected_failure_still_goes_to_the_task_runner(tasks: TaskRunner, arun: Run) -> None:
    said: list[str] = []
    window_said: list[str] = []
    tasks.task_failed.connect(window_said.append)

    def bug() -> None:
        raise KeyError("no such thing")

    task = Op(tasks, "bug", bug).reports(said.append).run_in_background()
    arun(wait_for(task.done))
    assert said == [] and len(window_said) == 1  # a bug is not dressed up as the view's notice


def test_a_result_for_a_view_that_moved_on_is_dropped(tasks: TaskRunner, arun: Run) -> None:
    view = ViewToken()
    shown: list[int] = []
    release = threading.Event()

    def slow() -> int:
        release.wait(5)
        return 1

    async def move_on_while_it_runs() -> None:
        op = Op(tasks, "slow", slow).for_view(view).success(shown.append)
        task = tasks.start(op.run(), "slow")
        view.move_on()  # another app, a newer search…
        release.set()
        await task

    with pytest.raises(Stale):
        arun(move_on_while_it_runs())
    assert shown == []
    assert arun(Op(tasks, "fast", lambda: 2).for_view(view).success(shown.append).run()) == 2
    assert shown == [2]  # a ticket taken after the move is current


def test_a_failure_for_a_view_that_moved_on_is_not_said(tasks: TaskRunner, arun: Run) -> None:
    view = ViewToken()
    said: list[str] = []
    op = Op(tasks, "refuse", refuse).for_view(view).reports(said.append)
    view.move_on()
    with pytest.raises(Reported):
        arun(op.run())
    assert said == []


def test_a_coalesced_refresh_asked_for_during_a_dropped_run_still_runs(
    tasks: TaskRunner, arun: Run
) -> None:
    view = ViewToken()
    runs: list[int] = []
    job: CoalescedJob

    async def body() -> None:
        op = Op(tasks, "read", lambda: None).for_view(view)
        runs.append(len(runs))
        if len(runs) == 1:
            job.request()  # a save arrives while the first run is under way…
            view.move_on()  # …and the view moved on: this run's result is dropped
        await op.run()

    job = CoalescedJob(tasks, "refresh", body)
    assert runs == []
    job.request()
    arun(wait_for(lambda: not job.running))
    assert runs == [0, 1]  # the first run's result was dropped; the asked-for run happened
