"""The real local preview of the sample app: click its booking form, get its source line back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from l4ydesk.app import SAMPLE_APP_DIR
from l4ydesk.core.analyzer import load_project
from l4ydesk.core.preview import LocalPreview
from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
from tests.conftest import wait_until
from tests.web.conftest import run_js
from tests.web.test_inspector import centre, enter_select_mode, pick

# Isolated: a real next dev page left Chromium in a state where a later web test in the same
# process sometimes failed and the next one crashed; its own process keeps the rest reliable.
pytestmark = [pytest.mark.slow, pytest.mark.web, pytest.mark.isolated]


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_clicking_the_booking_form_gives_its_source_file_and_line(
    qtbot: QtBot, panel: PreviewPanel, arun: Callable[[Any], Any], tmp_path: Path
) -> None:
    files = load_project(SAMPLE_APP_DIR)
    preview = LocalPreview.for_app(tmp_path / "data", "harbor-pine")
    try:
        url = arun(preview.start(files))
        panel.set_source_url(PreviewSource.LOCAL, f"{url}/booking")
        # The first request makes next dev compile the page: allow it the time it needs.
        wait_until(
            qtbot,
            lambda: panel.load_state is LoadState.LOADED and not panel.view.page().isLoading(),
            timeout=180_000,
        )
        wait_until(
            qtbot, lambda: run_js(qtbot, panel, "!!document.querySelector('form')"), may_hold=True
        )
        enter_select_mode(qtbot, panel)
        box = json.loads(
            run_js(
                qtbot,
                panel,
                "JSON.stringify(document.querySelector('form').getBoundingClientRect())",
            )
        )
        info = pick(qtbot, panel, centre({**box, "height": 20}, dy=2))
        assert info.source is not None
        assert info.source.path == "components/booking-form.tsx"
        booking = SAMPLE_APP_DIR / "components" / "booking-form.tsx"
        # The click lands on the form or an element written inside it in booking-form.tsx.
        assert _line_of(booking, "<form") <= info.source.line <= _line_of(booking, "</form>")
        assert info.form is not None and any(f.name == "email" for f in info.form.fields)
    finally:
        arun(preview.stop())
    assert not preview.running
