"""Saves a PNG of a web page as QtWebEngine renders it offscreen: `python page_shot.py URL OUT`.

Run as a process of its own by the slow sign-in test (with L4YDESK_SAVE_SCREENSHOTS=1), so
that test's process never creates a QApplication or loads QtWebEngine.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


def main(url: str, out: str) -> int:
    app = QApplication([])
    view = QWebEngineView()
    view.resize(900, 640)
    result = {"code": 1}

    def save() -> None:
        result["code"] = 0 if view.grab().save(out) else 1
        app.quit()

    def loaded(ok: bool) -> None:
        if not ok:
            app.quit()
            return
        QTimer.singleShot(800, save)  # let the fonts and styles settle

    view.loadFinished.connect(loaded)
    view.load(QUrl(url))
    view.show()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
