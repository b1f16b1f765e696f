"""Publishing from the window in one go, against the GitHub and Vercel fakes (real HTTP, real
git repositories): the wizard's answers, its review, Publish, the steps and build log in the
console, one commit on the branch, the production URL in the Live source; then a re-publish
after an edit makes exactly one more commit. Vercel's build servers are played by the
Autopilot (no Node.js here); the real `next build` runs in ppipe's slow tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.app import Services, build_services
from l4ydesk.settings import load_settings
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.preview import PreviewSource
from tests.conftest import wait_for
from tests.fakes.github_server import FakeGitHub
from tests.fakes.vercel_server import FakeVercelServer
from tests.gui.publish_helpers import child_keyring, publish_feature, shots_dir
from tests.gui.windows import shown_window
from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN, Autopilot
from tests.publish_support import connected_sample

Run = Callable[[Any], Any]


@pytest.fixture
def fakes(tmp_path: Path) -> Iterator[tuple[FakeGitHub, FakeVercelServer]]:
    git_root = tmp_path / "git"
    with (
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(VERCEL_TOKEN, git_root=git_root, builds=False) as vercel,
        Autopilot(vercel),
    ):
        yield github, vercel
        assert not github.errors, "\n".join(github.errors)
        assert not vercel.errors, "\n".join(vercel.errors)


@pytest.fixture
def window(
    l4y_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fakes: tuple[FakeGitHub, FakeVercelServer],
    qtbot: Any,
    arun: Run,
) -> Iterator[tuple[MainWindow, Services]]:
    github, vercel = fakes
    monkeypatch.setenv("L4YDESK_GITHUB_URL", github.base_url)
    monkeypatch.setenv("L4YDESK_VERCEL_URL", vercel.base_url)
    monkeypatch.setenv("L4YDESK_SERVER_SECRET", "e2e-server-secret")
    child_keyring(tmp_path, monkeypatch)  # the publish runs in a child process, which reads it
    services = build_services(load_settings(dict(os.environ)))
    try:
        with shown_window(services, qtbot, arun) as win:
            yield win, services
    finally:
        services.close()


def publish_once(window: MainWindow, arun: Run) -> str:
    feature = publish_feature(window)
    console = feature.console
    wizard = feature.wizard
    assert wizard is not None
    arun(wait_for(lambda: wizard.review.ready, 60, may_hold=True))  # may be prepared already
    wizard.next_button.click()  # Publish
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done(), 120))
    console.flush_log()
    assert console.live_button.isVisible(), (
        console.headline.text() + "\n" + console.log.toPlainText()[-4000:]
    )
    return console.production_url


def test_publish_the_sample_from_the_wizard_then_republish_one_edit(
    window: tuple[MainWindow, Services],
    fakes: tuple[FakeGitHub, FakeVercelServer],
    arun: Run,
    tmp_path: Path,
) -> None:
    win, services = window
    github, _vercel = fakes
    app_id = connected_sample(services.store)
    arun(win.apps.load_apps(select=app_id))
    feature = publish_feature(win)
    win.ctx.actions["publish"].trigger()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    wizard = feature.wizard
    assert wizard is not None
    wizard.next_button.click()  # the app: its name
    assert wizard.pages[1].boxes["products"].isChecked()  # connected by the sample
    for _ in range(3):  # categories, visitors, payments as pre-selected
        wizard.next_button.click()
    assert wizard.index == 4, wizard.error.text()
    wizard.pages[4].repo.setText("harbor-shop")
    wizard.pages[4].project.setText("harbor-shop")
    wizard.next_button.click()
    assert wizard.index == 5 and not wizard.domains.entry.isEnabled()  # custom domains: Agency
    wizard.next_button.click()
    wizard.pages[6].platform_url.setText("https://platform.example")
    wizard.next_button.click()
    assert wizard.index == 7, wizard.error.text()
    arun(wait_for(lambda: wizard.review.ready, 60, may_hold=True))
    assert wizard.grab().save(str(shots_dir(tmp_path) / "publish-wizard.png"))

    url = publish_once(win, arun)
    console = feature.console
    dock = win.ctx.docks["publish"]
    dock.setFloating(True)
    dock.resize(1100, 420)
    arun(wait_for(lambda: dock.height() >= 420, may_hold=True))  # resize may apply at once
    console.flush_log()
    assert dock.grab().save(str(shots_dir(tmp_path) / "publish-console.png"))
    dock.setFloating(False)
    assert all(console.states[s] == "done" for s in ("check_limits", "commit", "deploy"))
    lines = console.log.toPlainText().splitlines()  # each build event is a line of its own
    assert any(line.strip().endswith("Compiled successfully") for line in lines), lines[-20:]
    commits = github.commits_on("octo", "harbor-shop", "main")
    # the new repository's README commit (auto_init), then the publish on top of it
    assert len(commits) == 2
    files = github.files_at("octo", "harbor-shop", "main")
    assert "lib/builder-inspector.ts" in files and "app/page.tsx" in files
    panel = win.features[1].panel  # type: ignore[attr-defined]
    assert panel.source_url(PreviewSource.LIVE).toString() == url

    # an edit, then Publish again: the review shows that file alone, and one more commit
    page = services.vfs.read(app_id, "app/page.tsx")
    services.vfs.write(app_id, "app/page.tsx", page + b"\n// spring sale\n")
    win.ctx.actions["publish"].trigger()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    assert feature.wizard is not None and feature.wizard.index == 7
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    diff = feature.wizard.review.diff.toPlainText()
    assert diff.count("+++ b/") == 1 and "+// spring sale" in diff
    publish_once(win, arun)
    after = github.commits_on("octo", "harbor-shop", "main")
    assert len(after) == 3 and after[1] == commits[0]  # one fast-forward commit more
    assert github.files_at("octo", "harbor-shop", "main")["app/page.tsx"].endswith(
        b"// spring sale\n"
    )
