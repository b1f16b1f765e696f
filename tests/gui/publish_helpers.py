"""What the publish window tests share: the window with an app, its records, the feature."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest

from l4ydesk.app import Services
from l4ydesk.commands.publish import EXIT_FAILED, EXIT_LIMIT, PrintedEvents
from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
from l4ydesk.core.publish.config_store import save_config
from l4ydesk.core.publish.git_commit import BranchMovedError
from l4ydesk.core.publish.pipeline import PublishFailed
from l4ydesk.core.records import USED_IN_APP
from l4ydesk.core.tiers import TierLimitReached
from l4ydesk.storage.models import ObjectLink, RevisionSource
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.child import run_publish_child
from l4ydesk.ui.publish.feature import PublishFeature
from tests.fakes.github_server import FakeGitHub
from tests.fakes.vercel_server import FakeVercelServer
from tests.gui.windows import shown_window
from tests.integration.publish.conftest import APP_FILES, GITHUB_TOKEN, VERCEL_TOKEN, Autopilot

ROOT = Path(__file__).resolve().parents[2]
DOCS_SHOTS = ROOT / "docs" / "screenshots"


def shots_dir(tmp_path: Path) -> Path:
    """docs/screenshots/ when L4YDESK_SAVE_SCREENSHOTS=1 (a plain run leaves the tree alone)."""
    return DOCS_SHOTS if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1" else tmp_path


@pytest.fixture
def window(services: Services, qtbot: Any, arun: Callable[[Any], Any]) -> Iterator[MainWindow]:
    with shown_window(services, qtbot, arun, width=1400) as win:
        yield win


def publish_feature(window: MainWindow) -> PublishFeature:
    return next(f for f in window.features if isinstance(f, PublishFeature))


def connect_records(services: Services, app_id: int) -> dict[str, int]:
    """A product and a checkout the app uses (as Connect would have linked them)."""
    records = services.records
    product = records.create("product", "Linen apron", {"price": "49.00"})
    checkout = records.create("checkout", "Apron checkout")
    with services.store.session() as session:
        for record in (product, checkout):
            session.add(ObjectLink(from_object_id=record.id, app_id=app_id, link_type=USED_IN_APP))
    return {"product": product.id, "checkout": checkout.id}


Script = Callable[[Services, int, Any, bool], Awaitable[Any]]
# The scripted child: prints the JSON lines it was given, ends with the exit code given.
ECHO = "import sys; sys.stdout.write(sys.argv[1]); sys.stdout.flush(); sys.exit(int(sys.argv[2]))"


def through_child(script: Script) -> Any:
    """A runner that runs the window's real child machinery (ui/publish/child.py: a process,
    its JSON lines read as they come, its exit code) over a scripted child: `script` reports to
    the command's own `PrintedEvents`, and what it raises ends the child as the command ends it
    (a plan refusal: exit 3; a moved branch: exit 1 with the choice's line)."""

    async def runner(services: Services, app_id: int, events: Any, resume: bool) -> Any:
        out = io.StringIO()
        printed = PrintedEvents(True, out)
        code = 0
        try:
            await script(services, app_id, printed, resume)
        except TierLimitReached as exc:
            printed.failed(str(exc))
            code = EXIT_LIMIT
        except PublishFailed as exc:
            code = EXIT_FAILED
            cause = exc.__cause__
            if isinstance(cause, BranchMovedError):
                why = {"reason": "branch_moved", "run_id": exc.run_id, "branch": cause.branch}
                printed.failed("Then: …", **why)
        command = [sys.executable, "-c", ECHO, out.getvalue(), str(code)]
        return await run_publish_child(services, app_id, events, resume, command=command)

    return runner


def run_events(*calls: tuple[str, tuple[Any, ...]]) -> Any:
    """A runner whose child reports `calls` (method name, arguments) as the pipeline would."""

    async def script(_services: Services, _app_id: int, events: Any, _resume: bool) -> None:
        for name, args in calls:
            getattr(events, name)(*args)

    return through_child(script)


@dataclass
class PublishWorld:
    """The GitHub and Vercel fakes, and an app with saved publish answers, for a real child."""

    github: FakeGitHub
    vercel: FakeVercelServer
    autopilot: Autopilot
    keyring: Path


@pytest.fixture
def publish_world(
    l4y_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PublishWorld]:
    """Put it before `window` in a test's arguments: the window's settings (which the child
    inherits) must point at the fakes. The child's keyring is a file (the in-memory one of
    the tests lives in one process), read by the child itself."""
    git_root = tmp_path / "git"
    with (
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(VERCEL_TOKEN, git_root=git_root, builds=False) as vercel,
        Autopilot(vercel) as autopilot,
    ):
        monkeypatch.setenv("L4YDESK_GITHUB_URL", github.base_url)
        monkeypatch.setenv("L4YDESK_VERCEL_URL", vercel.base_url)
        keyring_file = child_keyring(tmp_path, monkeypatch)
        yield PublishWorld(github, vercel, autopilot, keyring_file)
        assert not github.errors and not vercel.errors


def child_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The publish child's keyring: a file holding the GitHub and Vercel tokens (the tests'
    in-memory keyring lives in one process; the child reads its keyring itself)."""
    # keyring's process-wide backend is chosen on first use from the environment: choose it
    # now, so this process keeps the in-memory one whatever the child is told below.
    keyring.get_keyring()
    keyring_file = tmp_path / "keyring.json"
    tokens = {"l4ydesk/github_token": GITHUB_TOKEN, "l4ydesk/vercel_token": VERCEL_TOKEN}
    keyring_file.write_text(json.dumps(tokens))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.file_keyring.FileKeyring")
    monkeypatch.setenv("L4Y_TEST_KEYRING_FILE", str(keyring_file))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    return keyring_file


def make_publishable(services: Services, app_id: int, name: str = "Harbor") -> None:
    """Files and saved publish answers for the app, on a plan that may publish it."""
    services.vfs.write_many(app_id, APP_FILES, RevisionSource.IMPORT)
    slug = name.lower()
    config = PublishConfig(
        name=name,
        categories=("products", "forms"),
        github=GitHubTarget(repo=slug),
        vercel=VercelTarget(project=slug),
        platform_url="https://platform.example",
    )
    save_config(services.store, app_id, config)
    with services.ledger.locked() as (_session, account):
        account.tier = "agency"


# The wizard's last page; a saved config with this page remembered opens the wizard there.
REVIEW_PAGE = 7


def open_at_review_next(
    window: MainWindow,
    services: Services,
    run: Callable[[Awaitable[Any]], Any],
    app_id: int,
    description: str = "",
) -> PublishConfig:
    """Save Harbor & Pine's wizard answers for `app_id`, remember the review page as the one
    to reopen, and select the app: the next `open_wizard()` shows the review."""
    from l4ydesk.ui.publish.feature import PAGE_KEY

    config = PublishConfig(
        name="Harbor & Pine",
        description=description,
        categories=("products", "forms", "checkout"),
        github=GitHubTarget(owner="pine-agency", repo="harbor-pine"),
        vercel=VercelTarget(project="harbor-pine"),
        platform_url="https://api.harbor.example",
    )
    save_config(services.store, app_id, config)
    window.ctx.layout.setValue(PAGE_KEY.format(app_id=app_id), REVIEW_PAGE)
    run(window.apps.load_apps(select=app_id))
    return config
