"""Fits the analyzer's confidence calibration on a held-out development split, and prints it.

    .venv/bin/python bench/analyzer_calibrate.py CHECKOUTS --split dev6 --save   (at a first run)
    .venv/bin/python bench/analyzer_calibrate.py --write                          (fit on all saved)

Runs the analyzer with raw (uncalibrated) scores over the split's checked-out projects, matches
every detection to the hand labels as `bench/analyzer_real.py` does, and fits, per record type and
raw-score band, the share of detections that were right (one project weighing at most PROJECT_CAP
detections in a cell: 30 look-alike rows of one data file are one labelling call), smoothed toward
the band's share over all types by a prior of PRIOR detections, then made non-decreasing over the
bands (pool-adjacent-violators), so a higher raw score never means a lower confidence.
Fit only on a split whose projects were NOT studied while the rules were written, at the
analyzer's first run over it; otherwise the table promises what unseen code will not give.
`--save` keeps a split's outcomes (type, raw score, right?, project: no code) in
bench/data/analyzer_first_runs/, named by split and analyzer commit; the fit pools every
saved first run, so each round's unseen set adds to it. `--write` writes
l4ydesk/core/analyzer/calibration_table.py.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from analyzer_real import LABELS, load_labels, match

from l4ydesk.core.analyzer import analyze_files, load_project
from l4ydesk.core.ontology import ONTOLOGY

BANDS = (0.6, 0.7, 0.8, 0.9)  # lower edges of the bands after the first
PRIOR = 6.0
ANALYZER = Path(__file__).resolve().parents[1] / "l4ydesk" / "core" / "analyzer"
TABLE = ANALYZER / "calibration_table.py"
FIRST_RUNS = Path(__file__).resolve().parent / "data" / "analyzer_first_runs"

PROJECT_CAP = 3  # detections one project may weigh in one type and band
Outcome = list[tuple[str, float, bool, str]]  # type, raw score, right?, project


def raw_outcomes(split: str, checkouts: Path, skip: frozenset[str] = frozenset()) -> Outcome:
    found: Outcome = []
    for labels_file in sorted((LABELS / split).glob("*.labels.json")):
        meta, labels = load_labels(labels_file)
        if str(meta["project"]) in skip:
            continue
        folder = checkouts / str(meta["project"])
        if not folder.is_dir():
            print(f"  {meta['project']}: not checked out, skipped", file=sys.stderr)
            continue
        detections = list(analyze_files(load_project(folder), calibrated=False).detections)
        _, hit = match(labels, detections)
        project = str(meta["project"])
        found.extend(
            (d.type_key, d.confidence, j in hit, project) for j, d in enumerate(detections)
        )
    return found


def band_of(raw: float) -> int:
    return sum(1 for edge in BANDS if raw >= edge)


def _monotone(values: list[float], weights: list[float]) -> list[float]:
    """Pool adjacent violators: the closest non-decreasing sequence, weighted."""
    blocks: list[list[float]] = []  # [mean, weight, count]
    for value, weight in zip(values, weights, strict=True):
        blocks.append([value, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, c2 = blocks.pop()
            v1, w1, c1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    return [v for v, _, count in blocks for _ in range(int(count))]


def _weighted(outcomes: Outcome) -> list[tuple[str, int, bool, float]]:
    """Each detection with its weight: one project's data file holding 30 look-alike rows is one
    labelling call, not 30 pieces of evidence, so a project weighs at most PROJECT_CAP in a cell."""
    cells: dict[tuple[str, int, str], int] = defaultdict(int)
    for type_key, raw, _, project in outcomes:
        cells[(type_key, band_of(raw), project)] += 1
    return [
        (t, band_of(raw), ok, min(1.0, PROJECT_CAP / cells[(t, band_of(raw), project)]))
        for t, raw, ok, project in outcomes
    ]


def _rate(items: list[tuple[bool, float]], prior_rate: float) -> tuple[float, float]:
    right = sum(w for ok, w in items if ok)
    weight = sum(w for _, w in items)
    return (right + PRIOR * prior_rate) / (weight + PRIOR), weight + PRIOR


def fit(outcomes: Outcome) -> tuple[dict[str, list[float]], float]:
    """Per type and band: the cell's own share, smoothed toward the share of that band over all
    types (so a type seen in one project borrows what the raw score says everywhere)."""
    weighted = _weighted(outcomes)
    overall, _ = _rate([(ok, w) for _, _, ok, w in weighted], 0.5)
    pooled = [
        _rate([(ok, w) for _, band, ok, w in weighted if band == b], overall)[0]
        for b in range(len(BANDS) + 1)
    ]
    rates: dict[str, list[float]] = {}
    for rt in ONTOLOGY:
        values, weights = [], []
        for b in range(len(BANDS) + 1):
            cell = [(ok, w) for t, band, ok, w in weighted if t == rt.key and band == b]
            value, weight = _rate(cell, pooled[b])
            values.append(value)
            weights.append(weight)
        rates[rt.key] = [round(v, 2) for v in _monotone(values, weights)]
    return rates, round(overall, 2)


def show(outcomes: Outcome, rates: dict[str, list[float]]) -> None:
    print(
        f"  {'type':9} "
        + " ".join(
            f"{'<0.60' if b == 0 else f'>={BANDS[b - 1]:.2f}':>12}" for b in range(len(BANDS) + 1)
        )
    )
    for type_key, per_band in rates.items():
        cells = []
        for b, rate in enumerate(per_band):
            inside = [ok for t, raw, ok, _ in outcomes if t == type_key and band_of(raw) == b]
            cells.append(f"{sum(inside):>3}/{len(inside):<3}->{rate:.2f}")
        print(f"  {type_key:9} " + " ".join(f"{c:>12}" for c in cells))


def _wrapped(text: str, width: int = 80) -> list[str]:
    """`text` in pieces of at most `width` characters, cut after a space (one string literal
    each, so the table stays within the line length however many runs it was fitted on)."""
    pieces: list[str] = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width) + 1 or width
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def write(rates: dict[str, list[float]], overall: float, split: str, count: int) -> None:
    lines = [
        '"""The analyzer\'s confidence calibration, fitted by bench/analyzer_calibrate.py: do not',
        'edit by hand; save each unseen set\'s first run (--save), then refit (--write)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "FITTED_ON: Final = (",
        *(f"    {json.dumps(part)}" for part in _wrapped(f"{split}: {count} detections")),
        ")",
        f"BANDS: Final = {BANDS!r}",
        f"UNKNOWN_RATE: Final = {overall!r}",
        "RATES: Final[dict[str, tuple[float, ...]]] = {",
        *(f'    "{k}": {tuple(v)!r},' for k, v in rates.items()),
        "}",
        "",
    ]
    TABLE.write_text("\n".join(lines), encoding="utf-8")
    print(f"  written: {TABLE}")


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def save(split: str, outcomes: Outcome) -> Path:
    FIRST_RUNS.mkdir(parents=True, exist_ok=True)
    path = FIRST_RUNS / f"{split}-{_commit()}.json"
    rows = [{"type": t, "raw": round(r, 3), "right": ok, "project": p} for t, r, ok, p in outcomes]
    path.write_text(json.dumps({"split": split, "detections": rows}, indent=1) + "\n")
    return path


