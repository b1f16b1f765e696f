"""The publish console after "the branch on GitHub changed": the two ways on, each noted in the
stopped run before it is resumed (never a force-push)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from l4ydesk.app import Services
from l4ydesk.core.publish.git_commit import BranchMovedError
from l4ydesk.core.publish.pipeline import PublishFailed
from l4ydesk.core.publish.runs import RunStore
from l4ydesk.storage.publish_models import PublishRun
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.window.changes import Changes
from tests.conftest import wait_for
from tests.gui.publish_helpers import publish_feature, shots_dir, through_child, window

Run = Callable[[Any], Any]
MOVED = {
    "branch": "main",
    "expected_head": "a" * 40,
    "moved": {"expected": "a" * 40, "actual": "b" * 40},
}


def test_a_moved_branch_offers_on_top_or_a_new_branch(
    window: MainWindow, services: Services, arun: Run, tmp_path: Path
) -> None:
    app = arun(window.apps.create_app("Harbor"))
    with services.store.session() as session:
        run = PublishRun(
            app_id=app.app_id, status="failed", step="commit", state={"progress": {"commit": MOVED}}
        )
        session.add(run)
        session.flush()
        run_id = run.id
    choices: list[dict[str, Any]] = []

    async def runner(_services: Any, _app_id: int, events: Any, resume: bool) -> Any:
        progress = RunStore(services.store).get(run_id).state["progress"]["commit"]
        choices.append({"resume": resume, **progress})
        # Stops on the moved branch again (as a second push would make it).
        error = BranchMovedError("main", "a" * 40, "c" * 40)
        events.failed(str(error))
        raise PublishFailed(str(error), run_id, branch_moved=True) from error

    feature = publish_feature(window)
    feature.runner = through_child(runner)
    window.ctx.publish(Changes(app=True))  # the window opens the app: the run waits
    arun(wait_for(lambda: feature.unfinished_run is not None))
    console = feature.console
    bar = console.branch_choice
    assert bar.isVisible()
    assert not console.resume_button.isVisible()  # a plain resume would stop again
    assert bar.onto_head_button.text() == "Publish on top of their changes"
    assert "changed" in console.headline.text()
    dock = window.ctx.docks["publish"]
    dock.resize(1100, 260)
    assert dock.grab().save(str(shots_dir(tmp_path) / "publish-branch-moved.png"))

    bar.onto_head_button.click()
    arun(wait_for(lambda: len(choices) == 1))
    assert choices[0]["resume"] and choices[0]["choice"] == BranchMovedError.REBASE
    # The run stopped on the moved branch again: the choice is offered from the run's error.
    arun(wait_for(bar.isVisible, may_hold=True))
    assert "changed since" in console.headline.text()

    bar.new_branch_button.click()
    dialog = bar.name_dialog
    assert dialog is not None and dialog.textValue().startswith("main-l4ydesk-")
    dialog.setTextValue("my branch")  # not a branch name: a sentence, the choice stays
    dialog.accept()
    assert "cannot be a git branch name" in console.headline.text() and bar.isVisible()
    bar.new_branch_button.click()
    assert bar.name_dialog is not None
    bar.name_dialog.setTextValue("main-mine")
    bar.name_dialog.accept()
    arun(wait_for(lambda: len(choices) == 2))
    assert choices[1]["choice"] == BranchMovedError.NEW_BRANCH
    assert choices[1]["new_branch"] == "main-mine"
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done(), may_hold=True))


__all__ = ["window"]  # the fixture, imported so this module's tests can use it
