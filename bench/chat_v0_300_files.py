"""How long writing a 300-file v0 version into an app's files takes (headless figures).

Three figures: the first version (300 new files), a follow-up that changes all 300 and drops
10, and a whole v0 turn over HTTP against the fake v0 server (send, poll, fetch, write).
The GUI-stall part (the window's event loop while a version lands) is measured separately.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FILES = int(os.environ.get("FILES", "300"))
RUNS = int(os.environ.get("RUNS", "5"))


def version_files(count: int, salt: str) -> dict[str, str]:
    rng = random.Random(f"{count}-{salt}")
    files = {}
    for i in range(count):
        folder = "app" if i % 7 == 0 else f"components/section{i % 20}"
        lines = "".join(
            f'  <div className="p-{j % 8}">{salt} {rng.random():.6f}</div>\n'
            for j in range(rng.randint(10, 80))
        )
        body = f"export function Part{i}() {{\n  return <>\n{lines}</>\n}}\n"
        files[f"{folder}/part{i}.tsx"] = body
    return files


def apply_figures() -> tuple[list[float], list[float], int]:
    from l4ydesk.clients.v0 import ChatVersion, VersionFile, VersionStatus
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.chat.history import ChatLog
    from l4ydesk.core.chat.v0_sync import V0Sync
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store

    first_runs, follow_runs, size = [], [], 0
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            vfs = VirtualFileSystem(store, 5 * 1024 * 1024)
            log = ChatLog(store)
            sync = V0Sync(store, vfs, log)
            app_id = AppCatalog(store).create(f"Bench {run}").app_id
            first = version_files(FILES, "first")
            size = sum(len(t) for t in first.values())
            follow = version_files(FILES, "second")
            for dropped in list(follow)[:10]:
                del follow[dropped]

            def version(vid: str, files: dict[str, str]) -> ChatVersion:
                return ChatVersion(
                    vid,
                    VersionStatus.COMPLETED,
                    files=tuple(VersionFile(p, c) for p, c in files.items()),
                )

            t = time.perf_counter()
            sync.apply_version(app_id, log.v0_state(app_id), "chat_1", version("v1", first))
            first_runs.append(time.perf_counter() - t)
            t = time.perf_counter()
            outcome = sync.apply_version(
                app_id, log.v0_state(app_id), "chat_1", version("v2", follow)
            )
            follow_runs.append(time.perf_counter() - t)
            assert len(outcome.changes.written) == FILES - 10 and len(outcome.changes.deleted) == 10
            store.close()
    return first_runs, follow_runs, size


def http_figure() -> float | None:
    try:
        from tests.fakes.v0_server import FakeV0Server, PlannedVersion
    except ImportError:  # the fakes ship with the source tree only
        return None
    from l4ydesk.clients.v0 import V0Client
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.chat import ChatService, MessageStatus
    from l4ydesk.core.chat.ports import ChatModelApi, V0Api
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store

    async def no_wait(_: float) -> None:
        await asyncio.sleep(0)

    with tempfile.TemporaryDirectory() as tmp, FakeV0Server(pending_polls=1) as server:
        store = Store(f"sqlite:///{tmp}/bench.db")
        vfs = VirtualFileSystem(store, 5 * 1024 * 1024)
        app_id = AppCatalog(store).create("HTTP bench").app_id

        def v0() -> V0Api:
            return V0Client(server.api_key, base_url=server.url("/v1"), sleep=no_wait)

        def ai() -> ChatModelApi:
            raise RuntimeError("not used")

        chat = ChatService(store, vfs, v0_client=v0, ai_client=ai)
        server.plan(PlannedVersion(files=version_files(FILES, "http")))
        t = time.perf_counter()
        result = asyncio.run(chat.send(app_id, "A big app", "v0"))
        elapsed = time.perf_counter() - t
        assert result.status is MessageStatus.SENT, result.error
        store.close()
    return elapsed


def gui_stall_figure() -> float | None:
    """Worst GUI-thread stall while a whole v0 turn lands, with the store work in a worker."""
    try:
        from tests.fakes.v0_server import FakeV0Server, PlannedVersion
    except ImportError:
        return None
    from concurrent.futures import ThreadPoolExecutor

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from lag_probe import LagProbe

    from l4ydesk.clients.v0 import V0Client
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.chat import ChatService, MessageStatus
    from l4ydesk.core.chat.ports import ChatModelApi, V0Api
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store
    from l4ydesk.ui.launcher import freeze_startup_heap

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    executor = ThreadPoolExecutor(max_workers=1)
    with tempfile.TemporaryDirectory() as tmp, FakeV0Server(pending_polls=1) as server:
        store = Store(f"sqlite:///{tmp}/bench.db")
        vfs = VirtualFileSystem(store, 5 * 1024 * 1024)
        app_id = AppCatalog(store).create("Stall bench").app_id

        async def no_wait(_: float) -> None:
            await asyncio.sleep(0)

        def v0() -> V0Api:
            return V0Client(server.api_key, base_url=server.url("/v1"), sleep=no_wait)

        def ai() -> ChatModelApi:
            raise RuntimeError("not used")

        chat = ChatService(store, vfs, v0_client=v0, ai_client=ai, executor=executor)
        probe = LagProbe()

        async def turn(files: int) -> float:
            server.plan(PlannedVersion(files=version_files(files, f"stall{files}")))
            probe.start()
            result = await chat.send(app_id, "A big app", "v0")
            assert result.status is MessageStatus.SENT, result.error
            return probe.stop()

        # A one-file turn first: the first HTTP request imports parts of httpx lazily,
        # which is start-up cost, not the cost of landing a version.
        loop.run_until_complete(turn(1))
        freeze_startup_heap()
        worst = loop.run_until_complete(turn(FILES))
        store.close()
    executor.shutdown()
    loop.close()
    return worst


def main() -> None:
    first, follow, size = apply_figures()
    print(f"v0 version of {FILES} files ({size / 1e6:.1f} MB), {RUNS} runs:")
    print(
        f"  first version into an empty app: median {statistics.median(first) * 1000:.0f} ms, "
        f"max {max(first) * 1000:.0f} ms"
    )
    print(
        f"  follow-up changing {FILES - 10} and deleting 10: "
        f"median {statistics.median(follow) * 1000:.0f} ms, max {max(follow) * 1000:.0f} ms"
    )
    elapsed = http_figure()
    if elapsed is not None:
        print(f"  whole v0 turn over HTTP with the fake v0 server: {elapsed * 1000:.0f} ms")
    worst = gui_stall_figure()
    if worst is not None:
        print(f"  worst GUI-thread stall while that turn lands: {worst:.0f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
