"""An error raised in a window slot, outside any task, still ends as a sentence on screen."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from l4ydesk.ui.tasks import TaskRunner, install_excepthook


class _Button(QObject):
    clicked = Signal()


def test_an_error_in_a_slot_becomes_a_sentence(qtbot: Any) -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    tasks = TaskRunner(executor)
    previous = sys.excepthook
    install_excepthook(tasks)
    try:
        button = _Button()

        def broken_slot() -> None:
            raise ValueError("secret=sk-live-abcdefghijklmnop in a slot")

        button.clicked.connect(broken_slot)
        with qtbot.waitSignal(tasks.task_failed, timeout=5000) as said:
            QTimer.singleShot(0, button.clicked.emit)
        message = said.args[0]
        assert "ValueError" in message and "Open Log Folder" in message
        assert "sk-live" not in message
    finally:
        sys.excepthook = previous
        executor.shutdown()
