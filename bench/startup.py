"""Start-up, side by side: l4ydesk to its first painted window vs the floor.

The floor is a bare PySide6 program: a QMainWindow with a QWebEngineView (loading nothing), a
menu and a status bar. Both are measured whole-process, from spawning the interpreter to the
first paint of the window, offscreen, in alternating runs (so machine load hits both alike).
Prints both medians and their ratio (the goal: l4ydesk ≤ 2.0 × the floor), with the load average.

Both sides run from compiled bytecode, as on a user's install (pip writes .pyc files): before
measuring, l4ydesk's package and the environment's site-packages are compiled with `compileall`.
Without that, where PYTHONDONTWRITEBYTECODE is set (or the tree is read-only), every l4ydesk run
would compile its ~300 modules from source while the floor imports only precompiled PySide6.

    .venv/bin/python bench/startup.py          # RUNS=7 by default
"""

from __future__ import annotations

import compileall
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "7"))

FLOOR = r"""
import os, sys, time
from PySide6 import QtWebEngineWidgets
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtWebEngineWidgets import QWebEngineView

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            elapsed = (time.time() - float(os.environ["BENCH_T0"])) * 1000
            print(f"first paint after {elapsed:.0f} ms", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.menuBar().addMenu("&File").addAction("Quit", app.quit)
window.setCentralWidget(QWebEngineView(window))
window.statusBar().showMessage("Ready")
window.resize(1280, 800)
window.show()
app.exec()
"""


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
        **extra,
    )
    return env


def floor_run() -> float:
    env = _env({"BENCH_T0": repr(time.time())})
    out = subprocess.run(
        [sys.executable, "-c", FLOOR], env=env, check=True, capture_output=True, text=True
    ).stdout
    return float(re.findall(r"first paint after (\d+) ms", out)[-1])


def l4ydesk_run(data: Path) -> float:
    env = _env(
        {
            "L4YDESK_DATA_DIR": str(data),
            "L4YDESK_EXIT_AFTER_FIRST_PAINT": "1",
            "L4YDESK_BENCH_T0": repr(time.time()),
        }
    )
    subprocess.run([sys.executable, "-m", "l4ydesk"], env=env, check=True, capture_output=True)
    log = (data / "logs" / "l4ydesk.log").read_text()
    return float(re.findall(r"first paint after (\d+) ms", log)[-1])


def compile_bytecode() -> list[str]:
    """Compile l4ydesk and site-packages to .pyc (skipping what is up to date); the places."""
    import l4ydesk

    places = [str(Path(l4ydesk.__file__).parent), sysconfig.get_paths()["purelib"]]
    for place in places:
        compileall.compile_dir(place, quiet=2)  # quiet: templates in site-packages do not parse
    return places


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def _describe(name: str, times: list[float]) -> str:
    return (
        f"{name}: median {statistics.median(times):.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f}, {len(times)} runs)"
    )


def main() -> None:
    places = compile_bytecode()
    print("bytecode compiled for both sides (compileall): " + ", ".join(places))
    print(f"before: {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        # First runs warm the OS file cache and create and migrate the database: not counted.
        l4ydesk_run(data)
        floor_run()
        ours: list[float] = []
        floor: list[float] = []
        for _ in range(RUNS):
            ours.append(l4ydesk_run(data))
            floor.append(floor_run())
    print(_describe("l4ydesk to first painted window", ours))
    print(_describe("floor (QMainWindow + QWebEngineView + menu + status bar)", floor))
    print(f"ratio: {statistics.median(ours) / statistics.median(floor):.2f} (goal ≤ 2.0)")
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
