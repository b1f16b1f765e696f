"""Twenty requests for the last seat at once, on a real SQLite file: exactly one gets it.

Both as threads (one connection each from the pool) and as separate processes, which is how the
window, the command line and `l4ydesk serve` meet on one database.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from l4ydesk.core.calendar import BookingDesk, ResourceBook, SlotUnavailableError
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.storage.db import Store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("UTC"))
CONTENDERS = 20
START = datetime(2026, 3, 23, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
RULES = SlotRules(duration=60, step=60)


def _class_with_one_seat_left(store: Store) -> int:
    resources = ResourceBook(store)
    yoga = resources.add("Yoga", "Europe/Berlin", parse_hours("mon 18:00-19:00"), capacity=5)
    desk = BookingDesk(store, now=lambda: NOW)
    for _ in range(4):
        desk.book(yoga.resource_id, START, RULES)
    return yoga.resource_id


@pytest.fixture(params=["sqlite", "postgresql"])
def race_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'race.db'}"
    return str(request.getfixturevalue("postgres").new_database())


def test_twenty_threads_one_last_seat(race_url: str) -> None:
    store = Store(race_url)
    try:
        resource_id = _class_with_one_seat_left(store)
        barrier = threading.Barrier(CONTENDERS)
        outcomes: list[str] = []
        lock = threading.Lock()

        def contend(n: int) -> None:
            desk = BookingDesk(store, now=lambda: NOW)
            barrier.wait()
            try:
                desk.book(resource_id, START, RULES, customer_name=f"guest {n}")
                result = "booked"
            except SlotUnavailableError as exc:
                result = "taken" if "just taken" in str(exc) else str(exc)
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=contend, args=(n,)) for n in range(CONTENDERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(outcomes) == ["booked"] + ["taken"] * (CONTENDERS - 1)
        held = BookingDesk(store).between(resource_id, START, START.replace(hour=19))
        assert sum(b.seats for b in held) == 5
    finally:
        store.close()


CHILD = r"""
import sys, time
from pathlib import Path
from datetime import datetime, UTC
from zoneinfo import ZoneInfo
from l4ydesk.core.calendar import BookingDesk, SlotUnavailableError
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.storage.db import Store

db, go, resource_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
store = Store(f"sqlite:///{db}")
desk = BookingDesk(store, now=lambda: datetime(2026, 3, 1, 12, tzinfo=UTC))
print("ready", flush=True)
while not go.exists():  # all twenty start together
    time.sleep(0.001)
try:
    desk.book(resource_id, datetime(2026, 3, 23, 18, tzinfo=ZoneInfo("Europe/Berlin")),
              SlotRules(60, 60))
    print("booked")
except SlotUnavailableError as exc:
    print("taken" if "just taken" in str(exc) else exc)
store.close()
"""


def test_twenty_processes_one_last_seat(tmp_path: Path) -> None:
    db = tmp_path / "race.db"
    store = Store(f"sqlite:///{db}")
    resource_id = _class_with_one_seat_left(store)
    store.close()
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(go), str(resource_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(CONTENDERS)
    ]
    try:
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = []
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            outcomes.append(out.strip())
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
    assert sorted(outcomes) == ["booked"] + ["taken"] * (CONTENDERS - 1)
    store = Store(f"sqlite:///{db}")
    try:
        held = BookingDesk(store).between(resource_id, START, START.replace(hour=19))
        assert sum(b.seats for b in held) == 5
    finally:
        store.close()


def test_a_database_busy_past_every_retry_is_a_sentence(tmp_path: Path) -> None:
    import sqlite3

    from l4ydesk.core.calendar import bookings
    from l4ydesk.core.calendar.model import CalendarBusyError

    db = tmp_path / "busy.db"
    store = Store(f"sqlite:///{db}")
    try:
        resource_id = _class_with_one_seat_left(store)
        holder = sqlite3.connect(db, timeout=0)
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock throughout
        store.engine.dispose()
        desk = BookingDesk(store, now=lambda: NOW)
        import sqlalchemy

        @sqlalchemy.event.listens_for(store.engine, "connect")
        def short_wait(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute("PRAGMA busy_timeout=50")  # type: ignore[attr-defined]

        with pytest.raises(CalendarBusyError, match="busy with other bookings"):
            desk.book(resource_id, START, RULES)
        holder.rollback()
        holder.close()
        assert bookings.LOCK_ATTEMPTS > 1
        assert desk.book(resource_id, START, RULES).seats == 1
    finally:
        store.close()
