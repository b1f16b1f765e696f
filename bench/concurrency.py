"""Concurrent writers on one SQLite file: N importers and N connectors as real processes.

For N = 2, 4, 8 (override with N="2,4"), starts N processes that import the same shadcn-like
folder (half into one shared app, half into apps of their own: blobs are shared by all) and N
processes that run the same connection plan on one app, all released at the same moment.
Prints, per N, the failures (exceptions, plus duplicated or missing rows; the goal is 0) and
the throughput (files and plan items per second of wall time). First-run figures: every run
starts from an empty database.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import ConnectionPlan, Connector, new_item
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject

FILES = int(os.environ.get("FILES", "400"))
ITEMS = int(os.environ.get("ITEMS", "300"))
MAX_FILE = 5 * 1024 * 1024


def _import(url: str, app_id: int, folder: str, ready: Any, start: Any, out: Any) -> None:
    store = Store(url)
    try:
        transfer = FileTransfer(VirtualFileSystem(store, MAX_FILE))
        ready.put(1)
        start.wait()
        began = time.perf_counter()
        report = transfer.import_path(app_id, Path(folder))
        out.put(("import", "ok", report.written + report.unchanged, time.perf_counter() - began))
    except Exception as exc:
        out.put(("import", f"{type(exc).__name__}: {exc}", 0, 0.0))
    finally:
        store.close()


def _connect(url: str, app_id: int, count: int, ready: Any, start: Any, out: Any) -> None:
    store = Store(url)
    try:
        items = tuple(new_item("product", f"Mug {n}", {"price": f"{n}.50"}) for n in range(count))
        ready.put(1)
        start.wait()
        began = time.perf_counter()
        Connector(store).execute_plan(ConnectionPlan(app_id, items))
        out.put(("connect", "ok", count, time.perf_counter() - began))
    except Exception as exc:
        out.put(("connect", f"{type(exc).__name__}: {exc}", 0, 0.0))
    finally:
        store.close()


def _folder(root: Path) -> Path:
    for n in range(FILES):
        target = root / ("components/ui" if n % 2 else "app/sections") / f"part{n}.tsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"export const Part{n} = () => <div>{n}</div>;\n" * 30)
    return root


def run(n: int, work: Path) -> dict[str, Any]:
    url = f"sqlite:///{work / f'bench-{n}.db'}"
    store = Store(url)
    catalog = AppCatalog(store)
    shared = catalog.create("Shared").app_id
    own = [catalog.create(f"Own {k}").app_id for k in range(n // 2)]
    connect_app = catalog.create("Connected").app_id
    import_targets = [shared] * (n - len(own)) + own
    ctx = multiprocessing.get_context("spawn")
    ready, start, out = ctx.Queue(), ctx.Event(), ctx.Queue()
    folder = str(work / "src")
    procs = [
        ctx.Process(target=_import, args=(url, a, folder, ready, start, out))
        for a in import_targets
    ]
    procs += [
        ctx.Process(target=_connect, args=(url, connect_app, ITEMS, ready, start, out))
        for _ in range(n)
    ]
    for proc in procs:
        proc.start()
    for _ in procs:  # every process has imported l4ydesk and opened the store
        ready.get(timeout=600)
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - began
    for proc in procs:
        proc.join()
    failures = [f"{kind}: {status}" for kind, status, _, _ in results if status != "ok"]
    vfs = VirtualFileSystem(store, MAX_FILE)
    for app_id in {*import_targets}:
        files = vfs.list_files(app_id)
        if len(files) != FILES or any(f.revision != 1 for f in files):
            failures.append(f"app {app_id}: {len(files)} files, expected {FILES} at revision 1")
    with store.session() as session:
        records = session.scalar(select(func.count()).select_from(OntologyObject)) or 0
        links = session.scalar(
            select(func.count()).select_from(ObjectLink).where(ObjectLink.app_id == connect_app)
        )
    if records != ITEMS or links != ITEMS:
        failures.append(f"connect: {records} records and {links} links, expected {ITEMS} each")
    store.close()
    imported = sum(c for kind, s, c, _ in results if kind == "import" and s == "ok")
    connected = sum(c for kind, s, c, _ in results if kind == "connect" and s == "ok")
    return {
        "n": n,
        "failures": failures,
        "wall": wall,
        "files_per_s": imported / wall,
        "items_per_s": connected / wall,
        "slowest": max(t for *_, t in results),
    }


def main() -> None:
    counts = [int(x) for x in os.environ.get("N", "2,4,8").split(",")]
    print(f"{FILES} files per importer, {ITEMS} plan items per connector, one SQLite file (WAL)")
    print(f"{'N':>3} {'failures':>8} {'wall s':>7} {'files/s':>8} {'items/s':>8} {'slowest s':>9}")
    for n in counts:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            _folder(work / "src")
            row = run(n, work)
        print(
            f"{row['n']:>3} {len(row['failures']):>8} {row['wall']:>7.2f} "
            f"{row['files_per_s']:>8.0f} {row['items_per_s']:>8.0f} {row['slowest']:>9.2f}"
        )
        for failure in row["failures"]:
            print(f"    {failure}")


if __name__ == "__main__":
    main()
