"""`l4ydesk sync …` as a user runs it against a real CalDAV server: link, sync, list, unlink."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from l4ydesk.cli import main
from tests.fakes.radicale_server import PASSWORD, USER, RadicaleServer
from tests.integration.calendar_sync.conftest import DAY, event, stamp


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_link_sync_list_unlink(
    l4y_env: Path,
    radicale: RadicaleServer,
    calendar_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hours = "mon-sun 08:00-20:00"
    assert (
        run(capsys, "calendar", "resource", "add", "Dr Lee", "--tz", "UTC", "--hours", hours)[0]
        == 0
    )
    code, out, err = run(capsys, "sync")
    assert code == 0 and "No calendars are linked" in out

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, err = run(
        capsys,
        "sync",
        "link",
        "Dr Lee",
        "--caldav",
        calendar_url,
        "--user",
        USER,
        "--password-stdin",
    )
    assert code == 0, err
    assert "Linked “Work” to Dr Lee (link 1)" in out and PASSWORD not in out
    radicale.put_event(calendar_url, "a.ics", event("a", stamp(DAY, 9), stamp(DAY, 10), tz="UTC"))
    code, out, err = run(
        capsys, "calendar", "book", "Dr Lee", f"{DAY.isoformat()}T14:00", "--duration", "60"
    )
    assert code == 0, err

    code, out, err = run(capsys, "sync", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["busy_changed"], report["pushed"], report["error"]) == (1, 1, None)
    code, out, _ = run(
        capsys,
        "calendar",
        "slots",
        "Dr Lee",
        "--from",
        DAY.isoformat(),
        "--to",
        DAY.isoformat(),
        "--duration",
        "60",
        "--step",
        "60",
    )
    assert " 09:00" not in out and " 14:00" not in out and " 10:00" in out

    code, out, _ = run(capsys, "sync", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["calendar_url"] == calendar_url and listed["last_error"] is None
    assert listed["last_ok_at"] is not None

    radicale.stop()
    code, out, err = run(capsys, "sync")
    assert code == 1 and "Could not reach 127.0.0.1" in err
    code, out, _ = run(capsys, "sync", "list")
    assert "error: Could not reach 127.0.0.1" in out

    code, out, _ = run(capsys, "sync", "unlink", "1")
    assert code == 0 and "Unlinked" in out
    code, out, err = run(capsys, "sync", "unlink", "1")
    assert code == 1 and "There is no linked calendar with id 1" in err
