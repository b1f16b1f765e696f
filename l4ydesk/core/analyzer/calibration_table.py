"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test10-418845d, test11-7908086, test5b-e1f89c0, "
    "test6-e4936be, test7-28662f3, test8-4ba193e, test9-28b877a): 1447 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.68
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.19, 0.42, 0.42, 0.53, 0.91),
    "event": (0.22, 0.42, 0.42, 0.42, 0.97),
    "contact": (0.13, 0.58, 0.61, 0.66, 0.86),
    "form": (0.15, 0.56, 0.56, 0.58, 0.86),
    "invoice": (0.22, 0.53, 0.53, 0.53, 0.93),
    "ticket": (0.18, 0.33, 0.33, 0.33, 0.89),
    "booking": (0.18, 0.58, 0.74, 0.74, 0.93),
    "workflow": (0.22, 0.54, 0.54, 0.54, 0.87),
    "checkout": (0.22, 0.5, 0.51, 0.72, 0.96),
}
