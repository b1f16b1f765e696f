"""kill -9 in every step of `l4ydesk publish`, then `--resume`: one of everything, never two.

The command runs as a subprocess against the GitHub and Vercel fakes. Each case holds one
request of the fakes AFTER the fake has done it (the repository exists, the ref moved, the
deployment was created) but before the answer reaches l4ydesk: the worst moment to die, since
the run could not write the result down. The test checks the run's step in the SQLite file,
kills the process with SIGKILL, lets the fakes go on, and resumes. The steps that only write
locally (the platform key, the webhook endpoint) are held where they store their secret; and for
every step, an in-process death right after the step's work (before its result is stored).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.credits.ledger import Ledger
from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
from l4ydesk.core.publish.config_store import save_config
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.runs import RunStore
from l4ydesk.core.publish.scaffold.contract import WEBHOOK_PATH, WEBHOOK_SECRET_VAR
from l4ydesk.core.tiers import Tier
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import RevisionSource
from tests.fakes.dns_server import FakeDnsServer
from tests.fakes.github_server import FakeGitHub
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Response
from tests.fakes.vercel_server import FakeVercelServer
from tests.integration.publish.conftest import (
    APP_FILES,
    GITHUB_TOKEN,
    VERCEL_TOKEN,
    Autopilot,
    Recorder,
    World,
)

ROOT = Path(__file__).resolve().parents[3]
APP = "harbor-shop"
DOMAIN = "shop.example.com"
Gate = Callable[[RecordedRequest], bool]
RUNS = "SELECT COUNT(*) FROM publish_runs"


class HeldRequest:
    """Makes a fake do one matching request, then hold its answer until released."""

    def __init__(self, fake: FakeHTTPServer, matches: Gate) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()
        route = fake.route

        def held(request: RecordedRequest) -> Response:
            response = route(request)
            if not self.arrived.is_set() and matches(request):
                self.arrived.set()
                self.release.wait(60)
            return response

        fake.route = held  # type: ignore[method-assign]


@dataclass
class Cli:
    env: dict[str, str]
    db: Path
    keyring: Path

    def count(self, query: str) -> int:
        with sqlite3.connect(self.db) as conn:
            return int(conn.execute(query).fetchone()[0])

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "l4ydesk", "publish", APP, "--json", *args],
            env={**self.env, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def run(self, *args: str) -> tuple[int, list[dict[str, object]], str]:
        proc = self.start(*args)
        out, err = proc.communicate(timeout=120)
        return proc.returncode, [json.loads(line) for line in out.splitlines() if line], err

    def run_step(self) -> tuple[str, str]:
        with sqlite3.connect(self.db) as conn:
            row = conn.execute(
                "SELECT status, step FROM publish_runs ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return (str(row[0]), str(row[1])) if row else ("", "")


@pytest.fixture
def dns() -> Iterator[FakeDnsServer]:
    with FakeDnsServer() as server:
        yield server


@pytest.fixture
def fakes(
    tmp_path: Path, dns: FakeDnsServer
) -> Iterator[tuple[FakeGitHub, FakeVercelServer, Autopilot]]:
    git_root = tmp_path / "git"
    with (
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(
            VERCEL_TOKEN, git_root=git_root, builds=False, nameserver=dns.address
        ) as vercel,
        Autopilot(vercel) as autopilot,
    ):
        yield github, vercel, autopilot
        assert not github.errors and not vercel.errors


@pytest.fixture
def cli(
    tmp_path: Path, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot], dns: FakeDnsServer
) -> Cli:
    github, vercel, _ = fakes
    data = tmp_path / "data"
    data.mkdir()
    store = Store(f"sqlite:///{data / 'l4ydesk.db'}")
    app = AppCatalog(store).create(APP)
    VirtualFileSystem(store, 1024 * 1024).write_many(app.app_id, APP_FILES, RevisionSource.IMPORT)
    config = PublishConfig(
        name="Harbor Shop",
        categories=("products", "forms"),
        github=GitHubTarget(repo=APP),
        vercel=VercelTarget(project=APP),
        platform_url="https://platform.example",
        custom_domains=(DOMAIN,),
    )
    save_config(store, app.app_id, config)
    with Ledger(store).locked() as (_session, account):
        account.tier = Tier.AGENCY.value  # custom domains need it
    store.close()
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(
        json.dumps({"l4ydesk/github_token": GITHUB_TOKEN, "l4ydesk/vercel_token": VERCEL_TOKEN})
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "L4YDESK_DATA_DIR": str(data),
        "PYTHON_KEYRING_BACKEND": "tests.fakes.file_keyring.FileKeyring",
        "L4Y_TEST_KEYRING_FILE": str(keyring_file),
        "L4YDESK_GITHUB_URL": github.base_url,
        "L4YDESK_VERCEL_URL": vercel.base_url,
        "L4YDESK_SERVER_SECRET": "kill-test-server-secret",
        "L4YDESK_DNS_SERVER": "{}:{}".format(*dns.address),
    }
    env.pop("L4YDESK_DB_URL", None)
    return Cli(env, data / "l4ydesk.db", keyring_file)


def _post(path: str) -> Gate:
    return lambda r: r.method == "POST" and r.path == path


# (step the kill lands in, which fake, which request it has done when the process dies)
KILLS: list[tuple[Step, str, Gate]] = [
    (Step.REPOSITORY, "github", _post("/user/repos")),
    (Step.COMMIT, "github", lambda r: r.method == "POST" and r.path.endswith("/git/commits")),
    (Step.COMMIT, "github", lambda r: r.method == "PATCH" and "/git/refs/heads/" in r.path),
    (Step.PROJECT, "vercel", _post("/v11/projects")),
    (Step.ENVIRONMENT, "vercel", lambda r: r.method == "POST" and r.path.endswith("/env")),
    (Step.DEPLOY, "vercel", _post("/v13/deployments")),
    (Step.DEPLOY, "vercel", lambda r: r.method == "GET" and r.path.endswith("/events")),
    (Step.DOMAINS, "vercel", lambda r: r.method == "POST" and r.path.endswith("/domains")),
]


@pytest.mark.parametrize(
    ("step", "service", "gate"),
    KILLS,
    ids=[
        "repo-created",
        "commit-made",
        "ref-moved",
        "project",
        "env",
        "deploy",
        "building",
        "domain-added",
    ],
)
def test_kill_9_in_a_step_then_resume_makes_one_of_everything(
    cli: Cli,
    fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot],
    step: Step,
    service: str,
    gate: Gate,
) -> None:
    github, vercel, autopilot = fakes
    held = HeldRequest(github if service == "github" else vercel, gate)
    if gate(RecordedRequest("GET", "/v3/deployments/x/events", {}, {}, b"")):
        autopilot.hold.set()  # the build is still running when the process dies
    proc = cli.start()
    try:
        assert held.arrived.wait(60), proc.stderr.read() if proc.poll() is not None else ""
        assert cli.run_step() == ("running", step.value)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        held.release.set()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    # The next start offers to resume rather than starting a second run behind the back.
    code, lines, _ = cli.run()
    assert code == 1 and "--resume" in str(lines[-1]["text"])

    autopilot.hold.clear()
    code, lines, err = cli.run("--resume")
    assert code == 0, err + json.dumps(lines[-3:])
    result = lines[-1]["result"]
    assert isinstance(result, dict)
    assert github.repo_names() == [f"octo/{APP}"]
    commits = github.commits_on("octo", APP, "main")
    # The repository's first commit (made with it, so the Git Data API works) and ours.
    assert len(commits) == 2 and commits[0] == result["commit_sha"]
    assert len(vercel.projects) == 1
    assert len(vercel.deployments) == 1
    [deployment] = vercel.deployments.values()
    assert deployment["readyState"] == "READY" and deployment["target"] == "production"
    assert result["production_url"] == f"http://{deployment['url']}"
    [env] = vercel.env.values()
    assert len([name for name in env if name == "L4Y_API_KEY"]) == 1
    assert cli.run_step()[0] == "succeeded"
    assert list(vercel.domains[deployment["projectId"]]) == [DOMAIN]
    assert cli.count("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL") == 1
    assert cli.count("SELECT COUNT(*) FROM webhook_endpoints WHERE disabled_at IS NULL") == 1
    _assert_the_build_has_the_endpoint_secret(cli, vercel, result)


def _assert_the_build_has_the_endpoint_secret(
    cli: Cli, vercel: FakeVercelServer, result: object
) -> None:
    """One live endpoint at the production URL, whose secret the one deployment was built with."""
    assert isinstance(result, dict)
    with sqlite3.connect(cli.db) as conn:
        [(url,)] = conn.execute("SELECT url FROM webhook_endpoints WHERE disabled_at IS NULL")
    assert url == f"{result['production_url']}{WEBHOOK_PATH}"
    kept = json.loads(cli.keyring.read_text())["l4ydesk/publish_webhook_secret_1"]
    [built_with] = vercel.deployment_env.values()
    assert built_with[WEBHOOK_SECRET_VAR] == kept


def _kill_when_stored(cli: Cli, secret_prefix: str, step: Step) -> None:
    """Start a publish and kill -9 it right after it stored a keyring secret named so."""
    held = cli.keyring.with_suffix(".held")
    proc = cli.start(env={"L4Y_TEST_KEYRING_HOLD": secret_prefix})
    try:
        deadline = time.monotonic() + 60
        while not held.exists():
            assert time.monotonic() < deadline and proc.poll() is None, "never stored it"
            time.sleep(0.05)
        assert cli.run_step() == ("running", step.value)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate()


def test_kill_9_right_after_the_platform_key_was_stored_keeps_that_key(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot]
) -> None:
    _kill_when_stored(cli, "publish_platform_key_", Step.PLATFORM_KEY)
    code, _lines, err = cli.run("--resume")
    assert code == 0, err
    assert cli.count("SELECT COUNT(*) FROM api_keys") == 1  # the stored key is used, not a 2nd
    kept = json.loads(cli.keyring.read_text())["l4ydesk/publish_platform_key_1"]
    _github, vercel, _ = fakes
    [env] = vercel.env.values()
    assert env["L4Y_API_KEY"]["value"] == kept
    logs = list(cli.db.parent.rglob("*.log"))
    assert logs and all(kept not in log.read_text(errors="replace") for log in logs)
    assert kept not in Path(cli.db).read_bytes().decode("latin-1")  # nor in the database


def test_kill_9_right_after_the_webhook_endpoint_was_reserved_keeps_that_endpoint(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot]
) -> None:
    _kill_when_stored(cli, "publish_webhook_secret_", Step.WEBHOOK_ENDPOINT)
    reserved = "SELECT COUNT(*) FROM webhook_endpoints WHERE url = '' AND disabled_at IS NULL"
    assert cli.count(reserved) == 1  # made, and the run could not write it down
    code, lines, err = cli.run("--resume")
    assert code == 0, err
    assert cli.count("SELECT COUNT(*) FROM webhook_endpoints") == 1  # kept, not a second one
    _github, vercel, _ = fakes
    _assert_the_build_has_the_endpoint_secret(cli, vercel, lines[-1]["result"])


class _Died(BaseException):
    """A process death at the worst moment: no `except Exception` sees it, nothing is ended."""


@pytest.mark.parametrize("step", list(Step))
async def test_dying_after_any_step_did_its_work_then_resuming_makes_one_of_everything(
    world: World, monkeypatch: pytest.MonkeyPatch, step: Step
) -> None:
    """Each step has done all its work, then the process dies before the result is stored (the
    widest window of the kill -9 cases above, for every step, the local ones included)."""
    finish = RunStore.finish_step

    def die_once(self: RunStore, run_id: int, done: Step, result: dict[str, Any]) -> Any:
        if done is step:
            monkeypatch.setattr(RunStore, "finish_step", finish)
            raise _Died
        return finish(self, run_id, done, result)

    monkeypatch.setattr(RunStore, "finish_step", die_once)
    with pytest.raises(_Died):
        await world.pipeline().publish(world.app_id, world.config, Recorder())
    assert world.pipeline().unfinished(world.app_id) is not None

    result = await world.pipeline().publish(world.app_id, world.config, Recorder(), resume=True)
    assert world.github.repo_names() == ["octo/harbor-shop"]
    assert len(world.repo_commits()) == 2 and result.commit_sha == world.repo_commits()[0]
    assert len(world.vercel.projects) == 1
    [(deployment_id, built_with)] = world.vercel.deployment_env.items()
    assert result.production_url == f"http://{world.vercel.deployments[deployment_id]['url']}"
    assert len([k for k in world.keys.list_keys(world.app_id) if k.state == "active"]) == 1
    [endpoint] = world.outbox.endpoints(world.app_id)
    assert endpoint.active and endpoint.url == f"{result.production_url}{WEBHOOK_PATH}"
    secret = world.outbox.secret_for(world.app_id, endpoint.endpoint_id)
    assert built_with[WEBHOOK_SECRET_VAR] == secret


def test_a_publish_with_nothing_new_commits_and_deploys_nothing(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot]
) -> None:
    github, vercel, _ = fakes
    assert cli.run()[0] == 0
    code, lines, _ = cli.run()
    assert code == 0 and lines[-1]["result"]["committed"] is False  # type: ignore[index]
    assert len(github.commits_on("octo", APP, "main")) == 2  # the first one and ours
    assert len(vercel.deployments) == 1
    assert "unchanged, still live" in str(lines[-1]["text"])


def test_check_domains_verifies_the_waiting_domain_and_publishes_nothing(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot], dns: FakeDnsServer
) -> None:
    github, vercel, _ = fakes
    code, lines, _ = cli.run()
    assert code == 0 and any(line["event"] == "domain_records" for line in lines)
    [records] = [line["records"] for line in lines if line["event"] == "domain_records"]
    assert isinstance(records, list)
    for record in records:
        dns.set(record["name"], record["type"], record["value"])
    commits, runs = github.commits_on("octo", APP, "main"), cli.count(RUNS)

    code, lines, err = cli.run("--check-domains")
    assert code == 0, err
    assert lines[-1]["event"] == "domains_checked" and lines[-1]["verified"] == [DOMAIN]
    assert f"{DOMAIN} verified." in str(lines[-1]["text"])
    assert github.commits_on("octo", APP, "main") == commits and len(vercel.deployments) == 1
    assert cli.count(RUNS) == runs  # no publish run either
    [project_id] = vercel.domains
    assert vercel.domains[project_id][DOMAIN]["verified"]


def test_ctrl_c_while_building_cancels_the_vercel_build(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot]
) -> None:
    _github, vercel, autopilot = fakes
    autopilot.hold.set()
    proc = cli.start()
    try:
        deadline = time.monotonic() + 60
        while not any(r.path.endswith("/events") for r in vercel.requests):
            assert time.monotonic() < deadline, "the build log was never asked for"
            time.sleep(0.05)
        assert cli.run_step() == ("running", Step.DEPLOY.value)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    [deployment] = vercel.deployments.values()
    assert deployment["readyState"] == "CANCELED"
    assert cli.run_step() == ("cancelled", Step.DEPLOY.value)
    assert "cancelled" in json.loads(out.splitlines()[-1])["text"]


def test_a_branch_moved_since_the_last_publish_stops_then_resume_onto_head(
    cli: Cli, fakes: tuple[FakeGitHub, FakeVercelServer, Autopilot]
) -> None:
    github, _vercel, _ = fakes
    assert cli.run()[0] == 0
    ours = github.commits_on("octo", APP, "main")[0]
    theirs = github.push("octo", APP, "main", {"NOTES.md": b"pushed by a colleague\n"})
    code, lines, _ = cli.run()
    assert code == 1
    failed = [str(line["text"]) for line in lines if line["event"] == "failed"]
    assert "changed since" in failed[0] and "--resume --onto-head" in failed[1]
    assert github.commits_on("octo", APP, "main")[0] == theirs  # nothing pushed, not forced

    code, lines, _ = cli.run("--resume", "--onto-head")
    assert code == 0, lines
    history = github.commits_on("octo", APP, "main")
    # The colleague's commit stays an ancestor; the app's files are the branch's content.
    assert history[1:3] == [theirs, ours] and lines[-1]["result"]["committed"] is True  # type: ignore[index]
