"""The preview's QWebEnginePage: knows the panel's own pages and turns "Try again" into a signal.

The app in the preview is untrusted code: its page may go only to the preview's own origins
(the app's local server, the v0 demo, the live site). A link to anywhere else is handed to the
system browser; anything else leaving those origins (scripts, redirects, forms) is stopped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from l4ydesk.ui.preview.pages import EMPTY_MARKER, ERROR_MARKER
from l4ydesk.ui.preview.sources import LoadState

NavigationType = QWebEnginePage.NavigationType
Origin = tuple[str, str, int]
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Our own documents (setHtml) and the blank page never leave the preview.
_INTERNAL_SCHEMES = frozenset({"data", "about"})
# A link opens in the system browser only this soon after the user clicked or pressed a key
# in the preview: a script "clicking" links by itself must not open browser windows.
USER_GESTURE_SECONDS = 1.0
_INPUT_EVENTS = frozenset(
    {QEvent.Type.MouseButtonRelease, QEvent.Type.KeyRelease, QEvent.Type.TouchEnd}
)


def origin_of(url: QUrl) -> Origin | None:
    scheme = url.scheme().lower()
    if scheme not in _DEFAULT_PORTS or not url.host():
        return None
    return (scheme, url.host().lower(), url.port(_DEFAULT_PORTS[scheme]))


def internal_kind(url: QUrl) -> LoadState | None:
    """EMPTY or FAILED when `url` is one of the panel's own pages, else None.

    `setHtml` loads a `data:` URL holding the document, so the marker id is in the URL itself;
    that keeps the answer right when history navigation returns to one of these pages.
    """
    if url.scheme() != "data":
        return None
    text = url.toString()
    if ERROR_MARKER in text:
        return LoadState.FAILED
    if EMPTY_MARKER in text:
        return LoadState.EMPTY
    return None


class PreviewPage(QWebEnginePage):
    """A page whose own documents cannot navigate anywhere except through the panel.

    Signals:
        retry_requested(): the user clicked "Try again" on the error page.
        external_link_requested(QUrl): the user clicked a link that leaves the preview's
            origins; it belongs in the system browser.
    """

    retry_requested = Signal()
    external_link_requested = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        # Chromium's own error pages would sit in the history under the failed URL; the panel
        # shows its own page instead, with advice and a retry link.
        self.settings().setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
        self._origins: frozenset[Origin] = frozenset()
        self._last_input = -USER_GESTURE_SECONDS

    def watch_input(self, widget: QObject) -> None:
        """Note the user's clicks and keys in `widget` and the children it gets (the view)."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QObject):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        elif event.type() == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if child is not None:
                child.installEventFilter(self)
        return False

    def set_allowed_urls(self, urls: Iterable[QUrl]) -> None:
        """The preview's sources: their origins are where the page may go."""
        self._origins = frozenset(o for o in (origin_of(u) for u in urls) if o is not None)

    def allows(self, url: QUrl) -> bool:
        if url.scheme().lower() in _INTERNAL_SCHEMES:
            return True
        return origin_of(url) in self._origins

    def internal_kind(self) -> LoadState | None:
        return internal_kind(self.requestedUrl())

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: NavigationType, is_main_frame: bool, /
    ) -> bool:
        if (
            is_main_frame
            and nav_type == NavigationType.NavigationTypeLinkClicked
            and self.internal_kind() is not None
        ):
            # The only link on our pages is "Try again"; the panel decides how to retry.
            self.retry_requested.emit()
            return False
        target = QUrl(url)
        if is_main_frame and not self.allows(target):
            clicked = time.monotonic() - self._last_input < USER_GESTURE_SECONDS
            link = nav_type == NavigationType.NavigationTypeLinkClicked
            if link and clicked and origin_of(target):
                self.external_link_requested.emit(target)
            return False
        return super().acceptNavigationRequest(url, nav_type, is_main_frame)
