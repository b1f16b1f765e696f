"""Cold start to first painted window: median and spread over several runs (offscreen)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "5"))


def one_run(data: Path) -> float:
    env = dict(os.environ)
    env.update(
        L4YDESK_DATA_DIR=str(data),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
        L4YDESK_EXIT_AFTER_FIRST_PAINT="1",
        L4YDESK_BENCH_T0=repr(time.time()),
    )
    subprocess.run([sys.executable, "-m", "l4ydesk"], env=env, check=True, capture_output=True)
    log = (data / "logs" / "l4ydesk.log").read_text()
    found = re.findall(r"first paint after (\d+) ms", log)
    return float(found[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        one_run(data)  # first run creates and migrates the database; not a cold start
        times = [one_run(data) for _ in range(RUNS)]
    print(
        f"cold start to first painted window: median {statistics.median(times):.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f}, {RUNS} runs)"
    )


if __name__ == "__main__":
    main()
