"""The platform API in the window: the API Keys page, and the server it starts in the background
answering a real form submission whose contact then shows in the Records panel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from l4ydesk.app import Services
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.platform.feature import PlatformFeature
from tests.conftest import wait_for
from tests.gui.windows import shown_window

Run = Callable[[Any], Any]


@pytest.fixture
def window(
    services: Services, qtbot: Any, arun: Run, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("L4YDESK_SERVER_SECRET", "gui-test-secret")
    with shown_window(services, qtbot, arun) as win:
        yield win


def _feature(window: MainWindow) -> PlatformFeature:
    return next(f for f in window.features if isinstance(f, PlatformFeature))


def test_keys_page_creates_shows_once_lists_and_revokes(window: MainWindow, arun: Run) -> None:
    arun(window.apps.create_app("Harbor"))
    feature = _feature(window)
    feature.show_keys()
    page = feature.page
    assert "Harbor" in page.app_label.text()
    page.scope_boxes["products:read"].setChecked(True)
    page.scope_boxes["forms:write"].setChecked(True)
    page.origins.setText("https://shop.example")
    page.create_button.click()
    arun(wait_for(lambda: page.reveal.isVisible() and page.table.rowCount() == 1, timeout=30))
    key = page.new_key.text()
    assert key.startswith("l4y_") and len(key) > 40
    assert page.table.item(0, 1).text() == "products:read, forms:write"
    assert page.table.item(0, 2).text() == "https://shop.example"
    assert page.table.item(0, 5).text() == "active"
    page.copy_button.click()
    assert QApplication.clipboard().text() == key
    # the key itself is stored nowhere: only its prefix is listed
    assert all(key not in (page.table.item(0, c).text()) for c in range(6))

    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke_button.click()
    arun(wait_for(lambda: page.table.item(0, 5).text() == "revoked", timeout=30))

    page.scope_boxes["products:read"].setChecked(False)
    page.scope_boxes["forms:write"].setChecked(False)
    page.create_button.click()
    arun(wait_for(lambda: "at least one scope" in page.message.text(), timeout=30))


def test_background_server_takes_a_submission_shown_in_records(
    window: MainWindow, arun: Run
) -> None:
    app = arun(window.apps.create_app("Harbor"))
    feature = _feature(window)
    feature.toggle_server()
    arun(wait_for(lambda: feature.server is not None, timeout=30))
    assert feature.server is not None
    url = feature.server.url
    assert feature.status.text() == f"API: {url}"
    platform = feature._platform_now()
    key = platform.keys.create(app.app_id, "forms:write").key
    form = platform.records.create(
        app.app_id,
        "form",
        {"title": "Contact", "fields": [{"name": "email", "type": "email", "required": True}]},
    )
    with httpx.Client(base_url=url) as client:
        answer = client.post(
            f"/api/v1/forms/{form.id}/submissions",
            json={"email": "visitor@example.com"},
            headers={"Authorization": f"Bearer {key}"},
        )
    assert answer.status_code == 201, answer.text
    records = next(f for f in window.features if hasattr(f, "records")).records
    arun(wait_for(lambda: "visitor@example.com" in _names(records), timeout=15))
    log = feature.log_panel.view.toPlainText()
    assert f"/api/v1/forms/{form.id}/submissions  201" in log
    assert key not in log
    feature.stop_server()
    assert feature.status.text() == "API: off"
    arun(wait_for(lambda: not window.tasks.running, timeout=15))


def _names(records: Any) -> list[str]:
    model = records.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_webhooks_page_adds_endpoints_shows_deliveries_and_resends(
    window: MainWindow, arun: Run
) -> None:
    app = arun(window.apps.create_app("Harbor"))
    feature = _feature(window)
    feature.show_webhooks()
    page = feature.webhooks
    page.url.setText("https://10.0.0.1/hook")
    page.events.setText("product.created")
    page.add_button.click()
    arun(wait_for(lambda: "private or reserved" in page.message.text(), timeout=30))
    assert page.endpoints.rowCount() == 0

    page.url.setText("http://127.0.0.1:9/hook")
    page.add_button.click()
    arun(wait_for(lambda: page.endpoints.rowCount() == 1, timeout=30))
    assert page.secret.isVisible() and page.secret.text().startswith("whsec_")
    platform = feature._platform_now()
    platform.records.create(app.app_id, "product", {"name": "Mug"})
    page.endpoints.selectRow(0)
    arun(wait_for(lambda: page.deliveries.rowCount() == 1, timeout=30))
    assert page.deliveries.item(0, 1).text() == "product.created"
    assert page.deliveries.item(0, 2).text() == "pending"
    page.deliveries.selectRow(0)
    assert "will be sent again" not in page.message.text()
    page.resend_button.click()
    arun(wait_for(lambda: "will be sent again" in page.message.text(), timeout=30, may_hold=True))
    arun(wait_for(lambda: not window.tasks.running, timeout=30))
