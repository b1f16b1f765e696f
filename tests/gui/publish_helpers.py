"""What the publish window tests share: the window with an app, its records, the feature."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.app import Services
from l4ydesk.core.records import USED_IN_APP
from l4ydesk.storage.models import ObjectLink
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.feature import PublishFeature
from tests.gui.windows import shown_window

DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shots_dir(tmp_path: Path) -> Path:
    """docs/screenshots/ when L4YDESK_SAVE_SCREENSHOTS=1 (a plain run leaves the tree alone)."""
    return DOCS_SHOTS if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1" else tmp_path


@pytest.fixture
def window(services: Services, qtbot: Any, arun: Callable[[Any], Any]) -> Iterator[MainWindow]:
    with shown_window(services, qtbot, arun, width=1400) as win:
        yield win


def publish_feature(window: MainWindow) -> PublishFeature:
    return next(f for f in window.features if isinstance(f, PublishFeature))


def connect_records(services: Services, app_id: int) -> dict[str, int]:
    """A product and a checkout the app uses (as Connect would have linked them)."""
    records = services.records
    product = records.create("product", "Linen apron", {"price": "49.00"})
    checkout = records.create("checkout", "Apron checkout")
    with services.store.session() as session:
        for record in (product, checkout):
            session.add(ObjectLink(from_object_id=record.id, app_id=app_id, link_type=USED_IN_APP))
    return {"product": product.id, "checkout": checkout.id}


def run_events(*calls: tuple[str, tuple[Any, ...]]) -> Any:
    """A runner that reports `calls` (method name, arguments) as the pipeline would."""

    async def runner(_services: Services, _app_id: int, events: Any, _resume: bool) -> Any:
        result = None
        for name, args in calls:
            getattr(events, name)(*args)
            if name == "finished":
                result = args[0]
        return result

    return runner
