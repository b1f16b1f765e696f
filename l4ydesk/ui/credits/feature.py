"""The credits feature of the window: toolbar balance, "N credits used", the walls and the store.

Charges, refusals and reached limits come from the core's `ChargeEvents`, on whatever thread did
the work (Connect runs in the worker); a relay QObject hands them to the GUI thread. Buying
opens Stripe Checkout in the system browser; while a checkout is open the store asks Stripe's
Events API every few seconds what happened, and stops once something was applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from l4ydesk.core.tiers import Tier, TierLimitReached
from l4ydesk.ui.credits.balance_widget import BalanceWidget
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:  # the ledger brings in SQLAlchemy: not before the window's first paint
    from l4ydesk.core.credits import (
        Applied,
        Balance,
        Charged,
        CheckoutStarted,
        CreditsExhausted,
        Transaction,
    )
    from l4ydesk.ui.credits.credit_wall import CreditWall
    from l4ydesk.ui.credits.store_window import StoreWindow

POLL_MS = 4000
DAY_CHECK_MS = 5 * 60 * 1000  # a window left open overnight gets the new day's credits
POLL_ROUNDS = 150  # 10 minutes of looking for a payment after a checkout opened
CONTACT_URL = "mailto:sales@l4ydesk.app?subject=l4ydesk%20Enterprise"


class _Relay(QObject):
    charged = Signal(object)
    refused = Signal(object)
    limited = Signal(object)


class CreditsFeature:
    """Balance in the toolbar, Settings → Store…, the credit wall, credits used per answer."""

    def __init__(self, chat: Any | None = None) -> None:
        self._chat = chat  # the ChatFeature, whose panel shows "N credits used"
        self.store: StoreWindow | None = None
        self.wall: CreditWall | None = None
        self._used: dict[int | None, int] = {}
        self._poll_rounds = 0
        self._chat_hooked = False

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        self.balance = BalanceWidget(ctx.window)
        self.balance.clicked.connect(lambda: self.open_store())
        ctx.add_toolbar_widget(self.balance)
        ctx.add_action(ActionSpec("store", "Store…", "&Settings", self.open_store, section=1))
        self._relay = _Relay(ctx.window)
        self._relay.charged.connect(self._on_charged)
        self._relay.refused.connect(self._on_refused)
        self._relay.limited.connect(self._on_limited)
        charges = ctx.services.charges
        self._listeners = (
            self._relay.charged.emit,
            self._relay.refused.emit,
            self._relay.limited.emit,
        )
        charges.on_charged(self._listeners[0])
        charges.on_refused(self._listeners[1])
        charges.on_limited(self._listeners[2])
        self._timer = QTimer(ctx.window)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check_payments)
        self._day_timer = QTimer(ctx.window)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start()
        ctx.on_shutdown(self._stop, before_tasks=True)
        # The balance needs the store, which a lazily started window opens after its first paint.
        ready = getattr(ctx.window, "ready", None)
        if ready is not None:
            ready.connect(self._on_window_ready)
        else:
            self._on_window_ready()

    def _on_window_ready(self) -> None:
        if self._chat is not None and not self._chat_hooked:
            self._chat_hooked = True
            self._chat.panel.busy_changed.connect(self._on_chat_busy_changed)
        self.refresh()

    def _new_day(self) -> None:
        self._ctx.op("daily credits", self._ctx.services.ledger.start_day).success(
            lambda granted: self.refresh() if granted else None
        ).run_in_background()

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._ctx.op("credit balance", self._ctx.services.ledger.balance).success(
            self._show_balance
        ).run_in_background()
        if self.store is not None and self.store.isVisible():
            kinds, since = self.store.filters()
            self._ctx.op("credit history", self._history, kinds, since).success(
                self._show_history
            ).run_in_background()

    def _history(self, kinds: Any, since: Any) -> list[Transaction]:
        return self._ctx.services.ledger.history(kinds=kinds, since=since)

    def _show_balance(self, balance: Balance) -> None:
        self.balance.set_balance(balance)
        if self.store is not None:
            self.store.set_balance(balance)

    def _show_history(self, rows: list[Transaction]) -> None:
        if self.store is not None:
            self.store.set_history(rows)

    def open_store(self, part: str = "plans", notice: str | None = None) -> StoreWindow:
        if self.store is None:
            from l4ydesk.ui.credits.store_window import StoreWindow

            self.store = StoreWindow(self._ctx.window)
            self.store.plan_requested.connect(self._buy_plan)
            self.store.pack_requested.connect(self._buy_pack)
            self.store.contact_requested.connect(
                lambda: QDesktopServices.openUrl(QUrl(CONTACT_URL))
            )
            self.store.check_requested.connect(self.check_payments)
            self.store.history_requested.connect(self.refresh)
        self.store.show_notice(notice)
        target = self.store.pack_buttons if part == "packs" else None
        if target:
            next(iter(target.values())).setFocus()
        self.store.show()
        self.store.raise_()
        self.refresh()
        return self.store

    # ----- charges, walls ----------------------------------------------------------------

    def _on_charged(self, charged: Charged) -> None:
        # Chat charges land from the worker, possibly after the turn ended: the count is per
        # turn (reset when one starts) and shown again as late charges arrive.
        self.refresh()
        if charged.source != "chat":
            return  # a connect run says its credits in the Connect panel's summary
        self._used[charged.app_id] = self._used.get(charged.app_id, 0) + charged.credits
        if self._chat is not None and not self._chat.panel.busy:
            self._show_used()

    def _on_chat_busy_changed(self, busy: bool) -> None:
        if self._chat is None:
            return
        if busy:
            self._used.clear()
        else:
            self._show_used()

    def _show_used(self) -> None:
        assert self._chat is not None
        used = self._used.get(self._chat.panel.app_id, 0)
        if used:
            self._chat.panel.composer.set_notice(
                f"{used} credit{'s' if used != 1 else ''} used for this answer."
            )

    def _on_refused(self, error: CreditsExhausted) -> None:
        self._ctx.op("credit balance", self._ctx.services.ledger.balance).success(
            lambda balance: self._show_wall(error, balance)
        ).run_in_background()

    def _show_wall(self, error: CreditsExhausted, balance: Balance) -> None:
        self._show_balance(balance)
        if self.wall is not None and self.wall.isVisible():
            return
        from l4ydesk.ui.credits.credit_wall import CreditWall

        self.wall = CreditWall(error, balance, self._ctx.window, draft_kept=error.keeps_draft)
        self.wall.store_requested.connect(lambda part: self.open_store(part))
        self.wall.open()

    def _on_limited(self, error: TierLimitReached) -> None:
        self.open_store("plans", str(error))

    # ----- buying ------------------------------------------------------------------------

    def _buy_plan(self, tier: str, interval: str) -> None:
        purchases = self._ctx.services.purchases
        self._ctx.op("start checkout", purchases.buy_plan, Tier(tier), interval).success(
            self._opened
        ).run_in_background()

    def _buy_pack(self, key: str) -> None:
        self._ctx.op("start checkout", self._ctx.services.purchases.buy_pack, key).success(
            self._opened
        ).run_in_background()

    def _opened(self, started: CheckoutStarted) -> None:
        QDesktopServices.openUrl(QUrl(started.url))
        if self.store is not None:
            self.store.show_notice(
                f"Checkout for {started.what} is open in your browser. Pay there; this window "
                "updates when Stripe confirms the payment."
            )
        self._poll_rounds = POLL_ROUNDS
        self._timer.start()

    def check_payments(self) -> None:
        self._poll_rounds -= 1
        if self._poll_rounds <= 0:
            self._timer.stop()
        self._ctx.op("check payments", self._ctx.services.purchases.poll).success(
            self._on_polled
        ).failure(lambda _exc: self._timer.stop()).run_in_background()

    def _on_polled(self, applied: list[Applied]) -> None:
        changed = [a for a in applied if a.outcome.startswith(("added", "granted", "plan", "sub"))]
        if changed:
            self._timer.stop()
            if self.store is not None:
                done = "; ".join(a.outcome for a in changed)
                self.store.show_notice(f"Thank you! {done[0].upper()}{done[1:]}.")
        self.refresh()

    def _stop(self) -> None:
        self._timer.stop()
        self._day_timer.stop()
        for listener in self._listeners:
            self._ctx.services.charges.remove(listener)
        for window in (self.store, self.wall):
            if window is not None:
                window.close()
