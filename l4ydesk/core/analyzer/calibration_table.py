"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test5b-e1f89c0, test6-e4936be, test7-28662f3, "
    "test8-4ba193e, test9-28b877a): 1127 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.68
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.05, 0.4, 0.4, 0.56, 0.95),
    "event": (0.15, 0.42, 0.42, 0.42, 0.97),
    "contact": (0.11, 0.55, 0.55, 0.68, 0.84),
    "form": (0.08, 0.58, 0.61, 0.61, 0.86),
    "invoice": (0.15, 0.52, 0.52, 0.52, 0.93),
    "ticket": (0.13, 0.32, 0.32, 0.32, 0.91),
    "booking": (0.13, 0.58, 0.7, 0.75, 0.94),
    "workflow": (0.15, 0.52, 0.52, 0.52, 0.94),
    "checkout": (0.15, 0.5, 0.55, 0.63, 0.96),
}
