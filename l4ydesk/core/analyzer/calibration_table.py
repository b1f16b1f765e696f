"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test5b-e1f89c0, test6-e4936be, test7-28662f3, "
    "test8-4ba193e): 1026 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.67
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.06, 0.41, 0.41, 0.56, 0.95),
    "event": (0.16, 0.42, 0.42, 0.42, 0.97),
    "contact": (0.12, 0.53, 0.53, 0.65, 0.83),
    "form": (0.09, 0.57, 0.62, 0.62, 0.86),
    "invoice": (0.16, 0.53, 0.53, 0.53, 0.93),
    "ticket": (0.16, 0.4, 0.4, 0.4, 0.91),
    "booking": (0.14, 0.57, 0.7, 0.74, 0.94),
    "workflow": (0.16, 0.53, 0.53, 0.53, 0.94),
    "checkout": (0.16, 0.49, 0.56, 0.63, 0.95),
}
