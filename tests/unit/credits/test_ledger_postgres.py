"""Two processes deducting from one balance on PostgreSQL never overdraw it either.

Runs where the Platform API's test PostgreSQL (tests/platform/postgres.py) and psycopg exist;
elsewhere it is skipped, and the SQLite twin in test_ledger.py still runs.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from l4ydesk.core.credits import Ledger
from l4ydesk.storage.db import Store
from tests.unit.credits.test_ledger import spend_in_process


def test_two_processes_on_postgres_never_overdraw(postgres: Any) -> None:
    url = postgres.new_database()
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
