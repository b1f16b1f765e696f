"""Turns a detector's raw confidence into how often such a detection was right on unseen code.

The detectors' own scores order their findings but promise nothing: last round, items they put
at 0.8-0.9 were right a third of the time on projects nobody here had read. The table in
`calibration_table.py` is fitted by `bench/analyzer_calibrate.py` on the analyzer's FIRST run over
a held-out development set (projects labelled by hand and never studied while writing rules), per
record type and raw-score band, smoothed toward the type's rate and kept monotonic, so a
detection shown at 90 % is one of a kind that was right about 90 % of the time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from l4ydesk.core.analyzer.calibration_table import BANDS, RATES, UNKNOWN_RATE
from l4ydesk.core.analyzer.model import Detection


def band(raw: float) -> int:
    """Index of the raw-score band: BANDS are the lower edges after the first band."""
    return bisect.bisect_right(BANDS, raw)


def calibrated_confidence(type_key: str, raw: float) -> float:
    per_band = RATES.get(type_key)
    return per_band[band(raw)] if per_band else UNKNOWN_RATE


def calibrate(detections: Iterable[Detection]) -> list[Detection]:
    return [
        replace(d, confidence=calibrated_confidence(d.type_key, d.confidence)) for d in detections
    ]
