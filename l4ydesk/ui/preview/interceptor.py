"""Adds v0's `x-v0-preview-token` header to preview requests, for the configured host only.

v0's newer API serves demo previews only to requests carrying that header, which an iframe
cannot send but a desktop web view can. The token is a secret: it goes to exactly the host it
was issued for, over HTTPS (plain HTTP only to this machine, for local test servers), and it is
never logged or shown in a repr.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

PREVIEW_TOKEN_HEADER = b"x-v0-preview-token"

_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def normalise_host(host: str) -> str:
    """Host names compare case-insensitively and without a trailing root dot."""
    cleaned = host.strip().lower().rstrip(".")
    if cleaned in _LOOPBACK_HOSTS:
        return cleaned
    if not cleaned or any(ch in cleaned for ch in "/:?#@ "):
        raise ValueError(f"not a host name: {host!r} (give the host alone, without a scheme)")
    return cleaned


class PreviewTokenInterceptor(QWebEngineUrlRequestInterceptor):
    """Holds one preview token per host and adds it to that host's requests.

    Qt 6 calls `interceptRequest` on the GUI thread, so the table needs no lock.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens: dict[str, bytes] = {}

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(self._tokens)

    def set_token(self, host: str, token: str | None) -> None:
        """Send `token` to `host` from now on; `None` (or "") stops sending it."""
        key = normalise_host(host)
        if not token:
            self._tokens.pop(key, None)
            return
        if not token.isascii() or not token.isprintable():
            # Deliberately without the token: error messages end up in logs.
            raise ValueError("the preview token has characters an HTTP header cannot carry")
        self._tokens[key] = token.encode("ascii")

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        host = url.host().lower().rstrip(".")
        token = self._tokens.get(host)
        if token is None:
            return
        if url.scheme() != "https" and not (url.scheme() == "http" and host in _LOOPBACK_HOSTS):
            return  # never put a secret on the wire in clear text
        info.setHttpHeader(PREVIEW_TOKEN_HEADER, token)

    def __repr__(self) -> str:
        return f"<PreviewTokenInterceptor hosts={sorted(self._tokens)}>"
