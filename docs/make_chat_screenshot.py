"""Renders docs/screenshots/chat-and-preview.png: a v0 chat next to the app's local preview.

v0 is played by the fake v0 server from tests/fakes (real HTTP on 127.0.0.1) answering with the
sample app's files; the preview is the real `next dev` of those files. Needs npm registry access
the first time (the install is cached in a temporary data dir).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["PYTHON_KEYRING_BACKEND"] = "l4ydesk.secrets.MemoryKeyring"
OUT = ROOT / "docs" / "screenshots" / "chat-and-preview.png"


def main() -> None:
    from shot_support import open_window, until

    from l4ydesk.app import V0_KEY, sample_app_dir
    from l4ydesk.core.analyzer import load_project
    from l4ydesk.ui.preview import LoadState
    from l4ydesk.ui.window.features import ChatFeature, PreviewFeature
    from tests.fakes.v0_server import FakeV0Server, PlannedVersion

    files = {p: b.decode() for p, b in load_project(sample_app_dir()).items()}
    with tempfile.TemporaryDirectory() as tmp, FakeV0Server(pending_polls=1) as server:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        os.environ["L4YDESK_V0_URL"] = server.url("/v1")
        server.plan(
            PlannedVersion(
                files=files,
                reply="Here is Harbor & Pine: a shop, workshops, "
                "bookings and a contact form. Open the preview to try it.",
            )
        )
        loop, services, window = open_window(1600, 980)
        services.secrets.set(V0_KEY, server.api_key)

        async def shoot() -> None:
            await window.apps.create_app("Harbor & Pine")
            window.feature(ChatFeature).panel.refresh_keys()
            window.feature(ChatFeature).panel.composer.set_text(
                "A site for Harbor & Pine, a ceramics studio: a shop of our pieces, wheel-"
                "throwing workshops with dates and seats, private lesson bookings, contact."
            )
            window.feature(ChatFeature).panel.submit()
            await until(lambda: "app/page.tsx" in window.files.explorer.paths(), 60)
            await until(lambda: not window.feature(ChatFeature).panel.busy, 60)
            window.dock("preview").raise_()
            url = await window.feature(PreviewFeature).local.run()
            preview = window.feature(PreviewFeature).panel
            await until(lambda: preview.load_state is LoadState.LOADED, 180)
            await asyncio.sleep(4)  # let next dev finish hydrating and painting
            await window.files.open_file_async("app/page.tsx")
            await asyncio.sleep(1)
            window.grab().save(str(OUT))
            print(f"preview at {url}; screenshot written to {OUT}")

        async def shoot_then_shut_down() -> None:
            # One run_until_complete only: QtWebEngine shuts down when exec() returns.
            await shoot()
            await window.shutdown()

        loop.run_until_complete(shoot_then_shut_down())
        services.close()


if __name__ == "__main__":
    main()
