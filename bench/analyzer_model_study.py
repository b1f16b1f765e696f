"""Would a small learned model over a detection's structure say which detections are right on an
unseen set better than the calibration table does? (issue 12, round 15 study)

    .venv/bin/python bench/analyzer_model_study.py [--cache /tmp/model15] [--checkouts /tmp/ana]

For every saved first run (bench/data/analyzer_first_runs/<split>-<commit>.json) the script
re-creates that run's detections WITH their structure: a detached worktree at <commit> (under the
cache folder, removed afterwards) runs its own analyzer, uncalibrated, over CHECKOUTS/<split>/ and
its own scorer says which detections were right; the outcome (type, raw score, right?, names of
the evidence files, field keys, ...) is cached as <cache>/runs/<split>-<commit>.json and checked
against the saved file (counts and right detections per project).

Then, leave one run out: for each run, a logistic regression (and small boosted trees) over
structural features (no project names, no strings of the code) is trained on the OTHER runs only,
its threshold chosen on those runs, and applied to the held-out run. Printed per held-out run and
pooled: precision/recall of every detection, of the table's "Sure" (as run, and the table refitted
on the other runs as the model is), and of the model's kept set; a calibration table (predicted
band vs right rate) for model and table; and the weights of the features.

Precision and recall of a subset here count the detections that were right when the whole run was
scored (a detection is not re-paired when others are dropped); recall's denominator is the run's
labels. The script needs nothing beyond the standard library and the project's own code.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FIRST_RUNS = HERE / "data" / "analyzer_first_runs"

Row = dict[str, Any]
# fields whose values are words of the analyzer's vocabulary (which rule found it), not the code's
VOCABULARY_FIELDS = frozenset(
    {"source", "creates", "mode", "subtype", "bookable_subtype", "provider", "trigger", "interval"}
    | {"list", "record", "bookable", "embedded", "form", "rows", "items"}
)


# ---------------------------------------------------------------- extraction (runs in old trees)


def _jsonable_kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text" if value else "empty"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "map"
    return "none" if value is None else "other"


def extract(tree: Path, split: str, checkouts: Path, out: Path) -> None:
    """Runs inside a worktree at an old commit (PYTHONPATH=tree): its analyzer, its scorer."""
    sys.path.insert(0, str(tree / "bench"))
    import analyzer_real as scorer  # the tree's own scorer

    from l4ydesk.core.analyzer import analyze_files, load_project
    from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD

    try:
        from l4ydesk.core.analyzer import calibration
    except ImportError:  # before calibration existed the raw score was the shown one
        calibration = None  # type: ignore[assignment]
    raw_flag = "calibrated" in inspect.signature(analyze_files).parameters
    projects = []
    labels_root = tree / "bench" / "data" / "analyzer_real" / split
    for labels_file in sorted(labels_root.glob("*.labels.json")):
        meta, labels = scorer.load_labels(labels_file)
        name = str(meta["project"])
        folder = checkouts / name
        if not folder.is_dir():
            print(f"  {name}: not checked out", file=sys.stderr)
            continue
        files = load_project(folder)
        report = (
            analyze_files(files, calibrated=False) if raw_flag else analyze_files(files)
        )
        detections = list(report.detections)
        _, hit = scorer.match(labels, detections)
        shown = [
            calibration.calibrated_confidence(d.type_key, d.confidence)
            if calibration is not None
            else d.confidence
            for d in detections
        ]
        sure = [d for d, c in zip(detections, shown, strict=True) if c >= SURE_THRESHOLD]
        sure_l, _ = scorer.match(labels, sure)
        rows = []
        for j, d in enumerate(detections):
            rows.append(
                {
                    "type": d.type_key,
                    "raw": round(d.confidence, 3),
                    "shown": round(shown[j], 3),
                    "right": j in hit,
                    "name": d.name,
                    "component": d.component,
                    "fields": {k: _jsonable_kind(v) for k, v in d.fields.items()},
                    # the analyzer's own vocabulary ("source": "jsx"), never the code's words
                    "values": {
                        k: v
                        for k, v in d.fields.items()
                        if k in VOCABULARY_FIELDS and isinstance(v, (str, bool))
                        and re.fullmatch(r"[a-z_]{0,24}|True|False", str(v))
                    },
                    "sizes": {
                        k: len(v) for k, v in d.fields.items() if isinstance(v, (list, tuple))
                    },
                    "evidence": [[e.path, e.start_line, e.end_line] for e in d.evidence],
                }
            )
        projects.append(
            {
                "project": name,
                "labels": len(labels),
                "label_types": Counter(lab.type_key for lab in labels),
                "sure_right": len(sure_l),
                "files": list(report.files_analyzed),
                "detections": rows,
            }
        )
        print(f"  {name}: {len(rows)} detections, {len(hit)} right", file=sys.stderr)
    out.write_text(
        json.dumps({"split": split, "sure_threshold": SURE_THRESHOLD, "projects": projects})
    )


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
            [sys.executable, __file__, "--extract", split, str(tree), str(checkouts / split)]
            + [str(partial)],
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/model15"))
    parser.add_argument("--checkouts", type=Path, default=Path("/tmp/ana"))
    parser.add_argument("--extract", nargs=4, metavar=("SPLIT", "TREE", "CHECKOUTS", "OUT"))
    parser.add_argument("--runs-only", action="store_true", help="re-create the runs and stop")
    args = parser.parse_args(argv)
    if args.extract:
        split, tree, checkouts, out = args.extract
        extract(Path(tree), split, Path(checkouts), Path(out))
        return 0
    runs = sorted(FIRST_RUNS.glob("*.json"))
    data = {}
    for run in runs:
        path = recreate(run, args.cache, args.checkouts)
        data[run.stem] = json.loads(path.read_text(encoding="utf-8"))
        print(f"{run.stem}: {check(run, data[run.stem])}")
    if args.runs_only:
        return 0
    return study(data)


if __name__ == "__main__":
    sys.exit(main())
