"""Benchmark: free slots for 50 resources x 30 days with 5,000 existing bookings.

    .venv/bin/python bench/slots.py        (RUNS=7)

Prints, best and median of RUNS:
  * engine: the pure slot engine (core/calendar/slots.py) for all 50 resources, grouped by day
    in a booker's zone, on data already in memory (goal <= 50 ms);
  * engine + datetimes: the same, turning every slot into an aware datetime for display;
  * from the store: the same through `Calendar.slots` on a real SQLite file, which also reads
    hours, exceptions, bookings and blocks of each resource (what the window and CLI pay).
CPU time is printed beside the wall time, since on a shared machine the wall time includes
waiting for a core. Resources are spread over seven zones (two with half-hour offsets), each
with split weekday hours, a date exception, two blocks and 100 bookings of 30-90 minutes with
buffers.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from l4ydesk.core.calendar.hours_spec import parse_hours  # noqa: E402
from l4ydesk.core.calendar.service import Calendar  # noqa: E402
from l4ydesk.core.calendar.slots import (  # noqa: E402
    Busy,
    Hours,
    SlotRules,
    free_slots,
    group_by_day,
    local_instant,
    to_datetime,
)
from l4ydesk.storage.calendar_models import CalBlock, CalBooking  # noqa: E402
from l4ydesk.storage.db import Store  # noqa: E402

RESOURCES, DAYS, BOOKINGS = 50, 30, 5000
RUNS = int(os.environ.get("RUNS", "7"))
ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "UTC",
    "America/Los_Angeles",
    "Asia/Tokyo",
]
FIRST = date(2026, 3, 16)  # spans the European and Lord Howe change days
NOW = datetime(2026, 3, 15, tzinfo=UTC)
RULES = SlotRules(duration=30, step=15, buffer_before=5, buffer_after=10)
WEEKLY = parse_hours("mon-fri 08:00-12:00,13:00-18:00; sat 09:00-13:00")


def scenario(rng: random.Random) -> list[tuple[Hours, list[Busy]]]:
    cases = []
    for index in range(RESOURCES):
        zone = ZONES[index % len(ZONES)]
        tz = ZoneInfo(zone)
        hours = Hours(
            zone, WEEKLY, {FIRST + timedelta(days=9): [(10 * 60, 14 * 60)]}, 1 + index % 3
        )
        busy: list[Busy] = []
        for _ in range(BOOKINGS // RESOURCES):
            day = FIRST + timedelta(days=rng.randrange(DAYS))
            start = local_instant(day, rng.randrange(8 * 4, 17 * 4) * 15, tz)
            busy.append(Busy(start - 300, start + rng.choice([30, 60, 90]) * 60 + 600, 1))
        for _ in range(2):
            day = FIRST + timedelta(days=rng.randrange(DAYS))
            start = local_instant(day, 12 * 60, tz)
            busy.append(Busy(start, start + 3 * 3600))
        cases.append((hours, busy))
    return cases


def engine_run(
    cases: list[tuple[Hours, list[Busy]]], with_datetimes: bool
) -> tuple[float, int, float]:
    start, cpu = time.perf_counter(), time.process_time()
    count = 0
    window_zone = ZoneInfo("America/New_York")
    lo = local_instant(FIRST, 0, window_zone)
    hi = local_instant(FIRST + timedelta(days=DAYS), 0, window_zone)
    for hours, busy in cases:
        slots = free_slots(hours, busy, RULES, (lo, hi), int(NOW.timestamp()))
        grouped = group_by_day(slots, "America/New_York")
        count += len(slots)
        if with_datetimes:
            for items in grouped.values():
                for s, e in items:
                    to_datetime(s, "America/New_York"), to_datetime(e, "America/New_York")
    return (time.perf_counter() - start) * 1000, count, (time.process_time() - cpu) * 1000


def store_run(calendar: Calendar, resources: list[object]) -> float:
    start = time.perf_counter()
    for resource in resources:
        calendar.slots(resource, FIRST, FIRST + timedelta(days=DAYS - 1), RULES, "America/New_York")  # type: ignore[arg-type]
    return (time.perf_counter() - start) * 1000


def fill_store(store: Store, cases: list[tuple[Hours, list[Busy]]]) -> Calendar:
    calendar = Calendar(store, now=lambda: NOW)
    for index, (hours, busy) in enumerate(cases):
        info = calendar.resources.add(f"r{index}", hours.zone, WEEKLY, hours.capacity)
        for day, intervals in hours.exceptions.items():
            calendar.resources.set_exception(info.resource_id, day, intervals)
        with store.session() as session:
            for item in busy:
                start = datetime.fromtimestamp(item.start, UTC)
                end = datetime.fromtimestamp(item.end, UTC)
                if item.seats is None:
                    session.add(
                        CalBlock(resource_id=info.resource_id, starts_at=start, ends_at=end)
                    )
                else:
                    session.add(
                        CalBooking(
                            resource_id=info.resource_id,
                            starts_at=start + timedelta(minutes=5),
                            ends_at=end - timedelta(minutes=10),
                            buffer_before_min=5,
                            buffer_after_min=10,
                        )
                    )
    return calendar


def report(label: str, samples: list[float], extra: str = "") -> None:
    print(
        f"{label:<22} best {min(samples):7.1f} ms   median {statistics.median(samples):7.1f} ms"
        f"{extra}"
    )


def main() -> None:
    cases = scenario(random.Random(6389))
    print(
        f"{RESOURCES} resources x {DAYS} days, {sum(len(b) for _, b in cases)} bookings and "
        f"blocks, {RUNS} runs (goal: engine <= 50 ms)"
    )
    engine = [engine_run(cases, False) for _ in range(RUNS)]
    report("engine", [t for t, _, _ in engine], f"   ({engine[0][1]} slots)")
    report("engine, CPU time", [c for _, _, c in engine], "   (less the wait for a busy CPU)")
    report("engine + datetimes", [engine_run(cases, True)[0] for _ in range(RUNS)])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        try:
            calendar = fill_store(store, cases)
            resources = calendar.resources.list_resources()
            report("from the store", [store_run(calendar, resources) for _ in range(RUNS)])
        finally:
            store.close()


if __name__ == "__main__":
    main()
