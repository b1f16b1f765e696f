"""`l4ydesk calendar ...` as a user runs it: add, slots (text and JSON), book, taken, ICS files."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from l4ydesk.cli import main

# A Monday a few weeks ahead of the real clock: past any notice, inside the year's horizon.
_DAY = date.today() + timedelta(days=21)
MONDAY = _DAY + timedelta(days=-_DAY.weekday())
FUTURE_MONDAY = MONDAY.isoformat()
TUESDAY = (MONDAY + timedelta(days=1)).isoformat()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["calendar", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_slots_book_taken(l4y_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "resource",
        "add",
        "Dr Lee",
        "--tz",
        "Europe/Berlin",
        "--hours",
        "mon-fri 09:00-12:00",
    )
    assert code == 0 and "mon-fri 09:00-12:00" in out
    code, out, _ = run(
        capsys,
        "slots",
        "Dr Lee",
        "--from",
        FUTURE_MONDAY,
        "--to",
        FUTURE_MONDAY,
        "--duration",
        "60",
        "--tz",
        "America/New_York",
        "--json",
    )
    slots = json.loads(out)
    nine = datetime(MONDAY.year, MONDAY.month, MONDAY.day, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    in_new_york = nine.astimezone(ZoneInfo("America/New_York"))
    assert code == 0 and [s["start"] for s in slots][:2] == [
        in_new_york.isoformat(),
        (in_new_york + timedelta(minutes=15)).isoformat(),
    ]
    assert all(datetime.fromisoformat(s["start"]).utcoffset() is not None for s in slots)
    code, out, _ = run(
        capsys,
        "book",
        "Dr Lee",
        f"{FUTURE_MONDAY}T10:00",
        "--duration",
        "60",
        "--name",
        "Ada",
        "--email",
        "ada@example.com",
    )
    assert code == 0 and "Booked Dr Lee" in out
    code, _, err = run(capsys, "book", "Dr Lee", f"{FUTURE_MONDAY}T10:30", "--duration", "30")
    assert code == 3 and "just taken" in err
    code, _, err = run(capsys, "book", "Dr Lee", f"{FUTURE_MONDAY}T13:00", "--duration", "30")
    assert code == 3 and "outside" in err
    code, out, _ = run(
        capsys,
        "slots",
        "Dr Lee",
        "--from",
        FUTURE_MONDAY,
        "--to",
        FUTURE_MONDAY,
        "--duration",
        "60",
    )
    assert "09:00 11:00" in out and "10:00" not in out


def test_import_export_and_errors(
    l4y_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "resource", "add", "Room", "--tz", "UTC", "--hours", "mon-sun 08:00-18:00")
    holiday = tmp_path / "holiday.ics"
    holiday.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:h\nDTSTAMP:20300101T000000Z\n"
        f"DTSTART;VALUE=DATE:{FUTURE_MONDAY.replace('-', '')}\nSUMMARY:Holiday\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    code, out, _ = run(capsys, "import", "Room", str(holiday), "--as", "block")
    assert code == 0 and "Imported 1 busy times" in out
    code, out, _ = run(
        capsys, "slots", "Room", "--from", FUTURE_MONDAY, "--to", FUTURE_MONDAY, "--duration", "30"
    )
    assert "No free 30-minute slots" in out
    code, out, _ = run(
        capsys,
        "book",
        "Room",
        f"{TUESDAY}T09:00",
        "--duration",
        "30",
        "--repeat",
        "FREQ=DAILY;COUNT=2",
    )
    assert code == 0 and out.count("Booked") == 2
    exported = tmp_path / "out.ics"
    code, out, _ = run(capsys, "export", "Room", str(exported))
    assert (
        code == 0 and "Exported 3 events" in out and exported.read_text().count("BEGIN:VEVENT") == 3
    )
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART 2030\nEND:VEVENT\nEND:VCALENDAR\n")
    code, _, err = run(capsys, "import", "Room", str(broken))
    assert code == 1 and "Line 3 of broken.ics" in err
    code, _, err = run(
        capsys, "resource", "add", "X", "--tz", "Nowhere/City", "--hours", "mon 09:00-10:00"
    )
    assert code == 1 and "not a time zone" in err
    code, _, err = run(capsys, "book", "Room", "tomorrow", "--duration", "30")
    assert code == 1 and "ISO 8601" in err


def test_product_links_a_resource_to_a_product_record(
    l4y_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.storage.calendar_models import CalProduct

    run(capsys, "resource", "add", "Kiln", "--tz", "Europe/Berlin", "--hours", "mon 09:00-12:00")
    code, out, _ = run(capsys, "product", "Kiln", "Firing", "--duration", "90", "--record", "41")
    assert code == 0 and "Kiln serves Firing" in out and "product record #41" in out
    services = build_services(load_settings())
    try:
        with services.store.session() as session:
            row = session.query(CalProduct).filter_by(name="Firing").one()
            assert (row.record_id, row.duration_min, row.subtype) == (41, 90, "appointment")
    finally:
        services.close()
    code, _, err = run(capsys, "product", "Kiln", "Glaze", "--duration", "0")
    assert code == 1 and "from 1 to 1440" in err
