"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = "saved first runs (dev6-81e49d0, test5b-e1f89c0): 535 detections"
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.59
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.13, 0.37, 0.37, 0.52, 0.91),
    "event": (0.24, 0.4, 0.4, 0.4, 0.91),
    "contact": (0.2, 0.46, 0.46, 0.46, 0.87),
    "form": (0.18, 0.51, 0.51, 0.51, 0.85),
    "invoice": (0.24, 0.48, 0.48, 0.48, 0.9),
    "ticket": (0.24, 0.42, 0.42, 0.42, 0.87),
    "booking": (0.2, 0.59, 0.7, 0.7, 0.91),
    "workflow": (0.24, 0.48, 0.48, 0.48, 0.87),
    "checkout": (0.24, 0.54, 0.54, 0.54, 0.9),
}
