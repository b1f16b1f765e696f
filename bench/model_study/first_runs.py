"""The saved first runs re-created at their commits, with every detection's structure, cached and
checked against the saved files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[1]
REPO = BENCH.parent
FIRST_RUNS = BENCH / "data" / "analyzer_first_runs"
ENTRY = BENCH / "analyzer_model_study.py"  # re-run with --extract inside the old tree


def recreate(run: Path, cache: Path, checkouts: Path) -> Path:
    """<cache>/runs/<run>.json, re-created at the run's commit if not cached yet."""
    split, commit = run.stem.rsplit("-", 1)
    target = cache / "runs" / f"{run.stem}.json"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tree = cache / f"wt-{commit}"
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), commit],
        check=True,
        capture_output=True,
    )
    try:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        partial = target.with_suffix(".partial")
        subprocess.run(
            [
                sys.executable,
                str(ENTRY),
                "--extract",
                split,
                str(tree),
                str(checkouts / split),
                str(partial),
            ],
            check=True,
            env=env,
            cwd=tree,
        )
        partial.rename(target)
    finally:
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )
    return target


def check(run: Path, recreated: dict[str, Any]) -> str:
    """Does the re-created run give the saved run's counts, project by project?"""
    saved = json.loads(run.read_text(encoding="utf-8"))["detections"]
    want: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in saved:
        want[d["project"]][0] += 1
        want[d["project"]][1] += int(d["right"])
    got: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in recreated["projects"]:
        for d in p["detections"]:
            got[p["project"]][0] += 1
            got[p["project"]][1] += int(d["right"])
    differ = [
        f"{p} saved {want[p][0]}/{want[p][1]} now {got[p][0]}/{got[p][1]}"
        for p in sorted(set(want) | set(got))
        if want[p] != got[p]
    ]
    total_w = [sum(v[0] for v in want.values()), sum(v[1] for v in want.values())]
    total_g = [sum(v[0] for v in got.values()), sum(v[1] for v in got.values())]
    head = f"saved {total_w[0]} found/{total_w[1]} right, re-run {total_g[0]}/{total_g[1]}"
    return head + ("" if not differ else "; differ: " + "; ".join(differ))


def detections_of(data: dict[str, Any], saved: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The run's projects, less those the saved run left out (--skip): none of their
    detections were saved though the analyzer finds some."""
    had = {d["project"] for d in saved}
    return [p for p in data["projects"] if p["project"] in had or not p["detections"]]


def recreated_runs(cache: Path, checkouts: Path) -> dict[str, dict[str, Any]]:
    """Every saved first run by name, re-created (or read from the cache) and checked."""
    data = {}
    for run in sorted(FIRST_RUNS.glob("*.json")):
        path = recreate(run, cache, checkouts)
        data[run.stem] = json.loads(path.read_text(encoding="utf-8"))
        print(f"{run.stem}: {check(run, data[run.stem])}")
    return data
