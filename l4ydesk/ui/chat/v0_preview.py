"""Keeps the v0 preview of the open app on v2's preview URL, with its short-lived token.

v2's ``GET /chats/{id}/preview`` gives a URL that loads only with an ``x-v0-preview-token``
header, and the token expires (``expiresAt``). The preview's request interceptor adds the header
for that host alone; this object fetches the token when a version is ready or the app changes,
and fetches a fresh one a margin before the old one expires. Until v2 has a preview (or when
asking fails), the v1 demo URL the chat reported stays shown.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl

from l4ydesk.core.chat import ChatService
from l4ydesk.core.errors import L4yError
from l4ydesk.ui.preview.sources import PreviewSource
from l4ydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_MARGIN = 60.0  # seconds before expiry to fetch the next token
RETRY_AFTER_FAILURE = 60.0


class PreviewTarget(Protocol):
    """What of the preview panel this needs."""

    def set_source_url(self, source: PreviewSource, url: QUrl | str | None) -> None: ...

    def set_preview_token(self, host: str, token: str | None) -> None: ...


class V0PreviewTokens(QObject):
    """Fetches and refreshes the open app's v0 preview token."""

    def __init__(
        self,
        chat: ChatService,
        preview: PreviewTarget,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        margin: float = REFRESH_MARGIN,
    ) -> None:
        super().__init__(parent)
        self._chat = chat
        self._preview = preview
        self._tasks = tasks
        self._margin = margin
        self._app_id: int | None = None
        self._host: str | None = None
        self._seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def set_app(self, app_id: int | None) -> None:
        """The open app changed: its own preview (or none) from now on."""
        if app_id == self._app_id:
            return
        self._app_id = app_id
        self._forget()
        self.refresh()

    def refresh(self) -> None:
        """Ask v0 for the open app's preview URL and a fresh token (e.g. a version is ready)."""
        self._timer.stop()
        self._seq += 1
        if self._app_id is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # the window's loop has ended (shutting down): nothing to refresh for
        if not loop.is_closed():
            self._tasks.start(self._fetch(self._app_id, self._seq), "v0 preview token")

    def stop(self) -> None:
        """No more fetching (the window is closing); the token is left as it is."""
        self._app_id = None
        self._timer.stop()
        self._seq += 1

    async def _fetch(self, app_id: int, seq: int) -> None:
        try:
            found = await self._chat.v0_preview(app_id)
        except L4yError as exc:
            log.info("v0 preview token: %s", exc)  # the demo URL stays; try again later
            if seq == self._seq:
                self._timer.start(int(RETRY_AFTER_FAILURE * 1000))
            return
        except asyncio.CancelledError:
            raise
        if seq != self._seq or app_id != self._app_id:
            return  # the app changed meanwhile: this answer is for another preview
        if found is None:
            return  # no v2 preview yet: keep what is shown (the demo URL, if any)
        url = QUrl(found.url)
        host = url.host()
        if self._host is not None and self._host != host:
            self._preview.set_preview_token(self._host, None)
        self._host = host
        self._preview.set_preview_token(host, found.token)
        self._preview.set_source_url(PreviewSource.V0, url)
        left = (found.expires_at - datetime.now(UTC)).total_seconds()
        self._timer.start(int(max(1.0, left - self._margin) * 1000))

    def _forget(self) -> None:
        self._timer.stop()
        self._seq += 1
        if self._host is not None:
            self._preview.set_preview_token(self._host, None)
            self._host = None
