"""The API keys dialog: v0, OpenRouter, Stripe, GitHub and Vercel keys in the system keyring.

Stored keys are never read back into a widget: the dialog only says whether one is stored.
Changes (new keys, removals) are applied together by Save; Cancel drops them. Default models
are preferences (`ui/preferences_dialog.py`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.secrets import SecretStore, SecretStoreUnavailable

V0_API_KEY = "v0_api_key"
OPENROUTER_API_KEY = "openrouter_api_key"
# The same names as app.py's (STRIPE_KEY, APPS_STRIPE_*): l4ydesk's own billing account, and
# the agency's account that takes its apps' payments (read by the platform server).
STRIPE_SECRET_KEY = "stripe_secret_key"
APPS_STRIPE_SECRET_KEY = "apps_stripe_secret_key"
APPS_STRIPE_WEBHOOK_SECRET = "apps_stripe_webhook_secret"
# Publishing (App → Publish…): the user's own GitHub and Vercel tokens.
GITHUB_TOKEN = "github_token"
VERCEL_TOKEN = "vercel_token"

_STATUS_STYLE = {
    "stored": "color: #1a7f37;",
    "unset": "color: #6e7781;",
    "removing": "color: #9a6700;",
    "unknown": "color: #6e7781;",
}
_ERROR_STYLE = (
    "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #ff818266;"
    " border-radius: 6px; padding: 8px 10px; }"
)


@dataclass(frozen=True)
class _KeySpec:
    name: str  # the SecretStore name
    label: str
    purpose: str
    prefixes: tuple[str, ...] = ()  # how a real one starts; anything else is a wrong paste
    where: str = ""  # where to find it, for the refusal


_STRIPE_KEYS_AT = "the Stripe Dashboard (Developers → API keys)"
_KEYS = (
    _KeySpec(V0_API_KEY, "v0 API key", "Generates apps from the chat with v0."),
    _KeySpec(OPENROUTER_API_KEY, "OpenRouter API key", "Powers the built-in AI."),
)
_STRIPE_KEYS = (
    _KeySpec(
        STRIPE_SECRET_KEY,
        "l4ydesk billing secret key",
        "Your l4ydesk plan and credit packs (the store, `l4ydesk stripe setup`).",
        ("sk_", "rk_"),
        _STRIPE_KEYS_AT,
    ),
    _KeySpec(
        APPS_STRIPE_SECRET_KEY,
        "Apps' secret key",
        "Your agency's Stripe account: the checkouts of the apps you publish.",
        ("sk_", "rk_"),
        _STRIPE_KEYS_AT,
    ),
    _KeySpec(
        APPS_STRIPE_WEBHOOK_SECRET,
        "Apps' webhook secret",
        "Verifies the payment events Stripe sends to the platform server.",
        ("whsec_",),
        "the Stripe Dashboard (Developers → Webhooks → your endpoint → Signing secret)",
    ),
)


_PUBLISH_KEYS = (
    _KeySpec(
        GITHUB_TOKEN,
        "GitHub token",
        "Commits the published app to your repository (contents and administration write).",
        ("github_pat_", "ghp_", "gho_"),
        "GitHub (Settings → Developer settings → Fine-grained personal access tokens)",
    ),
    _KeySpec(
        VERCEL_TOKEN,
        "Vercel token",
        "Creates the Vercel project, sets its variables and deploys it.",
        (),
        "Vercel (Account Settings → Tokens)",
    ),
)


class _KeyRow:
    """The widgets for one key and what the user asked for it (a new value, or removal)."""

    def __init__(self, spec: _KeySpec, parent: QWidget) -> None:
        self.spec = spec
        self.stored: bool | None = None  # None: the keyring could not be asked
        self.removing = False
        self.field = QLineEdit(parent)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(spec.label)
        self.field.setClearButtonEnabled(True)
        self.show_button = QToolButton(parent)
        self.show_button.setText("Show")
        self.show_button.setCheckable(True)
        self.show_button.setToolTip("Show or hide what you typed")
        self.show_button.toggled.connect(self._on_show_button_toggled)
        self.remove_button = QPushButton("Remove", parent)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.status = QLabel(parent)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def new_value(self) -> str:
        return self.field.text().strip()

    def reset(self, stored: bool | None) -> None:
        self.stored = stored
        self.removing = False
        self.field.clear()
        self.show_button.setChecked(False)
        self.render()

    def render(self) -> None:
        usable = self.stored is not None
        self.field.setEnabled(usable)
        self.show_button.setEnabled(usable)
        self.remove_button.setEnabled(bool(self.stored))
        self.remove_button.setText("Keep" if self.removing else "Remove")
        if self.stored is None:
            text, kind = "Unknown: the system keyring cannot be used", "unknown"
        elif self.removing:
            text, kind = "Will be removed when you save", "removing"
        elif self.stored:
            text, kind = "Stored in the system keyring", "stored"
        else:
            text, kind = "Not set", "unset"
        self.status.setText(text)
        self.status.setStyleSheet(_STATUS_STYLE[kind])
        self.field.setPlaceholderText(
            "Paste a new key to replace it" if self.stored else "Paste your key"
        )

    def _on_show_button_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.show_button.setText("Hide" if shown else "Show")

    def _on_remove_button_clicked(self) -> None:
        self.removing = not self.removing
        if self.removing:
            self.field.clear()
        self.render()


class KeysDialog(QDialog):
    """Edits the API keys (in the system keyring).

    Open it with `open()`, never `exec()`: the window runs on a qasync loop.

    Signals:
        keys_changed(): a key was stored or removed (emitted even if a later one failed).
    """

    keys_changed = Signal()

    def __init__(
        self,
        secrets: SecretStore,
        parent: QWidget | None = None,
        *,
        credit: Callable[[], Awaitable[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        # Asks OpenRouter (GET /key) for the key's remaining credit; a network call, so it runs
        # on the loop and the line fills in when the answer comes.
        self._credit = credit
        self._credit_task: asyncio.Task[None] | None = None
        self.setWindowTitle("API Keys")
        self.setMinimumWidth(560)

        intro = QLabel(
            "Keys are kept in your system keyring, never in l4ydesk's files, and are not "
            "shown again once saved.",
            self,
        )
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()

        self._rows = {
            spec.name: _KeyRow(spec, self) for spec in (*_KEYS, *_STRIPE_KEYS, *_PUBLISH_KEYS)
        }
        keys_box, keys_form = self._key_group("API keys", _KEYS)
        stripe_box, stripe_form = self._key_group("Stripe (payments)", _STRIPE_KEYS)
        stripe_note = QLabel(
            "Two accounts: l4ydesk billing pays for your l4ydesk plan and credit packs; the "
            "apps' keys are your agency's own account, which takes the payments of your apps' "
            "checkouts (the platform server reads them when it starts).",
            stripe_box,
        )
        stripe_note.setWordWrap(True)
        stripe_note.setStyleSheet("color: #57606a;")
        stripe_form.insertRow(0, stripe_note)
        publish_box, _publish_form = self._key_group("Publishing", _PUBLISH_KEYS)
        self.credit_label = QLabel(self)
        self.credit_label.setObjectName("openrouterCredit")
        self.credit_label.setWordWrap(True)
        self.credit_label.setStyleSheet("color: #57606a;")
        self.credit_label.hide()
        keys_form.addRow("", self.credit_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(keys_box)
        layout.addWidget(stripe_box)
        layout.addWidget(publish_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.finished.connect(self._on_self_finished)
        self.refresh()

    # ----- public API ----------------------------------------------------------------------

    def open(self) -> None:
        """Show the dialog (window-modal, without a nested event loop) with fresh state."""
        self.refresh()
        super().open()

    def refresh(self) -> None:
        """Re-read which keys are stored; drops unsaved edits."""
        self._hide_error()
        for row in self._rows.values():
            try:
                stored: bool | None = self._secrets.get(row.spec.name) is not None
            except SecretStoreUnavailable as exc:
                stored = None
                self._show_error(str(exc))
            row.reset(stored)
        self._ask_credit()

    def status_text(self, name: str) -> str:
        """What the dialog says about key `name` (e.g. "Not set")."""
        return self._rows[name].status.text()

    def field(self, name: str) -> QLineEdit:
        return self._rows[name].field

    def show_button(self, name: str) -> QToolButton:
        return self._rows[name].show_button

    def remove_button(self, name: str) -> QPushButton:
        return self._rows[name].remove_button

    def save(self) -> None:
        """Apply the edits; closes the dialog, or stays open with the reason when one fails."""
        self._hide_error()
        for row in self._rows.values():
            value = row.new_value()
            if any(ch.isspace() for ch in value):
                self._show_error(f"The {row.spec.label} contains spaces; paste it again.")
                return
            if value and row.spec.prefixes and not value.startswith(row.spec.prefixes):
                starts = " or ".join(row.spec.prefixes)
                self._show_error(
                    f"That does not look like the {row.spec.label}, which starts with "
                    f"{starts}. Copy it again from {row.spec.where}."
                )
                return
        changed = False
        try:
            for row in self._rows.values():
                if row.removing:
                    self._secrets.delete(row.spec.name)
                elif row.new_value():
                    self._secrets.set(row.spec.name, row.new_value())
                else:
                    continue
                changed = True
                row.reset(stored=not row.removing)
        except SecretStoreUnavailable as exc:
            self._show_error(str(exc))
            return
        finally:
            if changed:
                self.keys_changed.emit()
        self.accept()

    # ----- internals -----------------------------------------------------------------------

    def _key_group(self, title: str, specs: tuple[_KeySpec, ...]) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for spec in specs:
            row = self._rows[spec.name]
            line = QHBoxLayout()
            line.addWidget(row.field, 1)
            line.addWidget(row.show_button)
            line.addWidget(row.remove_button)
            form.addRow(f"{spec.label}:", line)
            row.status.setToolTip(spec.purpose)
            form.addRow("", row.status)
        return box, form

    def _ask_credit(self) -> None:
        if self._credit is None or not self._rows[OPENROUTER_API_KEY].stored:
            self.credit_label.hide()
            return
        if self._credit_task is not None and not self._credit_task.done():
            return
        self.credit_label.setText("Asking OpenRouter for the key's remaining credit…")
        self.credit_label.show()
        try:
            self._credit_task = asyncio.get_running_loop().create_task(self._show_credit())
        except RuntimeError:
            self.credit_label.hide()  # no event loop (a plain script): nothing to ask with

    async def _show_credit(self) -> None:
        assert self._credit is not None
        text = await self._credit()
        self.credit_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _on_self_finished(self, _result: int) -> None:
        # Typed keys must not linger in hidden widgets once the dialog is closed.
        for row in self._rows.values():
            row.field.clear()
        if self._credit_task is not None:
            self._credit_task.cancel()
