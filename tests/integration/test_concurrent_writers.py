"""Several processes writing one SQLite file at once: nothing duplicated, nothing crashes.

Each writer is a real process (spawned, so it opens its own engine) released by one shared
event, so their transactions overlap as they do when the window and `l4ydesk connect` (or two
imports) run together.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import ConnectionPlan, Connector, new_item
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import ObjectLink, OntologyObject

MAX_FILE = 5 * 1024 * 1024


def _connect_worker(url: str, app_id: int, count: int, start: Any, out: Any) -> None:
    store = Store(url)
    try:
        items = tuple(new_item("product", f"Mug {n}", {"price": f"{n}.50"}) for n in range(count))
        plan = ConnectionPlan(app_id, items)
        start.wait()
        result = Connector(store).execute_plan(plan)
        out.put(("ok", len(result.created)))
    except Exception as exc:  # reported to the test, which fails on it
        out.put(("error", repr(exc)))
    finally:
        store.close()


def _import_worker(url: str, app_id: int, folder: str, start: Any, out: Any) -> None:
    store = Store(url)
    try:
        transfer = FileTransfer(VirtualFileSystem(store, MAX_FILE))
        start.wait()
        report = transfer.import_path(app_id, Path(folder))
        out.put(("ok", report.written))
    except Exception as exc:
        out.put(("error", repr(exc)))
    finally:
        store.close()


def _race(target: Callable[..., None], argument_sets: list[tuple[Any, ...]]) -> list[Any]:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, out)) for args in argument_sets]
    for proc in procs:
        proc.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    return results


def _shared_folder(root: Path, files: int) -> Path:
    # Like every shadcn app: the same components/ui/* in each one.
    for n in range(files):
        target = root / "components" / "ui" / f"part{n}.tsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"export const Part{n} = () => <div>{n}</div>;\n" * 20)
    return root


def test_overlapping_connect_runs_create_each_record_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    store = Store(url)
    try:
        catalog = AppCatalog(store)
        for round_number in range(3):
            app_id = catalog.create(f"Shop {round_number}").app_id
            results = _race(_connect_worker, [(url, app_id, 150)] * 4)
            assert [kind for kind, _ in results] == ["ok"] * 4, results
            # Exactly one run created the records; the others found them connected.
            assert sorted(created for _, created in results) == [0, 0, 0, 150]
            with store.session() as session:
                links = session.scalar(
                    select(func.count()).select_from(ObjectLink).where(ObjectLink.app_id == app_id)
                )
                assert links == 150
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(OntologyObject)) == 150 * 3
    finally:
        store.close()


def test_imports_of_shared_files_into_two_apps_at_once_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    folder = _shared_folder(tmp_path / "src", 300)
    store = Store(url)
    try:
        catalog = AppCatalog(store)
        for round_number in range(2):
            apps = [catalog.create(f"App {round_number}-{n}").app_id for n in range(3)]
            # Three apps share the blobs; two more imports land in the first app itself.
            targets = [*apps, apps[0], apps[0]]
            results = _race(_import_worker, [(url, app, str(folder)) for app in targets])
            assert [kind for kind, _ in results] == ["ok"] * len(targets), results
            vfs = VirtualFileSystem(store, MAX_FILE)
            for app in apps:
                files = vfs.list_files(app)
                assert len(files) == 300
                assert all(f.revision == 1 for f in files)
    finally:
        store.close()
