"""Shared fixtures for the pytest-qt tests: fail any test that leaves threads or processes.

Also holds a stopgap for PySide6 6.12.0 on Python < 3.12 (upstream PYSIDE-3474): its wheels
drop a reference to ``None`` on every Qt call that returns nothing, so after a few thousand
calls Python aborts with "deallocating None". Python 3.12 made ``None`` immortal; the
stopgap does the same here, only when the bug is actually present. Remove it once the
project pins a fixed PySide6 or moves to Python 3.12.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import sys
import threading
from collections.abc import Iterator

import pytest


def _pyside_drops_none_references() -> bool:
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 50


if _pyside_drops_none_references():
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """Fails the test if it leaves threads or child processes behind (close what you open)."""
    before = set(threading.enumerate())
    yield
    leftover = [thread.name for thread in threading.enumerate() if thread not in before]
    children = multiprocessing.active_children()
    assert not leftover, f"threads left running: {leftover}"
    assert not children, f"child processes left running: {children}"
