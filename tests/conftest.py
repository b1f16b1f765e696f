"""Test-wide environment: offscreen Qt, QtWebEngine flags for root, an in-memory keyring.

Set before anything imports Qt or keyring, so every test (unit, gui, web, e2e) sees the same world.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.webenginecontext.debug=false")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")


import asyncio
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


@pytest.fixture
def l4y_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data dir (and so database, config and logs) for one test."""
    data = tmp_path / "l4ydesk-data"
    monkeypatch.setenv("L4YDESK_DATA_DIR", str(data))
    monkeypatch.delenv("L4YDESK_DB_URL", raising=False)
    return data


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication; tests run their body with `arun`.

    The loop is marked as already running and `arun` spins a local Qt event loop: running
    `QApplication.exec()` per call would emit `aboutToQuit`, after which QtWebEngine has torn
    itself down and the next web view crashes the process.
    """
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    # qasync's own default executor is made of QThreads that outlive the loop; a plain pool
    # (as the launcher uses) is shut down here, before the next test.
    default_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="asyncio-default")
    loop.set_default_executor(default_executor)
    # qasync never installs asyncio's async-generator hooks; without them httpx's streaming
    # generators are finalized by the garbage collector outside the loop.
    previous_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,
        finalizer=loop._asyncgen_finalizer_hook,
    )
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        _spin_until_done(asyncio.gather(*pending, return_exceptions=True))
    _spin_until_done(loop.shutdown_asyncgens())
    sys.set_asyncgen_hooks(*previous_hooks)
    qapp.aboutToQuit.disconnect(loop._after_run_forever)
    # Not loop.stop(): that calls QApplication.exit(), after which exec() returns at once.
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    loop.close()  # shuts the default executor down too
    default_executor.shutdown(wait=True)
    asyncio.set_event_loop(None)
    assert not pending, f"test left tasks running: {pending}"


def _spin_until_done(awaitable: Awaitable[T]) -> T:
    from PySide6.QtCore import QEventLoop

    future = asyncio.ensure_future(awaitable)
    local = QEventLoop()
    future.add_done_callback(lambda _f: local.quit())
    while not future.done():  # exec() also returns when something else quits event loops
        local.exec()
    return future.result()


@pytest.fixture
def arun(qloop: asyncio.AbstractEventLoop) -> Callable[[Awaitable[T]], T]:
    return _spin_until_done


def assert_not_yet(predicate: Callable[[], object], may_hold: bool = False) -> None:
    """A wait must start from the state it waits to leave, or it proves nothing: fail when
    `predicate()` already holds (unless the caller says it `may_hold`, e.g. waiting for idle)."""
    if not may_hold and predicate():
        raise AssertionError(
            "the awaited condition already held before the wait, so the wait proves nothing; "
            "assert the state it starts from, or pass may_hold=True for a wait for idle"
        )


async def wait_for(
    predicate: Callable[[], object], timeout: float = 10.0, *, may_hold: bool = False
) -> None:
    """Let the Qt/asyncio loop run until `predicate()` is true (fails after `timeout`); the
    condition must not hold when the wait starts (see `assert_not_yet`)."""
    assert_not_yet(predicate, may_hold)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


def wait_until(
    qtbot: Any, predicate: Callable[[], object], *, timeout: int = 5000, may_hold: bool = False
) -> None:
    """`qtbot.waitUntil(predicate)`, from a state where `predicate()` does not hold yet."""
    assert_not_yet(predicate, may_hold)
    qtbot.waitUntil(predicate, timeout=timeout)


_MIGRATED: list[bytes] = []  # the bytes of a SQLite store at the schema's head, once per run


def migrated_sqlite_url(path: Path) -> str:
    """`sqlite:///<path>` for a new store that is already at the schema's head: a copy of one
    `Store` migrated for real once per run, instead of 9 Alembic revisions per test. For
    fixtures of tests about what a store holds; tests of migrating open a path of their own."""
    if not _MIGRATED:
        import tempfile

        from l4ydesk.storage.db import Store

        with tempfile.TemporaryDirectory() as folder:
            template = Path(folder) / "template.db"
            Store(f"sqlite:///{template}").close()  # closing checkpoints the WAL into the file
            _MIGRATED.append(template.read_bytes())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_MIGRATED[0])
    return f"sqlite:///{path}"


@pytest.fixture
def services(l4y_env: Path) -> Iterator[Any]:
    """The app's real services (store, VFS, chat, records...) on the test's data dir."""
    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings

    settings = load_settings()
    migrated_sqlite_url(Path(settings.db_url.removeprefix("sqlite:///")))
    built = build_services(settings)
    yield built
    built.close()


@pytest.fixture
def sample_app(services: Any) -> int:
    """An app holding the bundled sample's files."""
    from l4ydesk.app import sample_app_dir

    app_id: int = services.catalog.create("Harbor & Pine (sample)").app_id
    services.transfer.import_folder(app_id, sample_app_dir())
    return app_id


@pytest.fixture
def tasks(services: Any, arun: Callable[[Awaitable[Any]], Any]) -> Iterator[Any]:
    """A TaskRunner on the services' store worker, closed (and checked idle) after the test."""
    from l4ydesk.ui.tasks import TaskRunner

    runner = TaskRunner(services.executor)
    yield runner
    arun(runner.close())
    assert runner.running == 0


@pytest.fixture(scope="session", autouse=True)
def shared_package_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One npm/pnpm/yarn cache for every test that installs an app (each has a data dir of its
    own), so a package is downloaded once per run, as on a machine with several data dirs."""
    if os.environ.get("L4YDESK_PACKAGE_CACHE"):
        yield
        return
    os.environ["L4YDESK_PACKAGE_CACHE"] = str(tmp_path_factory.mktemp("package-cache"))
    yield
    os.environ.pop("L4YDESK_PACKAGE_CACHE", None)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Any]:
    """A real CalDAV server (Radicale) on 127.0.0.1, its data in the test's folder."""
    from tests.fakes.radicale_server import RadicaleServer

    folder = tmp_path / "radicale"
    folder.mkdir()
    with RadicaleServer(folder) as server:
        yield server


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """One throwaway PostgreSQL server for the whole run (`new_database()` per test); skipped,
    saying why, where Debian's postgresql binaries are missing."""
    import shutil
    import tempfile

    from tests.platform.postgres import TestPostgres, find_bindir, sweep_stale_clusters

    bindir = find_bindir()
    if bindir is None:
        pytest.skip(
            "No PostgreSQL binaries (initdb) on this machine; install Debian's 'postgresql' "
            "package (packaging/dev.py test does) to run the PostgreSQL half."
        )
    # Not under pytest's tmp dir: that is private to root, and the server runs as `postgres`.
    sweep_stale_clusters(Path(tempfile.gettempdir()))
    folder = Path(tempfile.mkdtemp(prefix="l4ydesk-pg-"))
    server = TestPostgres(bindir, folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def read_log(tmp_path: Path) -> Iterator[Callable[[], str]]:
    """l4ydesk's log file in a temporary folder; the callable flushes and reads it."""
    import logging

    from l4ydesk.logging_setup import configure_logging

    path = configure_logging(tmp_path)

    def read() -> str:
        for handler in logging.getLogger().handlers:
            handler.flush()
        return path.read_text()

    yield read
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_l4ydesk", False):
            root.removeHandler(handler)
            handler.close()
