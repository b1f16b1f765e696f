"""The analyzer's confidence calibration, fitted by bench/analyzer_calibrate.py: do not
edit by hand; save each unseen set's first run (--save), then refit (--write)."""

from __future__ import annotations

from typing import Final

FITTED_ON: Final = (
    "saved first runs (dev6-81e49d0, test10-418845d, test11-7908086, test12-5e9ab6a, "
    "test13-6f922ad, test14-9c7a87b, test15-e7f0add, test16-9c498e8, test17-8dcf47c, "
    "test18-8dcf47c, test19-4df3875, test20-0f0a4022, test21-edbe5ec5, "
    "test22-97fedcc6, test5b-e1f89c0, test6-e4936be, test7-28662f3, test8-4ba193e, "
    "test9-28b877a): 2639 detections"
)
BANDS: Final = (0.6, 0.7, 0.8, 0.9)
UNKNOWN_RATE: Final = 0.69
RATES: Final[dict[str, tuple[float, ...]]] = {
    "product": (0.15, 0.47, 0.47, 0.54, 0.86),
    "event": (0.11, 0.33, 0.33, 0.33, 0.76),
    "contact": (0.1, 0.6, 0.6, 0.7, 0.7),
    "form": (0.14, 0.55, 0.55, 0.61, 0.88),
    "invoice": (0.17, 0.58, 0.58, 0.58, 0.85),
    "ticket": (0.15, 0.32, 0.32, 0.32, 0.88),
    "booking": (0.11, 0.62, 0.7, 0.76, 0.91),
    "workflow": (0.17, 0.49, 0.49, 0.49, 0.8),
    "checkout": (0.17, 0.49, 0.49, 0.61, 0.94),
}
