"""The untrusted app in the preview: it stays on its own origins and cannot forge sources."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from l4ydesk.ui.preview import LoadState, PreviewPanel, PreviewSource
from l4ydesk.ui.preview.inspector_messages import ElementInfo
from tests.conftest import wait_until
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response
from tests.web.conftest import ENVIRONMENT_WARNINGS, run_js, wait_state
from tests.web.test_inspector import ELEMENT_JSON
from tests.web.test_preview_panel import _UrlRecorder

pytestmark = [
    pytest.mark.web,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS),
]


class AppSite(FakeHTTPServer):
    """An app whose page links to its own /about and to another origin (same server, by name)."""

    def route(self, request: RecordedRequest) -> Response:
        port = self.base_url.rsplit(":", 1)[1].rstrip("/")
        other = f"http://localhost:{port}/stolen"
        if request.path == "/":
            body = (
                "<h1>App</h1><a id='own' href='/about'>About</a>"
                f"<a id='away' href='{other}'>Elsewhere</a>"
            )
        elif request.path == "/about":
            body = "<h1>About</h1>"
        else:
            body = "<h1>Not ours</h1>"
        html = f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
        return Reply(body=html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def test_links_to_other_origins_open_in_the_system_browser(
    qtbot: QtBot, panel: PreviewPanel
) -> None:
    recorder = _UrlRecorder()
    QDesktopServices.setUrlHandler("http", recorder, "handle")  # type: ignore[arg-type]
    try:
        with AppSite() as site:
            home = site.url("/")
            with qtbot.waitSignal(panel.load_state_changed, timeout=10000):
                panel.set_source_url(PreviewSource.V0, home)
            wait_state(qtbot, panel, LoadState.LOADED)

            # A script moving the page away or "clicking" a link is stopped, no browser opened.
            run_js(qtbot, panel, "location.href = document.getElementById('away').href; true")
            run_js(qtbot, panel, "document.getElementById('away').click(); true")
            # The user clicking the link: it opens in the system browser, the preview stays.
            found = run_js(
                qtbot,
                panel,
                "JSON.stringify(document.getElementById('away').getBoundingClientRect())",
            )
            box = json.loads(found)
            point = QPoint(round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2))
            qtbot.mouseClick(panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
            wait_until(qtbot, lambda: len(recorder.urls) == 1)
            assert recorder.urls[0].host() == "localhost"
            assert panel.url().path() != "/about"
            run_js(qtbot, panel, "document.getElementById('own').click(); true")
            # run_js spins the loop, so the navigation may be done by the time it returns.
            wait_until(qtbot, lambda: panel.url().path() == "/about", may_hold=True)
            assert panel.url().host() == "127.0.0.1"
            assert len(recorder.urls) == 1
            assert "/stolen" not in [r.path for r in site.requests]
    finally:
        QDesktopServices.unsetUrlHandler("http")


def _post_selection(panel: PreviewPanel, src: str) -> None:
    element = dict(ELEMENT_JSON, src=src)
    panel.inspector.bridge.post(
        json.dumps({"type": "element_selected", "version": 1, "element": element})
    )


def test_a_selection_with_a_forged_source_path_is_refused(panel: PreviewPanel) -> None:
    inspector = panel.inspector
    inspector.set_known_paths({"app/page.tsx"})
    inspector.set_select_mode(True)
    selected: list[ElementInfo] = []
    inspector.element_selected.connect(selected.append)
    _post_selection(panel, "../../etc/passwd:1:1")
    _post_selection(panel, "app/secret-not-in-app.tsx:2:3")
    assert selected == []
    assert inspector.stats.invalid == 2
    _post_selection(panel, "app/page.tsx:2:3")
    assert [str(e.source) for e in selected] == ["app/page.tsx:2:3"]
