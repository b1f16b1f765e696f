"""Python string indexes and Qt (UTF-16) document positions: they differ after astral characters."""

from __future__ import annotations

import re
from bisect import bisect_left

# Characters outside the BMP (emoji): one Python character, two UTF-16 code units in Qt.
ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts between Python string indexes and Qt (UTF-16) document positions."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in ASTRAL.finditer(text)]
        # Qt position of each astral character: every earlier one adds a code unit.
        self._astral_qt = [index + order for order, index in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def to_py(self, position: int) -> int:
        return position - bisect_left(self._astral_qt, position) if self._astral else position
