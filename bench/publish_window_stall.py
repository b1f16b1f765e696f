"""Benchmark: the worst GUI-thread stall while the window publishes, and time per step.

Publishes the connected sample app (scaffold + compatibility rules over its files) against the
GitHub and Vercel fakes (real HTTP, real git repositories, in a process of their own as the
real services are; Vercel's build servers played by the Autopilot, so no Node.js build is timed
here), with the window's own parts: the build console
fed by `QtPublishEvents`, and the pipeline run the way the window runs it. A lag probe (a 5 ms
QTimer recording the longest gap between its ticks) runs throughout. Each mode publishes the
app once, then once more after one edit:

- process: the pipeline in a child process (`l4ydesk publish #APP --json`, ui/publish/child.py),
  its JSON lines read as they come and turned into the console's events: as shipped;
- loop: the same pipeline awaited on the GUI loop, in the window's process, for comparison.

The modes run in the order of MODES (default "process,loop"): the first publish of the first
mode is the window's first publish of its life (nothing of the pipeline imported yet). The
child reads its tokens from a file keyring (tests/fakes/file_keyring.py), as it would read the
system keyring.

    .venv/bin/python bench/publish_window_stall.py        (RUNS=2, MODES=process,loop)
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
os.environ.setdefault("L4YDESK_SERVER_SECRET", "bench-server-secret")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = int(os.environ.get("RUNS", "2"))

from bench.lag_probe import LagProbe  # noqa: E402 (after ROOT is on the path)


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

    from l4ydesk.app import GITHUB_TOKEN_KEY, VERCEL_TOKEN_KEY, build_services
    from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
    from l4ydesk.core.publish.config_store import save_config
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.publish.child import run_publish_child
    from l4ydesk.ui.publish.console import PublishConsole
    from l4ydesk.ui.publish.events_adapter import QtPublishEvents
    from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN
    from tests.publish_support import connected_sample

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    pool = ThreadPoolExecutor(max_workers=2)  # not qasync's QThreads, which outlive the loop
    loop.set_default_executor(pool)
    modes = os.environ.get("MODES", "process,loop").split(",")
    figures: dict[str, list[tuple[float, float, float, dict[str, float]]]] = {m: [] for m in modes}
    with tempfile.TemporaryDirectory() as tmp:
        # The child process reads the tokens itself: a keyring both processes see.
        os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.file_keyring.FileKeyring"
        os.environ["L4Y_TEST_KEYRING_FILE"] = str(Path(tmp) / "keyring.json")
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
        )
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
            probe = BusyProbe()

            async def publish(
                mode: str, app_id: int
            ) -> tuple[float, float, float, dict[str, float]]:
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
                if mode == "process":
                    await run_publish_child(services, app_id, events, False)
                else:
                    await in_process(services, app_id, events)
                await asyncio.sleep(0.05)  # the last queued signals reach the console
                return probe.stop(), probe.worst_busy_ms, time.perf_counter() - begin - 0.05, took

            async def run_all() -> None:
                for mode in modes:
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
    load = os.getloadavg()
    print(
        f"Publishing the connected sample app from the window against the fakes, {RUNS} apps x "
        f"(first publish + re-publish after one edit), load average {load[0]:.1f} "
        f"(5 min {load[1]:.1f}); GUI stall goal 16 ms, bar 50 ms:"
    )
    for index, (mode, rows) in enumerate(figures.items()):
        if not rows:
            continue
        where = "a child process" if mode == "process" else "the GUI loop"
        first = "the window's first" if index == 0 else "the mode's first"
        for label, column in (("stalled", 0), ("kept busy", 1)):
            values = [r[column] for r in rows]
            later = values[1:] or [0.0]
            print(
                f"  pipeline in {where}: GUI thread {label}: {first} publish "
                f"{values[0]:.1f} ms, the {len(values) - 1} later ones at worst "
                f"{max(later):.1f} ms (median {statistics.median(later):.1f} ms)"
            )
        total = statistics.median(r[2] for r in rows)
        print(f"  pipeline in {where}: Publish to READY median {total:.2f} s")
    print(
        "  (stalled: the longest gap between 5 ms timer ticks, wall clock, so it also counts the\n"
        "  time the OS gave the CPU to other processes; kept busy: the GUI thread's own CPU time\n"
        "  in its longest slice, what the window itself spent)"
    )
    steps = next(rows for rows in figures.values() if rows)[0][3]
    print(
        f"  per step, first publish ({modes[0]}): "
        + ", ".join(f"{step} {seconds * 1000:.0f} ms" for step, seconds in steps.items())
    )


class BusyProbe(LagProbe):
    """LagProbe, plus the GUI thread's own CPU time between two ticks (`time.thread_time`):
    on a loaded machine the wall-clock gap also holds time spent in other processes."""

    def start(self) -> None:
        self.worst_busy_ms = 0.0
        self._cpu = time.thread_time()
        super().start()

    def _tick(self) -> None:
        cpu = time.thread_time()
        self.worst_busy_ms = max(self.worst_busy_ms, (cpu - self._cpu) * 1000)
        self._cpu = cpu
        super()._tick()


async def in_process(services: Any, app_id: int, events: Any) -> Any:
    """The pipeline awaited on the window's loop (the comparison; the window never does this)."""
    from l4ydesk.app import publish_pipeline
    from l4ydesk.core.publish.config_store import load_config

    config = load_config(services.store, app_id)
    assert config is not None
    return await publish_pipeline(services).publish(app_id, config, events)


if __name__ == "__main__":
    main()
