"""How good a set of kept detections or a score is: precision/recall, log-loss, AUC, calibration."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from model_study.features import Item


def figures(items: Sequence[Item], keep: Sequence[bool], labels: int) -> tuple[float, float, int]:
    """Precision, recall against the run's labels, and size of the kept set (rightness as scored
    over the whole run: a detection is not re-paired when others are dropped)."""
    kept = [it for it, k in zip(items, keep, strict=True) if k]
    right = sum(1 for it in kept if it["right"])
    return (right / len(kept) if kept else 0.0), (right / labels if labels else 0.0), len(kept)


def log_loss(scores: Sequence[float], items: Sequence[Item]) -> float:
    eps = 1e-4
    return -sum(
        math.log(max(eps, s) if it["right"] else max(eps, 1 - s))
        for s, it in zip(scores, items, strict=True)
    ) / max(1, len(items))


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
