"""Which process runs a publish run right now: a lease in the run's state.

The window publishes in a child process and `l4ydesk publish --resume` runs from a terminal; two
of them resuming the same stopped run would both run its steps (two deployments, a second
commit that finds the branch moved). A run is claimed before its first step, in one write
transaction (the write lock on SQLite, a row lock on PostgreSQL), and released when the run
ends. A lease whose process is gone (killed with kill -9) is free again at once on the same
machine; a lease held from another machine (a shared PostgreSQL) is free once it was not renewed
(at each step) for `STALE_AFTER_S`.
"""

from __future__ import annotations

import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from l4ydesk.core.errors import L4yError
from l4ydesk.storage.db import Store
from l4ydesk.storage.publish_models import PublishRun

LEASE = "lease"
STALE_AFTER_S = 15 * 60  # longer than any step between two renewals (a Vercel build: minutes)


class RunBusy(L4yError):
    def __init__(self, run_id: int, lease: dict[str, Any]) -> None:
        where = "" if lease.get("host") == socket.gethostname() else f" on {lease.get('host')}"
        super().__init__(
            f"Publish run #{run_id} is running in another l4ydesk (process {lease.get('pid')}"
            f"{where}). Let it finish, or cancel it there, then try again."
        )
        self.run_id = run_id


@dataclass(frozen=True)
class Holder:
    """This process, as a lease names it; `token` tells two pipelines of one process apart."""

    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


def claim(store: Store, run_id: int, holder: Holder, now: datetime | None = None) -> None:
    """Take (or renew) the run's lease; `RunBusy` if a live process holds it."""
    now = now or datetime.now(UTC)
    with store.write_session() as session:
        row = session.scalar(select(PublishRun).where(PublishRun.id == run_id).with_for_update())
        if row is None:
            return  # the pipeline reports the missing run itself
        state = dict(row.state or {})
        held = state.get(LEASE)
        if isinstance(held, dict) and held.get("token") != holder.token and _alive(held, now):
            raise RunBusy(run_id, held)
        row.state = {**state, LEASE: {**asdict(holder), "beat": now.isoformat()}}


def release(store: Store, run_id: int, holder: Holder) -> None:
    """Give the lease up (only if it still is ours)."""
    with store.write_session() as session:
        row = session.scalar(select(PublishRun).where(PublishRun.id == run_id).with_for_update())
        if row is None:
            return
        state = dict(row.state or {})
        held = state.get(LEASE)
        if isinstance(held, dict) and held.get("token") == holder.token:
            del state[LEASE]
            row.state = state


def _alive(lease: dict[str, Any], now: datetime) -> bool:
    if lease.get("host") == socket.gethostname():
        pid = int(lease.get("pid", 0))
        return pid == os.getpid() or process_exists(pid)
    try:
        beat = datetime.fromisoformat(str(lease["beat"]))
    except (KeyError, ValueError):
        return False
    return now - beat < timedelta(seconds=STALE_AFTER_S)


def process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a reused id counts as alive: the
    lease then waits for that process, never the other way round)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _windows_process_exists(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
