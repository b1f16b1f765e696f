"""Benchmark: the worst GUI-thread stall while the Connect panel analyzes a 500-file app.

Generates a v0-style app (the generator of bench/analyzer_throughput.py), imports it into a
fresh SQLite store, and opens it in a shown `ConnectionPanel`. A lag probe (a 5 ms QTimer that
records the longest gap between its ticks) measures how long the GUI thread was blocked from
`set_app()` until the grouped results are on screen, then again for a re-analysis after one
file changed. Budget: 50 ms worst stall. Runs offscreen:

    .venv/bin/python bench/connect_panel_stall.py   (FILES=500 RUNS=3 SWITCH_MS= SOURCE= ROWS=)

SOURCE=<folder> analyzes a real project's checkout instead (a v0 app with a catalogue of
thousands of rows shows whether a big result list still paints within budget).

The analysis is pure Python in the worker thread, so the GUI thread waits for the GIL: how
long depends on the interpreter's switch interval (5 ms by default) and, on a busy machine,
on how soon the OS runs the GUI thread again. SWITCH_MS=1 shows the figure the window would
get if the launcher called `sys.setswitchinterval(0.001)`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = int(os.environ.get("FILES", "500"))
RUNS = int(os.environ.get("RUNS", "3"))
SWITCH_MS = os.environ.get("SWITCH_MS", "")
SOURCE = os.environ.get("SOURCE", "")
# ROWS=n adds a catalogue page that maps one array of n product rows (the per-data-set cap of
# the analyzer decides how many of them become items)
ROWS = int(os.environ.get("ROWS", "0"))


def write_catalogue(root: Path, rows: int) -> None:
    lib = root / "lib" / "catalogue.ts"
    lib.parent.mkdir(parents=True, exist_ok=True)
    lib.write_text(
        "export const catalogue = [\n"
        + "".join(
            f'  {{ id: {i}, name: "Item {i}", price: {i % 90}.99, image: "/c/{i}.png" }},\n'
            for i in range(rows)
        )
        + "]\n",
        encoding="utf-8",
    )
    page = root / "app" / "catalogue" / "page.tsx"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        'import { catalogue } from "@/lib/catalogue"\n'
        "export default function Catalogue() {\n"
        "  return <main><h1>Catalogue</h1>{catalogue.map((p) => (\n"
        "    <div key={p.id}><h3>{p.name}</h3><p>${p.price}</p></div>))}</main>\n}\n",
        encoding="utf-8",
    )


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from bench.analyzer_throughput import generate
    from bench.lag_probe import LagProbe
    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.storage.models import RevisionSource
    from l4ydesk.ui.connect import ConnectionPanel
    from l4ydesk.ui.launcher import freeze_startup_heap
    from l4ydesk.ui.tasks import TaskRunner

    if SWITCH_MS:
        sys.setswitchinterval(float(SWITCH_MS) / 1000)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    cold_stall: list[float] = []
    cold_time: list[float] = []
    edit_stall: list[float] = []
    edit_time: list[float] = []
    found = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = str(Path(tmp) / "data")
        source = Path(SOURCE) if SOURCE else Path(tmp) / "app"
        if not SOURCE:
            generate(source, FILES)
            if ROWS:
                write_catalogue(source, ROWS)
        services = build_services(load_settings())
        tasks = TaskRunner(services.executor)
        probe = LagProbe()
        app_ids = []
        for run in range(RUNS):
            app_id = services.catalog.create(f"Bench {run}").app_id
            services.transfer.import_folder(app_id, source)
            app_ids.append(app_id)

        async def settled(panel: ConnectionPanel) -> None:
            await asyncio.sleep(0)
            while panel.busy or tasks.running:
                await asyncio.sleep(0.002)
            await asyncio.sleep(0.05)  # let the view paint the new rows while the probe runs

        async def run_all() -> None:
            nonlocal found
            for app_id in app_ids:
                # A fresh panel per run: its analyzer starts cold, as after opening the app.
                panel = ConnectionPanel(services.vfs, services.records, services.connector, tasks)
                panel.resize(460, 900)
                panel.show()
                await asyncio.sleep(0.1)
                freeze_startup_heap()  # as the launcher does once the window is built
                started = time.perf_counter()
                probe.start()
                panel.set_app(app_id)
                await settled(panel)
                cold_stall.append(probe.stop())
                cold_time.append(time.perf_counter() - started - 0.05)
                assert panel.snapshot is not None
                found = len(panel.snapshot.items)

                path = next(p for p in sorted(services.vfs.read_all(app_id)) if _editable(p))
                data = services.vfs.read(app_id, path) + b"\n// edited\n"
                services.vfs.write(app_id, path, data, RevisionSource.USER)
                started = time.perf_counter()
                probe.start()
                panel.refresh()
                await settled(panel)
                edit_stall.append(probe.stop())
                edit_time.append(time.perf_counter() - started - 0.05)
                assert panel.snapshot is not None and panel.snapshot.parsed == (path,)
                panel.close()
                panel.deleteLater()
            await tasks.close()

        loop.run_until_complete(run_all())
        services.close()
    switch = sys.getswitchinterval() * 1000
    what = f"{Path(SOURCE).name} (a real project)" if SOURCE else f"a generated {FILES}-file app"
    print(
        f"Connect panel on {what}"
        + (f" with a {ROWS}-row catalogue" if ROWS and not SOURCE else "")
        + f" ({found} items found), {RUNS} runs, "
        f"GIL switch interval {switch:g} ms, load average {os.getloadavg()[0]:.1f}:"
    )
    print(
        f"  worst GUI stall while analyzing: {max(cold_stall):.1f} ms "
        f"(median of runs {statistics.median(cold_stall):.1f} ms; budget 50 ms)"
    )
    print(f"  set_app to grouped results on screen: {statistics.median(cold_time) * 1000:.0f} ms")
    print(
        f"  after one file changed: worst stall {max(edit_stall):.1f} ms, results in "
        f"{statistics.median(edit_time) * 1000:.0f} ms (1 file parsed)"
    )


def _editable(path: str) -> bool:
    # a page section of the generated app, or any page of a real one
    return (
        "section" in path if not SOURCE else path.endswith(".tsx") and "components/ui" not in path
    )


if __name__ == "__main__":
    main()
