"""The wizard's Visitors page says in one line what sign-in through the platform generates, and
the answer changes the app's key scopes. Saves docs/screenshots/publish-visitors.png when
L4YDESK_SAVE_SCREENSHOTS=1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.app import Services
from l4ydesk.core.publish.config import PublishConfig, VisitorAuth
from l4ydesk.core.publish.config_store import load_config, save_config
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.feature import PAGE_KEY
from tests.conftest import wait_for
from tests.gui.publish_helpers import publish_feature, shots_dir
from tests.gui.windows import shown_window
from tests.publish_support import connected_sample

Run = Callable[[Any], Any]
VISITORS = 2


@pytest.fixture
def wide_window(services: Services, qtbot: Any, arun: Run) -> Iterator[MainWindow]:
    with shown_window(services, qtbot, arun, width=1400) as win:
        yield win


def test_the_visitors_page_says_what_sign_in_generates(
    wide_window: MainWindow,
    services: Services,
    arun: Run,
    tmp_path: Path,
) -> None:
    app_id = connected_sample(services.store, types=("product",))
    config = PublishConfig(name="Harbor & Pine", categories=("products",))
    save_config(services.store, app_id, config)
    window = wide_window
    window.ctx.layout.setValue(PAGE_KEY.format(app_id=app_id), VISITORS)
    arun(window.apps.load_apps(select=app_id))
    feature = publish_feature(window)
    feature.open_wizard()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    wizard = feature.wizard
    assert wizard is not None and wizard.index == VISITORS
    page = wizard.pages[VISITORS]
    assert page.none.isChecked()
    line = page.generates.text()
    assert "/sign-up, /sign-in and /account" in line and "getVisitor()" in line
    assert "auth:read and auth:write" in line

    page.platform.setChecked(True)

    def saved() -> PublishConfig | None:
        return load_config(services.store, app_id)

    arun(wait_for(lambda: (c := saved()) is not None and c.visitor_auth is VisitorAuth.PLATFORM))
    stored = saved()
    assert stored is not None
    assert stored.scopes() == ("products:read", "auth:read", "auth:write")
    assert wizard.grab().save(str(shots_dir(tmp_path) / "publish-visitors.png"))
    wizard.reject()
