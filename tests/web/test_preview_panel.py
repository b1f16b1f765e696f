"""The preview panel against a real page server on 127.0.0.1, in offscreen QtWebEngine."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressBar
from pytestqt.qtbot import QtBot

from l4ydesk.ui.preview import (
    DESKTOP,
    PHONE,
    TABLET,
    LoadState,
    PreviewPanel,
    PreviewSource,
    PreviewTokenInterceptor,
)
from tests.conftest import wait_until
from tests.fakes.http_server import Drop
from tests.web.conftest import (
    ENVIRONMENT_WARNINGS,
    PreviewSite,
    qt_warnings,
    run_js,
    wait_state,
)

pytestmark = [
    pytest.mark.web,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS),
]

TOKEN = "tok-3f9a-secret"
BODY_TEXT = "document.body.innerText"


def load(qtbot: QtBot, panel: PreviewPanel, url: str, state: LoadState = LoadState.LOADED) -> None:
    """Show `url` as the v0 demo and wait until the panel has settled in `state`."""
    with qtbot.waitSignal(panel.load_state_changed, check_params_cb=lambda s: s is state):
        panel.set_source_url(PreviewSource.V0, url)
    wait_state(qtbot, panel, state, may_hold=True)  # the signal saw the change; now idle


def history_buttons(panel: PreviewPanel) -> tuple[bool, bool]:
    bar = panel.toolbar
    return bar.back_action.isEnabled(), bar.forward_action.isEnabled()


# ----- what is shown --------------------------------------------------------------------------


def test_empty_page_is_shown_until_a_source_has_a_url(qtbot: QtBot, panel: PreviewPanel) -> None:
    assert panel.load_state is LoadState.EMPTY
    assert panel.source is None
    assert panel.url().isEmpty()
    assert "No preview yet" in run_js(qtbot, panel, BODY_TEXT)
    assert "send a message in the chat" in run_js(qtbot, panel, BODY_TEXT).lower()
    assert panel.toolbar.url_field.text() == ""
    assert not panel.toolbar.source_box.isEnabled()
    assert history_buttons(panel) == (False, False)
    assert not panel.toolbar.open_action.isEnabled()


def test_served_page_loads_and_the_url_is_shown(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    url = site.url("/")
    with qtbot.waitSignal(panel.url_changed, check_params_cb=lambda u: u == QUrl(url)):
        load(qtbot, panel, url)
    assert panel.view.page().title() == "Harbor home"
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Harbor"
    assert panel.source is PreviewSource.V0
    assert panel.url() == QUrl(url)
    field = panel.toolbar.url_field
    assert field.text() == url and field.isReadOnly()
    assert panel.toolbar.open_action.isEnabled()
    progress = panel.findChild(QProgressBar)
    assert progress is not None and progress.value() == 0  # empty again once loaded
    assert site.paths() == ["/"]


def test_device_sizes_resize_the_view(qtbot: QtBot, panel: PreviewPanel, site: PreviewSite) -> None:
    load(qtbot, panel, site.url("/"))
    assert panel.view.size() != QSize(390, 844)
    panel.set_device(PHONE)
    wait_until(qtbot, lambda: panel.view.size() == QSize(390, 844), may_hold=True)
    assert panel.toolbar.device_button(PHONE).isChecked()
    wait_until(qtbot, lambda: run_js(qtbot, panel, "window.innerWidth") == 390, may_hold=True)

    assert panel.view.size() != QSize(768, 1024)
    panel.toolbar.device_button(TABLET).click()
    wait_until(qtbot, lambda: panel.view.size() == QSize(768, 1024), may_hold=True)
    assert panel.device == TABLET

    panel.toolbar.device_button(DESKTOP).click()
    # Desktop fills the panel below the toolbar again.
    wait_until(qtbot, lambda: panel.view.width() == panel.width())
    assert panel.view.height() > 600


def test_reload_from_the_button_and_the_keyboard(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    load(qtbot, panel, site.url("/"))
    with qtbot.waitSignal(
        panel.load_state_changed, check_params_cb=lambda s: s is LoadState.LOADING
    ):
        panel.toolbar.reload_action.trigger()
    wait_state(qtbot, panel, LoadState.LOADED)
    assert site.paths() == ["/", "/"]

    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.view.setFocus()
    qtbot.keyClick(panel.view.focusProxy(), Qt.Key.Key_F5)
    wait_until(qtbot, lambda: len(site.paths()) == 3)
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)
    qtbot.keyClick(panel.view.focusProxy(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: len(site.paths()) == 4)
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)


def test_back_and_forward_follow_the_history(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    load(qtbot, panel, site.url("/"))
    # A fresh preview has no history: Back never leads to the "No preview yet" page.
    assert history_buttons(panel) == (False, False)

    run_js(qtbot, panel, "document.getElementById('about').click(); true")
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor about")
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new title is in: settle
    assert panel.url() == QUrl(site.url("/about"))
    assert history_buttons(panel) == (True, False)

    panel.toolbar.back_action.trigger()
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor home")
    wait_until(qtbot, lambda: history_buttons(panel) == (False, True), may_hold=True)

    panel.toolbar.forward_action.trigger()
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor about")
    wait_until(qtbot, lambda: history_buttons(panel) == (True, False), may_hold=True)


# ----- failures -------------------------------------------------------------------------------


def test_unreachable_url_shows_the_error_page(
    qtbot: QtBot, panel: PreviewPanel, closed_port_url: str
) -> None:
    load(qtbot, panel, closed_port_url, LoadState.FAILED)
    text = run_js(qtbot, panel, BODY_TEXT)
    assert "The preview could not be loaded" in text
    assert closed_port_url in text
    assert "Nothing is answering at this address." in text
    assert "Try again" in text
    assert "ERR_CONNECTION_REFUSED" in text
    # The URL field shows the failed URL, not the error page's data: URL.
    assert panel.url() == QUrl(closed_port_url)
    assert panel.toolbar.url_field.text() == closed_port_url
    assert history_buttons(panel) == (False, False)

    # "Try again" really tries again (and fails again: nothing listens there).
    states: list[LoadState] = []
    panel.load_state_changed.connect(states.append)
    run_js(qtbot, panel, "document.getElementById('l4ydesk-retry').click(); true")
    wait_until(qtbot, lambda: states[-2:] == [LoadState.LOADING, LoadState.FAILED])
    wait_state(qtbot, panel, LoadState.FAILED, may_hold=True)  # seen in `states`: settle


def test_try_again_loads_the_page_once_the_server_answers(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    site.enqueue(Drop(), path="/", method="GET")  # the first answer never comes
    load(qtbot, panel, site.url("/"), LoadState.FAILED)
    assert "closed the connection" in run_js(qtbot, panel, BODY_TEXT)

    run_js(qtbot, panel, "document.getElementById('l4ydesk-retry').click(); true")
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor home")
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new title is in: settle
    # The retried page replaced the error page: there is nothing to go back to.
    assert history_buttons(panel) == (False, False)


def test_http_errors_show_the_servers_page_or_ours_when_it_is_empty(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    load(qtbot, panel, site.url("/missing"))  # the app's own 404 page is worth seeing
    assert panel.view.page().title() == "Not here"

    load(qtbot, panel, site.url("/blank-500"), LoadState.FAILED)
    text = run_js(qtbot, panel, BODY_TEXT)
    assert "The server had a problem (HTTP 500)." in text
    assert "Try again" in text


def test_a_crashed_renderer_shows_the_error_page(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    load(qtbot, panel, site.url("/"))
    with qtbot.waitSignal(panel.view.page().renderProcessTerminated):
        panel.view.load(QUrl("chrome://crash"))  # Chromium's debug URL: the renderer crashes
    wait_state(qtbot, panel, LoadState.FAILED)
    assert panel.url() == QUrl(site.url("/"))
    assert "The preview stopped unexpectedly." in run_js(qtbot, panel, BODY_TEXT)
    panel.reload()
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor home")
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new title is in: settle


# ----- sources --------------------------------------------------------------------------------


def test_only_sources_with_a_url_can_be_picked(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    sources: list[PreviewSource | None] = []
    panel.source_changed.connect(sources.append)
    load(qtbot, panel, site.url("/"))
    box = panel.toolbar.source_box
    model = box.model()
    assert isinstance(model, QStandardItemModel)
    enabled = {box.itemData(row): model.item(row).isEnabled() for row in range(box.count())}
    assert enabled == {
        PreviewSource.V0: True,
        PreviewSource.LOCAL: False,
        PreviewSource.LIVE: False,
    }
    with pytest.raises(ValueError, match="no URL"):
        panel.select_source(PreviewSource.LOCAL)
    for unsafe in ("javascript:alert(1)", "file:///etc/passwd", "chrome://crash", "not a url"):
        with pytest.raises(ValueError, match="http"):
            panel.set_source_url(PreviewSource.LOCAL, unsafe)
    assert panel.available_sources() == [PreviewSource.V0]

    # A new live URL does not take over what the user is looking at...
    panel.set_source_url(PreviewSource.LIVE, site.url("/about"))
    assert panel.source is PreviewSource.V0
    # ...until it is picked.
    box.setCurrentIndex(list(PreviewSource).index(PreviewSource.LIVE))
    box.activated.emit(box.currentIndex())
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor about")
    wait_state(qtbot, panel, LoadState.LOADED, may_hold=True)  # the new title is in: settle
    assert history_buttons(panel) == (False, False)  # another source: a fresh history

    # The shown source losing its URL falls back to the other one, then to the empty page.
    panel.set_source_url(PreviewSource.LIVE, None)
    wait_until(qtbot, lambda: panel.view.page().title() == "Harbor home")
    panel.set_source_url(PreviewSource.V0, None)
    wait_state(qtbot, panel, LoadState.EMPTY)
    assert sources == [PreviewSource.V0, PreviewSource.LIVE, PreviewSource.V0, None]
    assert panel.url().isEmpty()


def test_a_new_url_for_the_shown_source_loads_it(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    load(qtbot, panel, site.url("/"))
    load(qtbot, panel, site.url("/about"))  # e.g. a new chat version's demo URL
    assert panel.view.page().title() == "Harbor about"
    panel.set_source_url(PreviewSource.V0, site.url("/about"))  # the same URL: nothing to do
    assert site.paths() == ["/", "/about"]


class _UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_browser_hands_the_url_to_the_desktop(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    recorder = _UrlRecorder()
    # The stub wants bytes for the slot name; PySide at run time wants str.
    QDesktopServices.setUrlHandler("http", recorder, "handle")  # type: ignore[arg-type]
    try:
        assert panel.open_in_browser() is False  # nothing to open yet
        load(qtbot, panel, site.url("/"))
        panel.toolbar.open_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert recorder.urls == [QUrl(site.url("/"))]


# ----- the preview token ----------------------------------------------------------------------


def test_preview_token_goes_to_the_configured_host_only(
    qtbot: QtBot, panel: PreviewPanel, site: PreviewSite
) -> None:
    port = QUrl(site.base_url).port()
    panel.set_preview_token("127.0.0.1", TOKEN)
    load(qtbot, panel, site.url("/"))
    first = site.requests_to("/")[-1]
    assert first.headers.get("x-v0-preview-token") == TOKEN

    # The same server under another host name must not get the token.
    load(qtbot, panel, f"http://localhost:{port}/about")
    assert "x-v0-preview-token" not in site.requests_to("/about")[-1].headers

    panel.set_preview_token("127.0.0.1", None)
    load(qtbot, panel, site.url("/missing"))
    assert "x-v0-preview-token" not in site.requests_to("/missing")[-1].headers

    # The token is never shown in the panel.
    texts = [w.text() for w in panel.findChildren(QLineEdit)] + [panel.toolbar.toolTip()]
    assert not any(TOKEN in text for text in texts)


def test_token_interceptor_rejects_bad_input_and_hides_the_token() -> None:
    interceptor = PreviewTokenInterceptor()
    interceptor.set_token("Demo.VUSERCONTENT.net.", TOKEN)
    assert interceptor.hosts == {"demo.vusercontent.net"}
    assert TOKEN not in repr(interceptor)
    with pytest.raises(ValueError, match="host name"):
        interceptor.set_token("https://demo.vusercontent.net/", TOKEN)
    with pytest.raises(ValueError) as caught:
        interceptor.set_token("demo.vusercontent.net", "abc\r\nX-Evil: 1")
    assert "abc" not in str(caught.value)
    interceptor.set_token("demo.vusercontent.net", None)
    assert interceptor.hosts == frozenset()
    shiboken6.delete(interceptor)


# ----- cleanup --------------------------------------------------------------------------------


def test_deleting_a_panel_without_shutdown_releases_the_page_first(
    qtbot: QtBot, site: PreviewSite
) -> None:
    with qt_warnings() as warnings:
        panel = PreviewPanel()
        panel.set_source_url(PreviewSource.V0, site.url("/"))
        wait_state(qtbot, panel, LoadState.LOADED)
        shiboken6.delete(panel)  # as a parent window's deletion would
        QApplication.processEvents()
    assert warnings == []


def test_shutdown_is_idempotent_and_quiet(qtbot: QtBot, site: PreviewSite) -> None:
    with qt_warnings() as warnings:
        panel = PreviewPanel()
        panel.set_source_url(PreviewSource.V0, site.url("/"))
        panel.shutdown()  # even in the middle of a load
        panel.shutdown()
        panel.reload()  # harmless after shutdown
        shiboken6.delete(panel)
        QApplication.processEvents()
    assert warnings == []
