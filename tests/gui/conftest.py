"""Shared fixtures for the pytest-qt tests: fail any test that leaves threads or processes."""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """Fails the test if it leaves threads or child processes behind (close what you open)."""
    before = set(threading.enumerate())
    yield
    # Collect this test's cycles here, on the GUI thread: left to a later collection, one that
    # a worker thread happens to trigger, a Qt object with a timer would be destroyed from that
    # thread ("QObject::~QObject: Timers cannot be stopped from another thread").
    gc.collect()
    leftover = [thread.name for thread in threading.enumerate() if thread not in before]
    children = multiprocessing.active_children()
    assert not leftover, f"threads left running: {leftover}"
    assert not children, f"child processes left running: {children}"
