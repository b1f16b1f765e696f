"""The window publishing through its real child process (`l4ydesk publish #APP --json`) against
the GitHub and Vercel fakes: Cancel stops the child through its cancel path (the Vercel build is
cancelled, the run recorded as cancelled), a child killed with SIGKILL leaves a run the window
offers to resume and the resume ends published, and closing the window stops the child."""

from __future__ import annotations

import functools
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess

from l4ydesk.app import Services
from l4ydesk.core.publish.published import last_published_files
from l4ydesk.storage.publish_models import PublishRun
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.child import run_publish_child
from l4ydesk.ui.publish.feature import PublishFeature
from tests.conftest import wait_for
from tests.gui.publish_helpers import (
    PublishWorld,
    make_publishable,
    publish_feature,
    publish_world,
    shots_dir,
    window,
)
from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN

Run = Callable[[Any], Any]


def start_held_publish(
    world: PublishWorld, window: MainWindow, services: Services, arun: Run
) -> tuple[PublishFeature, list[QProcess], int]:
    """A publish whose Vercel build keeps running (the fake's build servers hold it)."""
    assert services.settings.service_url("vercel") == world.vercel.base_url
    app = arun(window.apps.create_app("Harbor"))
    make_publishable(services, app.app_id)
    feature = publish_feature(window)
    children: list[QProcess] = []
    feature.runner = functools.partial(run_publish_child, started=children.append)
    world.autopilot.hold.set()
    assert not world.vercel.deployments
    feature.start_run(resume=False)
    # The deployment exists and its build log is being read: the run waits on the build.
    arun(wait_for(lambda: any(r.path.endswith("/events") for r in world.vercel.requests), 90))
    arun(wait_for(lambda: feature.console.states.get("deploy") == "running", 30, may_hold=True))
    return feature, children, app.app_id


def run_row(services: Services, app_id: int) -> tuple[str, str]:
    with services.store.session() as session:
        run = session.query(PublishRun).filter_by(app_id=app_id).order_by(PublishRun.id).all()[-1]
        return run.status, run.step


def test_cancel_stops_the_child_and_its_vercel_build(
    publish_world: PublishWorld, window: MainWindow, services: Services, arun: Run
) -> None:
    feature, children, app_id = start_held_publish(publish_world, window, services, arun)
    [child] = children
    assert child.state() is QProcess.ProcessState.Running
    # The child reads the tokens from its keyring: none on its command line or environment.
    passed = [*child.arguments(), *child.processEnvironment().toStringList()]
    assert not [text for text in passed if GITHUB_TOKEN in text or VERCEL_TOKEN in text]
    console = feature.console
    console.cancel_button.click()
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done(), 60))
    assert child.state() is QProcess.ProcessState.NotRunning
    assert child.exitStatus() is QProcess.ExitStatus.NormalExit and child.exitCode() == 130
    [deployment] = publish_world.vercel.deployments.values()
    assert deployment["readyState"] == "CANCELED"
    assert run_row(services, app_id) == ("cancelled", "deploy")
    assert console.states["deploy"] == "cancelled"
    assert "cancelled" in console.headline.text()


def test_a_child_killed_mid_run_is_offered_for_resume_and_resumes(
    publish_world: PublishWorld,
    window: MainWindow,
    services: Services,
    arun: Run,
    tmp_path: Path,
) -> None:
    world = publish_world
    feature, children, app_id = start_held_publish(world, window, services, arun)
    console = feature.console
    assert not console.resume_button.isVisible()
    os.kill(children[0].processId(), signal.SIGKILL)
    arun(wait_for(lambda: console.resume_button.isVisible(), 30))
    assert feature.unfinished_run is not None
    assert run_row(services, app_id) == ("running", "deploy")  # as the kill left it
    assert children[0].exitStatus() is QProcess.ExitStatus.CrashExit
    dock = window.ctx.docks["publish"]
    dock.resize(1100, 300)
    console.flush_log()
    assert dock.grab().save(str(shots_dir(tmp_path) / "publish-child-killed.png"))

    world.autopilot.hold.clear()  # the build goes on on Vercel's side and ends READY
    console.resume_button.click()
    arun(wait_for(lambda: console.live_button.isVisible(), 90))
    assert len(children) == 2 and children[1].exitCode() == 0
    assert world.github.repo_names() == ["octo/harbor"]
    assert len(world.vercel.projects) == 1 and len(world.vercel.deployments) == 1
    [deployment] = world.vercel.deployments.values()
    assert feature.live_url == f"http://{deployment['url']}"
    assert run_row(services, app_id)[0] == "succeeded"
    # The child remembered what it committed (the review's next diff starts from it).
    assert "app/page.tsx" in last_published_files(services.store, app_id)


def test_closing_the_window_stops_its_publish(
    publish_world: PublishWorld, window: MainWindow, services: Services, arun: Run
) -> None:
    feature, children, app_id = start_held_publish(publish_world, window, services, arun)
    arun(window.shutdown())  # what closing the window awaits
    assert children[0].state() is QProcess.ProcessState.NotRunning
    assert children[0].exitCode() == 130
    assert run_row(services, app_id) == ("cancelled", "deploy")
    [deployment] = publish_world.vercel.deployments.values()
    assert deployment["readyState"] == "CANCELED"
    assert feature.run_task is not None and feature.run_task.done()


__all__ = ["publish_world", "window"]  # the fixtures, imported so these tests can use them
