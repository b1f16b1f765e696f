"""The pipeline's preparer: app files + scaffold (Free badge on Free only) + compat rules."""

from __future__ import annotations

from collections.abc import Mapping

from l4ydesk.core.credits.ledger import Ledger
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.pipeline import Preparer
from l4ydesk.core.tiers import Tier
from l4ydesk.storage.db import Store


def preparer(store: Store) -> Preparer:
    def prepare(app_id: int, config: PublishConfig) -> Mapping[str, bytes]:
        from l4ydesk.core.publish.prepare import prepare_files

        badge = Ledger(store).balance().tier is Tier.FREE
        files: Mapping[str, bytes] = prepare_files(store, app_id, config, badge=badge).files
        return files

    return prepare
