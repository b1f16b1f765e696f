"""The test-cluster sweep removes what killed runs left, and nothing a live run still uses."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.platform.postgres import sweep_stale_clusters


def _cluster(parent: Path, name: str, *, pid: int | None, age_s: float) -> Path:
    folder = parent / f"l4ydesk-pg-{name}"
    (folder / "data").mkdir(parents=True)
    if pid is not None:
        (folder / "data" / "postmaster.pid").write_text(f"{pid}\n/data\n")
    then = time.time() - age_s
    os.utime(folder, (then, then))
    return folder


def test_only_old_clusters_without_a_live_server_are_deleted(tmp_path: Path) -> None:
    dead_server = _cluster(tmp_path, "dead", pid=2**22 + 12345, age_s=3600)
    no_pid_file = _cluster(tmp_path, "nopid", pid=None, age_s=3600)
    live_server = _cluster(tmp_path, "live", pid=os.getpid(), age_s=3600)
    starting = _cluster(tmp_path, "young", pid=None, age_s=5)
    unrelated = tmp_path / "something-else"
    unrelated.mkdir()

    sweep_stale_clusters(tmp_path)

    assert not dead_server.exists()
    assert not no_pid_file.exists()
    assert live_server.exists()
    assert starting.exists()
    assert unrelated.exists()
