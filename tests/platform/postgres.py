"""A throwaway PostgreSQL server for tests: initdb in a temporary folder, run as a plain user.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user
(Debian's package creates it) via `runuser`. It listens on 127.0.0.1 on a free port with trust
authentication (a test cluster, gone when the session ends). Each test gets its own database.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path


def find_bindir() -> Path | None:
    explicit = os.environ.get("L4YDESK_PG_BINDIR")
    candidates = [explicit] if explicit else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def sweep_stale_clusters(parent: Path) -> None:
    """Delete test clusters left in `parent` by runs that were killed (their server is gone):
    each holds a whole PostgreSQL data folder, and a few dozen filled CI's disk. A folder less
    than ten minutes old is left alone: another run may be starting its server in it."""
    for folder in parent.glob("l4ydesk-pg-*"):
        try:
            if time.time() - folder.stat().st_mtime < 600:
                continue
            pid = int((folder / "data" / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = 0
        if pid and _is_running(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, and someone else's
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TestPostgres:
    """One running cluster; `new_database()` hands out an empty database URL,
    `new_migrated_database()` one already at the schema's head (a copy of a template)."""

    __test__ = False  # not a test class, whatever pytest thinks of its name

    def __init__(self, bindir: Path, folder: Path) -> None:
        self.bindir = bindir
        self.folder = folder
        self.port = _free_port()
        self._as_user: list[str] = []
        self._template: str | None = None
        if os.geteuid() == 0:
            self._as_user = ["runuser", "-u", "postgres", "--"]
            folder.mkdir(parents=True, exist_ok=True)
            shutil.chown(folder, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_user, *args], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        data = self.folder / "data"
        self._run(
            str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "--no-sync", "-E", "UTF8", "--locale", "C",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
            "-l", str(self.folder / "server.log"), "start",
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            [*self._as_user, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
             "-m", "immediate", "stop"],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str = "template1") -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def new_migrated_database(self) -> str:
        """A database at the schema's head without running the migrations again: PostgreSQL
        copies one that `Store` migrated for real, once per run (CREATE DATABASE ... TEMPLATE).
        For tests of what a store holds, not of migrating (those take `new_database()`)."""
        from l4ydesk.storage.db import Store

        if self._template is None:
            url = self.new_database()
            Store(url).close()  # no connection may stay open to a template being copied
            self._template = url.rsplit("/", 1)[1]
        return self.new_database(self._template)
