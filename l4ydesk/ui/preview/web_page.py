"""The preview's QWebEnginePage: knows the panel's own pages and turns "Try again" into a signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from l4ydesk.ui.preview.pages import EMPTY_MARKER, ERROR_MARKER
from l4ydesk.ui.preview.sources import LoadState

NavigationType = QWebEnginePage.NavigationType


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
    """

    retry_requested = Signal()

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        # Chromium's own error pages would sit in the history under the failed URL; the panel
        # shows its own page instead, with advice and a retry link.
        self.settings().setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)

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
        return super().acceptNavigationRequest(url, nav_type, is_main_frame)
