"""Turns source text into compact per-line colour spans with pygments, in a worker process.

This module has no Qt on purpose: it is what the lexing worker process imports, so the worker
starts fast and stays small. The GUI side (``highlighter.py``) maps the spans' style numbers to
text formats.

Why a process and not a thread: pygments is pure Python, and a thread lexing a 1 MB file holds
the GIL for about a second. PySide6 releases the GIL around every call into Qt, so during that
second each Qt call made by the GUI thread waits to get the GIL back (measured: 400 trivial Qt
calls went from 0.4 ms to 48 ms). A worker process leaves the GUI thread's GIL alone.
"""

from __future__ import annotations

import multiprocessing
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import _TokenType, string_to_tokentype

from l4ydesk.ui.editor.positions import ASTRAL

__all__ = [
    "LexResult",
    "LexWorker",
    "acquire_shared_worker",
    "language_for_path",
    "lex_document",
    "lexer_ready",
    "prepare_lexer",
    "release_shared_worker",
]

# Extension -> pygments lexer alias. Anything else is shown as plain text.
_LANGUAGE_BY_SUFFIX: dict[str, str] = {
    ".tsx": "tsx",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".jsx": "jsx",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".css": "css",
    ".json": "json",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
}

# How often (in tokens) the worker looks at the abort flag: often enough to stop a 1 MB lex
# within a few milliseconds, rarely enough to cost nothing measurable.
_ABORT_CHECK_EVERY = 2048


def language_for_path(path: str | PurePath | None) -> str | None:
    """The pygments lexer alias for a file path, by extension; None means plain text."""
    if path is None:
        return None
    return _LANGUAGE_BY_SUFFIX.get(PurePath(path).suffix.lower())


@dataclass(frozen=True, slots=True)
class LexResult:
    """Colour spans of one document, one entry per line, cheap to send between processes.

    ``tokens`` is an ``array('I')`` of (column, length, style) triples as bytes; columns and
    lengths are in UTF-16 code units, like Qt text positions. Line ``i`` owns the triples from
    ``line_starts[i]`` to ``line_starts[i + 1]``. Style ``k`` is the k-th entry of the style
    list the document was lexed with; text without a style has no triple at all.
    """

    tokens: bytes
    line_starts: bytes
    line_count: int


_lexers: dict[str, Lexer] = {}
_lexers_lock = threading.Lock()


def _lexer(language: str) -> Lexer:
    lexer = _lexers.get(language)
    if lexer is None:
        with _lexers_lock:
            lexer = _lexers.get(language)
            if lexer is None:
                # stripnl/ensurenl would shift offsets; get_tokens_unprocessed skips the rest
                # of the preprocessing, so token offsets index the text exactly as given.
                lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
                _lexers[language] = lexer
    return lexer


def prepare_lexer(language: str) -> None:
    """Builds (and keeps) the lexer for ``language``; the first build compiles many regexes."""
    _lexer(language)


def lexer_ready(language: str) -> bool:
    """True if ``lex_document`` for ``language`` will not have to build its lexer first."""
    return language in _lexers


@lru_cache(maxsize=8)
def _style_table(styles: tuple[str, ...]) -> dict[_TokenType, int]:
    return {string_to_tokentype(name): index for index, name in enumerate(styles)}


def _resolver(styles: tuple[str, ...]) -> Callable[[_TokenType], int]:
    table = _style_table(styles)
    cache: dict[_TokenType, int] = {}

    def resolve(ttype: _TokenType) -> int:
        found = cache.get(ttype)
        if found is None:
            # A token is coloured by its nearest styled ancestor (Keyword.Declaration falls
            # back to Keyword), as in pygments' own formatters.
            found = -1
            walk: _TokenType | None = ttype
            while walk is not None:
                if walk in table:
                    found = table[walk]
                    break
                walk = walk.parent
            cache[ttype] = found
        return found

    return resolve


