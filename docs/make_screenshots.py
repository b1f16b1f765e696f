"""Renders the README's screenshots offscreen: `python docs/make_screenshots.py`."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
OUT = Path(__file__).parent / "screenshots"


def main() -> None:
    import qasync
    import shiboken6
    from PySide6 import QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.event_loop import configure as configure_loop
    from l4ydesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        app = QApplication.instance() or QApplication(sys.argv)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        configure_loop(loop)  # without it qasync's worker QThreads abort the process at exit
        services = build_services(load_settings())
        window = MainWindow(services)
        window.resize(1440, 900)
        window.show()

        async def shoot() -> None:
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "welcome.png"))
            await window.apps.import_sample()
            await window.files.open_file_async("components/booking-form.tsx")
            window.files.explorer.select_path("components/booking-form.tsx")
            pane = window.files.tabs.current_pane()
            assert pane is not None
            pane.editor.go_to_line(46)
            await asyncio.sleep(1.0)  # background highlighting
            window.grab().save(str(OUT / "main-window.png"))

        async def shoot_then_shut_down() -> None:
            # One run_until_complete only: QtWebEngine shuts down when exec() returns.
            await shoot()
            await window.shutdown()
            await loop.shutdown_asyncgens()

        loop.run_until_complete(shoot_then_shut_down())
        # As the launcher does: web views must be gone before the QApplication, or QtWebEngine
        # crashes at interpreter exit (this script segfaulted on 2 runs of 3 without it).
        shiboken6.delete(window)
        services.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
