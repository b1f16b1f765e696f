"""The stored history of connection runs, so a run can be undone even after a restart.

Kept apart from `models.py` (one table, one concern) but on the same `Base`, so Alembic and the
metadata see it; `l4ydesk.storage` imports this module to make sure of that.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class ConnectionRun(Base):
    """One executed connection plan: what each item became, with the ids it created or linked.

    `outcomes` is a list of {item_key, type, name, outcome, record_id, link_id, state}; `state`
    is a digest of a created record as it was created, so undo can tell whether it was edited.
    """

    __tablename__ = "connection_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    outcomes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # None while a large plan is still being committed batch by batch (or was cut short).
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
