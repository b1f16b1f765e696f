"""Two processes deducting from one balance on PostgreSQL never overdraw it either.

Runs where the Platform API's test PostgreSQL (tests/platform/postgres.py) and psycopg exist;
elsewhere it is skipped, and the SQLite twin in test_ledger.py still runs.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.core.credits import Ledger
from l4ydesk.storage.db import Store
from tests.unit.credits.test_ledger import spend_in_process

postgres: Any = pytest.importorskip(
    "tests.platform.postgres", reason="the test PostgreSQL comes with the Platform API tests"
)
pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def pg() -> Iterator[Any]:
    bindir = postgres.find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed")
    # Not under pytest's tmp folder: as root the server runs as `postgres`, who cannot enter it.
    folder = Path(tempfile.mkdtemp(prefix="l4ydesk-pg-credits-"))
    server = postgres.TestPostgres(bindir, folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_two_processes_on_postgres_never_overdraw(pg: Any) -> None:
    url = pg.new_database()
    store = Store(url)
    try:
        Ledger(store).add_purchased("seed", 50, "pack")
        context = multiprocessing.get_context("spawn")
        results: multiprocessing.Queue[int] = context.Queue()
        workers = [
            context.Process(target=spend_in_process, args=(url, w, 40, results)) for w in range(2)
        ]
        for worker in workers:
            worker.start()
        spent = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        assert sum(spent) == 50 and Ledger(store).balance().total == 0
    finally:
        store.close()
