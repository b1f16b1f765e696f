"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test5b-e1f89c0, test6-e4936be, test7-28662f3): 782 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.64
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.06, 0.4, 0.4, 0.6, 0.94),
    "event": (0.17, 0.42, 0.42, 0.42, 0.96),
    "contact": (0.13, 0.49, 0.49, 0.54, 0.8),
    "form": (0.11, 0.55, 0.56, 0.56, 0.86),
    "invoice": (0.17, 0.51, 0.51, 0.51, 0.92),
    "ticket": (0.17, 0.42, 0.42, 0.42, 0.89),
    "booking": (0.14, 0.55, 0.72, 0.72, 0.93),
    "workflow": (0.17, 0.53, 0.53, 0.53, 0.92),
    "checkout": (0.17, 0.47, 0.5, 0.62, 0.93),
}
