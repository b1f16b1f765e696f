"""Turns QtWebEngine load failures and renderer crashes into sentences for the error page."""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage

from l4ydesk.ui.preview.pages import Failure

ErrorDomain = QWebEngineLoadingInfo.ErrorDomain

_TITLE = "The preview could not be loaded"
_RETRY = "Check your connection, then try again."

# Chromium net error codes (net/base/net_error_list.h) that deserve their own sentence.
_NET_ERRORS: dict[int, tuple[str, str]] = {
    -102: (
        "Nothing is answering at this address.",
        "If this is a local preview, check that its server is running, then try again.",
    ),
    -105: ("The site's name could not be found.", _RETRY),
    -106: ("This computer is offline.", "Connect to the internet, then try again."),
    -109: ("The address cannot be reached from this computer.", _RETRY),
    -118: ("The server took too long to answer.", "Wait a moment, then try again."),
    -7: ("The server took too long to answer.", "Wait a moment, then try again."),
    -101: ("The connection was reset.", _RETRY),
    -324: ("The server closed the connection without answering.", _RETRY),
}


def describe_load_failure(info: QWebEngineLoadingInfo) -> Failure:
    domain = info.errorDomain()
    code = info.errorCode()
    if domain == ErrorDomain.HttpStatusCodeDomain:
        return _http_status_failure(code)
    if domain == ErrorDomain.CertificateErrorDomain:
        return Failure(
            _TITLE,
            "The site's security certificate is not valid, so the preview will not show it.",
            "Open it in your browser to see the details.",
            _detail(info),
        )
    if code in _NET_ERRORS:  # Qt files net errors under several domains (connection, DNS…)
        reason, advice = _NET_ERRORS[code]
        return Failure(_TITLE, reason, advice, _detail(info))
    return Failure(_TITLE, "The page could not be loaded.", _RETRY, _detail(info))


def describe_crash(status: QWebEnginePage.RenderProcessTerminationStatus) -> Failure:
    killed = status == QWebEnginePage.RenderProcessTerminationStatus.KilledTerminationStatus
    reason = (
        "The preview was stopped by the system, perhaps because memory ran low."
        if killed
        else "The preview stopped unexpectedly."
    )
    return Failure("The preview stopped", reason, "Try again to reload it.")


def _http_status_failure(code: int) -> Failure:
    if code in (401, 403):
        reason = f"The server refused access (HTTP {code})."
        advice = "The preview link may have expired: send a message in the chat to refresh it."
    elif code == 404:
        reason = "The server has no page at this address (HTTP 404)."
        advice = "The app may still be generating: wait a moment, then try again."
    elif code >= 500:
        reason = f"The server had a problem (HTTP {code})."
        advice = "Wait a moment, then try again."
    else:
        reason = f"The server answered with HTTP {code}."
        advice = "Try again; if it persists, open the page in your browser."
    return Failure(_TITLE, reason, advice, f"HTTP {code}")


def _detail(info: QWebEngineLoadingInfo) -> str:
    # Chromium's own strings for HTTP errors are HTML templates; only net codes are useful here.
    text = info.errorString()
    return text if text.startswith("net::") else f"error {info.errorCode()}"
