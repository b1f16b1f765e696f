"""The publish wizard's pages: each shows part of a `PublishConfig`, reads it back, checks it.

A page knows no storage: `load(config)` fills it, `apply(config)` returns the config with the
page's answers, `problem(config)` the sentence that keeps the user on it (or None). `edited` is
emitted on every change, so the wizard saves as the user types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.publish.config import (
    WRITING_CATEGORIES,
    GitHubTarget,
    PublishConfig,
    StripeMode,
    VercelTarget,
    VisitorAuth,
)
from l4ydesk.core.publish.scaffold.contract import API_KEY_VAR, API_URL_VAR, WEBHOOK_SECRET_VAR
from l4ydesk.ui.publish import validation as v

NOTE_STYLE = "color: #57606a;"


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def _radio_pair(
    parent: QWidget, first: str, second: str, on_change: Callable[[], None]
) -> tuple[QRadioButton, QRadioButton]:
    a, b = QRadioButton(first, parent), QRadioButton(second, parent)
    group = QButtonGroup(parent)
    group.addButton(a)
    group.addButton(b)
    a.setChecked(True)
    a.toggled.connect(lambda _on: on_change())
    return a, b


class WizardPage(QWidget):
    """One page. Signals: edited(): an answer on the page changed."""

    edited = Signal()
    title = ""

    def load(self, config: PublishConfig) -> None:
        """Show the answers of `config` (every page overrides it for the answers it asks)."""

    def apply(self, config: PublishConfig) -> PublishConfig:
        """`config` with this page's answers (a page that asks nothing changes nothing)."""
        return config

    def problem(self, config: PublishConfig) -> str | None:
        return None

    def _changed(self) -> None:
        self.edited.emit()


class AppPage(WizardPage):
    title = "The app"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("Harbor & Pine")
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText("What the app is for (the repository description)")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow("Name:", self.name)
        form.addRow("Description:", self.description)
        self.name.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)

    def load(self, config: PublishConfig) -> None:
        self.name.setText(config.name)
        self.description.setPlainText(config.description)

    def apply(self, config: PublishConfig) -> PublishConfig:
        return config.with_changes(
            name=self.name.text().strip(), description=self.description.toPlainText().strip()
        )

    def problem(self, config: PublishConfig) -> str | None:
        return v.app_problem(config)


def scopes_text(category: str) -> str:
    return (
        f"{category}:read, {category}:write"
        if category in WRITING_CATEGORIES
        else (f"{category}:read")
    )


