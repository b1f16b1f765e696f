"""The store window: four plan cards (the current one marked), credit packs, the balance and the
history of transactions with filters. It only shows state and asks; buying is the feature's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.credits import Balance, Kind, Transaction
from l4ydesk.core.tiers import CREDIT_PACKS, TIERS, Limit, Tier, TierSpec

STYLE = """
QWidget#storeWindow { background: #f7f8fa; }
QFrame[card="true"] { background: white; border: 1px solid #d5dae1; border-radius: 8px; }
QFrame[card="true"][current="true"] { border: 2px solid #2f6fed; }
QLabel[role="title"] { font-size: 16px; font-weight: 600; }
QLabel[role="price"] { font-size: 14px; color: #2f3a48; }
QLabel[role="badge"] { color: white; background: #2f6fed; border-radius: 8px; padding: 1px 8px; }
QLabel[role="notice"] { background: #fff6db; border: 1px solid #e8c55a; border-radius: 6px;
    padding: 6px 10px; }
"""

KIND_FILTERS: dict[str, set[Kind] | None] = {
    "All kinds": None,
    "Charges": {Kind.CHARGE},
    "Grants": {Kind.DAILY_GRANT, Kind.MONTHLY_GRANT},
    "Purchases": {Kind.PURCHASE},
    "Refunds": {Kind.REFUND},
    "Expired": {Kind.EXPIRY},
    "Not run (no credits)": {Kind.UNPAID},
}
PERIODS: dict[str, timedelta | None] = {
    "All time": None,
    "Last 24 hours": timedelta(days=1),
    "Last 7 days": timedelta(days=7),
    "Last 30 days": timedelta(days=30),
}


def _limit_text(spec: TierSpec, limit: Limit, one: str, many: str) -> str:
    allowed = spec.limit(limit)
    if allowed is None:
        return f"Unlimited {many}"
    if allowed == 0:
        return f"No {many}"
    return f"{allowed} {one if allowed == 1 else many}"


class StoreWindow(QWidget):
    """Plans, packs, balance and history.

    Signals:
        plan_requested(str, str): a tier and "month" or "year" to subscribe to.
        pack_requested(str): the key of a credit pack to buy.
        contact_requested(): Enterprise's "Contact us".
        check_requested(): look for payments now (poll Stripe).
        history_requested(): the filters changed; the feature reloads the history.
    """

    plan_requested = Signal(str, str)
    pack_requested = Signal(str)
    contact_requested = Signal()
    check_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("storeWindow")
        self.setWindowTitle("l4ydesk store")
        self.setStyleSheet(STYLE)
        self.resize(1060, 780)
        self.cards: dict[Tier, QFrame] = {}
        self.plan_buttons: dict[Tier, QPushButton] = {}
        self.pack_buttons: dict[str, QPushButton] = {}

        self.notice = QLabel(self)
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.balance_label = QLabel("Balance …", self)
        self.balance_label.setProperty("role", "title")
        self.check_button = QPushButton("Check for payments", self)
        self.check_button.clicked.connect(self.check_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.balance_label, 1)
        top.addWidget(self.check_button)

        self.monthly = QRadioButton("Monthly", self)
        self.yearly = QRadioButton("Yearly (2 months free)", self)
        self.monthly.setChecked(True)
        interval = QButtonGroup(self)
        interval.addButton(self.monthly)
        interval.addButton(self.yearly)
        interval.buttonToggled.connect(lambda *_: self._show_prices())
        switch = QHBoxLayout()
        switch.addWidget(QLabel("Plans", self))
        switch.addStretch(1)
        switch.addWidget(self.monthly)
        switch.addWidget(self.yearly)

        cards = QGridLayout()
        for column, spec in enumerate(TIERS.values()):
            cards.addWidget(self._card(spec), 0, column)

        packs = QHBoxLayout()
        packs.addWidget(QLabel("Credit packs (never expire):", self))
        for pack in CREDIT_PACKS:
            button = QPushButton(f"{pack.credits:,} credits · {pack.price_eur} EUR", self)
            button.clicked.connect(lambda _=False, key=pack.key: self.pack_requested.emit(key))
            self.pack_buttons[pack.key] = button
            packs.addWidget(button)
        packs.addStretch(1)

        self.kind_filter = QComboBox(self)
        self.kind_filter.addItems(list(KIND_FILTERS))
        self.period_filter = QComboBox(self)
        self.period_filter.addItems(list(PERIODS))
        self.kind_filter.currentIndexChanged.connect(lambda _: self.history_requested.emit())
        self.period_filter.currentIndexChanged.connect(lambda _: self.history_requested.emit())
        filters = QHBoxLayout()
        history_title = QLabel("History", self)
        history_title.setProperty("role", "title")
        filters.addWidget(history_title)
        filters.addStretch(1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.period_filter)
        self.history = QTableWidget(0, 4, self)
        self.history.setHorizontalHeaderLabels(["When", "Credits", "Kind", "What"])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addLayout(switch)
        layout.addLayout(cards)
        layout.addLayout(packs)
        layout.addLayout(filters)
        layout.addWidget(self.history, 1)
        self._current = Tier.FREE
        self._show_prices()

    # ----- state -------------------------------------------------------------------------

    def set_balance(self, balance: Balance) -> None:
        self._current = balance.tier
        self.balance_label.setText(
            f"{TIERS[balance.tier].title} plan · {balance.total:,} credits: {balance.describe()}"
        )
        for tier, card in self.cards.items():
            card.setProperty("current", "true" if tier is balance.tier else "false")
            card.style().unpolish(card)
            card.style().polish(card)
            card.findChild(QLabel, "currentBadge").setVisible(tier is balance.tier)  # type: ignore[union-attr]
        self._show_prices()

    def set_history(self, rows: list[Transaction]) -> None:
        self.history.setRowCount(len(rows))
        for row, item in enumerate(rows):
            when = item.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [when, f"{item.amount:+,}", item.kind.value.replace("_", " "), item.description]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.history.setItem(row, column, cell)

    def filters(self) -> tuple[set[Kind] | None, datetime | None]:
        kinds = KIND_FILTERS[self.kind_filter.currentText()]
        period = PERIODS[self.period_filter.currentText()]
        return kinds, (datetime.now(UTC) - period if period is not None else None)

    def show_notice(self, text: str | None) -> None:
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def interval(self) -> str:
        return "year" if self.yearly.isChecked() else "month"

    # ----- building ----------------------------------------------------------------------

    def _card(self, spec: TierSpec) -> QFrame:
        card = QFrame(self)
        card.setObjectName(f"card_{spec.tier.value}")
        card.setProperty("card", "true")
        card.setMinimumWidth(230)
        title = QLabel(spec.title, card)
        title.setProperty("role", "title")
        badge = QLabel("Current plan", card)
        badge.setObjectName("currentBadge")
        badge.setProperty("role", "badge")
        badge.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(badge)
        price = QLabel(card)
        price.setObjectName("price")
        price.setProperty("role", "price")
        credits = (
            "Credits by contract"
            if spec.monthly_eur is None
            else (
                f"{spec.monthly_credits:,} credits a month"
                if spec.monthly_credits
                else "No monthly credits"
            )
        )
        lines = [
            credits,
            "5 free credits every day",
            _limit_text(spec, Limit.DEPLOYED_APPS, "deployed app", "deployed apps"),
            _limit_text(spec, Limit.CHECKOUT_INSTANCES, "checkout", "checkouts"),
            _limit_text(spec, Limit.CUSTOM_DOMAINS, "custom domain", "custom domains"),
            "“Built with l4ydesk” badge" if spec.badge else "No badge",
        ]
        if spec.white_label:
            lines.append("White label")
        details = QLabel("\n".join(f"• {line}" for line in lines), card)
        button = QPushButton(card)
        button.clicked.connect(lambda _=False, tier=spec.tier: self._on_card_clicked(tier))
        self.plan_buttons[spec.tier] = button
        layout = QVBoxLayout(card)
        layout.addLayout(head)
        layout.addWidget(price)
        layout.addWidget(details)
        layout.addStretch(1)
        layout.addWidget(button)
        self.cards[spec.tier] = card
        return card

    def _show_prices(self) -> None:
        yearly = self.yearly.isChecked()
        order = list(Tier)
        for tier, card in self.cards.items():
            spec = TIERS[tier]
            price = card.findChild(QLabel, "price")
            assert price is not None
            if spec.monthly_eur is None:
                price.setText("Custom pricing")
            elif spec.monthly_eur == 0:
                price.setText("0 EUR")
            else:
                price.setText(
                    f"{spec.yearly_eur:,} EUR/year" if yearly else f"{spec.monthly_eur} EUR/month"
                )
            button = self.plan_buttons[tier]
            if tier is self._current:
                button.setText("Your plan")
                button.setEnabled(False)
            elif tier is Tier.ENTERPRISE:
                button.setText("Contact us")
                button.setEnabled(True)
            elif order.index(tier) < order.index(self._current):
                button.setText("Included in your plan")
                button.setEnabled(False)
            else:
                button.setText(f"Upgrade to {spec.title}")
                button.setEnabled(True)

    def _on_card_clicked(self, tier: Tier) -> None:
        if tier is Tier.ENTERPRISE:
            self.contact_requested.emit()
        else:
            self.plan_requested.emit(tier.value, self.interval())
