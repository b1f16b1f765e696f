"""A crash in the middle of saving never loses the last saved revision nor breaks the store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store

WRITER = textwrap.dedent(
    """
    import sys
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store

    store = Store(sys.argv[1])
    app = AppCatalog(store).create("Crash test")
    vfs = VirtualFileSystem(store, 10 * 1024 * 1024)
    n = 0
    while True:
        n += 1
        # Big enough that the kill often lands inside a write.
        vfs.write(app.app_id, "app/page.tsx", (f"// v{n}\\n" + "x" * 200_000).encode())
        print(f"saved {n}", flush=True)
    """
)


def test_killed_while_saving_keeps_last_revision_and_opens(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    url = f"sqlite:///{db}"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True, bufsize=1
    )
    assert proc.stdout is not None
    last_reported = 0
    for line in proc.stdout:
        last_reported = int(line.split()[1])
        if last_reported >= 25:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = Store(url)
    try:
        catalog = AppCatalog(store)
        app = catalog.find("crash-test")
        vfs = VirtualFileSystem(store, 10 * 1024 * 1024)
        info = vfs.stat(app.app_id, "app/page.tsx")
        # Everything reported as saved is there; at most the in-flight save also landed.
        assert info.revision >= last_reported
        assert vfs.read(app.app_id, "app/page.tsx").startswith(f"// v{info.revision}\n".encode())
        history = vfs.history(app.app_id, "app/page.tsx")
        assert [h.number for h in history] == list(range(info.revision, 0, -1))
        for rev in history[:5]:
            assert vfs.read_revision(rev.revision_id).startswith(f"// v{rev.number}\n".encode())
    finally:
        store.close()


def test_failure_between_writes_rolls_back_to_last_revision(
    vfs: VirtualFileSystem, catalog: AppCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = catalog.create("Rollback")
    vfs.write(app.app_id, "a.ts", b"saved")

    def crash(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk unplugged")

    # The blob is already written when the revision insert fails.
    monkeypatch.setattr(VirtualFileSystem, "_new_revision", crash)
    with pytest.raises(OSError):
        vfs.write(app.app_id, "a.ts", b"never saved")
    monkeypatch.undo()
    assert vfs.read(app.app_id, "a.ts") == b"saved"
    assert vfs.stat(app.app_id, "a.ts").revision == 1


HOLDER = textwrap.dedent(
    """
    import sys
    from sqlalchemy import text
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.storage.db import Store

    store = Store(sys.argv[1])
    AppCatalog(store).create("Committed by the other process")
    with store.session() as session:
        # A rename inside a transaction that never commits: the process dies here.
        session.execute(text("UPDATE builder_apps SET name = 'Half renamed'"))
        print("holding the write lock", flush=True)
        sys.stdin.read()
    """
)


def test_store_is_usable_after_crash_from_another_process(tmp_path: Path, store: Store) -> None:
    # Another opener of the same file (the CLI beside the window) dies holding the write lock
    # in the middle of a transaction.
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, store.url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "holding the write lock"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stdin.close()
    assert proc.returncode == -signal.SIGKILL

    catalog = AppCatalog(store)
    names = {a.name for a in catalog.list_apps()}
    assert names == {"Committed by the other process"}  # the half-done rename is gone
    created = catalog.create("After the crash")  # the write lock was released by the crash
    assert {a.name for a in catalog.list_apps()} == names | {created.name}
