"""An L2-penalised logistic regression in the standard library (numpy is not in .venv)."""

from __future__ import annotations

import math
from collections.abc import Sequence

Sparse = list[tuple[int, float]]
# L2 penalty per unit-spread weight; 3, 10, 30, 100 gave held-out log-loss 0.525, 0.495, 0.476,
# 0.468 (leave one run out): with ~1,700 detections of ~130 projects only a heavy one holds
PENALTY = 100.0  # for the weights printed at the end (fitted on every run)


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


def sigmoid(z: float) -> float:
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
                p = sigmoid(sum(self.w[j] * v for j, v in row))
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
        return sigmoid(sum(self.w[j] * v for j, v in self._row(x)))

    def weights(self) -> list[tuple[str, float]]:
        """Each feature's weight per unit spread (the log-odds one standard deviation moves)."""
        return sorted(((n, self.w[self.index[n]]) for n in self.names), key=lambda nw: -abs(nw[1]))
