"""Two processes deducting from one balance on PostgreSQL never overdraw it either.

Runs where the Platform API's test PostgreSQL (tests/platform/postgres.py) and psycopg exist;
elsewhere it is skipped, and the SQLite twin in test_ledger.py still runs.
"""

from __future__ import annotations

from typing import Any

from l4ydesk.core.credits import Ledger
from l4ydesk.storage.db import Store
from tests.unit.credits.test_ledger import race_two_spenders


def test_two_processes_on_postgres_never_overdraw(postgres: Any) -> None:
    url = postgres.new_database()
    store = Store(url)
    try:
        spent = race_two_spenders(store, url)
        assert sum(spent) == 50 and Ledger(store).balance().total == 0
    finally:
        store.close()
