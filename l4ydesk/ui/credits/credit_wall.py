"""The credit wall: shown when an action needs more credits than are left; nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from l4ydesk.core.credits import Balance, CreditsExhausted


class CreditWall(QDialog):
    """Out of credits: offers a pack or the upgrade; the user's message stays a draft.

    Signals:
        store_requested(str): "packs" or "plans", the part of the store to open.
    """

    store_requested = Signal(str)

    def __init__(
        self,
        error: CreditsExhausted,
        balance: Balance,
        parent: QWidget | None = None,
        *,
        draft_kept: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("creditWall")
        self.setWindowTitle("Out of credits")
        self.setMinimumWidth(460)
        title = QLabel("You are out of credits", self)
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        needed = "credit" if error.needed == 1 else "credits"
        lines = [
            f"This needs about {error.needed} {needed}, and you have {error.available} "
            f"({balance.describe()}).",
        ]
        if draft_kept:
            lines.append(
                "Your message is kept as a draft: nothing you typed is lost. It is sent when "
                "you press Send drafts after topping up."
            )
        lines.append(
            f"Daily credits come back tomorrow ({balance.daily_limit} a day). For more now, "
            "buy a credit pack (they never expire) or upgrade for monthly credits."
        )
        self.body = QLabel("\n\n".join(lines), self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_button = QPushButton("Buy a credit pack", self)
        self.upgrade_button = QPushButton("Upgrade plan", self)
        later = QPushButton("Not now", self)
        self.pack_button.setDefault(True)
        self.pack_button.clicked.connect(lambda: self._go("packs"))
        self.upgrade_button.clicked.connect(lambda: self._go("plans"))
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (later, self.upgrade_button, self.pack_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)

    def _go(self, part: str) -> None:
        self.store_requested.emit(part)
        self.accept()
