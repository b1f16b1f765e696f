"""The sets of detections each score keeps on its held-out run, and their precision / recall per
run, pooled and as a mean of runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from model_study.evaluation import DEMOTERS, PICKED, RULES
from model_study.features import Item
from model_study.measures import figures

Keeps = dict[str, list[bool]]  # column name: kept? per item, in the order printed


def kept_sets(
    items: Sequence[Item],
    held: dict[str, list[float]],
    chosen: dict[tuple[str, str, str], float],
    threshold: float,
) -> Keeps:
    keeps: Keeps = {
        "every": [True] * len(items),
        "sure-as-run": [it["shown"] >= threshold for it in items],
        "sure-loro": [s >= threshold for s in held["table"]],
    }
    for name in held:
        for rule in RULES:
            keeps[f"{name}@{rule}"] = [
                held[name][i] >= chosen[(name, it["run"], rule)] for i, it in enumerate(items)
            ]
    for name in DEMOTERS:
        keeps[f"sure&{name}"] = [
            keeps["sure-loro"][i] and held[name][i] >= chosen[(f"sure&{name}", it["run"], "r03")]
            for i, it in enumerate(items)
        ]
    return keeps


def print_kept(
    items: Sequence[Item],
    keeps: Keeps,
    labels: dict[str, int],
    catalogue: str,
    threshold: float,
) -> None:
    runs = sorted(labels)
    columns = list(keeps)
    print(
        "Leave one first run out: precision / recall (detections kept) of every detection, of the "
        f"table's Sure (>= {threshold}: as run, and refitted on the other runs), and of each "
        "score's kept set at a threshold chosen on the other runs (r03: at most 0.03 of recall "
        "lost there; p90: the lowest reaching precision 0.90 there)"
    )
    print(f"  {'run':16} {'labels':>6}" + "".join(f" {c:>17}" for c in columns))
    per_run: dict[str, list[tuple[float, float, int]]] = {c: [] for c in columns}
    for run in runs:
        idx = [i for i, it in enumerate(items) if it["run"] == run]
        sub = [items[i] for i in idx]
        cells = []
        for c in columns:
            prec, rec, kept = figures(sub, [keeps[c][i] for i in idx], labels[run])
            per_run[c].append((prec, rec, kept))
            cells.append(f"{prec:.2f}/{rec:.2f} ({kept:3d})")
        print(f"  {run:16} {labels[run]:6d}" + "".join(f" {c:>17}" for c in cells))
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
        mean_p = sum(p for p, _, _ in per_run[c]) / len(runs)
        mean_r = sum(r for _, r, _ in per_run[c]) / len(runs)
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


def print_notes(
    sure_as_run: dict[str, int],
    labels: dict[str, int],
    chosen: dict[tuple[str, str, str], float],
    names: Sequence[str],
) -> None:
    """How the Sure columns were made, and the penalties and thresholds picked per run."""
    runs = sorted(labels)
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
    for name in names:
        print(
            f"    {name:12} "
            + " ".join(
                f"{chosen[(name, r, 'r03')]:.2f}|{chosen[(name, r, 'p90')]:.2f}" for r in runs
            )
        )
    for name in DEMOTERS:
        print(
            f"    sure&{name:7} "
            + " ".join(f"{chosen[(f'sure&{name}', r, 'r03')]:.2f}" for r in runs)
        )
