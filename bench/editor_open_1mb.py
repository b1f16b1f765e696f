"""Benchmark: open a 1 MB TSX file in an EditorPane; print the worst GUI stall and time to colour.

A lag probe (a 5 ms QTimer recording the longest gap between its ticks) measures how long the
GUI thread was blocked while the file loads, is lexed in the worker process and its colours are
applied. Budget: 50 ms worst stall. Runs offscreen:

    .venv/bin/python bench/editor_open_1mb.py
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from l4ydesk.ui.editor.editor_pane import EditorPane

_COMPONENT = """/**
 * Product card {i}: shows a `Product` with its price and a buy button.
 */
import {{ useState, useEffect }} from "react";
import type {{ Product }} from "@/lib/types";

interface CardProps{i} {{
  product: Product;
  onBuy?: (id: string) => void; // called when bought
}}

export function Card{i}({{ product, onBuy }}: CardProps{i}) {{
  const [count, setCount] = useState<number>(0);
  useEffect(() => {{
    document.title = `Bought ${{count}} of ${{product.name}}`;
  }}, [count, product.name]);
  return (
    <div className="rounded-lg border p-4 shadow-sm">
      <h2 className="text-xl font-semibold">{{product.name}}</h2>
      <p className="text-gray-500">{{(product.price / 100).toFixed(2)}} €</p>
      <button onClick={{() => {{ setCount(count + 1); onBuy?.(product.id); }}}}>
        Buy ({{count}})
      </button>
    </div>
  );
}}

"""


def make_tsx(size: int, seed: int = 0) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        part = _COMPONENT.format(i=seed * 100_000 + len(parts))
        parts.append(part)
        total += len(part)
    return "".join(parts)


class LagProbe(QObject):
    """Ticks every 5 ms; the longest gap between ticks is the worst GUI-thread stall."""

    def __init__(self) -> None:
        super().__init__()
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last = 0.0
        self.worst_ms = 0.0

    def start(self) -> None:
        self._clock.start()
        self._last = 0.0
        self.worst_ms = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.worst_ms = max(self.worst_ms, now - self._last)
        self._last = now


def run_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Runs the Qt event loop (as the app would) until ``done()``, checked every 2 ms."""
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    check = QTimer()
    check.setInterval(2)

    def on_check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    check.timeout.connect(on_check)
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise SystemExit("timed out")


def open_file(pane: EditorPane, text: str, label: str) -> None:
    probe = LagProbe()
    editor = pane.editor
    loaded: list[float] = []
    editor.text_loaded.connect(lambda: loaded.append(time.perf_counter()))
    probe.start()
    start = time.perf_counter()
    pane.set_text(text, "big.tsx")
    run_until(lambda: bool(loaded) and editor.is_highlighted())
    highlighted = time.perf_counter()
    probe.stop()
    print(
        f"{label:<44} worst stall {probe.worst_ms:5.1f} ms   "
        f"loaded {loaded[0] - start:5.2f} s   fully highlighted {highlighted - start:5.2f} s"
    )


def type_and_relex(pane: EditorPane) -> None:
    """Types 20 characters at 40 ms intervals near the top, then waits for the relex."""
    probe = LagProbe()
    editor = pane.editor
    editor.go_to_line(7)
    typed: list[float] = []

    def type_one() -> None:
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText("x")
        editor.setTextCursor(cursor)
        typed.append(time.perf_counter())
        if len(typed) == 20:
            keys.stop()

    keys = QTimer()
    keys.setInterval(40)
    keys.timeout.connect(type_one)
    probe.start()
    keys.start()
    run_until(lambda: len(typed) == 20)
    last_key = typed[-1]
    run_until(editor.is_highlighted)
    probe.stop()
    print(
        f"{'type 20 keys at 40 ms, then relex 1 MB':<44} worst stall {probe.worst_ms:5.1f} ms"
        f"   highlighted again {time.perf_counter() - last_key:5.2f} s after the last key"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    pane = EditorPane()
    pane.resize(1100, 800)
    pane.show()
    app.processEvents()
    text = make_tsx(1_000_000)
    print(f"1 MB TSX: {len(text):,} characters, {text.count(chr(10)):,} lines")
    open_file(pane, text, "open (cold: starts the lex worker process)")
    open_file(pane, make_tsx(1_000_000, seed=1), "open another 1 MB file (warm worker)")
    type_and_relex(pane)
    pane.close_resources()
    pane.close()


if __name__ == "__main__":  # the lex worker is spawned: it must not re-run this module
    main()
