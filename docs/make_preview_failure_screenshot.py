"""Renders docs/screenshots/local-preview-failure.png: the local preview's failure page.

The sample app asks for a package the npm registry does not have (`@acme/charts-pro`), and the
real package manager installs from the real registry (npm registry access needed), so the page
and the console show exactly what a user sees when an app depends on a withdrawn package.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["PYTHON_KEYRING_BACKEND"] = "l4ydesk.secrets.MemoryKeyring"
OUT = ROOT / "docs" / "screenshots" / "local-preview-failure.png"
MISSING = "@acme/charts-pro"


def main() -> None:
    from PySide6.QtCore import Qt
    from shot_support import open_window, until

    from l4ydesk.core.preview.errors import PreviewError
    from l4ydesk.ui.preview import LoadState
    from l4ydesk.ui.window.features import PreviewFeature

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        loop, services, window = open_window(1500, 900)

        async def shoot() -> None:
            app = await window.apps.import_sample()
            package = json.loads(services.vfs.read(app.app_id, "package.json"))
            package["dependencies"][MISSING] = "^1.0.0"
            text = json.dumps(package, indent=2) + "\n"
            services.vfs.write(app.app_id, "package.json", text.encode())
            dock = window.dock("preview")
            dock.raise_()
            window.resizeDocks([dock], [900], Qt.Orientation.Horizontal)
            feature = window.feature(PreviewFeature)
            with contextlib.suppress(PreviewError):
                await feature.local.run()
            panel = feature.panel
            await until(lambda: panel.load_state is LoadState.LOADED, 60)
            await asyncio.sleep(1.5)  # the failure page's layout
            dock.grab().save(str(OUT))

        async def shoot_then_shut_down() -> None:
            await shoot()
            await window.shutdown()
            await loop.shutdown_asyncgens()

        loop.run_until_complete(shoot_then_shut_down())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
