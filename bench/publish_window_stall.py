"""Benchmark: the worst GUI-thread stall while the window publishes, and time per step.

Publishes the connected sample app (scaffold + compatibility rules over its files) against the
GitHub and Vercel fakes (real HTTP, real git repositories, in a process of their own as the
real services are; Vercel's build servers played by the Autopilot, so no Node.js build is timed
here), with the window's own parts: the build console
fed by `QtPublishEvents`, and the pipeline run the way the window runs it. A lag probe (a 5 ms
QTimer recording the longest gap between its ticks) runs throughout. Each mode publishes the
app once, then once more after one edit:

- thread: the pipeline in its own thread and loop (ui/publish/pipeline_thread.py), as shipped;
- loop: the same pipeline awaited on the GUI loop, for comparison.

    .venv/bin/python bench/publish_window_stall.py        (RUNS=2)
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
os.environ.setdefault("L4YDESK_SERVER_SECRET", "bench-server-secret")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = int(os.environ.get("RUNS", "2"))


def _serve_fakes(git_root: str, urls: Any, stop: Any) -> None:
    """The GitHub and Vercel fakes in a process of their own, as the real services are: their
    work (git objects, HTTP) must not compete with the window for its interpreter lock."""
    from tests.fakes.github_server import FakeGitHub
    from tests.fakes.vercel_server import FakeVercelServer
    from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN, Autopilot

    with (
        FakeGitHub(Path(git_root), token=GITHUB_TOKEN) as github,
        FakeVercelServer(VERCEL_TOKEN, git_root=Path(git_root), builds=False) as vercel,
        Autopilot(vercel),
    ):
        urls.put((github.base_url, vercel.base_url))
        stop.wait()


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from bench.lag_probe import LagProbe
    from l4ydesk.app import GITHUB_TOKEN_KEY, VERCEL_TOKEN_KEY, build_services
    from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
    from l4ydesk.core.publish.config_store import save_config
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.publish.console import PublishConsole
    from l4ydesk.ui.publish.events_adapter import QtPublishEvents
    from l4ydesk.ui.publish.work import _publish, pipeline_runner
    from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN
    from tests.publish_support import connected_sample

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    pool = ThreadPoolExecutor(max_workers=2)  # not qasync's QThreads, which outlive the loop
    loop.set_default_executor(pool)
    figures: dict[str, list[tuple[float, float, dict[str, float]]]] = {"thread": [], "loop": []}
    with tempfile.TemporaryDirectory() as tmp:
        git_root = Path(tmp) / "git"
        context = multiprocessing.get_context("spawn")
        urls, stop = context.Queue(), context.Event()
        fakes = context.Process(target=_serve_fakes, args=(str(git_root), urls, stop))
        fakes.start()
        github_url, vercel_url = urls.get(timeout=120)
        try:
            os.environ["L4YDESK_DATA_DIR"] = str(Path(tmp) / "data")
            os.environ["L4YDESK_GITHUB_URL"] = github_url
            os.environ["L4YDESK_VERCEL_URL"] = vercel_url
            services = build_services(load_settings())
            services.secrets.set(GITHUB_TOKEN_KEY, GITHUB_TOKEN)
            services.secrets.set(VERCEL_TOKEN_KEY, VERCEL_TOKEN)
            with services.ledger.locked() as (_session, account):
                account.tier = "agency"  # several apps: beyond Free's one deployed app
            console = PublishConsole()
            console.resize(1100, 400)
            console.show()
            probe = LagProbe()

            async def publish(mode: str, app_id: int) -> tuple[float, float, dict[str, float]]:
                events = QtPublishEvents(console)
                started: dict[str, float] = {}
                took: dict[str, float] = {}
                events.step_started_signal.connect(
                    lambda step, _d: started.__setitem__(step, time.perf_counter())
                )
                events.step_finished_signal.connect(
                    lambda step, _s: took.__setitem__(
                        step, time.perf_counter() - started.get(step, time.perf_counter())
                    )
                )
                events.log_received.connect(console.append_log)
                console.reset(f"Publishing ({mode})…")
                begin = time.perf_counter()
                probe.start()
                if mode == "thread":
                    await pipeline_runner(services, app_id, events, False)
                else:
                    await _publish(services, app_id, events, False)
                await asyncio.sleep(0.05)  # the last queued signals reach the console
                return probe.stop(), time.perf_counter() - begin - 0.05, took

            async def run_all() -> None:
                for mode in os.environ.get("MODES", "thread,loop").split(","):
                    for run in range(RUNS):
                        app_id = connected_sample(services.store, name=f"Bench {mode} {run}")
                        name = f"bench-{mode}-{run}"
                        config = PublishConfig(
                            name=name,
                            categories=("products", "forms", "checkout"),
                            github=GitHubTarget(repo=name),
                            vercel=VercelTarget(project=name),
                            platform_url="https://platform.example",
                        )
                        save_config(services.store, app_id, config)
                        figures[mode].append(await publish(mode, app_id))
                        page = services.vfs.read(app_id, "app/page.tsx")
                        services.vfs.write(app_id, "app/page.tsx", page + b"\n// edit\n")
                        figures[mode].append(await publish(mode, app_id))

            loop.run_until_complete(run_all())
            console.close()
            services.close()
        finally:
            stop.set()
            fakes.join(30)
    pool.shutdown(wait=True)
    print(
        f"Publishing the connected sample app from the window against the fakes, {RUNS} apps x "
        f"(first publish + re-publish after one edit), load average {os.getloadavg()[0]:.1f}:"
    )
    for mode, rows in figures.items():
        if not rows:
            continue
        stalls = [r[0] for r in rows]
        totals = [r[1] for r in rows]
        print(
            f"  pipeline on {'its own thread' if mode == 'thread' else 'the GUI loop  '}: "
            f"worst GUI stall {max(stalls):.1f} ms (median of runs {statistics.median(stalls):.1f}"
            f" ms; goal 16, bar 50); Publish to READY median {statistics.median(totals):.2f} s"
        )
    steps = (figures["thread"] or figures["loop"])[0][2]
    print(
        "  per step, first publish (own thread): "
        + ", ".join(f"{step} {seconds * 1000:.0f} ms" for step, seconds in steps.items())
    )


if __name__ == "__main__":
    main()
