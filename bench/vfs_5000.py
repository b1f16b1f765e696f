"""VFS figures on a generated 5,000-file app: import, list, save, and the worst GUI stall
while the window imports it (target under 50 ms)."""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
sys.path.insert(0, str(Path(__file__).parent))

FILES = int(os.environ.get("FILES", "5000"))


def generate_app(root: Path, count: int) -> int:
    rng = random.Random(42)
    total = 0
    for i in range(count):
        folder = root / f"components/section{i % 50}" if i % 5 else root / f"app/route{i % 200}"
        folder.mkdir(parents=True, exist_ok=True)
        body = "".join(
            f"export function Item{i}_{j}() {{ "
            f'return <div className="p-{j % 8}">{rng.random()}</div> }}\n'
            for j in range(rng.randint(5, 60))
        )
        path = folder / f"file{i}.tsx"
        path.write_text(body)
        total += len(body)
    return total


def headless_figures(src: Path) -> None:
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.transfer import FileTransfer
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        vfs = VirtualFileSystem(store, 5 * 1024 * 1024)
        app = AppCatalog(store).create("Bench")
        t = time.perf_counter()
        report = FileTransfer(vfs).import_folder(app.app_id, src)
        imported = time.perf_counter() - t
        t = time.perf_counter()
        files = vfs.list_files(app.app_id)
        listed = time.perf_counter() - t
        target = files[len(files) // 2].path
        saves = []
        for n in range(20):
            t = time.perf_counter()
            vfs.write(app.app_id, target, f"// edit {n}\n".encode() * 50)
            saves.append(time.perf_counter() - t)
        store.close()
    print(
        f"import {report.written} files: {imported:.2f} s ({report.written / imported:.0f} files/s)"
    )
    print(f"list tree of {len(files)} files: {listed * 1000:.0f} ms")
    print(
        f"save one file in it: median {statistics.median(saves) * 1000:.1f} ms, "
        f"max {max(saves) * 1000:.1f} ms (20 saves)"
    )


def gui_stall(src: Path) -> None:
    import qasync
    import shiboken6
    from lag_probe import LagProbe
    from PySide6 import QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.launcher import freeze_startup_heap
    from l4ydesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        app = QApplication.instance() or QApplication([])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        services = build_services(load_settings())
        window = MainWindow(services)
        freeze_startup_heap()  # as the launcher does
        window.show()
        probe = LagProbe()

        async def run() -> tuple[float, float]:
            await window.apps.create_app("Stall bench")
            await asyncio.sleep(0.2)
            probe.start()
            t = time.perf_counter()
            await window.files.transfer.import_into_app(src)
            elapsed = time.perf_counter() - t
            await asyncio.sleep(0.1)
            worst = probe.stop()
            await window.shutdown()
            return worst, elapsed

        # One run_until_complete only: QApplication.exec() emits aboutToQuit when it returns,
        # which tears QtWebEngine down under the window's preview.
        worst, elapsed = loop.run_until_complete(run())
        shiboken6.delete(window)
        services.close()
        loop.close()
    print(
        f"window import of {FILES} files: {elapsed:.2f} s, worst GUI-thread stall {worst:.0f} ms "
        "(target < 50 ms)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "app"
        size = generate_app(src, FILES)
        print(f"generated {FILES} files, {size / 1e6:.1f} MB")
        headless_figures(src)
        gui_stall(src)


if __name__ == "__main__":
    main()
