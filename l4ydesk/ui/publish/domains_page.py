"""The publish wizard's custom-domains page: up to 5 host names, or the way to the upgrade.

Custom domains come with the Agency plan and above (core/tiers.py). Below it the page shows the
list disabled, one sentence and a button to the store; the pipeline's own limit check
(core/credits/limits.check_custom_domain) stays the authority at publish time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.tiers import TIERS, Limit, Tier
from l4ydesk.ui.publish import validation as v
from l4ydesk.ui.publish.wizard_pages import WizardPage, _note


def upgrade_sentence(allowed: int | None) -> str | None:
    """Why the page is disabled (None when the plan allows custom domains)."""
    if allowed is None or allowed > 0:
        return None
    agency = TIERS[Tier.AGENCY]
    return (
        f"Custom domains come with the {agency.title} plan (up to "
        f"{agency.limit(Limit.CUSTOM_DOMAINS)} per account); your plan has none, so the app "
        "is published at its vercel.app address."
    )


class DomainsPage(WizardPage):
    """Signals: upgrade_requested(str): open the store's plans with this sentence."""

    title = "Custom domains"
    upgrade_requested = Signal(str)

    def __init__(self, allowed: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allowed = allowed
        intro = _note(
            "Besides its vercel.app address, the app can answer on your own domains. After "
            "publishing, the console lists the DNS records to create at your DNS provider; "
            "Check again there verifies them.",
            self,
        )
        self.domains = QListWidget(self)
        self.domains.setObjectName("customDomains")
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText("shop.example.com")
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton("Add Domain", self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.problem_line = QLabel(self)
        self.problem_line.setObjectName("domainProblem")
        self.problem_line.setWordWrap(True)
        self.problem_line.setStyleSheet("color: #cf222e;")
        self.problem_line.hide()
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.domains, 1)
        sentence = upgrade_sentence(allowed)
        self.upgrade_note = _note(sentence or "", self)
        self.upgrade_note.setObjectName("domainsUpgradeNote")
        self.upgrade_button = QPushButton("See Plans…", self)
        self.upgrade_button.setAutoDefault(False)
        self.upgrade_button.clicked.connect(lambda: self.upgrade_requested.emit(sentence or ""))
        upgrade = QHBoxLayout()
        upgrade.addWidget(self.upgrade_note, 1)
        upgrade.addWidget(self.upgrade_button)
        layout.addLayout(upgrade)
        enabled = sentence is None
        for widget in (self.domains, self.entry, self.add_button, self.remove_button):
            widget.setEnabled(enabled)
        self.upgrade_note.setVisible(not enabled)
        self.upgrade_button.setVisible(not enabled)

    def names(self) -> list[str]:
        return [self.domains.item(i).text() for i in range(self.domains.count())]

    def add_typed(self) -> None:
        """Add what the entry holds; a sentence instead when it is not a usable domain."""
        typed = self.entry.text().strip()
        if not typed:
            return
        host = typed.lower().rstrip(".")
        problem = v.domain_problem(typed)
        if problem is None and host in self.names():
            problem = f"{host} is already in the list."
        if problem is None and len(self.names()) >= v.MAX_CUSTOM_DOMAINS:
            problem = f"Up to {v.MAX_CUSTOM_DOMAINS} custom domains per app; remove one first."
        self._say(problem)
        if problem is not None:
            return  # the typed text stays, to be corrected
        self.domains.addItem(host)
        self.domains.setCurrentRow(self.domains.count() - 1)
        self.entry.clear()
        self._changed()

    def _on_remove_clicked(self) -> None:
        row = self.domains.currentRow()
        if row >= 0:
            self.domains.takeItem(row)
            self._say(None)
            self._changed()

    def _say(self, sentence: str | None) -> None:
        self.problem_line.setText(sentence or "")
        self.problem_line.setVisible(sentence is not None)

    def load(self, config: PublishConfig) -> None:
        self.domains.clear()
        self.domains.addItems(list(config.custom_domains))
        if upgrade_sentence(self.allowed) is not None:
            # Domains kept from a larger plan can still be removed; none can be added.
            has_some = bool(config.custom_domains)
            self.domains.setEnabled(has_some)
            self.remove_button.setEnabled(has_some)

    def apply(self, config: PublishConfig) -> PublishConfig:
        return config.with_changes(custom_domains=tuple(self.names()))

    def problem(self, config: PublishConfig) -> str | None:
        if self.entry.text().strip():  # typed but not added: add it (or say why not) first
            self.add_typed()
            config = self.apply(config)
            if self.problem_line.isVisible():
                return self.problem_line.text()
        if config.custom_domains and upgrade_sentence(self.allowed) is not None:
            return "Your plan has no custom domains: remove them here, or upgrade with See Plans…."
        return v.domains_problem(config)
