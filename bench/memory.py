"""Memory with the sample app open: PSS of l4ydesk and every process it started (QtWebEngine,
the lexer worker …), summed. Goal: ≤ 300 MiB.

Runs `l4ydesk open --sample` offscreen in a fresh data folder, waits until the sample is
imported and open in the editor, lets it settle, reads /proc/<pid>/smaps_rollup of the whole
process tree, then quits it with SIGTERM. Linux only (PSS is a Linux figure).

    .venv/bin/python bench/memory.py            # SETTLE=5 seconds by default
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SETTLE = float(os.environ.get("SETTLE", "5"))


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def _pss_kib(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return next(int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:"))


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            L4YDESK_DATA_DIR=tmp,
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
        )
        log = Path(tmp) / "logs" / "l4ydesk.log"
        proc = subprocess.Popen(
            [sys.executable, "-m", "l4ydesk", "open", "--sample"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 120
            while "import finished" not in (log.read_text() if log.exists() else ""):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("l4ydesk did not open the sample app")
                time.sleep(0.2)  # another process's log: there is nothing to wait on
            time.sleep(SETTLE)
            rows = [(pid, _name(pid), _pss_kib(pid)) for pid in _tree(proc.pid)]
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    for pid, name, kib in sorted(rows, key=lambda r: -r[2]):
        print(f"  {name:<24} pid {pid:<8} {kib / 1024:7.1f} MiB")
    total = sum(kib for _p, _n, kib in rows) / 1024
    print(f"PSS with the sample app open, all processes: {total:.0f} MiB (goal ≤ 300 MiB)")


if __name__ == "__main__":
    main()
