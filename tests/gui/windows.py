"""The main window as the window tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def shown_window(services: Any, qtbot: Any, arun: Any, width: int = 0) -> Iterator[Any]:
    """The main window over `services`, shown; shut down, closed and deleted afterwards."""
    from l4ydesk.ui.main_window import MainWindow

    win = MainWindow(services)
    if width:
        win.resize(width, 900)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        arun(win.shutdown())
        win.ctx.closing = True  # no "unsaved changes?" question on close
        win.close()
        win.deleteLater()
