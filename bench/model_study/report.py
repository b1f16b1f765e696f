"""The study: every score held out run by run, then the printed report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from model_study.boosted import Boosted
from model_study.evaluation import Scorer, held_out, model_scorer, table_scores, weights
from model_study.features import Item, items_of, vocabulary
from model_study.kept_sets import Keeps, kept_sets, print_kept, print_notes
from model_study.logistic import Logistic
from model_study.measures import auc, calibration_rows, log_loss


def study(data: dict[str, dict[str, Any]]) -> int:
    items, labels, sure_as_run = items_of(data)
    runs = sorted(data)
    threshold = float(data[runs[0]]["sure_threshold"])
    scorers: dict[str, Scorer] = {
        "table": table_scores,
        "lr-raw+type": model_scorer("logistic", lambda n: n.startswith(("t=", "band=", "raw"))),
        "lr": model_scorer("logistic"),
        "gbt": model_scorer("boosted"),
    }
    held, chosen = held_out(items, labels, scorers, threshold)
    keeps = kept_sets(items, held, chosen, threshold)
    catalogue = max(runs, key=lambda r: labels[r])  # the largest run, shown apart when pooling
    print_kept(items, keeps, labels, catalogue, threshold)
    print_notes(sure_as_run, labels, chosen, list(scorers))
    print_score_quality(items, held)
    print_at_sure_size(items, held, keeps, labels, catalogue)
    trees = Boosted(vocabulary([it["x"] for it in items]))
    trees.fit([it["x"] for it in items], [it["right"] for it in items], weights(items))
    print_ranking(items, held, trees, runs)
    print_wrong(items)
    print_models(items, trees)
    return 0


def print_score_quality(items: Sequence[Item], held: dict[str, list[float]]) -> None:
    print("\nHeld-out scores, pooled: log-loss, Brier, and calibration (band, items, right, mean)")
    for name in held:
        pairs = [(held[name][i], it["right"]) for i, it in enumerate(items)]
        logloss = log_loss(held[name], items)
        brier = sum((s - ok) ** 2 for s, ok in pairs) / len(pairs)
        print(f"  {name}: log-loss {logloss:.3f}, Brier {brier:.3f}")
        print("\n".join(calibration_rows(pairs)))


def print_at_sure_size(
    items: Sequence[Item],
    held: dict[str, list[float]],
    keeps: Keeps,
    labels: dict[str, int],
    catalogue: str,
) -> None:
    """Ranking alone, thresholds aside: each score's top detections, as many as the table's Sure."""
    print(
        "\nAt the size of each run's Sure set (the table refitted on the other runs): precision / "
        "recall of the detections each score ranks highest in that run (ties by raw score)"
    )
    runs = sorted(labels)
    for name in ("raw", *held):
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


def print_ranking(
    items: Sequence[Item], held: dict[str, list[float]], trees: Boosted, runs: Sequence[str]
) -> None:
    """AUC within each run, held out; and for the trees also seen (is the gap overfitting?)."""
    print("\nRanking within each held-out run (AUC: a right detection above a wrong one)")
    print(f"  {'score':12}" + "".join(f" {r.split('-')[0]:>6}" for r in runs) + "   mean")
    for name in ("raw", *held):
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
    seen = [
        auc([(trees.predict(it["x"]), it["right"]) for it in items if it["run"] == run])
        for run in runs
    ]
    print(
        f"  {'gbt, seen':12}"
        + "".join(f" {v:6.2f}" for v in seen)
        + f" {sum(seen) / len(seen):6.2f}   (trained on every run, this one included)"
    )


def print_wrong(items: Sequence[Item]) -> None:
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


def print_models(items: Sequence[Item], trees: Boosted) -> None:
    """What the models fitted on every run lean on."""
    print("\nBoosted trees on every run: share of the loss reduction per feature (top 15)")
    total = sum(trees.gain.values())
    for feature, g in sorted(trees.gain.items(), key=lambda fg: -fg[1])[:15]:
        print(f"  {feature:40} {g / total:.2f}")
    print("\nLogistic regression on every run: weight per standard deviation (top 25)")
    names = vocabulary([it["x"] for it in items])
    model = Logistic(names)
    model.fit([it["x"] for it in items], [it["right"] for it in items], weights(items))
    for feature, w in model.weights()[:25]:
        print(f"  {feature:40} {w:+.2f}")
    print(f"  ({len(names)} features, {len(items)} detections)")
