"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; refit on a held-out split at the analyzer's first run over it."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = "split dev6, 357 detections, first run"
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.64
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.28, 0.42, 0.42, 0.53, 0.93),
    "event": (0.22, 0.22, 0.22, 0.22, 0.28),
    "contact": (0.32, 0.38, 0.38, 0.38, 0.4),
    "form": (0.56, 0.56, 0.56, 0.75, 0.89),
    "invoice": (0.61, 0.61, 0.61, 0.61, 0.77),
    "ticket": (0.26, 0.26, 0.26, 0.26, 0.32),
    "booking": (0.64, 0.81, 0.84, 0.84, 0.89),
    "workflow": (0.54, 0.54, 0.54, 0.54, 0.56),
    "checkout": (0.79, 0.79, 0.82, 0.82, 0.86),
}
