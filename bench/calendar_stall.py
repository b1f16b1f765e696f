"""Benchmark: the worst GUI-thread stall while the month view of a busy resource loads.

    .venv/bin/python bench/calendar_stall.py        (RUNS=5 BOOKINGS=600 SWITCH_MS=)

A resource open 07:00-21:00 every day with BOOKINGS bookings in the shown six weeks, plus
blocks; the `CalendarPanel` (ui/calendar/panel.py) is shown offscreen and switches months back
and forth RUNS times.
A lag probe (a 5 ms QTimer recording the longest gap between ticks) measures the GUI thread
from each switch until the page is on screen. Goal: 16 ms. The page (one plain-row query, then
slots and day marks) is computed in the worker; the GUI thread turns the grid and paints it
once the page is there, but it still waits for the GIL whenever the worker runs Python: up to
the switch interval (5 ms; SWITCH_MS=1 sets 1 ms) unless the worker hands it over between
batches, as `page_query.let_others_run` does. "Worker CPU" is the thread time the worker spent
on each page: unlike the stall, it hardly depends on what else the machine is running.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = int(os.environ.get("RUNS", "5"))
BOOKINGS = int(os.environ.get("BOOKINGS", "600"))
SWITCH_MS = os.environ.get("SWITCH_MS", "")
FIRST = date(2026, 3, 1)


def fill(store: object) -> None:
    from l4ydesk.core.calendar.hours_spec import parse_hours
    from l4ydesk.core.calendar.resources import ResourceBook
    from l4ydesk.storage.calendar_models import CalBlock, CalBooking
    from l4ydesk.storage.db import Store

    assert isinstance(store, Store)
    resource = ResourceBook(store).add(
        "Studio", "Europe/Berlin", parse_hours("mon-sun 07:00-21:00"), capacity=3
    )
    rng, tz = random.Random(16), ZoneInfo("Europe/Berlin")
    with store.session() as session:
        for _ in range(BOOKINGS):
            day = FIRST + timedelta(days=rng.randrange(42))
            start = datetime(day.year, day.month, day.day, rng.randrange(7, 20), tzinfo=tz)
            session.add(
                CalBooking(
                    resource_id=resource.resource_id,
                    starts_at=start.astimezone(UTC),
                    ends_at=(start + timedelta(minutes=60)).astimezone(UTC),
                )
            )
        for offset in (5, 17, 30):
            day = FIRST + timedelta(days=offset)
            start = datetime(day.year, day.month, day.day, tzinfo=tz)
            session.add(
                CalBlock(
                    resource_id=resource.resource_id,
                    starts_at=start.astimezone(UTC),
                    ends_at=(start + timedelta(days=1)).astimezone(UTC),
                )
            )


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from bench.lag_probe import LagProbe
    from l4ydesk.core.calendar.service import Calendar
    from l4ydesk.storage.db import Store
    from l4ydesk.ui.calendar import panel as panel_module
    from l4ydesk.ui.calendar.panel import CalendarPanel
    from l4ydesk.ui.tasks import TaskRunner

    if SWITCH_MS:
        sys.setswitchinterval(float(SWITCH_MS) / 1000)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from concurrent.futures import ThreadPoolExecutor

    executor = ThreadPoolExecutor(max_workers=1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        fill(store)
        calendar = Calendar(store, now=lambda: datetime(2026, 2, 20, tzinfo=UTC))
        tasks = TaskRunner(executor)
        panel = CalendarPanel(calendar, tasks)
        panel.zone_box.setCurrentText("Europe/Berlin")
        panel.resize(1200, 800)
        panel.show()
        probe = LagProbe()
        stalls: list[float] = []
        loads: list[float] = []
        gui_work: list[float] = []
        floor: list[float] = []
        show = panel._show
        worker_cpu: list[float] = []
        load_page = panel_module.load_page

        def timed_load(*args: object, **kwargs: object) -> object:
            started = time.thread_time()
            page = load_page(*args, **kwargs)  # type: ignore[arg-type]
            worker_cpu.append((time.thread_time() - started) * 1000)
            return page

        panel_module.load_page = timed_load  # type: ignore[assignment]

        def timed_show(page: object) -> None:
            # The GUI thread's own share: handing the page over and painting it.
            started = time.perf_counter()
            show(page)  # type: ignore[arg-type]
            panel.month.repaint()
            if page is not None:
                gui_work.append((time.perf_counter() - started) * 1000)

        panel._show = timed_show  # type: ignore[method-assign]

        async def until_loaded() -> None:
            while tasks.running or panel.page is None:
                await asyncio.sleep(0.002)

        async def run() -> None:
            panel.reload_resources()
            await until_loaded()
            for index in range(RUNS * 2):
                panel.page = None
                panel.anchor = date(2026, 3 + index % 2, 10)
                started = time.perf_counter()
                probe.start()
                panel.refresh()
                await until_loaded()
                await asyncio.sleep(0.02)  # the paint that follows
                stalls.append(probe.stop())
                loads.append((time.perf_counter() - started) * 1000)
                # The same time with nothing to do: what the shared machine's load alone costs.
                probe.start()
                await asyncio.sleep(loads[-1] / 1000)
                floor.append(probe.stop())
            await tasks.close()

        with loop:
            loop.run_until_complete(run())
        store.close()
    executor.shutdown()
    print(f"load average      {os.getloadavg()[0]:.2f} (above the cores, other work shares them)")
    print(f"month view of a resource with {BOOKINGS} bookings, {len(stalls)} loads")
    print(f"worst GUI stall   {max(stalls):6.1f} ms   median {statistics.median(stalls):6.1f} ms")
    print(
        f"idle floor        {max(floor):6.1f} ms   median {statistics.median(floor):6.1f} ms"
        "   (the same probe, as long, with nothing to load: the machine's own delay)"
    )
    print(f"page on screen    {min(loads):6.1f} ms best, median {statistics.median(loads):6.1f} ms")
    cpu = worker_cpu[1:]  # the first page (before the switches) warms the caches
    print(f"worker CPU        {min(cpu):6.1f} ms best, median {statistics.median(cpu):6.1f} ms")
    best, median = min(gui_work), statistics.median(gui_work)
    print(f"GUI-thread work   {best:6.1f} ms best, median {median:6.1f} ms")
    print(
        "  (the page handed over and painted; the rest of a stall is waiting for the GIL or a CPU)"
    )


if __name__ == "__main__":
    main()
