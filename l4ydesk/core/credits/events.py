"""Who hears about charges, refusals and reached limits (no store, no chat: the window
subscribes before its first paint)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l4ydesk.core.credits.ledger import CreditsExhausted
    from l4ydesk.core.tiers import TierLimitReached


@dataclass(frozen=True)
class Charged:
    """One charge made, for listeners (the window's balance and "N credits used")."""

    app_id: int | None
    credits: int
    description: str
    source: str = "chat"  # or "connect"


Listener = Callable[[Charged], None]
RefusalListener = Callable[["CreditsExhausted"], None]
LimitListener = Callable[["TierLimitReached"], None]


class ChargeEvents:
    """Who hears about charges, refusals and reached limits; the window subscribes.

    Listeners are called on the thread that did the work (the worker for Connect): a window
    listener hands the news to the GUI thread itself.
    """

    def __init__(self) -> None:
        self._charged: list[Listener] = []
        self._refused: list[RefusalListener] = []
        self._limited: list[LimitListener] = []

    def on_charged(self, listener: Listener) -> None:
        self._charged.append(listener)

    def on_refused(self, listener: RefusalListener) -> None:
        self._refused.append(listener)

    def remove(self, listener: object) -> None:
        """Stop telling `listener` (a window that closes)."""
        for listeners in (self._charged, self._refused, self._limited):
            while listener in listeners:
                listeners.remove(listener)  # type: ignore[arg-type]

    def on_limited(self, listener: LimitListener) -> None:
        self._limited.append(listener)

    def limited(self, error: TierLimitReached) -> None:
        for listener in list(self._limited):
            listener(error)

    def charged(self, event: Charged) -> None:
        for listener in list(self._charged):
            listener(event)

    def refused(self, error: CreditsExhausted) -> None:
        for listener in list(self._refused):
            listener(error)
