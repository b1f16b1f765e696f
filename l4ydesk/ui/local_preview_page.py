"""The page the preview shows when the local preview cannot start: never a blank one.

It says what failed in a sentence, the command that failed and the console's last lines, so the
user (or the chat, pasted in) can act on it. Self-contained HTML under a strict
Content-Security-Policy, like the panel's other pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

FAILURE_MARKER = "l4ydesk-local-preview-failed"

_CSS = """
:root { color-scheme: light dark; --fg:#1f2328; --muted:#59636e; --bg:#f3f4f6; --code:#ffffff;
  --line:#d1d9e0; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6edf3; --muted:#9198a1; --bg:#14171b;
  --code:#1c2128; --line:#30363d; } }
html, body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 32px 24px; }
h1 { font-size: 19px; margin: 0 0 8px; font-weight: 600; color: #cf222e; }
p { margin: 0 0 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
h2 { font-size: 13px; margin: 20px 0 6px; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; }
pre { margin: 0; padding: 10px 12px; background: var(--code); border: 1px solid var(--line);
  border-radius: 6px; font: 12px/1.45 ui-monospace, "SF Mono", Menlo, Consolas, monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.hint { color: var(--muted); font-size: 13px; margin-top: 16px; }
"""


def failure_page_html(
    sentence: str, command: str | None, last_lines: Sequence[str], hint: str = ""
) -> str:
    """The failure page: `sentence` first, then the failed command and the last output lines."""
    # The sentence of a PreviewError may end with its own copy of the last lines: keep the
    # sentence part, the lines get their own block.
    head = sentence.split(" The last lines it printed:", 1)[0].strip()
    body = f"<h1>The local preview could not start</h1><p>{escape(head)}</p>"
    if command:
        body += f"<h2>Command that failed</h2><pre>{escape(command)}</pre>"
    lines = [line for line in last_lines if line.strip()][-20:]
    if lines:
        body += f"<h2>Last lines in the console</h2><pre>{escape(chr(10).join(lines))}</pre>"
    if hint:
        body += f"<p class='hint'>{escape(hint)}</p>"
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>The local preview could not start</title><style>{_CSS}</style></head>"
        f"<body id='{FAILURE_MARKER}'><main>{body}</main></body></html>"
    )
