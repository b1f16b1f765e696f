"""Renders the Keys dialog: without a persisting keyring (docs/screenshots/no-keyring.png) and
with some keys stored, the Stripe ones among them (docs/screenshots/keys-dialog.png)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from l4ydesk.secrets import MemoryKeyring, SecretStore
from l4ydesk.ui.settings_dialog import (
    APPS_STRIPE_SECRET_KEY,
    APPS_STRIPE_WEBHOOK_SECRET,
    V0_API_KEY,
    KeysDialog,
)

SHOTS = Path(__file__).parent / "screenshots"


def shoot(app: QApplication, dialog: KeysDialog, name: str) -> None:
    """Save the open dialog as it is (what was typed stays; open() would reset it)."""
    dialog.resize(640, dialog.sizeHint().height())
    for _ in range(5):
        app.processEvents()
    out = SHOTS / name
    dialog.grab().save(str(out))
    dialog.close()
    print(f"wrote {out}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    refusing = KeysDialog(SecretStore(fail.Keyring()))
    refusing.open()
    shoot(app, refusing, "no-keyring.png")
    secrets = SecretStore(MemoryKeyring())
    secrets.set(V0_API_KEY, "v0-example")
    secrets.set(APPS_STRIPE_SECRET_KEY, "sk_test_example")
    dialog = KeysDialog(secrets)
    dialog.open()
    dialog.field(APPS_STRIPE_WEBHOOK_SECRET).setText("whsec_being_pasted")
    shoot(app, dialog, "keys-dialog.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
