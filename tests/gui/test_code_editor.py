"""Tests of the code-editor widgets: editor, highlighter, find bar, editor pane, diff view."""

from __future__ import annotations

import multiprocessing
from array import array
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QTextCursor
from pytestqt.qtbot import QtBot

from l4ydesk.ui.editor.code_editor import CodeEditor
from l4ydesk.ui.editor.diff_view import DiffLineKind, DiffView, unified_diff_lines
from l4ydesk.ui.editor.editor_pane import EditorPane
from l4ydesk.ui.editor.highlighter import LIGHT_THEME
from l4ydesk.ui.editor.lexing import LexWorker, language_for_path, lex_document
from tests.conftest import wait_until

KEYWORD = QColor(LIGHT_THEME.styles["Keyword"].color or "")
COMMENT = QColor(LIGHT_THEME.styles["Comment"].color or "")
STRING = QColor(LIGHT_THEME.styles["Literal.String"].color or "")

_COMPONENT = """/**
 * Product card {i}: shows a `Product` with its price.
 */
import {{ useState }} from "react";

export function Card{i}({{ name, price }}: {{ name: string; price: number }}) {{
  const [count, setCount] = useState<number>(0);
  const label = `Bought ${{count}} of ${{name}}`;
  return (
    <div className="rounded border p-4">
      <h2>{{name}}</h2>
      <button onClick={{() => setCount(count + 1)}}>{{label}} ({{price / 100}})</button>
    </div>
  );
}}

"""


def make_tsx(size: int) -> str:
    """A TSX file of about ``size`` characters made of small React components."""
    parts: list[str] = []
    total = 0
    while total < size:
        part = _COMPONENT.format(i=len(parts))
        parts.append(part)
        total += len(part)
    return "".join(parts)


@pytest.fixture
def lex_worker() -> Iterator[LexWorker]:
    worker = LexWorker()
    yield worker
    worker.shutdown()


@pytest.fixture
def pane(qtbot: QtBot, lex_worker: LexWorker) -> Iterator[EditorPane]:
    widget = EditorPane(lex_worker=lex_worker)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_resources()


def wait_highlighted(qtbot: QtBot, editor: CodeEditor, timeout: int = 15_000) -> None:
    # A wait for idle (the highlighter has caught up): it may already be.
    wait_until(qtbot, editor.is_highlighted, timeout=timeout, may_hold=True)


def colours_of(editor: CodeEditor, line: int) -> list[tuple[str, QColor, bool]]:
    """(text, foreground, italic) of each coloured span on a 0-based line."""
    block = editor.document().findBlockByNumber(line)
    text = block.text().encode("utf-16-le")
    return [
        (
            text[span.start * 2 : (span.start + span.length) * 2].decode("utf-16-le"),
            span.format.foreground().color(),
            span.format.fontItalic(),
        )
        for span in block.layout().formats()
    ]


def colour_of(editor: CodeEditor, line: int, word: str) -> QColor | None:
    for text, colour, _italic in colours_of(editor, line):
        if text == word:
            return colour
    return None


def set_cursor(editor: CodeEditor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


# --- language and colours -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("app/page.tsx", "tsx"),
        ("lib/api.ts", "typescript"),
        ("Card.jsx", "jsx"),
        ("script.js", "javascript"),
        ("next.config.mjs", "javascript"),
        ("globals.css", "css"),
        ("package.json", "json"),
        ("README.md", "markdown"),
        ("index.html", "html"),
        ("NOTES.TXT", None),
        ("Makefile", None),
        (None, None),
    ],
)
def test_language_is_chosen_by_extension(
    qtbot: QtBot, path: str | None, language: str | None
) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    assert language_for_path(path) == language
    assert editor.set_language_for_path(path) == language
    assert editor.language() == language
    editor.close_resources()


def test_language_changed_is_signalled(qtbot: QtBot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.language_changed) as changed:
        editor.set_language_for_path("style.css")
    assert changed.args == ["css"]
    with qtbot.waitSignal(editor.language_changed) as changed:
        editor.set_language_for_path("notes.txt")
    assert changed.args == [""]
    editor.close_resources()


