"""Small gradient-boosted trees in the standard library (numpy is not in .venv)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from model_study.logistic import sigmoid


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
            p = [sigmoid(s) for s in score]
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
        return sigmoid(s)
