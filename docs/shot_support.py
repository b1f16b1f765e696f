"""What the docs' screenshot scripts share: the app's window over the current data dir, and a
wait for something to come true. Import it after the script has set its environment."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import Any

# The QApplication outlives every script's window: dropped with open_window's frame, it went
# before QtWebEngine's views and the process crashed at exit.
_application: list[Any] = []


def open_window(width: int, height: int) -> tuple[Any, Any, Any]:
    """(event loop, services, window), the window shown at `width` × `height`."""
    import qasync
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtWidgets import QApplication

    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.event_loop import configure as configure_loop
    from l4ydesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    _application.append(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    configure_loop(loop)  # without it qasync's worker QThreads abort the process at exit
    services = build_services(load_settings())
    window = MainWindow(services)
    window.resize(width, height)
    window.show()
    return loop, services, window


async def until(predicate: Callable[[], object], timeout: float) -> None:
    """Wait until `predicate()` is true; TimeoutError after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.1)
