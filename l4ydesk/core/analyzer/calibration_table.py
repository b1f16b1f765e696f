"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test10-418845d, test5b-e1f89c0, test6-e4936be, "
    "test7-28662f3, test8-4ba193e, test9-28b877a): 1373 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.67
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.19, 0.41, 0.41, 0.53, 0.91),
    "event": (0.21, 0.42, 0.42, 0.42, 0.96),
    "contact": (0.13, 0.57, 0.58, 0.63, 0.86),
    "form": (0.15, 0.57, 0.59, 0.59, 0.86),
    "invoice": (0.21, 0.57, 0.57, 0.57, 0.92),
    "ticket": (0.18, 0.33, 0.33, 0.33, 0.89),
    "booking": (0.18, 0.57, 0.7, 0.72, 0.93),
    "workflow": (0.21, 0.52, 0.52, 0.52, 0.93),
    "checkout": (0.21, 0.49, 0.51, 0.67, 0.96),
}
