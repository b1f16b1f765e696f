"""Leave one first run out: every score fitted on the other runs only, and its thresholds chosen
on out-of-fold scores of those runs, never on the run it is applied to."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence

from analyzer_calibrate import PROJECT_CAP, band_of, fit

from model_study.boosted import Boosted
from model_study.features import Item, vocabulary
from model_study.logistic import Logistic
from model_study.measures import figures, log_loss

Scorer = Callable[[Sequence[Item], Sequence[Item]], list[float]]
PENALTIES = (30.0, 100.0, 300.0)  # each held-out run's model picks one on its training runs
PICKED: list[float] = []
RULES = ("r03", "p90")
DEMOTERS = ("lr", "gbt")


def weights(items: Sequence[Item]) -> list[float]:
    """One project's look-alike rows are one labelling call: a project weighs at most CAP
    detections per record type (as the table caps its cells)."""
    n = Counter((it["run"], it["project"], it["type"]) for it in items)
    return [min(1.0, PROJECT_CAP / n[(it["run"], it["project"], it["type"])]) for it in items]


def table_scores(train: Sequence[Item], test: Sequence[Item]) -> list[float]:
    """The calibration table refitted on the training runs only (bench/analyzer_calibrate.py)."""
    outcomes = [
        (it["type"], it["raw"], it["right"], f"{it['run']}:{it['project']}") for it in train
    ]
    rates, overall = fit(outcomes)
    return [
        rates[it["type"]][band_of(it["raw"])] if it["type"] in rates else overall for it in test
    ]


def model_scorer(kind: str, only: Callable[[str], bool] | None = None) -> Scorer:
    """A scorer training on `train` only; the logistic one picks its penalty among PENALTIES by
    log-loss over groups of the training runs (never looking at the run it scores)."""

    def fitted(train: Sequence[Item], penalty: float) -> Logistic | Boosted:
        names = [n for n in vocabulary([it["x"] for it in train]) if only is None or only(n)]
        model = Logistic(names, penalty) if kind == "logistic" else Boosted(names)
        model.fit([it["x"] for it in train], [it["right"] for it in train], weights(train))
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
                losses.append((log_loss(scores, held_items), candidate))
            penalty = min(losses)[1]
            PICKED.append(penalty)
        model = fitted(train, penalty)
        return [model.predict(it["x"]) for it in test]

    return score


def inner_groups(runs: Sequence[str], k: int = 3) -> list[list[str]]:
    ordered = sorted(runs)
    return [ordered[i::k] for i in range(k)]


def out_of_fold(
    scorer: Scorer, items: Sequence[Item], groups: Sequence[Sequence[str]]
) -> list[float]:
    """Each group's items scored by a model trained on the other groups' runs."""
    scores = [0.0] * len(items)
    for group in groups:
        test = [i for i, it in enumerate(items) if it["run"] in group]
        train = [it for it in items if it["run"] not in group]
        for i, s in zip(test, scorer(train, [items[i] for i in test]), strict=True):
            scores[i] = s
    return scores


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


def demote_threshold(
    sure: Sequence[bool], scores: Sequence[float], items: Sequence[Item], labels: int
) -> float:
    """The model as a second opinion on the table's Sure: a Sure detection the model scores below
    t is demoted, t the highest losing at most 0.03 of the Sure set's recall (training runs)."""
    base_r = figures(items, sure, labels)[1]
    best = 0.0
    for t in sorted({round(s, 3) for s in scores}):
        keep = [k and s >= t for k, s in zip(sure, scores, strict=True)]
        if base_r - figures(items, keep, labels)[1] <= 0.03 + 1e-9:
            best = t
    return best


def held_out(
    items: Sequence[Item],
    labels: dict[str, int],
    scorers: dict[str, Scorer],
    threshold: float,
) -> tuple[dict[str, list[float]], dict[tuple[str, str, str], float]]:
    """Each score of every item by a model trained on the other runs, and per (score, held-out
    run, rule) the threshold chosen on those runs; "sure&<model>" for the DEMOTERS."""
    runs = sorted(labels)
    held: dict[str, list[float]] = {}
    chosen: dict[tuple[str, str, str], float] = {}
    inner_scores: dict[tuple[str, str], list[float]] = {}  # (score, held-out run): training runs
    for name, scorer in scorers.items():
        held[name] = out_of_fold(scorer, items, [[run] for run in runs])
        for run in runs:
            train = [it for it in items if it["run"] != run]
            train_runs = [r for r in runs if r != run]
            oof = out_of_fold(scorer, train, inner_groups(train_runs))
            inner_scores[(name, run)] = oof
            train_labels = sum(labels[r] for r in train_runs)
            for rule in RULES:
                chosen[(name, run, rule)] = choose_threshold(oof, train, train_labels, rule)
        print(f"  scored: {name}", file=sys.stderr)
    for name in DEMOTERS:
        for run in runs:
            train = [it for it in items if it["run"] != run]
            train_labels = sum(labels[r] for r in runs if r != run)
            sure = [s >= threshold for s in inner_scores[("table", run)]]
            demote = demote_threshold(sure, inner_scores[(name, run)], train, train_labels)
            chosen[(f"sure&{name}", run, "r03")] = demote
    return held, chosen
