"""Visitor sign-in costs, printed (never asserted): `python bench/visitor_sign_in.py`.

- The password hash alone (stdlib scrypt, the platform's parameters N=2^14, r=8, p=5) and a
  full sign-in / who-am-I through the use cases on a temporary SQLite store, median and worst
  of a few runs each.
- Sign-in for an unknown email against a wrong password for a known one: the two should cost
  the same (the decoy hash), so the answer's timing does not tell who has an account.

The hash dominates by design; compare the figures printed in one run (the machine is shared).
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RUNS = 9


def _timed(label: str, action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        with contextlib.suppress(Exception):  # a refused sign-in is what some rows measure
            action()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(f"{label:<44} median {median:7.1f} ms   worst {max(times):7.1f} ms")
    return median


def main() -> None:
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.platform.visitor_passwords import DEFAULT_COST, hash_password
    from l4ydesk.core.platform.visitors import VisitorAccounts
    from l4ydesk.storage.db import Store

    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min)")
    print(f"scrypt N={DEFAULT_COST.n} r={DEFAULT_COST.r} p={DEFAULT_COST.p}")
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            app_id = AppCatalog(store).create("Bench").app_id
            visitors = VisitorAccounts(store, b"bench-secret")
            visitors.sign_up(app_id, "ana@example.com", "tidal mugs at dawn")
            token = visitors.sign_in(app_id, "ana@example.com", "tidal mugs at dawn").token
            _timed("password hash (scrypt)", lambda: hash_password("tidal mugs at dawn"))
            _timed(
                "sign-in, right password",
                lambda: visitors.sign_in(app_id, "ana@example.com", "tidal mugs at dawn"),
            )
            wrong = _timed(
                "sign-in, wrong password",
                lambda: visitors.sign_in(app_id, "ana@example.com", "tidal mugs at dusk"),
            )
            unknown = _timed(
                "sign-in, unknown email",
                lambda: visitors.sign_in(app_id, "nobody@example.com", "tidal mugs at dusk"),
            )
            _timed("who-am-I (no hash)", lambda: visitors.current(app_id, token))
            print(f"unknown email / wrong password: {unknown / wrong:.2f}x (goal: about 1)")
            print(f"load average {os.getloadavg()[0]:.2f} after the run")
        finally:
            store.close()


if __name__ == "__main__":
    main()
