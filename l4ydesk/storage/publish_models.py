"""Stored publishing: each app's wizard answers, and each publish run with its step results.

A run is a persisted state machine: `step` is the step in progress or next, `state` holds every
finished step's result (repository, commit, project, deployment ...), so a run killed in any
step resumes without repeating what was done.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class PublishSettings(Base):
    __tablename__ = "publish_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), unique=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class PublishRun(Base):
    __tablename__ = "publish_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    # running, succeeded, failed, cancelled
    status: Mapped[str] = mapped_column(String(20), default="running")
    step: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The deployed app's address once a run succeeded (the preview's Live source reads it).
    production_url: Mapped[str | None] = mapped_column(Text, default=None)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
