"""Renders the API Keys page and the platform server's status offscreen for the README:
`python docs/make_platform_screenshot.py` (docs/screenshots/api-keys.png, webhooks.png)."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
OUT = Path(__file__).parent / "screenshots"


def main() -> None:
    import httpx
    from shot_support import open_window

    from l4ydesk.ui.platform.feature import PlatformFeature

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["L4YDESK_DATA_DIR"] = tmp
        loop, services, window = open_window(1440, 900)
        feature = next(f for f in window.features if isinstance(f, PlatformFeature))

        async def shoot() -> None:
            shop = await window.apps.import_sample()
            platform = feature._platform_now()
            platform.keys.create(shop.app_id, "*:read", expires="365d")
            revoked = platform.keys.create(shop.app_id, "products:read")
            platform.keys.revoke(revoked.info.prefix)
            feature.show_keys()
            for scope in ("products:read", "events:read", "forms:write", "checkout:write"):
                feature.page.scope_boxes[scope].setChecked(True)
            feature.page.origins.setText("https://harborandpine.example")
            feature.page.expiry.setCurrentIndex(2)
            feature.page.create_button.click()
            feature.toggle_server()
            for _ in range(200):
                await asyncio.sleep(0.05)
                if feature.server is not None and feature.page.reveal.isVisible():
                    break
            assert feature.server is not None
            key = feature.page.new_key.text()
            async with httpx.AsyncClient(base_url=feature.server.url) as client:
                headers = {"Authorization": f"Bearer {key}"}
                await client.get("/api/v1/products", headers=headers)
                await client.get("/api/v1/events", headers=headers)
                await client.get("/api/v1/crm/contacts", headers=headers)
            await asyncio.sleep(1.2)  # the log polls twice a second
            feature.refresh()
            await asyncio.sleep(0.5)
            window.ctx.docks["api_keys"].raise_()
            window.grab().save(str(OUT / "api-keys.png"))
            # The Webhooks page: an endpoint on a local receiver that is down, so the log shows
            # a failed try waiting for its retry, and a delivery still pending.
            feature.show_webhooks()
            feature.webhooks.url.setText("http://127.0.0.1:9/l4ydesk")
            feature.webhooks.events.setText("product.created, form.submitted")
            feature.webhooks.add_button.click()
            await asyncio.sleep(1.0)
            platform.records.create(shop.app_id, "product", {"name": "Speckled mug"})
            await asyncio.sleep(2.0)  # the server's sender tries once
            platform.records.create(shop.app_id, "product", {"name": "Tea bowl"})
            feature.webhooks.endpoints.selectRow(0)
            await asyncio.sleep(1.0)
            window.ctx.docks["webhooks"].raise_()
            window.grab().save(str(OUT / "webhooks.png"))

        async def shoot_then_shut_down() -> None:
            await shoot()
            await window.shutdown()

        loop.run_until_complete(shoot_then_shut_down())
        services.close()
    print(f"screenshots written to {OUT / 'api-keys.png'} and {OUT / 'webhooks.png'}")


if __name__ == "__main__":
    main()
