"""Saving and loading each app's publish wizard answers (one row per app)."""

from __future__ import annotations

from sqlalchemy import select

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.storage.db import Store
from l4ydesk.storage.publish_models import PublishSettings


def load_config(store: Store, app_id: int) -> PublishConfig | None:
    with store.session() as session:
        row = session.scalar(select(PublishSettings).where(PublishSettings.app_id == app_id))
        return None if row is None else PublishConfig.from_json(dict(row.data))


def save_config(store: Store, app_id: int, config: PublishConfig) -> None:
    with store.write_session() as session:
        row = session.scalar(select(PublishSettings).where(PublishSettings.app_id == app_id))
        if row is None:
            session.add(PublishSettings(app_id=app_id, data=config.to_json()))
        else:
            row.data = config.to_json()
