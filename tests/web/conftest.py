"""Fixtures for QtWebEngine tests: a small site over real HTTP, and a preview panel torn down right.

QtWebEngine must be imported before the QApplication exists (pytest-qt creates it lazily, in
the `qapp` fixture), hence the import at the top of this module.
"""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede the QApplication)
import pytest
import shiboken6
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from l4ydesk.ui.preview import LoadState, PreviewPanel
from tests.conftest import wait_until
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response

# Warnings Qt prints on machines without a GPU (CI, containers); they do not come from our code.
ENVIRONMENT_WARNINGS = [
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    r"This plugin does not support propagateSizeHints",
    r"This plugin does not support raise\(\)",
]


def _page(title: str, body: str = "") -> Reply:
    html = f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return Reply(body=html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


class PreviewSite(FakeHTTPServer):
    """A tiny app: `/` links to `/about`; `/missing` is a 404 with a page, `/blank-500` is bare."""

    def route(self, request: RecordedRequest) -> Response:
        if request.path == "/":
            return _page("Harbor home", "<h1>Harbor</h1><a id='about' href='/about'>About</a>")
        if request.path == "/about":
            return _page("Harbor about", "<h1>About us</h1>")
        if request.path == "/missing":
            page = _page("Not here", "<h1>This page does not exist</h1>")
            return Reply(status=404, body=page.body, headers=page.headers)
        if request.path == "/blank-500":
            return Reply(status=500)
        return Reply(status=404)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests if r.path != "/favicon.ico"]


@pytest.fixture
def site() -> Iterator[PreviewSite]:
    with PreviewSite() as server:
        yield server
    assert not server.errors, server.errors


@pytest.fixture
def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: the port was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[PreviewPanel]:
    widget = PreviewPanel()
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    wait_until(qtbot, lambda: widget.view.page().title() == "No preview yet")
    wait_state(qtbot, widget, LoadState.EMPTY, may_hold=True)  # settling after the title
    yield widget
    # pytest-qt checks Qt warnings during the test only; shutdown warnings matter as much
    # ("Release of profile requested but WebEnginePage still not deleted"), so watch here.
    with qt_warnings() as warnings:
        widget.shutdown()
        shiboken6.delete(widget)
        QApplication.processEvents()
    assert not warnings, warnings


@contextmanager
def qt_warnings() -> Iterator[list[str]]:
    """Collect the Qt warnings (and worse) emitted inside the block, minus environment noise."""
    found: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if (
            kind != QtMsgType.QtDebugMsg
            and kind != QtMsgType.QtInfoMsg
            and not any(re.search(pattern, message) for pattern in ENVIRONMENT_WARNINGS)
        ):
            found.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield found
    finally:
        qInstallMessageHandler(previous)


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"test left threads running: {left}"


def run_js(qtbot: QtBot, panel: PreviewPanel, script: str) -> Any:
    """Run `script` in the previewed page and wait for its result (this spins the event loop,
    so a wait whose predicate reads the page may find its change already done: may_hold)."""
    results: list[Any] = []
    panel.view.page().runJavaScript(script, 0, results.append)
    wait_until(qtbot, lambda: bool(results))
    return results[0]


def wait_state(
    qtbot: QtBot, panel: PreviewPanel, state: LoadState, *, may_hold: bool = False
) -> None:
    """Wait for `state` with the page idle (a state can be reached while a load is still
    settling). `may_hold` when the caller has already seen the change start (a signal, a URL)
    and only waits for it to settle."""
    wait_until(
        qtbot,
        lambda: panel.load_state is state and not panel.view.page().isLoading(),
        may_hold=may_hold,
    )
