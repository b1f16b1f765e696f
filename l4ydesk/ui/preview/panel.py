"""The embedded preview: the app in a web view, with a source picker and browser-like controls."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from l4ydesk.ui.preview.device_stage import DeviceStage
from l4ydesk.ui.preview.failures import describe_crash, describe_load_failure
from l4ydesk.ui.preview.inspector import Inspector
from l4ydesk.ui.preview.interceptor import PreviewTokenInterceptor
from l4ydesk.ui.preview.pages import Failure, empty_page_html, error_page_html
from l4ydesk.ui.preview.sources import DESKTOP, DeviceSize, LoadState, PreviewSource
from l4ydesk.ui.preview.toolbar import PreviewToolBar
from l4ydesk.ui.preview.web_page import PreviewPage, internal_kind

LoadingStatus = QWebEngineLoadingInfo.LoadStatus
WebAction = QWebEnginePage.WebAction

_WEB_SCHEMES = ("http", "https")
_ERR_ABORTED = -3  # Chromium: a load replaced by another one; not a failure to report
# Whether an HTTP error answer has something to read; if not, our error page says more.
_HAS_CONTENT_JS = "!!(document.body && document.body.innerText.trim().length)"


class PreviewPanel(QWidget):
    """Shows the app in a web view: pick a source, navigate, size it to a device, open outside.

    A source (`PreviewSource`) becomes available once the owner gives it a URL with
    `set_source_url`; only available sources can be picked. Changing what is previewed starts
    a fresh history, so Back and Forward move within the app, never to another app or to the
    "No preview yet" page.

    The panel owns an off-the-record QWebEngineProfile: previews share no cookies or cache with
    anything else and leave nothing on disk. Call `shutdown()` before the window goes away; it
    deletes the page before the profile, as QtWebEngine requires.

    Signals:
        load_state_changed(LoadState): the panel went empty, started loading, loaded or failed.
        url_changed(QUrl): the URL shown changed (an empty QUrl while there is no preview).
        source_changed(object): the PreviewSource now shown (None when none has a URL).
    """

    load_state_changed = Signal(object)
    url_changed = Signal(QUrl)
    source_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._urls: dict[PreviewSource, QUrl] = {}
        self._source: PreviewSource | None = None
        self._state = LoadState.EMPTY
        self._shown_url = QUrl()
        self._new_session = False  # clear the history once the current load settles
        self._load_serial = 0  # tells late JavaScript answers from stale loads apart
        self._closed = False

        # Parentless for now; it is adopted last, at the end of __init__ (see there).
        self._profile = QWebEngineProfile()
        self._interceptor = PreviewTokenInterceptor(self._profile)
        self._profile.setUrlRequestInterceptor(self._interceptor)

        self.toolbar = PreviewToolBar(self)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, 100)
        self._progress.setTextVisible(False)
        self._progress.setFixedHeight(2)
        # Always in the layout, so loading never shifts the page; while idle its faint track is
        # the line between the toolbar and the page.
        self._progress.setStyleSheet(
            "QProgressBar { border: 0; background: rgba(0, 0, 0, 0.1); }"
            "QProgressBar::chunk { background: #0969da; }"
        )
        self._view = QWebEngineView()
        self._page = PreviewPage(self._profile, self._view)
        self._view.setPage(self._page)
        self._page.watch_input(self._view)
        # The page's child: it goes with the page, after the page has let go of its channel.
        self._inspector = Inspector(self._page)
        self._stage = DeviceStage(self._view, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._progress)
        layout.addWidget(self._stage, 1)

        # QObject deletes children in the order they were adopted: adopting the profile last
        # means the view (and its page) is deleted before it even if shutdown() is never called.
        self._profile.setParent(self)

        self._connect()
        self.set_device(DESKTOP)
        self._render_sources()
        self._show_current()

    def _connect(self) -> None:
        bar = self.toolbar
        # Added to the panel too, so F5 / Ctrl+R / Alt+arrows work wherever the focus is inside.
        self.addActions([bar.back_action, bar.forward_action, bar.reload_action, bar.select_action])
        bar.back_action.triggered.connect(self.back)
        bar.forward_action.triggered.connect(self.forward)
        bar.reload_action.triggered.connect(self.reload)
        bar.open_action.triggered.connect(self.open_in_browser)
        bar.source_selected.connect(self._on_toolbar_source_selected)
        bar.device_selected.connect(self.set_device)
        bar.select_action.triggered.connect(self._on_toolbar_select_triggered)
        self._inspector.select_mode_changed.connect(bar.show_select_mode)
        page = self._page
        page.loadingChanged.connect(self._on_page_loading_changed)
        page.loadProgress.connect(self._on_page_load_progress)
        page.urlChanged.connect(self._on_page_url_changed)
        page.renderProcessTerminated.connect(self._on_page_render_process_terminated)
        # Queued: the click arrives inside Chromium's navigation check, too early to load again.
        page.retry_requested.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        # Queued for the same reason; the system browser, not the preview, gets other sites.
        page.external_link_requested.connect(
            QDesktopServices.openUrl, Qt.ConnectionType.QueuedConnection
        )
        for action in (WebAction.Back, WebAction.Forward):
            page.action(action).changed.connect(self._update_history)

    # ----- public API ----------------------------------------------------------------------

    @property
    def view(self) -> QWebEngineView:
        """The web view, for the inspector bridge; do not replace its page or profile."""
        return self._view

    @property
    def inspector(self) -> Inspector:
        """Select mode, picked elements and badges in the previewed page."""
        return self._inspector

    @property
    def source(self) -> PreviewSource | None:
        return self._source

    @property
    def load_state(self) -> LoadState:
        return self._state

    @property
    def device(self) -> DeviceSize:
        return self._stage.device

    def url(self) -> QUrl:
        """The URL being shown (the failed one on the error page); empty when there is none."""
        return QUrl(self._shown_url)

    def source_url(self, source: PreviewSource) -> QUrl | None:
        url = self._urls.get(source)
        return QUrl(url) if url is not None else None

    def available_sources(self) -> list[PreviewSource]:
        return [source for source in PreviewSource if source in self._urls]

    def set_source_url(self, source: PreviewSource, url: QUrl | str | None) -> None:
        """Give `source` a URL (it becomes available) or take it away with None.

        The shown source reloads when its URL changes. With nothing shown yet, the first
        source to get a URL is shown; when the shown source loses its URL, the next available
        one is, or the "No preview yet" page.
        """
        new = QUrl(url) if url else QUrl()
        # Preview URLs come from remote APIs: only web pages, never file:, data:, javascript:
        # or chrome: URLs (chrome://crash alone would take the renderer down).
        if not new.isEmpty() and (not new.isValid() or new.scheme() not in _WEB_SCHEMES):
            raise ValueError(f"not an http(s) preview URL: {new.toDisplayString()!r}")
        old = self._urls.get(source)
        if new.isEmpty():
            self._urls.pop(source, None)
        else:
            self._urls[source] = new
        self._page.set_allowed_urls(self._urls.values())
        if self._source is not None and self._source in self._urls:
            self._render_sources()
            if source == self._source and old != new:
                self._show_current()
            return
        available = self.available_sources()
        target = source if source in self._urls else (available[0] if available else None)
        if target is None and self._source is None:
            self._render_sources()  # still nothing to show: keep the page as it is
            return
        self._select(target)

    def select_source(self, source: PreviewSource) -> None:
        """Show `source`; it must be available (have a URL)."""
        if source not in self._urls:
            raise ValueError(f"the {source.label} preview has no URL yet")
        if source != self._source:
            self._select(source)

    def set_device(self, device: DeviceSize) -> None:
        self._stage.set_device(device)
        self.toolbar.show_device(device)

    def set_preview_token(self, host: str, token: str | None) -> None:
        """Send `x-v0-preview-token: token` with every request to `host`; None stops it."""
        self._interceptor.set_token(host, token)

    # Back and Forward step through the history itself rather than Chromium's actions: those
    # skip entries a page added without a user gesture (an anti-hijacking rule meant for the
    # open web), which in a preview makes Back jump over pages or do nothing while enabled.

    def back(self) -> None:
        if not self._closed:
            self._page.history().back()

    def forward(self) -> None:
        if not self._closed:
            self._page.history().forward()

    def reload(self) -> None:
        """Reload the page; on the error page, load the failed URL again."""
        if self._closed:
            return
        kind = self._page.internal_kind()
        if kind is LoadState.FAILED and not self._page.url().isEmpty():
            # When the error page is all there is, the retried page takes its place in the
            # history instead of sitting after it.
            self._new_session = not self._page.history().canGoBack()
            self._view.load(self._page.url())
        elif kind is LoadState.EMPTY:
            self._show_current()
        else:
            self._page.triggerAction(WebAction.Reload)

    def open_in_browser(self) -> bool:
        """Open the shown page in the user's browser; False when there is none to open."""
        if self._shown_url.scheme() not in _WEB_SCHEMES:
            return False
        return QDesktopServices.openUrl(self._shown_url)

    def shutdown(self) -> None:
        """Release the web engine: the view and its page first, then the profile. Idempotent.

        Call it from outside the panel's own signal handlers (e.g. when the window closes).
        """
        if self._closed:
            return
        self._closed = True
        self.toolbar.setEnabled(False)
        self._profile.setUrlRequestInterceptor(None)  # type: ignore[arg-type]
        shiboken6.delete(self._view)  # its page is its child, so it goes with it
        shiboken6.delete(self._profile)

    # ----- showing things ------------------------------------------------------------------

    def _select(self, source: PreviewSource | None) -> None:
        changed = source != self._source
        self._source = source
        self._render_sources()
        self._show_current()
        if changed:
            self.source_changed.emit(source)

    def _show_current(self) -> None:
        url = self._urls.get(self._source) if self._source is not None else None
        self._new_session = True
        if url is None:
            self._page.setHtml(empty_page_html())  # the state follows once it has loaded
        else:
            self._view.load(url)

    def _show_error(self, failure: Failure, url: QUrl) -> None:
        # FAILED is announced once the page is up (see _settle). With the failed URL as base
        # URL the page reports it as its own, which keeps the URL field right and lets
        # "Try again" work after Back/Forward returns to this page.
        self._page.setHtml(error_page_html(failure, url.toDisplayString()), url)

    def _settle(self, state: LoadState) -> None:
        self._progress.setValue(0)
        self._set_state(state)
        if self._new_session:
            self._new_session = False
            self._page.history().clear()
        self._update_history()

    def _set_state(self, state: LoadState) -> None:
        if state is not self._state:
            self._state = state
            self.load_state_changed.emit(state)

    def _render_sources(self) -> None:
        self.toolbar.show_sources(self.available_sources(), self._source)

    def _update_history(self) -> None:
        if self._closed:
            return
        history = self._page.history()
        self.toolbar.show_history(history.canGoBack(), history.canGoForward())

    # ----- slots ---------------------------------------------------------------------------

    def _on_toolbar_select_triggered(self, checked: bool) -> None:
        if self._closed:
            return
        self._inspector.set_select_mode(checked)
        if checked:
            # Into the page, so that Esc (handled there) stops selecting right away.
            self._view.setFocus()

    def _on_toolbar_source_selected(self, source: PreviewSource) -> None:
        if source in self._urls:
            self.select_source(source)

    def _on_page_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        if self._closed:
            return
        status = info.status()
        if status == LoadingStatus.LoadStartedStatus:
            self._load_serial += 1
            if internal_kind(info.url()) is None:  # our own pages load instantly: no progress
                self._progress.setValue(0)
                self._set_state(LoadState.LOADING)
        elif status == LoadingStatus.LoadSucceededStatus:
            self._settle(self._page.internal_kind() or LoadState.LOADED)
        elif status == LoadingStatus.LoadFailedStatus and info.errorCode() != _ERR_ABORTED:
            self._on_load_failed(info)
        elif not self._page.isLoading():
            # Stopped, or cut short by a newer load: no new page, so the history stays as it is
            # (a fresh session is cleared when that newer load settles).
            self._progress.setValue(0)
            self._set_state(self._page.internal_kind() or LoadState.LOADED)
            self._update_history()

    def _on_load_failed(self, info: QWebEngineLoadingInfo) -> None:
        failure = describe_load_failure(info)
        url = info.url()
        if info.errorDomain() != QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
            self._show_error(failure, url)
            return
        # An HTTP error page from the server (an app's own 404 page, say) is worth showing;
        # an empty one is not, so look before replacing it.
        serial = self._load_serial

        def on_answer(has_content: object) -> None:
            if self._closed or serial != self._load_serial:
                return
            if has_content is True:
                self._settle(LoadState.LOADED)
            else:
                self._show_error(failure, url)

        self._page.runJavaScript(_HAS_CONTENT_JS, 0, on_answer)

    def _on_page_load_progress(self, percent: int) -> None:
        if not self._closed and self._state is LoadState.LOADING:
            self._progress.setValue(percent)

    def _on_page_url_changed(self, url: QUrl) -> None:
        if self._closed:
            return
        # The panel's own documents (the empty page, a local preview's failure page) have no
        # address of their own: their `data:` URL is the document itself. The error page of a
        # failed load reports the failed URL, its base URL.
        shown = QUrl() if url.scheme() == "data" else QUrl(url)
        self.toolbar.show_url(shown)
        if shown != self._shown_url:
            self._shown_url = shown
            self.url_changed.emit(QUrl(shown))

    def _on_page_render_process_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, exit_code: int
    ) -> None:
        normal = QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus
        if self._closed or status == normal:
            return
        failure = describe_crash(status)
        url = QUrl(self._shown_url)
        # Later, not inside the signal: the page is still tearing down its dead renderer.
        QTimer.singleShot(0, self, lambda: self._show_error_unless_closed(failure, url))

    def _show_error_unless_closed(self, failure: Failure, url: QUrl) -> None:
        if not self._closed:
            self._show_error(failure, url)
