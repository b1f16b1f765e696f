"""A publish world: a real store with an app, the GitHub and Vercel fakes, and the pipeline.

The Vercel fake runs with `builds=False` here (no Node.js): `Autopilot` plays Vercel's build
servers, moving each new deployment to the state a test asks for, with log lines. Real builds
are in the slow tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from l4ydesk.clients.github import GitHubClient
from l4ydesk.clients.vercel import VercelClient
from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.credits.ledger import Ledger
from l4ydesk.core.platform.keys import ApiKeys
from l4ydesk.core.platform.outbox import Outbox
from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
from l4ydesk.core.publish.domains import DnsChecker
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step
from l4ydesk.core.publish.pipeline import Healer, Pipeline, Preparer, PublishServices
from l4ydesk.core.tiers import Tier
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.secrets import MemoryKeyring, SecretStore
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import RevisionSource
from tests.conftest import migrated_sqlite_url
from tests.fakes.dns_server import FakeDnsServer
from tests.fakes.github_server import FakeGitHub
from tests.fakes.vercel_server import FakeVercelServer

GITHUB_TOKEN = "ghp_fake0000000000000000000000000000000001"
VERCEL_TOKEN = "vercel-test-token-0123456789"
SERVER_SECRET = b"publish-tests-server-secret"
APP_FILES = {
    "package.json": b'{"name": "shop", "scripts": {"build": "next build"}}\n',
    "app/page.tsx": b"export default function Page() {\n  return <main>Shop</main>\n}\n",
    "public/logo.png": bytes(range(256)),
}
# What a deployment does once created: (final state, log lines).
Outcome = Callable[[str], tuple[str, tuple[str, ...]]]


def ready(_deployment_id: str) -> tuple[str, tuple[str, ...]]:
    return "READY", ("Compiled successfully",)


class Autopilot:
    """Moves every new deployment of the fake to the outcome's state, in a thread."""

    def __init__(self, vercel: FakeVercelServer) -> None:
        self.vercel = vercel
        self.outcome: Outcome = ready
        self.hold = threading.Event()  # set: leave new deployments building (cancel tests)
        self._seen: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Autopilot:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            for deployment_id in list(self.vercel.deployments):
                if deployment_id in self._seen or self.hold.is_set():
                    continue
                self._seen.add(deployment_id)
                self.vercel.advance(deployment_id, "BUILDING", ('Running "next build"',))
                state, lines = self.outcome(deployment_id)
                self.vercel.advance(deployment_id, state, lines)


@dataclass
class Recorder:
    """A PublishEvents that keeps what it was told."""

    started: list[Step] = field(default_factory=list)
    finished_steps: list[tuple[Step, str]] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    heals: list[HealAttempt] = field(default_factory=list)
    result: PublishResult | None = None
    failures: list[str] = field(default_factory=list)
    domains: list[tuple[str, tuple[DnsRecord, ...], str]] = field(default_factory=list)

    def step_started(self, step: Step, description: str) -> None:
        self.started.append(step)

    def step_finished(self, step: Step, summary: str) -> None:
        self.finished_steps.append((step, summary))

    def build_log(self, text: str) -> None:
        self.log.append(text)

    def heal_attempt(self, attempt: HealAttempt) -> None:
        self.heals.append(attempt)

    def domain_records(self, domain: str, records: tuple[DnsRecord, ...], problem: str) -> None:
        self.domains.append((domain, records, problem))

    def finished(self, result: PublishResult) -> None:
        self.result = result

    def failed(self, sentence: str) -> None:
        self.failures.append(sentence)


@dataclass
class World:
    store: Store
    vfs: VirtualFileSystem
    app_id: int
    github: FakeGitHub
    vercel: FakeVercelServer
    autopilot: Autopilot
    secrets: SecretStore
    keys: ApiKeys
    outbox: Outbox
    ledger: Ledger
    config: PublishConfig
    dns: FakeDnsServer
    healer: Healer | None = None
    prepare: Preparer | None = None  # None: the app's own files as they are

    def pipeline(self) -> Pipeline:
        return Pipeline(
            PublishServices(
                store=self.store,
                github=lambda: GitHubClient(GITHUB_TOKEN, base_url=self.github.base_url),
                vercel=lambda team: VercelClient(
                    VERCEL_TOKEN, team_id=team or None, base_url=self.vercel.base_url
                ),
                prepare=self.prepare or (lambda app_id, _config: self.vfs.read_all(app_id)),
                secrets=self.secrets,
                keys=self.keys,
                outbox=self.outbox,
                healer=self.healer,
                dns=DnsChecker(*self.dns.address, timeout=2.0),
                poll_interval=0.05,
            )
        )

    def set_tier(self, tier: Tier) -> None:
        with self.ledger.locked() as (_session, account):
            account.tier = tier.value

    def repo_commits(self) -> list[str]:
        return self.github.commits_on("octo", "harbor-shop", "main")

    def github_writes(self) -> list[str]:
        return [
            f"{r.method} {r.path}"
            for r in self.github.requests
            if r.method in ("POST", "PATCH", "PUT", "DELETE")
        ]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    store = Store(migrated_sqlite_url(tmp_path / "l4ydesk.db"))
    vfs = VirtualFileSystem(store, 1024 * 1024)
    app = AppCatalog(store).create("Harbor Shop")
    vfs.write_many(app.app_id, APP_FILES, RevisionSource.IMPORT)
    ledger = Ledger(store)
    ledger.start_day()
    git_root = tmp_path / "git"
    config = PublishConfig(
        name="Harbor Shop",
        description="Our shop",
        categories=("products", "forms"),
        github=GitHubTarget(repo="harbor-shop"),
        vercel=VercelTarget(project="harbor-shop"),
        platform_url="https://platform.example",
    )
    with (
        FakeDnsServer() as dns,
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(
            VERCEL_TOKEN, git_root=git_root, builds=False, nameserver=dns.address
        ) as vercel,
        Autopilot(vercel) as autopilot,
    ):
        yield World(
            store=store,
            vfs=vfs,
            app_id=app.app_id,
            github=github,
            vercel=vercel,
            autopilot=autopilot,
            secrets=SecretStore(MemoryKeyring()),
            keys=ApiKeys(store, SERVER_SECRET),
            outbox=Outbox(store, SERVER_SECRET, allow_loopback=True),
            ledger=ledger,
            config=config,
            dns=dns,
        )
        assert not github.errors, "\n".join(github.errors)
        assert not vercel.errors, "\n".join(vercel.errors)
    store.close()
