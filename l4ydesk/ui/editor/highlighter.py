"""Syntax colouring for a QTextDocument: pygments lexes in a worker process, Qt paints in slices.

Why not a QSyntaxHighlighter: it re-highlights synchronously, block by block, on every
contents change, and on attach. For a 1 MB file (33 000 lines) even a highlightBlock that does
nothing costs 49 ms on attach and 45 ms more on setPlainText, before any colouring, and pygments
needs the whole file for context (block comments, template strings) anyway. So this class does
what QSyntaxHighlighter does internally (``QTextLayout.setFormats`` plus
``markContentsDirty``), but on its own schedule:

- the whole document is lexed in a ``LexWorker`` process, debounced after edits;
- results for an outdated revision are dropped, and a new lex starts;
- fresh spans are applied in time-boxed slices from a zero-interval timer, visible lines first,
  skipping lines whose colouring did not change;
- a small edit is coloured at once from the edited line alone (the in-process lexer this
  needs is built in a thread on the first edit), so typing never waits for the worker.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from l4ydesk.ui.editor.lexing import (
    LexResult,
    LexWorker,
    acquire_shared_worker,
    lex_document,
    lexer_ready,
    prepare_lexer,
    release_shared_worker,
)

__all__ = ["LIGHT_THEME", "SyntaxHighlighter", "Theme", "TokenStyle"]

# Budget for one slice of GUI-thread work; leaves room under the 50 ms stall budget for
# painting and whatever else the event loop has queued.
_SLICE_SECONDS = 0.008
# Small edits are re-coloured at once from the edited lines alone; larger ones (a paste, a file
# load) wait for the worker.
_MAX_QUICK_LINES = 20
_MAX_QUICK_LINE_LENGTH = 1_000
# Lines with more spans than this (minified code) stay plain: one QTextLayout.setFormats call
# cannot be sliced, and 100 000 spans on one line would stall the GUI thread.
_MAX_SPANS_PER_LINE = 2_000
_POLL_MS = 15


@dataclass(frozen=True, slots=True)
class TokenStyle:
    """How one pygments token type looks."""

    color: str | None = None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Theme:
    """Colours by pygments token type name; a token uses its nearest styled ancestor.

    ``continuing`` lists the types that may span lines (comments, strings): an edit inside a
    line wholly of that type keeps the colour until the next lex, instead of re-lexing the line
    out of context.
    """

    name: str
    styles: dict[str, TokenStyle]
    continuing: frozenset[str] = field(default_factory=frozenset)

    def char_formats(self) -> list[QTextCharFormat]:
        formats = []
        for style in self.styles.values():
            fmt = QTextCharFormat()
            if style.color is not None:
                fmt.setForeground(QColor(style.color))
            if style.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if style.italic:
                fmt.setFontItalic(True)
            formats.append(fmt)
        return formats


# A light theme after GitHub's light palette: dark, saturated colours that keep a contrast
# ratio of 4.5:1 or more on white.
LIGHT_THEME = Theme(
    name="light",
    styles={
        "Comment": TokenStyle("#6e7781", italic=True),
        "Comment.Preproc": TokenStyle("#6e7781"),
        "Keyword": TokenStyle("#cf222e"),
        "Keyword.Constant": TokenStyle("#0550ae"),
        "Keyword.Type": TokenStyle("#0550ae"),
        "Operator.Word": TokenStyle("#cf222e"),
        "Name.Builtin": TokenStyle("#953800"),
        "Name.Function": TokenStyle("#8250df"),
        "Name.Class": TokenStyle("#953800"),
        "Name.Decorator": TokenStyle("#8250df"),
        "Name.Tag": TokenStyle("#116329"),
        "Name.Attribute": TokenStyle("#0550ae"),
        "Name.Entity": TokenStyle("#0550ae"),
        "Name.Label": TokenStyle("#0550ae"),
        "Literal.String": TokenStyle("#0a3069"),
        "Literal.String.Interpol": TokenStyle("#cf222e"),
        "Literal.String.Regex": TokenStyle("#116329"),
        "Literal.String.Escape": TokenStyle("#0550ae"),
        "Literal.Number": TokenStyle("#0550ae"),
        "Generic.Heading": TokenStyle("#0550ae", bold=True),
        "Generic.Subheading": TokenStyle("#0550ae", bold=True),
        "Generic.Emph": TokenStyle(italic=True),
        "Generic.Strong": TokenStyle(bold=True),
        "Generic.Deleted": TokenStyle("#82071e"),
        "Generic.Inserted": TokenStyle("#116329"),
    },
    continuing=frozenset({"Comment", "Literal.String"}),
)


class _WorkerHandle:
    """The highlighter's lex worker: one passed in, or a use of the shared one.

    Plain Python, so it outlives the QObject: the highlighter's ``destroyed`` signal calls
    ``release``, and by then only this part is left to let go of the worker process.
    """

    def __init__(self, worker: LexWorker | None) -> None:
        self.worker = worker
        self.shared = worker is None
        self._closed = False

    def get(self) -> LexWorker:
        if self.worker is None:
            self.worker = acquire_shared_worker()
        return self.worker

    def release(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.shared and self.worker is not None:
            release_shared_worker()
        self.worker = None


def _release_worker(handle: _WorkerHandle, *_destroyed: object) -> None:
    handle.release()


@dataclass(slots=True)
class _Pass:
    """Applying one lex result to the document, a slice at a time."""

    revision: int
    result: LexResult
    starts: memoryview
    spans: memoryview
    lines: Iterator[int]


class SyntaxHighlighter(QObject):
    """Colours ``document`` for a pygments language, without stalling the GUI thread.

    Without a ``worker``, highlighters share one worker process, started on the first lex
    and stopped when the last highlighter shuts down (or is destroyed).

    Signals:
        highlighting_finished: every line carries the colours of a lex of the current text.
    """

    highlighting_finished = Signal()

    def __init__(
        self,
        document: QTextDocument,
        *,
        worker: LexWorker | None = None,
        theme: Theme = LIGHT_THEME,
        debounce_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._worker = _WorkerHandle(worker)
        self._theme = theme
        self._style_names = tuple(theme.styles)
        self._formats = theme.char_formats()
        continuing = {self._style_names.index(name) for name in theme.continuing}
        self._continuing_formats = [self._formats[index] for index in sorted(continuing)]
        self._language: str | None = None
        self._revision = 0
        # Per block, the spans (as bytes) its layout carries, so an unchanged line is skipped;
        # None when unknown (edited since the last lex). Kept aligned with the document's
        # blocks on every contents change.
        self._applied: list[bytes | None] = [b""] * document.blockCount()
        self._first_visible = 0
        self._last_visible = 0
        self._in_flight: Future[LexResult | None] | None = None
        self._in_flight_key: tuple[int, str | None] = (-1, None)
        self._pass: _Pass | None = None
        self._finished = True
        self._closed = False
        self._warmup: threading.Thread | None = None

        self._paused = False
        self._debounce_ms = debounce_ms
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._on_slicer_timeout)
        document.contentsChange.connect(self._on_document_contents_change)
        # A partial, not a bound method: PySide would hold a bound method's object weakly.
        self.destroyed.connect(partial(_release_worker, self._worker))

    # --- public API -----------------------------------------------------------------------

    def language(self) -> str | None:
        """The pygments alias in use, or None for plain text."""
        return self._language

    def set_language(self, language: str | None) -> None:
        """Switches the lexer; None removes all colours."""
        if language == self._language:
            return
        self._language = language
        self._revision += 1
        self._abort_pass()
        self._finished = False
        if language is None:
            self._debounce.stop()
            self._start_clear_pass()
        else:
            self.rehighlight()

    def rehighlight(self) -> None:
        """Lexes the current text on the next event-loop turn, skipping the edit debounce.

        Not at once: a caller that sets the language and then the text (or the reverse) in
        one go gets one lex, of the final text.
        """
        if self._closed or self._language is None:
            return
        self._finished = False
        self._debounce.start(0)

    def pause(self) -> None:
        """Holds lexing back (while a big text is loading in slices: its parts would be
        lexed for nothing). Edits are still tracked."""
        self._paused = True

    def resume(self) -> None:
        """Lets lexing go on; lexes the current text soon."""
        self._paused = False
        self.rehighlight()

    def is_finished(self) -> bool:
        """True when the colours match the current text and nothing is pending."""
        return self._finished

    def set_visible_lines(self, first: int, last: int) -> None:
        """Tells which block numbers are on screen; they are coloured first."""
        self._first_visible, self._last_visible = first, last

    def shutdown(self) -> None:
        """Stops timers and pending work, and lets go of the worker (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._debounce, self._poll, self._slicer):
            timer.stop()
        self._pass = None
        if self._in_flight is not None:
            self._in_flight.cancel()
            self._in_flight = None
        self._worker.release()
        if self._warmup is not None:
            self._warmup.join()
            self._warmup = None

    # --- lexing ---------------------------------------------------------------------------

    def _prepare_lexer(self, language: str) -> None:
        """Builds the lexer for quick colouring in a thread, on the first edit that needs it.

        Compiling a lexer's regexes takes 60 ms for TSX, too long for the GUI thread; and a
        thread competes for the GIL, so it starts when the user types (little GUI work),
        not when a file opens (a lot). Until it is ready, edits wait for the worker's lex.
        """
        if lexer_ready(language) or (self._warmup is not None and self._warmup.is_alive()):
            return
        self._warmup = threading.Thread(
            target=prepare_lexer, args=(language,), name="l4ydesk-lexer-warmup", daemon=True
        )
        self._warmup.start()

    def _start_lex(self) -> None:
        if self._paused:
            return  # resume() asks again
        if self._in_flight is not None:
            # One lex at a time: the poll starts the next one when this result comes back
            # outdated, so a fast typist never queues up a backlog of whole-file lexes.
            return
        language = self._language
        if language is None:
            return
        if self._document.isEmpty():
            # Nothing to colour; also spares starting the worker process for an empty editor.
            self._finish()
            return
        text = self._document.toRawText().replace("\u2029", "\n")
        self._in_flight = self._worker.get().submit(text, language, self._style_names)
        self._in_flight_key = (self._revision, language)
        self._poll.start()

    def _on_poll_timeout(self) -> None:
        future = self._in_flight
        if future is None:
            self._poll.stop()
            return
        if not future.done():
            return
        self._poll.stop()
        self._in_flight = None
        try:
            result = future.result()
        except Exception:
            # A lexer bug on odd input must not break editing: the text stays readable, plain.
            result = None
        if self._in_flight_key != (self._revision, self._language):
            if not self._debounce.isActive():
                self._start_lex()
            return
        if result is None or result.line_count != self._document.blockCount():
            self._finish()
            return
        self._start_pass(result)

    def _on_debounce_timeout(self) -> None:
        self._start_lex()

    # --- applying spans in slices -----------------------------------------------------------

    def _start_clear_pass(self) -> None:
        count = self._document.blockCount()
        no_spans = array("I", bytes(4 * (count + 1))).tobytes()
        self._start_pass(LexResult(b"", no_spans, count))

    def _start_pass(self, result: LexResult) -> None:
        starts = memoryview(result.line_starts).cast("I")
        spans = memoryview(result.tokens).cast("I")
        self._pass = _Pass(self._revision, result, starts, spans, self._line_order())
        self._slicer.start()

    def _line_order(self) -> Iterator[int]:
        count = self._document.blockCount()
        first = min(self._first_visible, count - 1)
        last = min(max(self._last_visible, first), count - 1)
        yield from range(first, last + 1)
        yield from range(last + 1, count)
        yield from range(first)

    def _abort_pass(self) -> None:
        self._pass = None
        self._slicer.stop()

    def _on_slicer_timeout(self) -> None:
        work = self._pass
        if work is None or work.revision != self._revision:
            self._abort_pass()
            return
        deadline = time.perf_counter() + _SLICE_SECONDS
        document = self._document
        dirty_from = dirty_to = -1
        done = True
        for checked, line in enumerate(work.lines):
            first_span, end_span = work.starts[line], work.starts[line + 1]
            key = work.result.tokens[first_span * 12 : end_span * 12]
            if self._applied[line] != key:
                block = document.findBlockByNumber(line)
                self._set_spans(block, work.spans[first_span * 3 : end_span * 3])
                self._applied[line] = key
                position = block.position()
                dirty_from = position if dirty_from < 0 else min(dirty_from, position)
                dirty_to = max(dirty_to, position + block.length())
            if checked % 32 == 31 and time.perf_counter() > deadline:
                done = False
                break
        if dirty_from >= 0:
            document.markContentsDirty(dirty_from, dirty_to - dirty_from)
        if done:
            self._abort_pass()
            self._finish()

    def _finish(self) -> None:
        self._finished = True
        self.highlighting_finished.emit()

    def _set_spans(self, block: QTextBlock, spans: memoryview) -> None:
        ranges: list[QTextLayout.FormatRange] = []
        if len(spans) <= 3 * _MAX_SPANS_PER_LINE:
            formats = self._formats
            for index in range(0, len(spans), 3):
                span = QTextLayout.FormatRange()
                span.start = spans[index]
                span.length = spans[index + 1]
                span.format = formats[spans[index + 2]]
                ranges.append(span)
        block.layout().setFormats(ranges)

    # --- edits ------------------------------------------------------------------------------

    def _on_document_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._closed:
            return
        self._revision += 1
        was_clearing = self._language is None and self._pass is not None
        self._abort_pass()
        document = self._document
        count = document.blockCount()
        last_position = max(0, min(position + added, document.characterCount() - 1))
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(last_position).blockNumber()
        new_lines = last - first + 1
        old_lines = new_lines - (count - len(self._applied))
        if first < 0 or last < first or old_lines < 1:
            # Not a change this bookkeeping understands: forget what is applied, relex all.
            self._applied = [None] * count
        else:
            self._applied[first : first + old_lines] = [None] * new_lines
        if self._language is None:
            # Plain text: new lines carry no colours; only a clearing pass cut short by this
            # edit has work left.
            if was_clearing:
                self._start_clear_pass()
            else:
                self._applied[first : first + new_lines] = [b""] * new_lines
            return
        self._finished = False
        if new_lines <= _MAX_QUICK_LINES and not self._paused:
            same_line = old_lines == 1 and new_lines == 1
            self._quick_colour(first, last, length_change=added - removed if same_line else None)
        self._debounce.start(self._debounce_ms)

    def _quick_colour(self, first: int, last: int, *, length_change: int | None) -> None:
        """Colours edited lines from their own text until the worker's result arrives."""
        language = self._language
        assert language is not None
        document = self._document
        block = document.findBlockByNumber(first)
        dirty_from = block.position()
        while block.isValid() and block.blockNumber() <= last:
            layout = block.layout()
            text = block.text()
            old_length = None if length_change is None else block.length() - 1 - length_change
            if old_length is not None and self._is_continuation(layout.formats(), old_length):
                # Inside a block comment or a multi-line string the line alone would lex
                # as code: keep the line's colour (stretched to the new length) instead.
                span = layout.formats()[0]
                span.length = block.length() - 1
                layout.setFormats([span])
            elif not text.strip():
                layout.setFormats([])
            elif not lexer_ready(language):
                self._prepare_lexer(language)  # meanwhile the line keeps its old colours
            elif len(text) <= _MAX_QUICK_LINE_LENGTH:
                result = lex_document(text, language, self._style_names)
                assert result is not None
                self._set_spans(block, memoryview(result.tokens).cast("I"))
            else:
                layout.setFormats([])
            block = block.next()
        dirty_to = block.position() if block.isValid() else document.characterCount()
        document.markContentsDirty(dirty_from, dirty_to - dirty_from)

    def _is_continuation(self, ranges: list[QTextLayout.FormatRange], old_length: int) -> bool:
        """True if the line was one comment or string span from start to end before the edit."""
        if len(ranges) != 1 or ranges[0].start != 0 or ranges[0].length != old_length:
            return False
        return any(ranges[0].format == fmt for fmt in self._continuing_formats)
