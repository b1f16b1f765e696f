"""The toolbar's balance: the plan and the three buckets, a click away from the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from l4ydesk.core.tiers import TIERS

if TYPE_CHECKING:
    from l4ydesk.core.credits import Balance

STYLE = """
QToolButton#creditBalance { border: 1px solid #c9ced6; border-radius: 11px; padding: 2px 10px;
    background: #f4f6f9; color: #1f2933; }
QToolButton#creditBalance:hover { background: #e8edf4; }
QToolButton#creditBalance[empty="true"] { border-color: #d64545; background: #fdecec;
    color: #8a1c1c; }
"""


class BalanceWidget(QToolButton):
    """Shows "Free · 4 of 5 today · 120 monthly · 300 purchased"; clicking opens the store.

    Signals:
        clicked(): inherited; the feature opens the store on it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditBalance")
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setText("Credits …")
        self.setToolTip("Your credits. Click to open the store.")

    def set_balance(self, balance: Balance) -> None:
        self.setText(f"{TIERS[balance.tier].title} · {balance.describe()}")
        empty = balance.total == 0
        self.setProperty("empty", "true" if empty else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(
            f"{balance.total} credits in all. "
            + (
                "You are out of credits: click to buy a pack or upgrade."
                if empty
                else "Daily credits go first, then monthly, then purchased. Click for the store."
            )
        )
