"""Time from "Publish" to READY against the GitHub and Vercel fakes, split per pipeline step.

The bundled sample app is imported into a real SQLite store and published with the real
preparer (scaffold + compatibility rules), real HTTP to the fakes and real git objects. By
default the Vercel fake does not build (its deployments are moved to READY as soon as they are
created), so the figures are the pipeline's own cost; `REAL_BUILD=1` runs `next build` in the
fake instead (minutes; the first run also fills the npm cache).

    .venv/bin/python bench/publish_pipeline.py            # RUNS=3
    REAL_BUILD=1 RUNS=1 .venv/bin/python bench/publish_pipeline.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")

RUNS = int(os.environ.get("RUNS", "3"))
REAL_BUILD = os.environ.get("REAL_BUILD") == "1"
GITHUB_TOKEN = "ghp_bench000000000000000000000000000000001"
VERCEL_TOKEN = "vercel-bench-token-0123456789"


class StepClock:
    """A PublishEvents that notes when each step started and ended."""

    def __init__(self, requests: list[object] | None = None) -> None:
        self.started: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.log_lines = 0
        self.requests = requests if requests is not None else []  # the GitHub fake's log
        self.sent: dict[str, int] = {}  # GitHub requests per step

    def step_started(self, step: object, description: str) -> None:
        self.started[str(step)] = time.perf_counter()
        self.sent[str(step)] = len(self.requests)

    def step_finished(self, step: object, summary: str) -> None:
        if str(step) in self.started:
            self.seconds[str(step)] = time.perf_counter() - self.started[str(step)]
            self.sent[str(step)] = len(self.requests) - self.sent[str(step)]

    def build_log(self, text: str) -> None:
        self.log_lines += 1

    def heal_attempt(self, attempt: object) -> None:
        pass

    def domain_records(self, domain: str, records: object, problem: str) -> None:
        pass

    def finished(self, result: object) -> None:
        pass

    def failed(self, sentence: str) -> None:
        print(f"  failed: {sentence}")


def instant_ready(vercel: object, stop: threading.Event) -> None:
    """Plays Vercel's build servers when the fake does not build: READY at once."""
    seen: set[str] = set()
    deployments: dict[str, object] = vercel.deployments  # type: ignore[attr-defined]
    while not stop.wait(0.005):
        for deployment_id in list(deployments):
            if deployment_id not in seen:
                seen.add(deployment_id)
                vercel.advance(deployment_id, "READY", ("Compiled (no build)",))  # type: ignore[attr-defined]


async def one_publish(root: Path, number: int) -> tuple[float, dict[str, float], int]:
    from l4ydesk.app import build_platform_for, build_services, publish_pipeline
    from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
    from l4ydesk.core.publish.config_store import save_config
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings
    from tests.fakes.github_server import FakeGitHub
    from tests.fakes.vercel_server import FakeVercelServer
    from tests.publish_support import connected_sample

    work = root / f"run{number}"
    git_root = work / "git"
    builds = {"work_root": work / "builds", "data_dir": root / "vercel-data"}
    with (
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(
            VERCEL_TOKEN, git_root=git_root, builds=REAL_BUILD, **(builds if REAL_BUILD else {})
        ) as vercel,
    ):
        stop = threading.Event()
        pilot = threading.Thread(target=instant_ready, args=(vercel, stop), daemon=True)
        if not REAL_BUILD:
            pilot.start()
        os.environ.update(
            L4YDESK_DATA_DIR=str(work / "data"),
            L4YDESK_DB_URL=f"sqlite:///{work / 'l4ydesk.db'}",
            L4YDESK_SERVER_SECRET="bench-secret",
            L4YDESK_GITHUB_URL=github.base_url,
            L4YDESK_VERCEL_URL=vercel.base_url,
        )
        services = build_services(load_settings())
        server = None
        try:
            services.secrets.set("github_token", GITHUB_TOKEN)
            services.secrets.set("vercel_token", VERCEL_TOKEN)
            platform = build_platform_for(services, dev=True)
            # A real build loads the store's records from the platform (it must answer).
            server = BackgroundServer(platform) if REAL_BUILD else None
            platform_url = server.start() if server else "https://platform.example"
            app_id = connected_sample(services.store)
            config = PublishConfig(
                name="Harbor & Pine",
                categories=("products", "forms"),
                github=GitHubTarget(repo="harbor-pine"),
                vercel=VercelTarget(project="harbor-pine"),
                platform_url=platform_url,
            )
            save_config(services.store, app_id, config)
            clock = StepClock(github.requests)
            started = time.perf_counter()
            await publish_pipeline(services).publish(app_id, config, clock)
            total = time.perf_counter() - started
            files = len(github.files_at("octo", "harbor-pine", "main"))
            again = StepClock(github.requests)  # a re-publish with nothing changed
            await publish_pipeline(services).publish(app_id, config, again)
            commit = next(k for k in clock.sent if k.lower().endswith("commit"))
            binaries = sum(
                1
                for r in github.requests
                if r.method == "POST" and r.path.endswith("/git/blobs")  # type: ignore[attr-defined]
            )
            print(
                f"  GitHub requests in the commit step: first publish {clock.sent[commit]} "
                f"({binaries} binary files), re-publish unchanged {again.sent[commit]}"
            )
        finally:
            stop.set()
            if server is not None:
                server.stop()
            services.close()
    return total, clock.seconds, files


def main() -> None:
    from l4ydesk.core.publish.events import Step

    totals: list[float] = []
    per_step: dict[str, list[float]] = {step.value: [] for step in Step}
    files = 0
    with tempfile.TemporaryDirectory(prefix="l4y-bench-publish-") as folder:
        for number in range(RUNS):
            total, seconds, files = asyncio.run(one_publish(Path(folder), number))
            totals.append(total)
            for step, value in seconds.items():
                per_step[step.split(".")[-1].lower()].append(value)
            print(f"run {number + 1}: {total * 1000:.0f} ms from Publish to READY")
    mode = "real next build in the Vercel fake" if REAL_BUILD else "Vercel fake without builds"
    print(f"\nsample app ({files} files committed), {mode}, {RUNS} runs (run 1 is first-run)")
    print(f"{'step':<16}{'median ms':>12}{'max ms':>10}")
    for step, values in per_step.items():
        if values:
            print(f"{step:<16}{statistics.median(values) * 1000:>12.1f}{max(values) * 1000:>10.1f}")
    print(f"{'total':<16}{statistics.median(totals) * 1000:>12.1f}{max(totals) * 1000:>10.1f}")


if __name__ == "__main__":
    main()
