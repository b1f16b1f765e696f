"""Where "Sure" ends and "Maybe" begins: the confidence below which a detection is only offered.

Detections under SURE_THRESHOLD are grouped under "Maybe" in the Connect panel and left
unselected by default. The value is set from the calibration table that
`bench/analyzer_real.py` prints on the development set of public v0 projects.
"""

from __future__ import annotations

from typing import Final

SURE_THRESHOLD: Final = 0.7


def is_sure(confidence: float) -> bool:
    return confidence >= SURE_THRESHOLD