def saved() -> tuple[Outcome, list[str]]:
    outcomes: Outcome = []
    names = []
    for path in sorted(FIRST_RUNS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        names.append(path.stem)
        outcomes.extend(
            (d["type"], float(d["raw"]), bool(d["right"]), f"{path.stem}:{d['project']}")
            for d in data["detections"]
        )
    return outcomes, names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkouts", type=Path, nargs="?")
    parser.add_argument("--split")
    parser.add_argument("--save", action="store_true", help="keep this first run's outcomes")
    parser.add_argument("--write", action="store_true", help="fit on all saved first runs")
    parser.add_argument("--skip", action="append", default=[], help="a project to leave out")
    args = parser.parse_args(argv)
    if args.split:
        if args.checkouts is None:
            parser.error("give the folder of checkouts with --split")
        outcomes = raw_outcomes(args.split, args.checkouts, frozenset(args.skip))
        title = args.split
        if args.save:
            print(f"  saved: {save(args.split, outcomes)}")
    else:
        outcomes, names = saved()
        title = "saved first runs (" + ", ".join(names) + ")"
    rates, overall = fit(outcomes)
    right = sum(ok for _, _, ok, _ in outcomes)
    print(
        f"{title}: {len(outcomes)} detections, {right} right (raw precision "
        f"{right / max(len(outcomes), 1):.2f}); right/found per raw band -> fitted confidence"
    )
    show(outcomes, rates)
    if args.write:
        if args.split:
            parser.error("--write fits on the saved first runs only: run it without --split")
        write(rates, overall, title, len(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
