"""Renders the Keys dialog without a persisting keyring: docs/screenshots/no-keyring.png."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from l4ydesk.secrets import SecretStore
from l4ydesk.ui.settings_dialog import KeysDialog

OUT = Path(__file__).parent / "screenshots" / "no-keyring.png"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        dialog = KeysDialog(SecretStore(fail.Keyring()), settings)
        dialog.open()
        dialog.resize(640, dialog.sizeHint().height())
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT))
        dialog.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