class CategoriesPage(WizardPage):
    title = "API categories"

    def __init__(self, connected: frozenset[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                "The published app reads these records through the platform API (and writes "
                "what visitors send: contacts, forms, tickets, bookings, orders). Each category "
                "gives its key these scopes; "
                "categories of records the app is connected to are ticked for you.",
                self,
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        for record_type in ONTOLOGY:
            category = record_type.api_category
            mark = "  (connected)" if category in connected else ""
            box = QCheckBox(f"{record_type.label}s{mark} — {scopes_text(category)}", self)
            box.toggled.connect(self._on_box_toggled)
            self.boxes[category] = box
            layout.addWidget(box)
        self.scopes = _note("", self)
        self.scopes.setObjectName("scopesSummary")
        layout.addWidget(self.scopes)
        layout.addStretch(1)

    def _on_box_toggled(self, _on: bool) -> None:
        chosen = self.apply(PublishConfig())
        self.scopes.setText(
            "The app's key will have exactly: " + (", ".join(chosen.scopes()) or "no scopes")
        )
        self._changed()

    def load(self, config: PublishConfig) -> None:
        for category, box in self.boxes.items():
            box.setChecked(category in config.categories)
        self._on_box_toggled(True)

    def apply(self, config: PublishConfig) -> PublishConfig:
        chosen = tuple(c for c, box in self.boxes.items() if box.isChecked())
        return config.with_changes(categories=chosen)

    def problem(self, config: PublishConfig) -> str | None:
        return v.categories_problem(config)


SIGN_IN_GENERATES = (
    "Sign-in adds /sign-up, /sign-in and /account pages, a session cookie (httpOnly) and "
    "getVisitor() for your pages; the app's key gets auth:read and auth:write."
)


class VisitorsPage(WizardPage):
    title = "Visitors"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none, self.platform = _radio_pair(
            self,
            "Anyone can use the app (no sign-in)",
            "Visitors sign in through the platform (accounts stored with your records)",
            self._changed,
        )
        self.generates = _note(SIGN_IN_GENERATES, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.platform)
        layout.addWidget(self.generates)
        layout.addStretch(1)

    def load(self, config: PublishConfig) -> None:
        (self.platform if config.visitor_auth is VisitorAuth.PLATFORM else self.none).setChecked(
            True
        )

    def apply(self, config: PublishConfig) -> PublishConfig:
        auth = VisitorAuth.PLATFORM if self.platform.isChecked() else VisitorAuth.NONE
        return config.with_changes(visitor_auth=auth)


class PaymentsPage(WizardPage):
    title = "Payments"

    def __init__(self, checkouts: Sequence[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.boxes: dict[int, QCheckBox] = {}
        if not checkouts:
            layout.addWidget(
                _note(
                    "The app is connected to no checkout, so it takes no payments. Connect a "
                    "buy button to a checkout record to sell through the app.",
                    self,
                )
            )
        for checkout_id, name in checkouts:
            box = QCheckBox(f"{name} (checkout #{checkout_id})", self)
            box.toggled.connect(lambda _on: self._changed())
            self.boxes[checkout_id] = box
            layout.addWidget(box)
        mode = QGroupBox("Stripe mode", self)
        self.test, self.live = _radio_pair(
            mode, "Test (no real money: card 4242 4242 4242 4242)", "Live", self._changed
        )
        mode_layout = QVBoxLayout(mode)
        mode_layout.addWidget(self.test)
        mode_layout.addWidget(self.live)
        layout.addWidget(mode)
        layout.addStretch(1)

    def load(self, config: PublishConfig) -> None:
        for checkout_id, box in self.boxes.items():
            box.setChecked(checkout_id in config.checkout_ids)
        (self.live if config.stripe_mode is StripeMode.LIVE else self.test).setChecked(True)

    def apply(self, config: PublishConfig) -> PublishConfig:
        chosen = tuple(i for i, box in self.boxes.items() if box.isChecked())
        mode = StripeMode.LIVE if self.live.isChecked() else StripeMode.TEST
        return config.with_changes(checkout_ids=chosen, stripe_mode=mode)

    def problem(self, config: PublishConfig) -> str | None:
        known = set(config.checkout_ids) <= set(self.boxes)
        return v.payments_problem(config, known)


class TargetPage(WizardPage):
    title = "GitHub and Vercel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        github = QGroupBox("GitHub repository", self)
        self.gh_new, self.gh_existing = _radio_pair(
            github, "Create a new repository", "Use an existing repository", self._changed
        )
        self.owner = QLineEdit(github)
        self.owner.setPlaceholderText("empty: your own account")
        self.repo = QLineEdit(github)
        self.branch = QLineEdit(github)
        self.private = QCheckBox("Private repository", github)
        form = QFormLayout(github)
        form.addRow(self.gh_new)
        form.addRow(self.gh_existing)
        form.addRow("Owner:", self.owner)
        form.addRow("Repository:", self.repo)
        form.addRow("Branch:", self.branch)
        form.addRow(self.private)
        vercel = QGroupBox("Vercel project", self)
        self.vc_new, self.vc_existing = _radio_pair(
            vercel, "Create a new project", "Use an existing project", self._changed
        )
        self.project = QLineEdit(vercel)
        self.team = QLineEdit(vercel)
        self.team.setPlaceholderText("empty: your personal account")
        vform = QFormLayout(vercel)
        vform.addRow(self.vc_new)
        vform.addRow(self.vc_existing)
        vform.addRow("Project:", self.project)
        vform.addRow("Team:", self.team)
        layout = QVBoxLayout(self)
        layout.addWidget(github)
        layout.addWidget(vercel)
        layout.addWidget(
            _note("Tokens for both come from Settings → Keys… (never stored here).", self)
        )
        layout.addStretch(1)
        for field in (self.owner, self.repo, self.branch, self.project, self.team):
            field.textChanged.connect(self._changed)
        self.private.toggled.connect(lambda _on: self._changed())

    def load(self, config: PublishConfig) -> None:
        github, vercel = config.github, config.vercel
        (self.gh_new if github.create else self.gh_existing).setChecked(True)
        self.owner.setText(github.owner)
        self.repo.setText(github.repo)
        self.branch.setText(github.branch)
        self.private.setChecked(github.private)
        (self.vc_new if vercel.create else self.vc_existing).setChecked(True)
        self.project.setText(vercel.project)
        self.team.setText(vercel.team_id)

    def apply(self, config: PublishConfig) -> PublishConfig:
        github = GitHubTarget(
            owner=self.owner.text().strip(),
            repo=self.repo.text().strip(),
            branch=self.branch.text().strip(),
            create=self.gh_new.isChecked(),
            private=self.private.isChecked(),
        )
        vercel = VercelTarget(
            project=self.project.text().strip(),
            team_id=self.team.text().strip(),
            create=self.vc_new.isChecked(),
        )
        return config.with_changes(github=github, vercel=vercel)

    def problem(self, config: PublishConfig) -> str | None:
        return v.target_problem(config)


class EnvironmentPage(WizardPage):
    title = "Environment variables"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform_url = QLineEdit(self)
        self.platform_url.setPlaceholderText("https://api.example.com")
        self.platform_url.textChanged.connect(self._changed)
        self.key_line = _note("", self)
        self.key_line.setObjectName("keyLine")
        self.extras = QTableWidget(0, 2, self)
        self.extras.setHorizontalHeaderLabels(["Name", "Value"])
        self.extras.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.extras.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extras.itemChanged.connect(lambda _item: self._changed())
        self.add_button = QPushButton("Add Variable", self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("Platform URL:", self.platform_url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                "Vercel builds and serves the app from its own servers, so this is where "
                "l4ydesk serve is reachable from the internet (packaging/server hosts it), "
                "not this workstation.",
                self,
            )
        )
        layout.addWidget(_note("Set on the Vercel project, server-side only:", self))
        layout.addWidget(self.key_line)
        layout.addWidget(QLabel("Extra variables (server-side; never NEXT_PUBLIC_ secrets):", self))
        layout.addWidget(self.extras, 1)
        layout.addLayout(buttons)
        self._scopes: tuple[str, ...] = ()

    def add_row(self, name: str = "", value: str = "") -> None:
        row = self.extras.rowCount()
        self.extras.insertRow(row)
        self.extras.setItem(row, 0, QTableWidgetItem(name))
        self.extras.setItem(row, 1, QTableWidgetItem(value))
        self.extras.setCurrentCell(row, 0)

    def _on_remove_clicked(self) -> None:
        row = self.extras.currentRow()
        if row >= 0:
            self.extras.removeRow(row)
            self._changed()

    def _render_key_line(self, config: PublishConfig) -> None:
        mono = QFont("monospace").family()
        scopes = ", ".join(config.scopes()) or "no scopes yet"
        self.key_line.setText(
            f"<span style='font-family:{mono}'>{API_URL_VAR}</span> = the platform URL"
            f"<br><span style='font-family:{mono}'>{API_KEY_VAR}</span> = a new API key "
            f"with exactly {scopes}: <b>created at publish, stored server-side only</b> "
            "(never shown, never in the repository)"
            f"<br><span style='font-family:{mono}'>{WEBHOOK_SECRET_VAR}</span> = the secret "
            "that signs the platform's webhooks to the app (also created at publish)"
        )

    def load(self, config: PublishConfig) -> None:
        self.platform_url.setText(config.platform_url)
        self.extras.blockSignals(True)
        self.extras.setRowCount(0)
        for name, value in config.extra_env:
            self.add_row(name, value)
        self.extras.blockSignals(False)
        self._render_key_line(config)

    def apply(self, config: PublishConfig) -> PublishConfig:
        pairs: list[tuple[str, str]] = []
        for row in range(self.extras.rowCount()):
            name_item, value_item = self.extras.item(row, 0), self.extras.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            value = value_item.text() if value_item else ""
            if name or value:
                pairs.append((name, value))
        self._render_key_line(config)
        return config.with_changes(
            platform_url=self.platform_url.text().strip(), extra_env=tuple(pairs)
        )

    def problem(self, config: PublishConfig) -> str | None:
        return v.env_problem(config)