def lex_document(
    text: str,
    language: str,
    styles: tuple[str, ...],
    should_abort: Callable[[], bool] | None = None,
) -> LexResult | None:
    """Lexes ``text`` (lines separated by ``\\n``) into per-line spans; None if aborted.

    ``styles`` names the token types that have a colour (``"Keyword"``, ``"Name.Function"``...).
    Adjacent pieces with the same style are merged, so the spans stay few.
    """
    resolve = _resolver(styles)
    tokens = array("I")
    line_count = text.count("\n") + 1
    line_starts = array("I", bytes(4 * (line_count + 1)))
    astral = [m.start() for m in ASTRAL.finditer(text)] if not text.isascii() else []

    line = 0  # line of the text position ``line_start``
    line_start = 0
    next_newline = text.find("\n")
    last_style = -1
    last_end = -1  # end column of the last triple on the current line (for merging)

    def advance_to(position: int) -> None:
        # Moves the line cursor forward so that ``position`` is on the current line.
        nonlocal line, line_start, next_newline, last_style, last_end
        while next_newline != -1 and next_newline < position:
            line += 1
            line_start = next_newline + 1
            line_starts[line] = len(tokens) // 3
            next_newline = text.find("\n", line_start)
            last_style = -1
            last_end = -1

    def emit(start: int, end: int, style: int) -> None:
        nonlocal last_style, last_end
        column = start - line_start
        length = end - start
        if astral:
            # Characters outside the BMP take two UTF-16 units in Qt.
            before = bisect_left(astral, line_start)
            at_start = bisect_left(astral, start)
            column += at_start - before
            length += bisect_left(astral, end) - at_start
        if style == last_style and column == last_end:
            tokens[-2] += length
        else:
            tokens.extend((column, length, style))
            last_style = style
        last_end = column + length

    for count, (index, ttype, value) in enumerate(_lexer(language).get_tokens_unprocessed(text)):
        if should_abort is not None and count % _ABORT_CHECK_EVERY == 0 and should_abort():
            return None
        style = resolve(ttype)
        end = index + len(value)
        if style < 0:
            advance_to(end)
            continue
        start = index
        while start < end:
            advance_to(start)
            piece_end = end if next_newline == -1 or next_newline >= end else next_newline
            if piece_end > start:
                emit(start, piece_end, style)
            start = piece_end + 1 if piece_end == next_newline else piece_end
    advance_to(len(text) + 1)
    for rest in range(line + 1, line_count + 1):
        line_starts[rest] = len(tokens) // 3
    return LexResult(tokens.tobytes(), line_starts.tobytes(), line_count)


# --- the worker process -------------------------------------------------------------------

_abort_event: Any = None  # set in the worker process by _init_worker


def _init_worker(abort_event: Any) -> None:
    global _abort_event
    _abort_event = abort_event


def _should_abort() -> bool:
    return _abort_event is not None and bool(_abort_event.is_set())


def _lex_in_worker(text: str, language: str, styles: tuple[str, ...]) -> LexResult | None:
    return lex_document(text, language, styles, _should_abort)


class LexWorker:
    """One worker process that lexes documents; share one per application, close it on exit.

    The process starts on the first ``submit`` (about 0.2 s, off the GUI thread's path) and is
    reused. ``shutdown`` aborts a lex in progress, so closing never waits for a big file.
    """

    def __init__(self) -> None:
        # "spawn" everywhere: forking a process that runs Qt threads is unsafe, and spawn is
        # what macOS and Windows use anyway, so every platform behaves the same.
        context = multiprocessing.get_context("spawn")
        self._abort = context.Event()
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=1,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self._abort,),
        )

    @property
    def is_closed(self) -> bool:
        return self._executor is None

    def submit(self, text: str, language: str, styles: Iterable[str]) -> Future[LexResult | None]:
        """Starts lexing ``text`` in the worker; the future's result is None if aborted."""
        if self._executor is None:
            raise RuntimeError("the lex worker is shut down")
        return self._executor.submit(_lex_in_worker, text, language, tuple(styles))

    def shutdown(self) -> None:
        """Stops the worker process and its helper threads; safe to call twice."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        self._abort.set()
        executor.shutdown(wait=True, cancel_futures=True)


class _SharedWorker:
    """The worker that editors given no worker of their own share, counted by its users.

    Without it each open tab would start its own process; with it the last editor to close
    stops the process, so nothing outlives the editors.
    """

    worker: LexWorker | None = None
    users = 0


def acquire_shared_worker() -> LexWorker:
    """The shared worker, started if needed; pair every call with ``release_shared_worker``."""
    if _SharedWorker.worker is None or _SharedWorker.worker.is_closed:
        _SharedWorker.worker = LexWorker()
    _SharedWorker.users += 1
    return _SharedWorker.worker


def release_shared_worker() -> None:
    """Drops one use of the shared worker; the last one stops it."""
    _SharedWorker.users = max(0, _SharedWorker.users - 1)
    if _SharedWorker.users == 0 and _SharedWorker.worker is not None:
        worker, _SharedWorker.worker = _SharedWorker.worker, None
        worker.shutdown()
