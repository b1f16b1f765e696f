"""The API keys dialog against an in-memory keyring and a failing one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from l4ydesk.secrets import NO_BACKEND_MESSAGE, MemoryKeyring, SecretStore
from l4ydesk.ui.settings_dialog import (
    APPS_STRIPE_SECRET_KEY,
    APPS_STRIPE_WEBHOOK_SECRET,
    OPENROUTER_API_KEY,
    STRIPE_SECRET_KEY,
    V0_API_KEY,
    KeysDialog,
)
from tests.conftest import wait_for

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform says this whenever a window is shown; it is not about our code.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

V0_SECRET = "v0-sk-live-4f1c9e2b7d"
OR_SECRET = "sk-or-v1-8a7e6d5c4b"


class RefusingKeyring(MemoryKeyring):
    """Reads fine but cannot write, like a locked Secret Service collection."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("collection is locked")


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore(MemoryKeyring())


MakeDialog = Callable[[SecretStore], KeysDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot) -> MakeDialog:
    def make(secrets: SecretStore) -> KeysDialog:
        dialog = KeysDialog(secrets)
        qtbot.addWidget(dialog)  # closed and deleted at teardown
        return dialog

    return make


def all_texts(widget: QWidget) -> list[str]:
    """Every string the dialog could show: texts, placeholders, tooltips, titles."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName(), child.whatsThis()]
        if isinstance(child, QLineEdit):
            texts += [child.text(), child.placeholderText(), child.displayText()]
        elif isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
    return texts


def save_button(dialog: KeysDialog) -> QAbstractButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def test_save_stores_keys_without_ever_showing_them(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    dialog = make_dialog(secrets)
    dialog.open()
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.status_text(V0_API_KEY) == "Not set"
    assert not dialog.remove_button(V0_API_KEY).isEnabled()

    qtbot.keyClicks(dialog.field(V0_API_KEY), V0_SECRET)
    assert dialog.field(V0_API_KEY).displayText() != V0_SECRET  # echoed as dots
    with qtbot.waitSignal(dialog.keys_changed):
        save_button(dialog).click()
    assert not dialog.isVisible()
    assert secrets.get(V0_API_KEY) == V0_SECRET
    assert secrets.get(OPENROUTER_API_KEY) is None

    secrets.set(OPENROUTER_API_KEY, OR_SECRET)
    dialog.open()
    assert dialog.status_text(V0_API_KEY) == "Stored in the system keyring"
    assert dialog.status_text(OPENROUTER_API_KEY) == "Stored in the system keyring"
    assert dialog.remove_button(V0_API_KEY).isEnabled()
    texts = all_texts(dialog)
    assert not [t for t in texts if V0_SECRET in t or OR_SECRET in t]


def test_show_toggle_reveals_only_what_was_typed(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    secrets.set(V0_API_KEY, V0_SECRET)
    dialog = make_dialog(secrets)
    dialog.open()
    row_field = dialog.field(V0_API_KEY)
    show = dialog.show_button(V0_API_KEY)
    assert show.text() == "Show"
    show.click()
    assert row_field.echoMode() is QLineEdit.EchoMode.Normal and show.text() == "Hide"
    assert row_field.text() == ""  # the stored key is not loaded into the field
    qtbot.keyClicks(row_field, "typed")
    assert row_field.displayText() == "typed"
    show.click()
    assert row_field.echoMode() is QLineEdit.EchoMode.Password

    dialog.reject()  # typed text does not linger in the hidden dialog
    assert row_field.text() == ""


def test_remove_applies_on_save_and_cancel_keeps_the_key(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    secrets.set(V0_API_KEY, V0_SECRET)
    dialog = make_dialog(secrets)
    dialog.open()
    dialog.remove_button(V0_API_KEY).click()
    assert dialog.status_text(V0_API_KEY) == "Will be removed when you save"
    assert dialog.remove_button(V0_API_KEY).text() == "Keep"
    dialog.reject()
    assert secrets.get(V0_API_KEY) == V0_SECRET

    dialog.open()
    assert dialog.status_text(V0_API_KEY) == "Stored in the system keyring"
    dialog.remove_button(V0_API_KEY).click()
    with qtbot.waitSignal(dialog.keys_changed):
        save_button(dialog).click()
    assert secrets.get(V0_API_KEY) is None

    dialog.open()
    assert dialog.status_text(V0_API_KEY) == "Not set"
    assert not dialog.remove_button(V0_API_KEY).isEnabled()


def test_unavailable_keyring_is_explained_not_a_crash(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(SecretStore(fail.Keyring()))
    dialog.open()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == NO_BACKEND_MESSAGE
    assert dialog.status_text(V0_API_KEY).startswith("Unknown")
    assert not dialog.field(V0_API_KEY).isEnabled()
    assert not dialog.remove_button(V0_API_KEY).isEnabled()


def test_a_failing_save_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(SecretStore(RefusingKeyring()))
    dialog.open()
    assert not dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.field(OPENROUTER_API_KEY), OR_SECRET)
    with qtbot.assertNotEmitted(dialog.keys_changed):
        save_button(dialog).click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == NO_BACKEND_MESSAGE
    assert OR_SECRET not in dialog.error_label.text()
    assert dialog.status_text(OPENROUTER_API_KEY) == "Not set"


def test_a_key_with_spaces_is_refused(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    dialog = make_dialog(secrets)
    dialog.open()
    qtbot.keyClicks(dialog.field(V0_API_KEY), "v0-sk half pasted")
    save_button(dialog).click()
    assert dialog.isVisible()
    assert "contains spaces" in dialog.error_label.text()
    assert "half pasted" not in dialog.error_label.text()
    assert secrets.get(V0_API_KEY) is None


def test_the_openrouter_keys_remaining_credit_is_shown(
    qtbot: QtBot, secrets: SecretStore, arun: Any
) -> None:
    asked: list[str] = []

    async def credit() -> str:
        asked.append("GET /key")
        return "OpenRouter credit left on this key: $12.50 of $20.00."

    dialog = KeysDialog(secrets, credit=credit)
    qtbot.addWidget(dialog)
    assert dialog.credit_label.isHidden() and asked == []  # no key: nothing to ask about

    secrets.set(OPENROUTER_API_KEY, OR_SECRET)

    async def scenario() -> None:
        dialog.refresh()
        assert "Asking OpenRouter" in dialog.credit_label.text()
        await wait_for(lambda: "$12.50" in dialog.credit_label.text())

    arun(scenario())
    assert asked == ["GET /key"]
    assert not dialog.credit_label.isHidden()


STRIPE_SECRET = "sk_test_51Hq2kLx9"
APPS_SECRET = "rk_test_77Ab3Cd"
WEBHOOK_SECRET = "whsec_9f8e7d6c5b"


def test_stripe_keys_are_stored_masked_under_the_names_the_app_reads(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    from l4ydesk import app

    # the dialog writes where `l4ydesk stripe setup`, the store and the server read
    assert (STRIPE_SECRET_KEY, APPS_STRIPE_SECRET_KEY, APPS_STRIPE_WEBHOOK_SECRET) == (
        app.STRIPE_KEY,
        app.APPS_STRIPE_SECRET_KEY,
        app.APPS_STRIPE_WEBHOOK_SECRET,
    )
    dialog = make_dialog(secrets)
    dialog.open()
    for name, value in (
        (STRIPE_SECRET_KEY, STRIPE_SECRET),
        (APPS_STRIPE_SECRET_KEY, APPS_SECRET),
        (APPS_STRIPE_WEBHOOK_SECRET, WEBHOOK_SECRET),
    ):
        assert dialog.status_text(name) == "Not set"
        qtbot.keyClicks(dialog.field(name), value)
        assert dialog.field(name).displayText() != value  # echoed as dots
    with qtbot.waitSignal(dialog.keys_changed):
        save_button(dialog).click()
    assert secrets.get(STRIPE_SECRET_KEY) == STRIPE_SECRET
    assert secrets.get(APPS_STRIPE_SECRET_KEY) == APPS_SECRET
    assert secrets.get(APPS_STRIPE_WEBHOOK_SECRET) == WEBHOOK_SECRET

    dialog.open()
    assert dialog.status_text(APPS_STRIPE_WEBHOOK_SECRET) == "Stored in the system keyring"
    texts = all_texts(dialog)
    assert not [t for t in texts for s in (STRIPE_SECRET, APPS_SECRET, WEBHOOK_SECRET) if s in t]
    dialog.remove_button(STRIPE_SECRET_KEY).click()
    save_button(dialog).click()
    assert secrets.get(STRIPE_SECRET_KEY) is None
    assert secrets.get(APPS_STRIPE_SECRET_KEY) == APPS_SECRET


@pytest.mark.parametrize(
    ("name", "pasted", "says"),
    [
        ("stripe_secret_key", "pk_test_publishable", "sk_ or rk_"),
        ("apps_stripe_secret_key", "whsec_wrongfield", "sk_ or rk_"),
        ("apps_stripe_webhook_secret", "sk_test_wrongfield", "whsec_"),
        ("apps_stripe_secret_key", "sk_test with space", "contains spaces"),
    ],
)
def test_a_wrong_stripe_paste_is_refused_and_nothing_is_stored(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore, name: str, pasted: str, says: str
) -> None:
    secrets.set(APPS_STRIPE_SECRET_KEY, APPS_SECRET)
    dialog = make_dialog(secrets)
    dialog.open()
    qtbot.keyClicks(dialog.field(V0_API_KEY), V0_SECRET)
    qtbot.keyClicks(dialog.field(name), pasted)
    with qtbot.assertNotEmitted(dialog.keys_changed):
        save_button(dialog).click()
    assert dialog.isVisible() and says in dialog.error_label.text()
    assert pasted not in dialog.error_label.text()
    # a refusal changes no key, not even the valid ones typed with it
    assert secrets.get(V0_API_KEY) is None
    assert secrets.get(APPS_STRIPE_SECRET_KEY) == APPS_SECRET
    assert secrets.get(STRIPE_SECRET_KEY) is None
    assert secrets.get(APPS_STRIPE_WEBHOOK_SECRET) is None


def test_github_and_vercel_tokens_are_stored_under_the_names_publishing_reads(
    qtbot: QtBot, make_dialog: MakeDialog, secrets: SecretStore
) -> None:
    from l4ydesk import app
    from l4ydesk.ui.settings_dialog import GITHUB_TOKEN, VERCEL_TOKEN

    assert (GITHUB_TOKEN, VERCEL_TOKEN) == (app.GITHUB_TOKEN_KEY, app.VERCEL_TOKEN_KEY)
    github_pat = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"
    vercel = "vk1Yq2Wx3Ez4Rt5Ty6Uu7Ii8Oo"
    dialog = make_dialog(secrets)
    dialog.open()
    assert "Publishing" in all_texts(dialog)
    qtbot.keyClicks(dialog.field(GITHUB_TOKEN), "ghx_not_a_github_token")
    with qtbot.assertNotEmitted(dialog.keys_changed):
        save_button(dialog).click()
    assert "github_pat_" in dialog.error_label.text() and secrets.get(GITHUB_TOKEN) is None
    dialog.field(GITHUB_TOKEN).clear()
    qtbot.keyClicks(dialog.field(GITHUB_TOKEN), github_pat)
    qtbot.keyClicks(dialog.field(VERCEL_TOKEN), vercel)
    with qtbot.waitSignal(dialog.keys_changed):
        save_button(dialog).click()
    assert (secrets.get(GITHUB_TOKEN), secrets.get(VERCEL_TOKEN)) == (github_pat, vercel)
    dialog.open()
    assert dialog.status_text(VERCEL_TOKEN) == "Stored in the system keyring"
    assert not [t for t in all_texts(dialog) for s in (github_pat, vercel) if s in t]
