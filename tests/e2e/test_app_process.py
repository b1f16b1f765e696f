"""The real l4ydesk program, started as a subprocess offscreen, as a user would run it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l4ydesk.app import SAMPLE_APP_DIR

pytestmark = pytest.mark.web


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        L4YDESK_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
    )
    return env


def _wait_for_log(
    log_file: Path, needle: str, proc: subprocess.Popen[bytes], timeout: float
) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
        if needle in text:
            return text
        if proc.poll() is not None:
            raise AssertionError(f"l4ydesk exited early ({proc.returncode}):\n{text}")
        time.sleep(0.1)  # polling another process's log file; there is no signal to wait for
    raise AssertionError(f"'{needle}' did not appear in the log within {timeout} s")


def test_open_sample_then_quit_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = _env(data)
    proc = subprocess.Popen(
        [sys.executable, "-m", "l4ydesk", "open", str(SAMPLE_APP_DIR), "--name", "E2E Sample"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        log = _wait_for_log(data / "logs" / "l4ydesk.log", "import finished", proc, 60)
        assert "window shown" in log
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, out.decode(errors="replace")
    assert "l4ydesk quit" in (data / "logs" / "l4ydesk.log").read_text()
    listed = subprocess.run(
        [sys.executable, "-m", "l4ydesk", "files", "ls", "e2e-sample", "--json"],
        env=env,
        capture_output=True,
        check=True,
    )
    paths = {f["path"] for f in json.loads(listed.stdout)}
    expected = {
        p.relative_to(SAMPLE_APP_DIR).as_posix()
        for p in SAMPLE_APP_DIR.rglob("*")
        if p.is_file() and "node_modules" not in p.parts and p.name != ".DS_Store"
    }
    assert paths == expected
    # The layout was saved on quit.
    assert (data / "config" / "window.ini").exists()


def test_cli_round_trip_without_a_display(tmp_path: Path) -> None:
    env = _env(tmp_path / "data")
    env.pop("QT_QPA_PLATFORM")
    env["DISPLAY"] = ""

    def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "l4ydesk", *args], env=env, capture_output=True
        )

    assert cli("apps", "create", "Round Trip").returncode == 0
    assert cli("files", "import", "round-trip", str(SAMPLE_APP_DIR)).returncode == 0
    out = tmp_path / "export.zip"
    assert cli("files", "export", "round-trip", str(out)).returncode == 0
    page = cli("files", "cat", "round-trip", "app/page.tsx")
    assert page.stdout == (SAMPLE_APP_DIR / "app" / "page.tsx").read_bytes()
    bad = cli("files", "cat", "round-trip", "../../etc/passwd")
    assert bad.returncode == 1 and b"outside the app" in bad.stderr
    refused = cli("apps", "delete", "round-trip")
    assert refused.returncode == 1 and b"--yes" in refused.stderr
    assert cli("apps", "delete", "round-trip", "--yes").returncode == 0


def test_starts_as_a_new_user_would_without_chromium_flags(tmp_path: Path) -> None:
    # No QTWEBENGINE_CHROMIUM_FLAGS: as root (CI, containers) Chromium used to refuse to start.
    env = _env(tmp_path / "data")
    env.pop("QTWEBENGINE_CHROMIUM_FLAGS")
    env["L4YDESK_EXIT_AFTER_FIRST_PAINT"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "l4ydesk"], env=env, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    assert "window shown" in (tmp_path / "data" / "logs" / "l4ydesk.log").read_text()
