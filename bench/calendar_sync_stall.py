"""Benchmark: a CalDAV calendar sync run the way the window runs it, and the GUI thread meanwhile.

    .venv/bin/python bench/calendar_sync_stall.py        (EVENTS=300 RECURRING=60 BOOKINGS=40)

A real Radicale server on 127.0.0.1 (tests/fakes/radicale_server.py) holds EVENTS events, of
which RECURRING repeat weekly for a year; a resource has BOOKINGS bookings. The engine runs as
the Calendar → Sync… dialog runs it: HTTP on the qasync loop, every store and keyring step in
the store worker through `Op`, ICS parsing in a thread. A lag probe (a 5 ms QTimer) records the
longest gap on the GUI thread during the first sync (pull everything, push every booking), a
second one (nothing changed: one REPORT), and a third after 10 events changed. The heap is
frozen and the switch interval set as the window does at start (`freeze_startup_heap`).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVENTS = int(os.environ.get("EVENTS", "300"))
RECURRING = int(os.environ.get("RECURRING", "60"))
BOOKINGS = int(os.environ.get("BOOKINGS", "40"))


def _ics(uid: str, day: date, hour: int, weekly: bool) -> str:
    rule = ["RRULE:FREQ=WEEKLY;COUNT=52"] if weekly else []
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//bench//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T{hour:02d}0000",
            f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T{hour:02d}3000",
            f"SUMMARY:{uid}",
            *rule,
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from bench.lag_probe import LagProbe
    from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    first = date.today() + timedelta(days=3)
    with tempfile.TemporaryDirectory() as tmp, RadicaleServer(_folder(tmp)) as radicale:
        os.environ["L4YDESK_DATA_DIR"] = str(Path(tmp) / "data")
        url = radicale.make_calendar("work")
        for n in range(EVENTS):
            day = first + timedelta(days=n % 60)
            radicale.put_event(url, f"e{n}.ics", _ics(f"e{n}", day, 8 + n % 10, n < RECURRING))

        from l4ydesk.app import build_services
        from l4ydesk.app_sync import calendar_sync
        from l4ydesk.core.calendar.hours_spec import parse_hours
        from l4ydesk.core.calendar.slots import SlotRules
        from l4ydesk.ui.tasks import TaskRunner
        from l4ydesk.ui.window.ops import Op

        services = build_services()
        lee = services.calendar.resources.add(
            "Dr Lee", "Europe/Berlin", parse_hours("mon-sun 06:00-22:00")
        )
        for n in range(BOOKINGS):
            day = first + timedelta(days=n)
            services.calendar.bookings.book(
                lee.resource_id,
                _at(day, 20),
                SlotRules(30),
                customer_name=f"Guest {n}",
            )
        sync = calendar_sync(services)
        tasks = TaskRunner(services.executor)
        from l4ydesk.ui.launcher import freeze_startup_heap

        freeze_startup_heap()  # as the window does once it is built

        def db(func: object, *args: object) -> object:
            return Op(tasks, "calendar sync", func, *args).run()  # type: ignore[arg-type]

        probe = LagProbe()
        rows: list[tuple[str, float, float, str]] = []

        async def measured(label: str, link_id: int) -> None:
            probe.start()
            started = time.perf_counter()
            report = await sync.sync(link_id, db)  # type: ignore[arg-type]
            wall = (time.perf_counter() - started) * 1000
            rows.append((label, wall, probe.stop(), report.error or report.summary()))

        async def run() -> None:
            info, _name = await sync.link(lee.resource_id, "caldav", url, USER, PASSWORD, db)  # type: ignore[arg-type]
            await measured("first sync", info.link_id)
            await measured("nothing changed", info.link_id)
            for n in range(RECURRING, RECURRING + 10):
                radicale.put_event(url, f"e{n}.ics", _ics(f"e{n}", first, 7, False))
            await measured("10 events changed", info.link_id)
            await tasks.close()

        with loop:
            loop.run_until_complete(run())
        services.close()
    print(f"load average      {os.getloadavg()[0]:.2f} (2 cores; other work shares them)")
    print(f"{EVENTS} events ({RECURRING} weekly for a year), {BOOKINGS} bookings, Radicale")
    for label, wall, stall, summary in rows:
        print(f"{label:18s} {wall:8.0f} ms   worst GUI stall {stall:6.1f} ms   {summary}")


def _folder(tmp: str) -> Path:
    folder = Path(tmp) / "radicale"
    folder.mkdir()
    return folder


def _at(day: date, hour: int) -> object:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo("Europe/Berlin"))


if __name__ == "__main__":
    main()
