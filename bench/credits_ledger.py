"""Prints what charging costs on the GUI thread: the chat's usage hooks call the ledger there.

    .venv/bin/python bench/credits_ledger.py [--rounds N]

Measures, on a real SQLite file in WAL mode: the pre-flight check (a read), a deduction (BEGIN
IMMEDIATE, lock row, keyed insert, commit) and the balance read; prints median, p95 and worst
in milliseconds. The GUI budget is 50 ms worst case.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from l4ydesk.core.credits import Ledger
from l4ydesk.storage.db import Store


def _timed(rounds: int, work: Callable[[int], object]) -> list[float]:
    times = []
    for n in range(rounds):
        start = time.perf_counter()
        work(n)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _line(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return (
        f"{name:<12} median {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms  "
        f"worst {max(times):6.2f} ms  ({len(times)} rounds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        ledger = Ledger(store)
        ledger.add_purchased("seed", args.rounds * 10, "bench")
        print(_line("check", _timed(args.rounds, lambda n: ledger.check(1))))
        print(_line("deduct", _timed(args.rounds, lambda n: ledger.deduct(f"b{n}", 1, "bench"))))
        print(_line("balance", _timed(args.rounds, lambda n: ledger.balance())))
        store.close()


if __name__ == "__main__":
    main()
