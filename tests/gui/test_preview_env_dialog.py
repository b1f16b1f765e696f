"""The preview environment: the console's offer opens the dialog, Save keeps the values in the
keyring (never the database) and starts the preview again with them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from l4ydesk.core.preview.app_env import EnvVar, PreviewEnvStore
from l4ydesk.core.preview.local_server import OutputLine
from l4ydesk.secrets import MemoryKeyring, SecretStore
from l4ydesk.ui.console_panel import ConsolePanel
from l4ydesk.ui.local_preview import LocalPreviewController
from l4ydesk.ui.preview_env_dialog import PreviewEnvDialog
from tests.conftest import wait_for

CLIENT = (
    b"export const url = process.env.NEXT_PUBLIC_SUPABASE_URL;\n"
    b"export const secret = process.env.SUPABASE_SERVICE_ROLE_KEY;\n"
)
MISSING = OutputLine("l4ydesk", "stderr", "The page failed because …", "missing-env")


def test_the_offer_opens_the_dialog_and_save_stores_and_restarts(
    services: Any, tasks: Any, qtbot: Any, arun: Callable[[Awaitable[Any]], Any], l4y_env: Path
) -> None:
    secrets = SecretStore(MemoryKeyring())
    app = services.catalog.create("Dash")
    services.vfs.write(app.app_id, "lib/supabase.ts", CLIENT)
    console = ConsolePanel()
    qtbot.addWidget(console)
    console.show()
    controller = LocalPreviewController(
        services.settings, services.vfs, tasks, console, None, services.preferences, secrets
    )
    controller.set_app(app)
    failures: list[str] = []
    controller.failed.connect(failures.append)

    controller._on_preview_output(MISSING)
    assert console.offering and console.offer_button.text() == "Set environment variables…"
    qtbot.mouseClick(console.offer_button, Qt.MouseButton.LeftButton)
    arun(wait_for(lambda: controller.environment_dialog is not None))
    dialog = controller.environment_dialog
    assert dialog is not None
    url = dialog.findChild(type(dialog._edits["NEXT_PUBLIC_SUPABASE_URL"]),
                           "env-NEXT_PUBLIC_SUPABASE_URL")  # fmt: skip
    assert url is not None
    url.setText("https://demo.supabase.co")
    dialog._edits["SUPABASE_SERVICE_ROLE_KEY"].setText("service-role-secret-123")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    # Saved in the keyring, then the preview starts again (and fails: this app has no
    # package.json), which shows the failure page rather than nothing.
    arun(wait_for(lambda: bool(failures), timeout=30))
    assert "no package.json" in failures[0]
    assert PreviewEnvStore(secrets).load(app.slug) == {
        "NEXT_PUBLIC_SUPABASE_URL": "https://demo.supabase.co",
        "SUPABASE_SERVICE_ROLE_KEY": "service-role-secret-123",
    }
    db = (l4y_env / "l4ydesk.db").read_bytes()
    assert b"service-role-secret-123" not in db


def test_a_stored_secret_is_not_shown_and_can_be_removed(qtbot: Any) -> None:
    variables = [EnvVar("STRIPE_SECRET_KEY", ("app/api/pay/route.ts",)), EnvVar("SITE", ())]
    dialog = PreviewEnvDialog(
        "Shop", variables, {"STRIPE_SECRET_KEY": "sk_test_123456", "SITE": "Harbor"}
    )
    qtbot.addWidget(dialog)
    secret = dialog._edits["STRIPE_SECRET_KEY"]
    assert secret.text() == "" and "stored" in secret.placeholderText()
    assert dialog._edits["SITE"].text() == "Harbor"
    assert dialog.values() == {"STRIPE_SECRET_KEY": "sk_test_123456", "SITE": "Harbor"}
    remove = dialog.findChild(QToolButton, "remove-STRIPE_SECRET_KEY")
    assert remove is not None and remove.text() == "Remove"
    remove.click()
    assert dialog.values() == {"SITE": "Harbor"}


def test_a_name_that_cannot_be_set_is_refused_in_the_dialog(qtbot: Any) -> None:
    dialog = PreviewEnvDialog("Shop", [EnvVar("NODE_OPTIONS", ())], {})
    qtbot.addWidget(dialog)
    dialog._edits["NODE_OPTIONS"].setText("--inspect")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "cannot be changed here" in dialog.error.text()


def test_placeholders_fill_only_what_is_empty_and_are_shaped_by_name(qtbot: Any) -> None:
    variables = [
        EnvVar("NEXT_PUBLIC_SUPABASE_URL", ("lib/supabase.ts",)),
        EnvVar("NEXT_PUBLIC_SUPABASE_ANON_KEY", ("lib/supabase.ts",)),
        EnvVar("SUPABASE_SERVICE_ROLE_KEY", ("lib/admin.ts",)),
        EnvVar("RESEND_FROM", ("app/api/send/route.ts",)),
        EnvVar("NEXT_PUBLIC_SITE_NAME", ("app/layout.tsx",)),
    ]
    stored = {"SUPABASE_SERVICE_ROLE_KEY": "real-service-role"}
    dialog = PreviewEnvDialog("Dash", variables, stored, missing=["NEXT_PUBLIC_SUPABASE_URL"])
    qtbot.addWidget(dialog)
    dialog._edits["NEXT_PUBLIC_SITE_NAME"].setText("Harbor")
    assert dialog._edits["NEXT_PUBLIC_SUPABASE_URL"].text() == ""
    qtbot.mouseClick(dialog.fill, Qt.MouseButton.LeftButton)
    assert dialog.values() == {
        "NEXT_PUBLIC_SUPABASE_URL": "https://placeholder.invalid",
        "NEXT_PUBLIC_SUPABASE_ANON_KEY": "placeholder",
        "SUPABASE_SERVICE_ROLE_KEY": "real-service-role",  # stored: kept, never shown
        "RESEND_FROM": "placeholder@example.invalid",
        "NEXT_PUBLIC_SITE_NAME": "Harbor",  # typed: kept
    }
    assert dialog._edits["SUPABASE_SERVICE_ROLE_KEY"].text() == ""
    # a variable the user removed stays unset
    dialog._edits["NEXT_PUBLIC_SUPABASE_ANON_KEY"].clear()
    remove = dialog.findChild(QToolButton, "remove-SUPABASE_SERVICE_ROLE_KEY")
    assert remove is not None
    remove.setChecked(True)
    dialog.fill_placeholders()
    values = dialog.values()
    assert "SUPABASE_SERVICE_ROLE_KEY" not in values
    assert values["NEXT_PUBLIC_SUPABASE_ANON_KEY"] == "placeholder"
