"""The real local preview of the sample app: npm install, `next dev`, source tags, hot reload.

Slow (it installs the sample's packages from the npm registry into a fresh data dir); the
figures it measures are printed and recorded as properties, never asserted as timings.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from l4ydesk.core.preview.local_server import LocalPreview, OutputLine

pytestmark = pytest.mark.slow

SAMPLE_APP = Path(__file__).resolve().parents[3] / "resources" / "sample-app"
BOOKING_FORM = "components/booking-form.tsx"


def sample_files() -> dict[str, bytes]:
    return {
        path.relative_to(SAMPLE_APP).as_posix(): path.read_bytes()
        for path in sorted(SAMPLE_APP.rglob("*"))
        if path.is_file() and not {"node_modules", ".next"} & set(path.parts)
    }


def form_position(source: str) -> tuple[int, int]:
    for number, line in enumerate(source.splitlines(), 1):
        if "<form" in line:
            return number, line.index("<form") + 1
    raise AssertionError("the booking form has no <form>")


def group_members(pgid: int) -> list[int]:
    """Live processes (zombies excluded) in process group `pgid`."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(stat.parent.name))
    return members


async def wait_for_text(client: httpx.AsyncClient, url: str, text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        page = (await client.get(url)).text
        if text in page:
            return page
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} was not served within {timeout} s")
        await asyncio.sleep(0.1)


async def test_sample_app_runs_tagged_and_hot_reloads(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    data_dir = tmp_path / "data"
    lines: list[OutputLine] = []
    files = sample_files()

    def preview() -> LocalPreview:
        return LocalPreview.for_app(
            data_dir, "harbor-and-pine", on_output=lines.append, ready_timeout=120
        )

    first = preview()
    try:
        url = await first.start(files)
        assert first.timings.install is not None, "a fresh data dir needs an install"
        async with httpx.AsyncClient(trust_env=False, timeout=60) as client:
            html = (await client.get(f"{url}/booking")).text
            line, column = form_position(files[BOOKING_FORM].decode())
            assert f'<form data-l4y-src="{BOOKING_FORM}:{line}:{column}"' in html
            assert re.search(r'data-l4y-src="app/booking/page.tsx:\d+:\d+"', html)
            assert "data-l4y-src" not in files[BOOKING_FORM].decode()  # app bytes untouched

            edited = files[BOOKING_FORM].replace(b"Book a session", b"Reserve your wheel time")
            assert edited != files[BOOKING_FORM]
            saved = time.monotonic()
            report = await first.sync_files({**files, BOOKING_FORM: edited})
            assert report.written == [BOOKING_FORM]
            await wait_for_text(client, f"{url}/booking", "Reserve your wheel time", 60)
            reload_seconds = time.monotonic() - saved
        first_timings = first.timings
        server_pid = first.server_pid
        assert server_pid is not None
    finally:
        await first.stop()
    assert not first.running
    assert group_members(server_pid) == []

    second = preview()
    try:
        await second.start({**files, BOOKING_FORM: edited})
        assert second.timings.install is None, "the second start must not reinstall"
        async with httpx.AsyncClient(trust_env=False, timeout=60) as client:
            assert "Reserve your wheel time" in (await client.get(f"{second.url}/booking")).text
        second_pid = second.server_pid
        assert second_pid is not None
    finally:
        await second.stop()
    assert group_members(second_pid) == []
    assert sum(1 for line in lines if line.text.startswith("$ npm")) == 1

    figures = {
        "first_install_s": first_timings.install,
        "first_ready_s": first_timings.ready,
        "first_total_s": first_timings.total,
        "save_to_reload_s": reload_seconds,
        "second_total_s": second.timings.total,
    }
    for name, value in figures.items():
        record_property(name, round(value or 0.0, 2))
    print("local preview:", ", ".join(f"{k}={v or 0:.1f}" for k, v in figures.items()))
