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
import itertools
import json
import math
import os
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
        report = analyze_files(files, calibrated=False) if raw_flag else analyze_files(files)
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
                        if k in VOCABULARY_FIELDS
                        and isinstance(v, (str, bool))
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
            [
                sys.executable,
                __file__,
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


# ---------------------------------------------------------------- features


_CODE_LIKE = re.compile(r"[{}<>=\[\]`$]|\b[a-z]{2,}[A-Z]\w*\b|\b[A-Za-z]+_[A-Za-z_]+\b")
_DATA_FILE = re.compile(r"(data|mock|constant|seed|fixture|sample)", re.IGNORECASE)
KNOWN_DIRS = frozenset({"app", "components", "lib", "data", "root", "pages"})
MIN_SEEN = 10  # a field key or vocabulary value becomes a feature when this many detections have it


def detections_of(data: dict[str, Any], saved: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The run's projects, less those the saved run left out (--skip): none of their
    detections were saved though the analyzer finds some."""
    had = {d["project"] for d in saved}
    return [p for p in data["projects"] if p["project"] in had or not p["detections"]]


def _top(path: str) -> tuple[str, list[str]]:
    parts = path.split("/")
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    return (parts[0] if len(parts) > 1 else "root"), parts


def features(project: dict[str, Any]) -> list[dict[str, float]]:
    """Structural features of each detection of one project: no project names, no code words."""
    rows = project["detections"]
    first = [r["evidence"][0][0] if r["evidence"] else "" for r in rows]
    same_file_type = Counter((f, r["type"]) for f, r in zip(first, rows, strict=True))
    types_in_file: dict[str, set[str]] = defaultdict(set)
    for f, r in zip(first, rows, strict=True):
        types_in_file[f].add(r["type"])
    same_type = Counter(r["type"] for r in rows)
    out = []
    for f, r in zip(first, rows, strict=True):
        x: dict[str, float] = {}
        t = r["type"]
        raw = float(r["raw"])
        x[f"t={t}"] = 1.0
        x["raw"] = raw
        band = sum(1 for edge in (0.6, 0.7, 0.8, 0.9) if raw >= edge)
        x[f"band={band}"] = 1.0
        x[f"t={t}&band={band}"] = 1.0
        ev = r["evidence"]
        x["log_evidence"] = math.log1p(len(ev))
        x["log_evidence_files"] = math.log1p(len({e[0] for e in ev}))
        x["log_span"] = math.log1p(max(0, ev[0][2] - ev[0][1])) if ev else 0.0
        top, parts = _top(f)
        x[f"dir={top if top in KNOWN_DIRS else 'other'}"] = 1.0
        x["depth"] = float(len(parts) - 1)
        base = parts[-1]
        stem = base.rsplit(".", 1)[0]
        x["route_page"] = float(stem == "page" or (top == "pages" and stem != "_app"))
        x["layout"] = float(stem == "layout")
        x["api_route"] = float(stem == "route" or "api" in parts[:-1])
        x["ui_kit"] = float("ui" in parts[:-1])
        x["ts_not_tsx"] = float(base.endswith((".ts", ".js")))
        x["data_file"] = float(bool(_DATA_FILE.search(stem)))
        x["log_same_type_file"] = math.log1p(same_file_type[(f, t)] - 1)
        x["log_same_type_project"] = math.log1p(same_type[t] - 1)
        x["log_project_detections"] = math.log1p(len(rows) - 1)
        x["other_types_in_file"] = float(len(types_in_file[f]) - 1)
        x["log_project_files"] = math.log1p(len(project["files"]))
        x["n_fields"] = float(len(r["fields"]))
        for k, kind in r["fields"].items():
            x[f"key={k}"] = 1.0
            if kind in ("empty", "none"):
                x["empty_fields"] = x.get("empty_fields", 0.0) + 1.0
        for k, v in r["values"].items():
            x[f"value={k}:{v}"] = 1.0
        sizes = r["sizes"].values()
        x["log_max_list"] = math.log1p(max(sizes, default=0))
        name = r["name"] or ""
        x["log_name_chars"] = math.log1p(len(name))
        x["name_words"] = float(min(len(name.split()), 8))
        x["name_code_like"] = float(bool(_CODE_LIKE.search(name)))
        x["name_digit"] = float(any(c.isdigit() for c in name))
        x["name_lower"] = float(name == name.lower())
        x["name_has_type_word"] = float(t in name.lower())
        out.append(x)
    return out


def vocabulary(examples: Sequence[dict[str, float]]) -> list[str]:
    """Feature names seen at least MIN_SEEN times (labels are not looked at)."""
    seen = Counter(k for x in examples for k in x)
    return sorted(k for k, n in seen.items() if n >= MIN_SEEN)


# ---------------------------------------------------------------- models (standard library only)


Sparse = list[tuple[int, float]]
# L2 penalty per unit-spread weight; 3, 10, 30, 100 gave held-out log-loss 0.525, 0.495, 0.476,
# 0.468 (leave one run out): with ~1,700 detections of ~130 projects only a heavy one holds
PENALTY = 100.0  # for the weights printed at the end (fitted on every run)
PENALTIES = (30.0, 100.0, 300.0)  # each held-out run's model picks one on its training runs
PICKED: list[float] = []
RULES = ("r03", "p90")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is positive definite here)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / p
            if f:
                row, top = m[r], m[col]
                for c in range(col, n + 1):
                    row[c] -= f * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class Logistic:
    """L2-penalised logistic regression fitted by Newton's method on sparse rows."""

    def __init__(self, names: list[str], penalty: float = PENALTY) -> None:
        self.names = names
        self.index = {n: i + 1 for i, n in enumerate(names)}  # 0 is the intercept
        self.penalty = penalty
        self.w = [0.0] * (len(names) + 1)
        self.scale = [1.0] * (len(names) + 1)

    def _row(self, x: dict[str, float]) -> Sparse:
        return [(0, 1.0)] + [
            (self.index[k], v / self.scale[self.index[k]])
            for k, v in x.items()
            if k in self.index and v
        ]

    def fit(self, xs: Sequence[dict[str, float]], ys: Sequence[bool], ws: Sequence[float]) -> None:
        d = len(self.w)
        for k in self.names:  # unit spread, so one penalty suits every feature
            values = [x.get(k, 0.0) for x in xs]
            mean = sum(values) / len(values)
            sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
            self.scale[self.index[k]] = sd or 1.0
        rows = [self._row(x) for x in xs]
        for _ in range(25):
            grad = [self.penalty * w for w in self.w]
            grad[0] = 0.0
            hess = [[0.0] * d for _ in range(d)]
            for i in range(1, d):
                hess[i][i] = self.penalty
            hess[0][0] = 1e-6
            for row, y, wt in zip(rows, ys, ws, strict=True):
                p = _sigmoid(sum(self.w[j] * v for j, v in row))
                g = wt * (p - float(y))
                h = wt * max(p * (1 - p), 1e-9)
                for j, v in row:
                    grad[j] += g * v
                    hj = hess[j]
                    for col, u in row:
                        hj[col] += h * v * u
            step = _solve(hess, grad)
            self.w = [w - s for w, s in zip(self.w, step, strict=True)]
            if max(abs(s) for s in step) < 1e-6:
                break

    def predict(self, x: dict[str, float]) -> float:
        return _sigmoid(sum(self.w[j] * v for j, v in self._row(x)))

    def weights(self) -> list[tuple[str, float]]:
        """Each feature's weight per unit spread (the log-odds one standard deviation moves)."""
        return sorted(((n, self.w[self.index[n]]) for n in self.names), key=lambda nw: -abs(nw[1]))


class Boosted:
    """Small gradient-boosted trees (depth 2, logistic loss) on features cut into bins."""

    def __init__(self, names: list[str], rounds: int = 60, rate: float = 0.15) -> None:
        self.names = names
        self.rounds = rounds
        self.rate = rate
        self.cuts: list[list[float]] = []
        self.base = 0.0
        self.trees: list[tuple[int, float, list[Any]]] = []
        self.gain: dict[str, float] = defaultdict(float)

    def _bins(self, x: dict[str, float]) -> list[int]:
        out = []
        for k, cuts in zip(self.names, self.cuts, strict=True):
            v = x.get(k, 0.0)
            out.append(sum(1 for c in cuts if v >= c))
        return out

    @staticmethod
    def _best(
        idx: list[int], binned: list[list[int]], g: list[float], h: list[float], nb: list[int]
    ) -> tuple[float, int, int]:
        best = (0.0, -1, 0)
        gt = sum(g[i] for i in idx)
        ht = sum(h[i] for i in idx)
        for f, nbins in enumerate(nb):
            if nbins < 2:
                continue
            gs = [0.0] * nbins
            hs = [0.0] * nbins
            for i in idx:
                b = binned[i][f]
                gs[b] += g[i]
                hs[b] += h[i]
            gl = hl = 0.0
            for b in range(nbins - 1):
                gl += gs[b]
                hl += hs[b]
                gr, hr = gt - gl, ht - hl
                if hl < 1.0 or hr < 1.0:
                    continue
                gain = gl * gl / (hl + 1) + gr * gr / (hr + 1) - gt * gt / (ht + 1)
                if gain > best[0]:
                    best = (gain, f, b + 1)
        return best

    def fit(self, xs: Sequence[dict[str, float]], ys: Sequence[bool], ws: Sequence[float]) -> None:
        self.cuts = []
        for k in self.names:
            values = sorted({x.get(k, 0.0) for x in xs})
            if len(values) > 8:
                values = [values[int(q * (len(values) - 1) / 7)] for q in range(8)]
            self.cuts.append(values[1:])
        binned = [self._bins(x) for x in xs]
        nb = [len(c) + 1 for c in self.cuts]
        rate = sum(w for y, w in zip(ys, ws, strict=True) if y) / sum(ws)
        self.base = math.log(rate / (1 - rate))
        score = [self.base] * len(xs)
        every = list(range(len(xs)))
        for _ in range(self.rounds):
            p = [_sigmoid(s) for s in score]
            g = [w * (pi - float(y)) for pi, y, w in zip(p, ys, ws, strict=True)]
            h = [w * max(pi * (1 - pi), 1e-9) for pi, w in zip(p, ws, strict=True)]
            gain, f, cut = self._best(every, binned, g, h, nb)
            if f < 0:
                break
            self.gain[self.names[f]] += gain
            sides = []
            for side in (
                [i for i in every if binned[i][f] < cut],
                [i for i in every if binned[i][f] >= cut],
            ):
                gain2, f2, cut2 = self._best(side, binned, g, h, nb)
                if f2 >= 0:
                    self.gain[self.names[f2]] += gain2
                groups = (
                    [side]
                    if f2 < 0
                    else [
                        [i for i in side if binned[i][f2] < cut2],
                        [i for i in side if binned[i][f2] >= cut2],
                    ]
                )
                leaves = [
                    -self.rate * sum(g[i] for i in grp) / (sum(h[i] for i in grp) + 1)
                    for grp in groups
                ]
                for grp, leaf in zip(groups, leaves, strict=True):
                    for i in grp:
                        score[i] += leaf
                sides.append((f2, cut2, leaves))
            self.trees.append((f, cut, sides))

    def predict(self, x: dict[str, float]) -> float:
        b = self._bins(x)
        s = self.base
        for f, cut, sides in self.trees:
            f2, cut2, leaves = sides[int(b[f] >= cut)]
            s += leaves[0] if f2 < 0 else leaves[int(b[f2] >= cut2)]
        return _sigmoid(s)


# ---------------------------------------------------------------- the study


Item = dict[str, Any]  # run, project, x, right, raw, type, shown


def _weights(items: Sequence[Item]) -> list[float]:
    """One project's look-alike rows are one labelling call: a project weighs at most CAP
    detections per record type (as the table caps its cells)."""
    n = Counter((it["run"], it["project"], it["type"]) for it in items)
    return [min(1.0, 3.0 / n[(it["run"], it["project"], it["type"])]) for it in items]


def table_scores(train: Sequence[Item], test: Sequence[Item]) -> list[float]:
    """The calibration table refitted on the training runs only (bench/analyzer_calibrate.py)."""
    import analyzer_calibrate as cal

    outcomes = [
        (it["type"], it["raw"], it["right"], f"{it['run']}:{it['project']}") for it in train
    ]
    rates, overall = cal.fit(outcomes)
    return [
        rates[it["type"]][cal.band_of(it["raw"])] if it["type"] in rates else overall for it in test
    ]


Scorer = Callable[[Sequence[Item], Sequence[Item]], list[float]]


def _log_loss(scores: Sequence[float], items: Sequence[Item]) -> float:
    eps = 1e-4
    return -sum(
        math.log(max(eps, s) if it["right"] else max(eps, 1 - s))
        for s, it in zip(scores, items, strict=True)
    ) / max(1, len(items))


def model_scorer(kind: str, only: Callable[[str], bool] | None = None) -> Scorer:
    """A scorer training on `train` only; the logistic one picks its penalty among PENALTIES by
    log-loss over groups of the training runs (never looking at the run it scores)."""

    def fitted(train: Sequence[Item], penalty: float) -> Logistic | Boosted:
        names = [n for n in vocabulary([it["x"] for it in train]) if only is None or only(n)]
        model = Logistic(names, penalty) if kind == "logistic" else Boosted(names)
        model.fit([it["x"] for it in train], [it["right"] for it in train], _weights(train))
        return model

    def score(train: Sequence[Item], test: Sequence[Item]) -> list[float]:
        penalty = PENALTIES[0]
        if kind == "logistic" and len(PENALTIES) > 1:
            losses = []
            groups = inner_groups(sorted({it["run"] for it in train}))
            for candidate in PENALTIES:
                scores: list[float] = []
                held_items: list[Item] = []
                for group in groups:
                    inner = [it for it in train if it["run"] not in group]
                    out = [it for it in train if it["run"] in group]
                    model = fitted(inner, candidate)
                    scores.extend(model.predict(it["x"]) for it in out)
                    held_items.extend(out)
                losses.append((_log_loss(scores, held_items), candidate))
            penalty = min(losses)[1]
            PICKED.append(penalty)
        model = fitted(train, penalty)
        return [model.predict(it["x"]) for it in test]

    return score


def figures(items: Sequence[Item], keep: Sequence[bool], labels: int) -> tuple[float, float, int]:
    kept = [it for it, k in zip(items, keep, strict=True) if k]
    right = sum(1 for it in kept if it["right"])
    return (right / len(kept) if kept else 0.0), (right / labels if labels else 0.0), len(kept)


def choose_threshold(
    scores: Sequence[float], items: Sequence[Item], labels: int, rule: str
) -> float:
    """On out-of-fold scores of the training runs: 'r03' is the highest threshold losing at most
    0.03 of recall against keeping everything; 'p90' the lowest whose kept set is 0.90 precise
    (the highest score if none is). Maximising F1 keeps everything at these precisions."""
    every_r = figures(items, [True] * len(items), labels)[1]
    best_t = 0.0
    candidates = sorted({round(s, 3) for s in scores})
    for t in candidates:
        p, r, _ = figures(items, [s >= t for s in scores], labels)
        if rule == "r03" and every_r - r <= 0.03 + 1e-9:
            best_t = t
        if rule == "p90" and p >= 0.90:
            return t
    return best_t if rule == "r03" else candidates[-1]


def out_of_fold(scorer: Scorer, items: Sequence[Item], runs: Sequence[str]) -> list[float]:
    """Each run's items scored by a model trained on the other runs."""
    scores = [0.0] * len(items)
    for run in runs:
        test = [i for i, it in enumerate(items) if it["run"] == run]
        train = [it for it in items if it["run"] != run]
        for i, s in zip(test, scorer(train, [items[i] for i in test]), strict=True):
            scores[i] = s
    return scores


def inner_groups(runs: Sequence[str], k: int = 3) -> list[list[str]]:
    ordered = sorted(runs)
    return [ordered[i::k] for i in range(k)]


def auc(pairs: Sequence[tuple[float, bool]]) -> float:
    """Chance that a right detection scores above a wrong one (ties count half)."""
    ranked = sorted(pairs, key=lambda p: p[0])
    right = sum(1 for _, ok in ranked if ok)
    wrong = len(ranked) - right
    if not right or not wrong:
        return float("nan")
    rank_sum = 0.0
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid = (i + j + 1) / 2  # mean 1-based rank of the tied block
        rank_sum += mid * sum(1 for _, ok in ranked[i:j] if ok)
        i = j
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


def calibration_rows(pairs: Sequence[tuple[float, bool]]) -> list[str]:
    edges = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
    out = []
    for low, high in itertools.pairwise(edges):
        inside = [ok for s, ok in pairs if low <= s < high]
        if inside:
            mean = sum(s for s, _ in pairs if low <= s < high) / len(inside)
            out.append(
                f"    {low:.2f}-{min(high, 1.0):.2f} {len(inside):5d} "
                f"{sum(inside) / len(inside):6.2f} {mean:9.2f}"
            )
    return out


def study(data: dict[str, dict[str, Any]]) -> int:
    sys.path.insert(0, str(HERE))
    items: list[Item] = []
    labels: dict[str, int] = {}
    sure_as_run: dict[str, int] = {}
    for run, recreated in data.items():
        saved = json.loads((FIRST_RUNS / f"{run}.json").read_text(encoding="utf-8"))["detections"]
        projects = detections_of(recreated, saved)
        labels[run] = sum(p["labels"] for p in projects)
        sure_as_run[run] = sum(p["sure_right"] for p in projects)
        for p in projects:
            for r, x in zip(p["detections"], features(p), strict=True):
                items.append(
                    {
                        "run": run,
                        "project": p["project"],
                        "type": r["type"],
                        "raw": float(r["raw"]),
                        "shown": float(r["shown"]),
                        "right": bool(r["right"]),
                        "x": x,
                    }
                )
    runs = sorted(data)
    threshold = float(data[runs[0]]["sure_threshold"])
    scorers: dict[str, Scorer] = {
        "table": table_scores,
        "lr-raw+type": model_scorer("logistic", lambda n: n.startswith(("t=", "band=", "raw"))),
        "lr": model_scorer("logistic"),
        "gbt": model_scorer("boosted"),
    }
    # held-out scores (leave one run out) and thresholds chosen on the training runs only
    held: dict[str, list[float]] = {}
    chosen: dict[tuple[str, str, str], float] = {}
    inner_scores: dict[tuple[str, str], list[float]] = {}  # (score, held-out run): training runs
    for name, scorer in scorers.items():
        held[name] = [0.0] * len(items)
        for run in runs:
            test_i = [i for i, it in enumerate(items) if it["run"] == run]
            train = [it for it in items if it["run"] != run]
            for i, s in zip(test_i, scorer(train, [items[i] for i in test_i]), strict=True):
                held[name][i] = s
            train_runs = [r for r in runs if r != run]
            oof = [0.0] * len(train)
            for group in inner_groups(train_runs):
                inner_test = [i for i, it in enumerate(train) if it["run"] in group]
                inner_train = [it for it in train if it["run"] not in group]
                scored = scorer(inner_train, [train[i] for i in inner_test])
                for i, s in zip(inner_test, scored, strict=True):
                    oof[i] = s
            inner_scores[(name, run)] = oof
            train_labels = sum(labels[r] for r in train_runs)
            for rule in RULES:
                chosen[(name, run, rule)] = choose_threshold(oof, train, train_labels, rule)
        print(f"  scored: {name}", file=sys.stderr)
    # the model as a second opinion on the table's Sure: a Sure detection the model scores below
    # t is demoted, t the highest losing at most 0.03 of the Sure set's recall on training runs
    demoters = ("lr", "gbt")
    for name in demoters:
        for run in runs:
            train = [it for it in items if it["run"] != run]
            train_labels = sum(labels[r] for r in runs if r != run)
            sure = [s >= threshold for s in inner_scores[("table", run)]]
            base_r = figures(train, sure, train_labels)[1]
            best = 0.0
            for t in sorted({round(s, 3) for s in inner_scores[(name, run)]}):
                keep = [k and s >= t for k, s in zip(sure, inner_scores[(name, run)], strict=True)]
                if base_r - figures(train, keep, train_labels)[1] <= 0.03 + 1e-9:
                    best = t
            chosen[(f"sure&{name}", run, "r03")] = best
    print(
        "Leave one first run out: precision / recall (detections kept) of every detection, of the "
        f"table's Sure (>= {threshold}: as run, and refitted on the other runs), and of each "
        "score's kept set at a threshold chosen on the other runs (r03: at most 0.03 of recall "
        "lost there; p90: the lowest reaching precision 0.90 there)"
    )
    columns = ["every", "sure-as-run", "sure-loro"] + [
        f"{name}@{rule}" for name in scorers for rule in RULES
    ]
    keeps: dict[str, list[bool]] = {
        "every": [True] * len(items),
        "sure-as-run": [it["shown"] >= threshold for it in items],
        "sure-loro": [s >= threshold for s in held["table"]],
    }
    for name in scorers:
        for rule in RULES:
            keeps[f"{name}@{rule}"] = [
                held[name][i] >= chosen[(name, it["run"], rule)] for i, it in enumerate(items)
            ]
    for name in demoters:
        columns.append(f"sure&{name}")
        keeps[f"sure&{name}"] = [
            keeps["sure-loro"][i] and held[name][i] >= chosen[(f"sure&{name}", it["run"], "r03")]
            for i, it in enumerate(items)
        ]
    print(f"  {'run':16} {'labels':>6}" + "".join(f" {c:>17}" for c in columns))
    for run in runs:
        idx = [i for i, it in enumerate(items) if it["run"] == run]
        sub = [items[i] for i in idx]
        cells = []
        for c in columns:
            prec, rec, kept = figures(sub, [keeps[c][i] for i in idx], labels[run])
            cells.append(f"{prec:.2f}/{rec:.2f} ({kept:3d})")
        print(f"  {run:16} {labels[run]:6d}" + "".join(f" {c:>17}" for c in cells))
    catalogue = max(runs, key=lambda r: labels[r])
    for title, members in (
        ("pooled", runs),
        (f"pooled w/o {catalogue.split('-')[0]}", [r for r in runs if r != catalogue]),
    ):
        idx = [i for i, it in enumerate(items) if it["run"] in members]
        n_labels = sum(labels[r] for r in members)
        cells = []
        for c in columns:
            prec, rec, kept = figures([items[i] for i in idx], [keeps[c][i] for i in idx], n_labels)
            cells.append(f"{prec:.2f}/{rec:.2f} ({kept:4d})")
        print(f"  {title:16} {n_labels:6d}" + "".join(f" {c:>17}" for c in cells))
    cells = []
    for c in columns:
        per_run = []
        for run in runs:
            idx = [i for i, it in enumerate(items) if it["run"] == run]
            per_run.append(
                figures([items[i] for i in idx], [keeps[c][i] for i in idx], labels[run])
            )
        mean_p = sum(p for p, _, _ in per_run) / len(runs)
        mean_r = sum(r for _, r, _ in per_run) / len(runs)
        cells.append(f"{mean_p:.2f}/{mean_r:.2f}")
    print(f"  {'mean of runs':16} {'':6}" + "".join(f" {c:>17}" for c in cells))
    right_all = sum(1 for it in items if it["right"])
    wrong_all = len(items) - right_all

    def shares(keep: Sequence[bool]) -> str:
        right = sum(1 for k, it in zip(keep, items, strict=True) if k and it["right"])
        wrong = sum(1 for k, it in zip(keep, items, strict=True) if k and not it["right"])
        return f"{right / right_all:.2f},{wrong / wrong_all:.2f}"

    print(
        f"  {'kept right,wrong':16} {'':6}" + "".join(f" {shares(keeps[c]):>17}" for c in columns)
    )
    print(
        "  (sure-as-run re-paired on the Sure detections alone, as bench/analyzer_real.py does, "
        "gives recall "
        + ", ".join(f"{run.split('-')[0]} {sure_as_run[run] / labels[run]:.2f}" for run in runs)
        + ")"
    )
    print(
        "  (sure&lr, sure&gbt: the table's Sure less the detections the model scores below a "
        "threshold losing at most 0.03 of the Sure recall on the other runs)"
    )
    if PICKED:
        print(f"  penalties the logistic models picked: {dict(sorted(Counter(PICKED).items()))}")
    print("  thresholds chosen (r03 | p90; sure&: r03), per held-out run:")
    for name in scorers:
        print(
            f"    {name:12} "
            + " ".join(
                f"{chosen[(name, r, 'r03')]:.2f}|{chosen[(name, r, 'p90')]:.2f}" for r in runs
            )
        )
    for name in demoters:
        print(
            f"    sure&{name:7} "
            + " ".join(f"{chosen[(f'sure&{name}', r, 'r03')]:.2f}" for r in runs)
        )
    print("\nHeld-out scores, pooled: log-loss, Brier, and calibration (band, items, right, mean)")
    for name in scorers:
        pairs = [(held[name][i], it["right"]) for i, it in enumerate(items)]
        logloss = _log_loss(held[name], items)
        brier = sum((s - ok) ** 2 for s, ok in pairs) / len(pairs)
        print(f"  {name}: log-loss {logloss:.3f}, Brier {brier:.3f}")
        print("\n".join(calibration_rows(pairs)))
    print(
        "\nAt the size of each run's Sure set (the table refitted on the other runs): precision / "
        "recall of the detections each score ranks highest in that run (ties by raw score)"
    )
    for name in ("raw", *scorers):
        right_n = kept_n = 0
        at_size = []
        for run in runs:
            idx = [i for i, it in enumerate(items) if it["run"] == run]
            k = sum(1 for i in idx if keeps["sure-loro"][i])
            ranked = sorted(
                idx,
                key=lambda i: (
                    -(items[i]["raw"] if name == "raw" else held[name][i]),
                    -items[i]["raw"],
                ),
            )[:k]
            right = sum(1 for i in ranked if items[i]["right"])
            right_n += right if run != catalogue else 0
            kept_n += k if run != catalogue else 0
            at_size.append(right / k if k else 0.0)
        others = sum(labels[r] for r in runs if r != catalogue)
        mean = sum(at_size) / len(at_size)
        print(
            f"  {name:12} pooled w/o {catalogue.split('-')[0]} {right_n / kept_n:.2f}/"
            f"{right_n / others:.2f}, mean of runs' precision {mean:.2f}: "
            + " ".join(f"{v:.2f}" for v in at_size)
        )
    print("\nRanking within each held-out run (AUC: a right detection above a wrong one)")
    print(f"  {'score':12}" + "".join(f" {r.split('-')[0]:>6}" for r in runs) + "   mean")
    for name in ("raw", *scorers):
        values = []
        for run in runs:
            idx = [i for i, it in enumerate(items) if it["run"] == run]
            pairs = [
                (items[i]["raw"] if name == "raw" else held[name][i], items[i]["right"])
                for i in idx
            ]
            values.append(auc(pairs))
        mean = sum(values) / len(values)
        print(f"  {name:12}" + "".join(f" {v:6.2f}" for v in values) + f" {mean:6.2f}")
    trees = Boosted(vocabulary([it["x"] for it in items]))
    trees.fit([it["x"] for it in items], [it["right"] for it in items], _weights(items))
    seen = [
        auc([(trees.predict(it["x"]), it["right"]) for it in items if it["run"] == run])
        for run in runs
    ]
    print(
        f"  {'gbt, seen':12}"
        + "".join(f" {v:6.2f}" for v in seen)
        + f" {sum(seen) / len(seen):6.2f}   (trained on every run, this one included)"
    )
    per_project = Counter((it["run"], it["project"]) for it in items)
    wrong = Counter((it["run"], it["project"]) for it in items if not it["right"])
    n_wrong = sum(wrong.values())
    mostly = sum(w for k, w in wrong.items() if w >= per_project[k] / 2)
    top10 = sum(w for _, w in wrong.most_common(10))
    print(
        f"\nWhere the wrong detections are: {n_wrong} in {len(wrong)} of {len(per_project)} "
        f"projects with detections; {mostly / n_wrong:.0%} in projects where at least half the "
        f"detections are wrong, {top10 / n_wrong:.0%} in the 10 worst projects"
    )
    print("\nBoosted trees on every run: share of the loss reduction per feature (top 15)")
    total = sum(trees.gain.values())
    for feature, g in sorted(trees.gain.items(), key=lambda fg: -fg[1])[:15]:
        print(f"  {feature:40} {g / total:.2f}")
    print("\nLogistic regression on every run: weight per standard deviation (top 25)")
    names = vocabulary([it["x"] for it in items])
    model = Logistic(names)
    model.fit([it["x"] for it in items], [it["right"] for it in items], _weights(items))
    for feature, w in model.weights()[:25]:
        print(f"  {feature:40} {w:+.2f}")
    print(f"  ({len(names)} features, {len(items)} detections)")
    return 0


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
