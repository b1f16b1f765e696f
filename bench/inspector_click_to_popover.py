"""Benchmark: from a click in the previewed page to the "What is this?" popover on screen.

Imports the bundled sample app into a fresh SQLite store, serves a booking page whose elements
carry `data-l4y-src` tags into it (as the local preview does) on 127.0.0.1, turns select mode
on and clicks elements with real Qt mouse events. For each click it records the time until the
popover is painted (the user sees it) and until its candidate records have arrived from the
worker, and the worst GUI-thread stall meanwhile (budget 50 ms). Runs offscreen:

    .venv/bin/python bench/inspector_click_to_popover.py        (CLICKS=15)
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLICKS = int(os.environ.get("CLICKS", "15"))
SRC = "components/booking-form.tsx"


def _field(name: str, line: int, kind: str = "text") -> str:
    return (
        f'<div data-l4y-src="{SRC}:{line}:13"><label for="{name}">{name.title()}</label>'
        f'<input id="{name}" name="{name}" type="{kind}" '
        'data-l4y-src="components/ui/input.tsx:8:7"></div>'
    )


PAGE = f"""<!doctype html><html><head><title>Book a session</title><style>
body {{ font: 15px system-ui, sans-serif; margin: 40px; }} form {{ width: 420px; }}
input {{ display: block; width: 100%; margin: 4px 0 12px; }}</style></head><body>
<h1 data-l4y-src="app/booking/page.tsx:17:11">Book time at the studio</h1>
<p id="lesson" data-l4y-src="app/booking/page.tsx:24:13">Private wheel lesson $120.00</p>
<form data-l4y-src="{SRC}:84:7">
  <div id="title" data-l4y-src="components/ui/card.tsx:21:5">Book a session</div>
  {_field("service", 90)}{_field("date", 102, "date")}{_field("time", 106)}
  {_field("duration", 120)}{_field("name", 136)}{_field("email", 140, "email")}
  <p id="estimate" data-l4y-src="{SRC}:147:11">Estimated $120.00</p>
  <button type="submit">Request booking</button>
</form></body></html>"""
TARGETS = ("#estimate", "#email", "#title", "#lesson", "h1")


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> None:
    import qasync
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.lag_probe import LagProbe
    from l4ydesk.app import build_services, sample_app_dir
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
    from l4ydesk.ui.preview.inspect_controller import InspectController
    from l4ydesk.ui.tasks import TaskRunner

    class PaintClock(QObject):
        """Notes when the popover is first painted after being shown."""

        def __init__(self) -> None:
            super().__init__()
            self.painted = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = time.perf_counter()
            return False

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    shown: list[float] = []
    filled: list[float] = []
    stalls: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        services = build_services(load_settings())
        app_id = services.catalog.create("Harbor & Pine").app_id
        services.transfer.import_folder(app_id, sample_app_dir())
        tasks = TaskRunner(services.executor)
        panel = PreviewPanel()
        panel.resize(1100, 760)
        panel.show()
        controller = InspectController(
            panel, services.records, services.connector, services.vfs, tasks
        )
        popover = controller.popover
        clock = PaintClock()
        popover.installEventFilter(clock)
        probe = LagProbe()

        async def until(condition: Any, timeout: float = 20.0) -> None:
            deadline = time.perf_counter() + timeout
            while not condition():
                if time.perf_counter() > deadline:
                    raise TimeoutError("the preview did not answer in time")
                await asyncio.sleep(0.001)

        async def centre(selector: str) -> QPoint:
            answers: list[Any] = []
            script = f"JSON.stringify(document.querySelector({json.dumps(selector)})"
            script += ".getBoundingClientRect())"
            panel.view.page().runJavaScript(script, 0, answers.append)
            await until(lambda: bool(answers))
            box = json.loads(answers[0])
            return QPoint(round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2))

        async def run() -> None:
            controller.set_app(app_id)
            await until(lambda: bool(controller.detections) and not tasks.running)
            url = f"http://127.0.0.1:{server.server_address[1]}/booking"
            panel.set_source_url(PreviewSource.LOCAL, url)
            await until(
                lambda: panel.load_state is LoadState.LOADED and not panel.view.page().isLoading()
            )
            panel.toolbar.select_action.trigger()
            await asyncio.sleep(0.3)
            points = [await centre(selector) for selector in TARGETS]
            for n in range(CLICKS + 1):
                popover.close()
                await until(lambda: not tasks.running)
                await asyncio.sleep(0.05)
                clock.painted = 0.0
                probe.start()
                started = time.perf_counter()
                QTest.mouseClick(
                    panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=points[n % len(points)]
                )
                await until(lambda: popover.isVisible() and bool(clock.painted))
                painted = clock.painted
                await until(lambda: popover.loaded and not tasks.running)
                done = time.perf_counter()
                stall = probe.stop()
                if n == 0:
                    continue  # the first click warms caches up: not what a user waits for
                shown.append((painted - started) * 1000)
                filled.append((done - started) * 1000)
                stalls.append(stall)
            popover.close()
            await tasks.close()

        loop.run_until_complete(run())
        panel.shutdown()
        panel.deleteLater()
        app.processEvents()
        services.close()
    server.shutdown()
    server.server_close()
    print(f"Click in the preview → “What is this?” popover, {CLICKS} clicks on the sample app:")
    print(
        f"  popover painted:      median {statistics.median(shown):.0f} ms "
        f"(min {min(shown):.0f}, max {max(shown):.0f})"
    )
    print(
        f"  candidates filled in: median {statistics.median(filled):.0f} ms "
        f"(min {min(filled):.0f}, max {max(filled):.0f})"
    )
    print(f"  worst GUI stall meanwhile: {max(stalls):.1f} ms (budget 50 ms)")


if __name__ == "__main__":
    main()
