"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test10-418845d, test11-7908086, test12-5e9ab6a, "
    "test13-6f922ad, test14-9c7a87b, test15-e7f0add, test16-9c498e8, test5b-e1f89c0, "
    "test6-e4936be, test7-28662f3, test8-4ba193e, test9-28b877a): 1837 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.71
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.16, 0.44, 0.44, 0.59, 0.87),
    "event": (0.2, 0.45, 0.45, 0.45, 0.97),
    "contact": (0.12, 0.58, 0.62, 0.74, 0.77),
    "form": (0.15, 0.58, 0.58, 0.64, 0.88),
    "invoice": (0.2, 0.54, 0.54, 0.54, 0.89),
    "ticket": (0.17, 0.32, 0.32, 0.32, 0.88),
    "booking": (0.15, 0.58, 0.7, 0.77, 0.93),
    "workflow": (0.2, 0.51, 0.51, 0.51, 0.9),
    "checkout": (0.2, 0.5, 0.51, 0.78, 0.96),
}
