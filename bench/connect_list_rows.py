"""Benchmark: Create on a list element of many rows (l4ydesk.core.connection_rows).

Prints, for lists of ROWS rows (default 100, 1000 and 5000, the cap), how long reading the rows
into plan items takes (the Connect panel does it in the worker) and how long a run that creates
them all and its undo take on a fresh SQLite store (batches of 500), and what a change of the
list's action costs (the panel's radio buttons do it on the GUI thread), with the load average:

    .venv/bin/python bench/connect_list_rows.py        (ROWS=100,1000,5000)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from l4ydesk.core.apps import AppCatalog  # noqa: E402
from l4ydesk.core.connection_rows import list_rows  # noqa: E402
from l4ydesk.core.connections import ConnectionPlan, Connector, new_item  # noqa: E402
from l4ydesk.storage.db import Store  # noqa: E402


def _list(count: int) -> dict[str, object]:
    rows = [
        {
            "name": f"Client {n:05}",
            "email": f"c{n}@example.com",
            "company": "Acme",
            "source": "data",
        }
        for n in range(count)
    ]
    return {"source": "data", "list": True, "rows": rows, "items": [r["name"] for r in rows]}


def main() -> None:
    sizes = [int(n) for n in os.environ.get("ROWS", "100,1000,5000").split(",")]
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")  # migrates on open
            try:
                app_id = AppCatalog(store).create("Bench").app_id
                item = new_item("contact", "Clients", _list(count), "app/clients/page.tsx")
                start = time.perf_counter()
                made = list_rows(item)
                read = time.perf_counter() - start
                start = time.perf_counter()
                item.skip().create()
                switch = (time.perf_counter() - start) / 2
                connector = Connector(store)
                start = time.perf_counter()
                result = connector.execute_plan(ConnectionPlan(app_id, (item,)))
                run = time.perf_counter() - start
                start = time.perf_counter()
                connector.undo(result)
                undo = time.perf_counter() - start
            finally:
                store.close()
        load = os.getloadavg()[0]
        print(
            f"{count:>5} rows: read {read * 1000:7.1f} ms ({len(made.items)} items) · "
            f"action change {switch * 1000:5.2f} ms · "
            f"run {run:6.2f} s ({len(result.created)} created) · undo {undo:6.2f} s · "
            f"load {load:.2f}"
        )


if __name__ == "__main__":
    main()
