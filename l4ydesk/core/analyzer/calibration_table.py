"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; refit on a held-out split at the analyzer's first run over it."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = "split dev6, 357 detections, first run"
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.61
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.14, 0.44, 0.44, 0.57, 0.9),
    "event": (0.26, 0.46, 0.46, 0.46, 0.89),
    "contact": (0.22, 0.45, 0.45, 0.45, 0.89),
    "form": (0.22, 0.49, 0.49, 0.49, 0.9),
    "invoice": (0.26, 0.51, 0.51, 0.51, 0.92),
    "ticket": (0.26, 0.44, 0.44, 0.44, 0.89),
    "booking": (0.22, 0.61, 0.67, 0.71, 0.92),
    "workflow": (0.26, 0.52, 0.52, 0.52, 0.89),
    "checkout": (0.26, 0.56, 0.56, 0.56, 0.92),
}
