"""A token bucket that caps how many inspector messages are even looked at."""

from __future__ import annotations

import time
from collections.abc import Callable

from l4ydesk.ui.preview.inspector_messages import MAX_MESSAGES_PER_SECOND


class RateLimiter:
    """A token bucket: bursts of up to `rate` messages, then `rate` per second on average."""

    def __init__(
        self,
        rate: float = MAX_MESSAGES_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rate = rate
        self._clock = clock
        self._tokens = float(rate)
        self._last = clock()

    def allow(self) -> bool:
        """Whether one more message may be read now (and count it if so)."""
        self._refill()
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def available(self) -> int:
        """How many messages would be allowed right now."""
        self._refill()
        return int(self._tokens)

    def _refill(self) -> None:
        now = self._clock()
        # max(): a clock that steps back must not drain the bucket.
        self._tokens = min(self._rate, self._tokens + max(0.0, now - self._last) * self._rate)
        self._last = now
