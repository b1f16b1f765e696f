"""Renders the README's screenshots offscreen: `python docs/make_screenshots.py`."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
OUT = Path(__file__).parent / "screenshots"


def main() -> None:
    import shiboken6
    from shot_support import open_window

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        loop, services, window = open_window(1440, 900)

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
