"""The panel's own pages: "No preview yet" and the load error page, as self-contained HTML.

They load nothing from outside (a strict Content-Security-Policy, inline styles only) so they
show offline and cannot leak the user's activity. Each carries a marker id that lets the page
recognise its own documents in the history (see `PreviewPage.internal_kind`).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

EMPTY_MARKER = "l4ydesk-empty-page"
ERROR_MARKER = "l4ydesk-error-page"
RETRY_LINK_ID = "l4ydesk-retry"

_CSS = """
:root { color-scheme: light dark; --fg:#1f2328; --muted:#59636e; --card:#ffffff;
  --bg:#f3f4f6; --line:#d1d9e0; --accent:#0969da; --accent-fg:#ffffff; --code:#eff2f5; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6edf3; --muted:#9198a1; --card:#1c2128;
  --bg:#14171b; --line:#30363d; --accent:#4493f8; --accent-fg:#0d1117; --code:#262c36; } }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; align-items: center; justify-content: center; padding: 24px;
  background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 460px; width: 100%; text-align: center; }
.icon { width: 56px; height: 56px; margin: 0 auto 16px; border-radius: 14px;
  display: flex; align-items: center; justify-content: center;
  background: var(--card); border: 1px solid var(--line); }
h1 { font-size: 19px; margin: 0 0 8px; font-weight: 600; }
p { margin: 0 0 12px; color: var(--muted); }
.url { font: 13px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; color: var(--fg);
  background: var(--code); border-radius: 6px; padding: 6px 10px; margin: 0 0 16px;
  overflow-wrap: anywhere; }
.detail { font-size: 12px; margin-top: 16px; }
a.button { display: inline-block; margin-top: 4px; padding: 7px 18px; border-radius: 6px;
  background: var(--accent); color: var(--accent-fg); text-decoration: none; font-weight: 600; }
a.button:hover { filter: brightness(1.1); }
"""

# Strokes use currentColor so the icons follow the light/dark palette.
_EMPTY_ICON = (
    '<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" '
    'stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">'
    '<rect x="3" y="4" width="18" height="14" rx="2"/><path d="M3 8h18"/>'
    '<path d="M8 21h8M12 18v3"/></svg>'
)
_ERROR_ICON = (
    '<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#cf222e" '
    'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
    '<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/>'
    '<path d="M12 9v4M12 17h.01"/></svg>'
)


@dataclass(frozen=True)
class Failure:
    """Why a preview could not be shown, in sentences a person can act on."""

    title: str
    reason: str
    advice: str
    detail: str = ""  # a technical code (e.g. net::ERR_CONNECTION_REFUSED), shown small


def _document(marker: str, title: str, body: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>"
        f"<body id='{marker}'><main>{body}</main></body></html>"
    )


def empty_page_html(
    title: str = "No preview yet",
    message: str = "Send a message in the chat to generate the app.",
) -> str:
    body = f"<div class='icon'>{_EMPTY_ICON}</div><h1>{escape(title)}</h1><p>{escape(message)}</p>"
    return _document(EMPTY_MARKER, title, body)


def error_page_html(failure: Failure, url: str) -> str:
    # The retry link points at the failed URL: PreviewPage intercepts the click and retries
    # through the panel; were it not intercepted, following it would retry all the same.
    detail = f"<p class='detail'>{escape(failure.detail)}</p>" if failure.detail else ""
    body = (
        f"<div class='icon'>{_ERROR_ICON}</div><h1>{escape(failure.title)}</h1>"
        f"<div class='url'>{escape(url)}</div>"
        f"<p>{escape(failure.reason)} {escape(failure.advice)}</p>"
        f"<a class='button' id='{RETRY_LINK_ID}' href='{escape(url, quote=True)}'>Try again</a>"
        f"{detail}"
    )
    return _document(ERROR_MARKER, failure.title, body)
