"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = "saved first runs (dev6-81e49d0, test5b-e1f89c0, test6-e4936be): 632 detections"
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.63
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.06, 0.36, 0.36, 0.6, 0.93),
    "event": (0.16, 0.46, 0.46, 0.46, 0.94),
    "contact": (0.12, 0.51, 0.51, 0.57, 0.89),
    "form": (0.11, 0.5, 0.5, 0.56, 0.85),
    "invoice": (0.16, 0.5, 0.5, 0.5, 0.91),
    "ticket": (0.16, 0.42, 0.42, 0.42, 0.89),
    "booking": (0.14, 0.54, 0.72, 0.72, 0.92),
    "workflow": (0.16, 0.54, 0.57, 0.57, 0.89),
    "checkout": (0.16, 0.46, 0.49, 0.56, 0.91),
}
