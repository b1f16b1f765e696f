"""Renders docs/screenshots/what-is-this.png: "What is this?" on an element of the local preview.

The sample app runs in the real `next dev` (npm registry access the first time); the element is
picked in select mode with a real click, and the popover is filled by the analyzer, as a user
would see it. The popover is a tool window of its own, so it is painted onto the window's grab
where it stands on screen.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["PYTHON_KEYRING_BACKEND"] = "l4ydesk.secrets.MemoryKeyring"
OUT = ROOT / "docs" / "screenshots" / "what-is-this.png"
# The booking form's estimate: a plain paragraph the analyzer places inside "Book a session".
TARGET = "[...document.querySelectorAll('form p')].find(p => p.textContent.startsWith('Estimated'))"


def main() -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from shot_support import open_window, until

    from l4ydesk.ui.preview import LoadState, PreviewSource
    from l4ydesk.ui.preview.what_is_this import WhatIsThisPopover
    from l4ydesk.ui.window.features import ConnectFeature, PreviewFeature

    # A killed next dev may still be writing its cache as the folder goes; that is no failure here.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        loop, services, window = open_window(1600, 980)

        async def js(script: str) -> object:
            done: asyncio.Future[object] = loop.create_future()
            panel.view.page().runJavaScript(script, 0, done.set_result)
            return await done

        def popover() -> WhatIsThisPopover:
            return window.feature(ConnectFeature).inspect.popover

        async def shoot() -> None:
            nonlocal panel
            await window.apps.import_sample()
            dock = window.dock("preview")
            dock.raise_()
            # Wide enough for the page's desktop layout.
            window.resizeDocks([dock], [1100], Qt.Orientation.Horizontal)
            feature = window.feature(PreviewFeature)
            url = await feature.local.run()
            panel = feature.panel
            panel.set_source_url(PreviewSource.LOCAL, f"{url}/booking")
            await until(
                lambda: panel.load_state is LoadState.LOADED and not panel.view.page().isLoading(),
                180,
            )
            while not await js(f"!!({TARGET})"):
                await asyncio.sleep(0.2)
            await asyncio.sleep(3)  # let next dev finish hydrating and painting
            await js(f"({TARGET}).scrollIntoView({{block: 'center'}})")
            await asyncio.sleep(0.5)
            panel.toolbar.select_action.trigger()
            await asyncio.sleep(0.5)
            box = json.loads(str(await js(f"JSON.stringify(({TARGET}).getBoundingClientRect())")))
            point = QPoint(round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2))
            QTest.mouseMove(panel.view.focusProxy(), point)
            await asyncio.sleep(0.3)
            QTest.mouseClick(panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
            await until(lambda: popover().isVisible() and not popover().busy, 60)
            await asyncio.sleep(1)
            shown = popover()
            shot = window.grab()
            painter = QPainter(shot)
            painter.drawPixmap(window.mapFromGlobal(shown.pos()), shown.grab())
            painter.end()
            shot.save(str(OUT))
            print(f"preview at {url}; screenshot written to {OUT}")

        panel = window.feature(PreviewFeature).panel

        async def shoot_then_shut_down() -> None:
            # One run_until_complete only: QtWebEngine shuts down when exec() returns.
            try:
                await shoot()
            finally:
                await window.shutdown()  # also stops next dev before its folder goes

        loop.run_until_complete(shoot_then_shut_down())
        services.close()


if __name__ == "__main__":
    main()
