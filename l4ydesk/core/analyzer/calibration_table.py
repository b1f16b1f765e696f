"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test10-418845d, test11-7908086, test12-5e9ab6a, "
    "test5b-e1f89c0, test6-e4936be, test7-28662f3, test8-4ba193e, test9-28b877a): "
    "1560 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.69
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.16, 0.44, 0.44, 0.54, 0.89),
    "event": (0.19, 0.43, 0.43, 0.43, 0.97),
    "contact": (0.12, 0.59, 0.65, 0.69, 0.86),
    "form": (0.14, 0.55, 0.55, 0.6, 0.87),
    "invoice": (0.19, 0.54, 0.54, 0.54, 0.92),
    "ticket": (0.17, 0.34, 0.34, 0.34, 0.89),
    "booking": (0.15, 0.59, 0.71, 0.75, 0.93),
    "workflow": (0.19, 0.57, 0.57, 0.57, 0.9),
    "checkout": (0.19, 0.51, 0.55, 0.73, 0.96),
}
