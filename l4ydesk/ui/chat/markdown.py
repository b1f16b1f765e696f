"""Markdown of chat messages to the HTML subset Qt's rich text understands, code highlighted.

Model output is untrusted: raw HTML is escaped and images are not rendered (Qt would load
local files named in them), so a message can only ever show text, links and code.
Rendering is pure Python and thread-safe, so a whole history can be rendered in the worker;
recent results are cached, so the GUI thread then only pays for laying the text out.
"""

from __future__ import annotations

import functools
import html
import threading
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

CODE_BACKGROUND = "#f6f8fa"
CODE_BORDER = "#d0d7de"
INLINE_CODE_BACKGROUND = "#eff1f3"
MONO = "'JetBrains Mono', 'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace"
PYGMENTS_STYLE = "default"
# Chat headings stay modest: a "# Title" from a model should not dwarf the conversation.
HEADING_SIZES = {1: "large", 2: "medium", 3: "medium", 4: "normal", 5: "normal", 6: "normal"}

_formatter = HtmlFormatter(noclasses=True, nowrap=True, style=PYGMENTS_STYLE)
_local = threading.local()


def render_markdown(text: str, *, cached: bool = True) -> str:
    """The message `text` (Markdown) as HTML for a QLabel or QTextDocument.

    Pass `cached=False` for text still streaming in: each prefix is shown once, so caching
    it would only push finished messages out of the cache.
    """
    return _render_cached(text) if cached else _render(text)


@functools.lru_cache(maxsize=512)
def _render_cached(text: str) -> str:
    return _render(text)


def _render(text: str) -> str:
    parser: MarkdownIt | None = getattr(_local, "parser", None)
    if parser is None:
        # One parser per thread: the GUI thread renders streams while the worker renders history.
        parser = _local.parser = _make_parser()
    html_text: str = parser.render(text)
    return html_text


def _make_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False})
    parser.enable(["table", "strikethrough"])
    parser.disable("image")
    rules = parser.add_render_rule
    rules("heading_open", _heading_open)
    rules("heading_close", _heading_close)
    rules("code_inline", _code_inline)
    rules("table_open", _table_open)
    rules("code_block", _code_block)
    rules("fence", _fence)
    return parser


def _highlight(code: str, lang: str) -> str:
    lexer = _lexer(lang.lower()) if lang else None
    body = highlight(code, lexer, _formatter) if lexer is not None else html.escape(code)
    return _code_box(body.rstrip("\n"), lang)


@functools.lru_cache(maxsize=64)
def _lexer(name: str) -> Lexer | None:
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def _code_box(body: str, lang: str) -> str:
    # A one-cell table, because Qt's rich text paints a background and padding on table cells
    # reliably but not on <pre>. pre-wrap keeps long lines inside a narrow panel.
    label = (
        f'<div style="color:#6e7781; font-size:small;">{html.escape(lang)}</div>' if lang else ""
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" border="0" '
        f'style="background-color:{CODE_BACKGROUND}; margin-top:4px; margin-bottom:4px;">'
        f"<tr><td>{label}"
        f'<pre style="font-family:{MONO}; white-space:pre-wrap; margin:0;">{body}</pre>'
        f"</td></tr></table>"
    )


def _heading_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    level = int(tokens[idx].tag[1:])
    return f'<p style="font-size:{HEADING_SIZES[level]}; font-weight:600; margin-top:6px;">'


def _heading_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    return "</p>\n"


def _code_inline(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    code = html.escape(tokens[idx].content)
    return (
        f'<code style="font-family:{MONO}; background-color:{INLINE_CODE_BACKGROUND};">'
        f"{code}</code>"
    )


def _fence(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    info = tokens[idx].info.strip()
    return _highlight(tokens[idx].content, info.split()[0] if info else "")


def _code_block(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    return _code_box(html.escape(tokens[idx].content.rstrip("\n")), "")


def _table_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    return (
        f'<table border="1" cellspacing="0" cellpadding="4" '
        f'style="border-color:{CODE_BORDER}; border-collapse:collapse;">\n'
    )


def cache_info() -> Any:
    """The render cache's statistics (for benchmarks)."""
    return _render_cached.cache_info()


def stable_prefix_length(text: str, min_chars: int) -> int:
    """How much of a streaming `text` is finished Markdown: up to its last blank line outside a
    code fence, if that is at least `min_chars` long (else 0).

    Blocks before such a line no longer change as text arrives, so a streaming view can render
    them once and re-render only what follows.
    """
    fence = ""
    offset = 0
    last = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        elif not stripped and line.endswith("\n"):
            last = offset
    return last if last >= min_chars else 0


def warm_up() -> None:
    """Load the lexers answers use most, so the first code block costs no import (~50 ms)."""
    for name in ("tsx", "jsx", "typescript", "javascript", "css", "json", "bash", "html"):
        _lexer(name)
