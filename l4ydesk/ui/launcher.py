"""Starts the window: QApplication, the qasync loop, services, and an orderly shutdown."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l4ydesk.settings import Settings

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.secrets import SecretStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupRequest:
    """What to open once the window is up (from `l4ydesk open`)."""

    source: Path | None = None
    name: str | None = None
    sample: bool = False


def freeze_startup_heap() -> None:
    """Hide the objects made at start-up (Qt, SQLAlchemy, modules) from the garbage collector.

    A full collection otherwise walks all of them, taking ~70 ms while holding the GIL, so a
    big import in the worker thread froze the window that long; frozen, it takes a few ms.
    """
    gc.collect()
    gc.freeze()
    # Workers (analysis, imports) are pure Python; a 1 ms switch interval lets the GUI thread
    # take the interpreter lock back sooner than the default 5 ms.
    sys.setswitchinterval(0.001)


def _preload_chat(services: Services) -> None:
    """Build the chat service and import the HTTP stack (the worker runs this once ready)."""
    services.chat  # noqa: B018 (built on first use)
    import anyio  # noqa: F401
    import h11  # noqa: F401
    import httpcore  # noqa: F401


def _on_first_paint(window: object) -> None:
    """Report start-up time for bench/startup.py (L4YDESK_BENCH_T0 is the spawn time)."""
    import time

    t0 = os.environ.get("L4YDESK_BENCH_T0")
    if t0:
        log.info("first paint after %.0f ms", (time.time() - float(t0)) * 1000)
    if os.environ.get("L4YDESK_EXIT_AFTER_FIRST_PAINT"):
        window.close()  # type: ignore[attr-defined]


def _allow_web_engine_as_root() -> None:
    """Chromium refuses to start as root with its sandbox on, which took the whole window down
    (containers and some workstations run as root). Qt's switch turns the sandbox off there."""
    if (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ
    ):
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        log.warning("running as root: the web preview runs without Chromium's sandbox")


def _unlock_keyring(secrets: SecretStore) -> None:
    """Ask for the passphrase of an encrypted file keyring once, before the window exists."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from l4ydesk.secrets import SecretStoreUnavailable

    passphrase, ok = QInputDialog.getText(
        None,
        "Unlock your keys",
        "Passphrase of your encrypted keyring (keyrings.cryptfile):",
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return  # the keys stay locked; the Keys dialog and the chat say so
    try:
        secrets.unlock(passphrase)
    except SecretStoreUnavailable:
        QMessageBox.warning(
            None,
            "l4ydesk",
            "That passphrase did not open the keyring; your keys stay locked until the next start.",
        )


def run_gui(settings: Settings, request: StartupRequest | None = None) -> int:
    _allow_web_engine_as_root()
    # QtWebEngine must be imported before the QApplication exists.
    import qasync
    import shiboken6
    from PySide6 import QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from l4ydesk.app import build_services

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("l4ydesk")
    app.setOrganizationName("l4ydesk")
    app.setApplicationDisplayName("l4ydesk")
    # Quitting is driven by the window's close so that shutdown can await running tasks.
    app.setQuitOnLastWindowClosed(False)
    # The store is opened in the worker once the window has painted (MainWindow lazy_docks).
    try:
        services = build_services(settings, open_store=False)
    except Exception as exc:
        from l4ydesk.ui.tasks import describe_error

        log.error("start-up failed", exc_info=exc)
        QMessageBox.critical(None, "l4ydesk cannot start", describe_error(exc))
        return 2
    exit_code = 0
    if services.secrets.needs_passphrase:
        _unlock_keyring(services.secrets)

    from l4ydesk.ui.event_loop import configure as configure_loop
    from l4ydesk.ui.main_window import MainWindow
    from l4ydesk.ui.tasks import install_excepthook

    async def main() -> int:
        loop = asyncio.get_running_loop()
        configure_loop(loop)
        window = MainWindow(services, lazy_docks=True)
        install_excepthook(window.tasks)
        freeze_startup_heap()
        closed = asyncio.Event()
        window.closed.connect(closed.set)
        window.show()
        log.info("window shown")
        # SIGTERM/SIGINT close the window like the user would (unsaved work is still asked
        # about); the timer lets Python run signal handlers while Qt waits for events.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: window.close())
        wake = QTimer(window)
        wake.timeout.connect(lambda: None)
        wake.start(200)
        if request is not None and request.sample:
            window.ready.connect(window.open_sample_app)
        elif request is not None and request.source is not None:
            source = request.source.resolve()
            window.ready.connect(lambda: window.open_source_as_app(source, request.name))

        def store_failed(message: str) -> None:
            nonlocal exit_code
            log.error("store refused: %s", message)
            exit_code = 2
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "l4ydesk cannot open its data",
                message,
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.finished.connect(lambda _r: window.close())
            box.open()
            window.store_box = box  # type: ignore[attr-defined]

        window.store_failed.connect(store_failed)
        window.first_painted.connect(lambda: _on_first_paint(window))
        # httpx imports its transport on the first request: do it off the GUI thread, once
        # the window is usable (an import in the worker holds the GIL the paint needs).
        window.ready.connect(lambda: services.executor.submit(_preload_chat, services))
        await closed.wait()
        await window.shutdown()
        await loop.shutdown_asyncgens()
        # Web views must be gone before the QApplication: left to interpreter shutdown,
        # they are destroyed after it and QtWebEngine crashes on exit.
        shiboken6.delete(window)
        return exit_code

    try:
        code = qasync.run(main())
    finally:
        services.close()
        log.info("l4ydesk quit")
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shiboken6.delete(app)
    return int(code or 0)