def test_keywords_comments_and_strings_are_coloured(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text('const answer = 42;\n// the answer\nlet s = "hi";\n', "answer.tsx")
    editor = pane.editor
    wait_highlighted(qtbot, editor)
    assert colour_of(editor, 0, "const") == KEYWORD
    comment = colours_of(editor, 1)
    assert comment == [("// the answer", COMMENT, True)]
    assert colour_of(editor, 2, '"hi"') == STRING


def test_plain_text_has_no_colours(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("const answer = 42;\n", "answer.tsx")
    wait_highlighted(qtbot, pane.editor)
    assert colours_of(pane.editor, 0)
    pane.editor.set_language_for_path("answer.txt")
    wait_highlighted(qtbot, pane.editor)
    assert colours_of(pane.editor, 0) == []


def test_colours_use_whole_file_context_after_an_edit(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("const a = 1;\nconst b = 2;\n*/ const c = 3;\n", "context.ts")
    editor = pane.editor
    wait_highlighted(qtbot, editor)
    assert colour_of(editor, 1, "const") == KEYWORD
    cursor = QTextCursor(editor.document())
    cursor.insertText("/* ")  # opens a comment that the third line closes
    wait_until(qtbot, lambda: colours_of(editor, 1) == [("const b = 2;", COMMENT, True)])
    wait_highlighted(qtbot, editor)
    assert colour_of(editor, 2, "const") == KEYWORD


def test_columns_count_utf16_units_after_emoji(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text('const party = "🎉🎉"; const after = 1;\n', "emoji.ts")
    wait_highlighted(qtbot, pane.editor)
    assert colour_of(pane.editor, 0, '"🎉🎉"') == STRING
    assert [text for text, colour, _ in colours_of(pane.editor, 0) if colour == KEYWORD] == [
        "const",
        "const",
    ]


def test_lex_document_splits_multiline_tokens_per_line() -> None:
    styles = ("Keyword", "Comment")
    result = lex_document("let a; /* one\ntwo */ let b;", "typescript", styles)
    assert result is not None
    starts = array("I")
    starts.frombytes(result.line_starts)
    spans = array("I")
    spans.frombytes(result.tokens)
    triples = [tuple(spans[i : i + 3]) for i in range(0, len(spans), 3)]
    assert result.line_count == 2
    assert triples[starts[0] : starts[1]] == [(0, 3, 0), (7, 6, 1)]
    assert triples[starts[1] : starts[2]] == [(0, 6, 1), (7, 3, 0)]


# --- editing --------------------------------------------------------------------------------


def test_gutter_grows_with_line_count(qtbot: QtBot, pane: EditorPane) -> None:
    editor = pane.editor
    pane.set_text("one line")
    narrow = editor.gutter_width()
    assert editor.viewportMargins().left() == narrow
    pane.set_text("\n" * 20_000)
    wait_until(qtbot, lambda: not editor.is_loading(), may_hold=True)  # loading, or loaded
    assert editor.gutter_width() > narrow
    assert editor.viewportMargins().left() == editor.gutter_width()


def test_enter_keeps_indentation_and_tab_inserts_two_spaces(qtbot: QtBot, pane: EditorPane) -> None:
    editor = pane.editor
    pane.set_text("    if (x) {")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "y();")
    assert pane.text() == "    if (x) {\n      y();"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert pane.text() == "    if (x) {\n    y();"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert pane.text() == "      if (x) {\n      y();"


def test_go_to_line_and_cursor_line(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("\n".join(f"line {n}" for n in range(1, 101)))
    editor = pane.editor
    assert editor.cursor_line() == 1
    editor.go_to_line(42)
    assert editor.cursor_line() == 42
    assert editor.textCursor().block().text() == "line 42"
    editor.go_to_line(1000)
    assert editor.cursor_line() == 100
    editor.go_to_line(0)
    assert editor.cursor_line() == 1


def test_ctrl_g_opens_inline_go_to_line(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("\n".join(f"line {n}" for n in range(1, 51)))
    pane.activateWindow()
    pane.editor.setFocus()
    wait_until(qtbot, pane.editor.hasFocus, may_hold=True)  # focus may move at once
    qtbot.keyClick(pane.editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert pane.go_to_bar.isVisible()
    line_edit = pane.go_to_bar.line_edit
    wait_until(qtbot, line_edit.hasFocus, may_hold=True)
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "17")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert pane.editor.cursor_line() == 17
    assert not pane.go_to_bar.isVisible()
    wait_until(qtbot, pane.editor.hasFocus, may_hold=True)  # focus may move at once


def test_modified_flag_follows_edits_and_mark_saved(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("hello", "a.md")
    editor = pane.editor
    assert not pane.is_modified()
    assert not editor.document().isUndoAvailable()
    with qtbot.waitSignal(pane.modified_changed) as changed:
        qtbot.keyClicks(editor, "x")
    assert changed.args == [True]
    with qtbot.waitSignal(pane.modified_changed) as changed:
        pane.mark_saved()
    assert changed.args == [False]
    assert editor.document().isUndoAvailable()  # saving keeps the history
    qtbot.keyClicks(editor, "y")
    assert pane.is_modified()
    with qtbot.waitSignal(pane.modified_changed) as changed:
        pane.set_text("other file", "b.md")
    assert changed.args == [False]
    assert not editor.document().isUndoAvailable()


def test_big_text_loads_in_slices_without_history(qtbot: QtBot, pane: EditorPane) -> None:
    text = "\n".join(f"row {n} \u00a0 é" for n in range(60_000))
    with qtbot.waitSignal(pane.editor.text_loaded, timeout=10_000):
        pane.set_text(text, "rows.txt")
        assert pane.text() == text  # complete even before the last slice is in
    assert pane.text() == text  # no-break spaces survive (toPlainText would drop them)
    assert pane.editor.blockCount() == 60_000
    assert not pane.is_modified()
    assert not pane.editor.document().isUndoAvailable()


# --- find and replace -----------------------------------------------------------------------


def test_find_next_previous_and_count(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("foo bar\nFoo baz\nfood foo")
    bar = pane.find_bar
    pane.open_find()
    assert bar.isVisible()
    bar.set_query("foo")
    assert bar.match_count() == 4
    assert bar.status_text() == "1 of 4"
    assert bar.find_next()
    assert bar.status_text() == "2 of 4"
    assert pane.editor.textCursor().selectedText() == "Foo"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status_text() == "3 of 4"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_text() == "2 of 4"
    assert bar.find_previous()
    assert bar.find_previous()  # wraps around to the last match
    assert bar.status_text() == "4 of 4"
    assert bar.find_next()  # and back to the first
    assert bar.status_text() == "1 of 4"
    bar.set_query("nothing here")
    assert bar.status_text() == "No results"
    assert not bar.find_next()


def test_find_options_case_word_and_regex(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("foo Foo food\nbar42 bar7")
    bar = pane.find_bar
    pane.open_find()
    bar.set_query("foo")
    assert bar.match_count() == 3
    bar.set_options(match_case=True)
    assert bar.match_count() == 2
    bar.set_options(whole_word=True)
    assert bar.match_count() == 1
    bar.set_options(match_case=False, whole_word=False, regex=True)
    bar.set_query(r"bar\d+")
    assert bar.match_count() == 2
    bar.set_query("bar(")
    assert bar.status_text().startswith("Invalid pattern")
    assert not bar.find_next()


def test_replace_all_is_one_undo_step(qtbot: QtBot, pane: EditorPane) -> None:
    original = "a foo b foo\nc foo"
    pane.set_text(original)
    bar = pane.find_bar
    pane.open_replace()
    assert bar.is_replace_visible()
    bar.set_query("foo")
    bar.replace_edit.setText("bar")
    assert bar.replace_all() == 3
    assert pane.text() == "a bar b bar\nc bar"
    assert bar.status_text() == "Replaced 3"
    pane.editor.undo()
    assert pane.text() == original


def test_regex_replace_uses_groups_and_replace_goes_on(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("ann@example bob@test")
    bar = pane.find_bar
    pane.open_replace()
    bar.set_options(regex=True)
    bar.set_query(r"(\w+)@(\w+)")
    bar.replace_edit.setText(r"\2:\1")
    assert bar.status_text() == "1 of 2"
    assert bar.replace()
    assert pane.text() == "example:ann bob@test"
    assert pane.editor.textCursor().selectedText() == "bob@test"
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    assert pane.text() == "example:ann test:bob"


def test_shortcuts_open_bars_and_esc_returns_focus(qtbot: QtBot, pane: EditorPane) -> None:
    pane.set_text("alpha beta alpha")
    editor = pane.editor
    pane.activateWindow()
    editor.setFocus()
    wait_until(qtbot, editor.hasFocus, may_hold=True)  # focus may move at once
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.isVisible()
    assert not bar.is_replace_visible()
    wait_until(qtbot, bar.find_edit.hasFocus, may_hold=True)
    qtbot.keyClicks(bar.find_edit, "alpha")
    assert bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.status_text() == "2 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    wait_until(qtbot, editor.hasFocus, may_hold=True)  # focus may move at once
    qtbot.keyClick(editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert not bar.isVisible()  # Shift+F3 with the bar closed: previous match, bar stays shut
    assert editor.textCursor().selectedText() == "alpha"
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert bar.is_replace_visible()


# --- diff view ------------------------------------------------------------------------------


def test_diff_view_shows_added_and_removed_lines(qtbot: QtBot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    old = "one\ntwo\nthree\nfour\n"
    new = "one\n2\nthree\nfour\nfive\n"
    view.set_texts(old, new, "rev 3 → current")
    kinds = [(line.kind, line.old_number, line.new_number, line.text) for line in view.lines()]
    assert kinds == [
        (DiffLineKind.HUNK, None, None, "@@ -1,4 +1,5 @@"),
        (DiffLineKind.CONTEXT, 1, 1, "one"),
        (DiffLineKind.REMOVED, 2, None, "two"),
        (DiffLineKind.ADDED, None, 2, "2"),
        (DiffLineKind.CONTEXT, 3, 3, "three"),
        (DiffLineKind.CONTEXT, 4, 4, "four"),
        (DiffLineKind.ADDED, None, 5, "five"),
    ]
    assert view.stats() == (2, 1)
    assert view.header.text() == "rev 3 → current"
    assert view.stats_label.text() == "+2  −1"
    assert view.text_view.isReadOnly()
    assert view.text_view.toPlainText().splitlines()[2:4] == ["-two", "+2"]
    view.set_texts("same\n", "same\n", "rev 4 → current")
    assert view.lines() == []
    assert view.stats_label.text() == "No differences"
    # the empty pane says why it is empty, and a real diff clears the sentence again
    assert view.text_view.placeholderText() == "Nothing changed: the two versions are the same."
    view.set_texts("one\n", "two\n", "rev 5 → current")
    assert view.text_view.placeholderText() == ""


def test_diff_of_thousands_of_lines(qtbot: QtBot) -> None:
    old = "\n".join(f"line {n}" for n in range(5_000))
    new = "\n".join(f"line {n}" if n % 100 else f"changed {n}" for n in range(5_000))
    lines = unified_diff_lines(old, new)
    assert sum(line.kind is DiffLineKind.ADDED for line in lines) == 50
    view = DiffView()
    qtbot.addWidget(view)
    view.set_texts(old, new)
    assert view.stats() == (50, 50)


# --- big files and lifetime -----------------------------------------------------------------


def test_one_megabyte_tsx_opens_and_is_fully_highlighted(
    qtbot: QtBot, pane: EditorPane, record_property: Callable[[str, object], None]
) -> None:
    text = make_tsx(1_000_000)
    editor = pane.editor
    # A lag probe: the longest gap between ticks of a 5 ms timer is the worst GUI stall.
    # Recorded, not asserted (timings belong in bench/editor_open_1mb.py).
    clock = QElapsedTimer()
    clock.start()
    last_tick, worst = [0], [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last_tick[0])
        last_tick[0] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    pane.set_text(text, "big.tsx")
    wait_highlighted(qtbot, editor, timeout=60_000)
    probe.stop()
    record_property("worst_gui_stall_ms", worst[0])
    assert pane.text() == text
    lines = text.split("\n")
    deep = max(n for n, line in enumerate(lines) if line.startswith("  const ["))
    assert deep > 30_000  # a line near the end is coloured too
    assert colour_of(editor, deep, "const") == KEYWORD


def test_shutdown_stops_a_lex_in_progress(qtbot: QtBot) -> None:
    worker = LexWorker()
    future = worker.submit(make_tsx(2_000_000), "tsx", ("Keyword",))
    worker.shutdown()  # aborts the running lex instead of waiting for it
    assert future.cancelled() or future.result() is None
    assert worker.is_closed


def test_destroying_an_editor_stops_its_own_worker(qtbot: QtBot) -> None:
    editor = CodeEditor()
    editor.set_language_for_path("a.ts")
    editor.set_text("let x = 1;\n")
    wait_highlighted(qtbot, editor)
    editor.deleteLater()
    wait_until(qtbot, lambda: not multiprocessing.active_children())


def test_editor_font_is_monospace(qtbot: QtBot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    info = editor.fontInfo()
    assert info.fixedPitch() or editor.font().styleHint() == QFont.StyleHint.Monospace
    editor.close_resources()
