"""Stored state of the AI builder chat beyond its messages: turns, v0 sync bases, conflicts.

Kept apart from `models.py` (the chat's own concern) but on the same `Base`, so Alembic and the
metadata see it; `l4ydesk.storage` imports this module to make sure of that.

- `ChatTurn`: one user message and what answering it did (the answer's message, the sentence
  explaining a failure or a cut answer, the v0 version it produced, and the ordered file changes
  an agent step made, so the step can be undone after a restart).
- `V0SyncState`: per v0 chat, the version last written into the app and the hash of every file
  as v0 wrote it (the base of the three-way comparison that finds local edits).
- `ChatConflict`: a file v0 changed that the user had also changed locally, waiting for a choice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class ChatTurn(Base):
    """One user message (sent or still a draft) and the outcome of answering it.

    `changes` lists an agent step's file changes in the order they happened, each a dict with
    `op` (create, write, delete, rename) and what undo needs (file ids, revision numbers, paths).
    """

    __tablename__ = "chat_turns"
    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    user_message_id: Mapped[int] = mapped_column(
        ForeignKey("chat_messages.id", ondelete="CASCADE"), unique=True
    )
    assistant_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("chat_messages.id", ondelete="SET NULL"), default=None
    )
    model: Mapped[str] = mapped_column(String(200), default="")
    # Why the turn is a draft, failed or partial, as the sentence shown to the user.
    note: Mapped[str] = mapped_column(Text, default="")
    v0_version_id: Mapped[str | None] = mapped_column(String(200), default=None)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class V0SyncState(Base):
    """What the app holds of its v0 chat: the last version written and each file's base hash."""

    __tablename__ = "chat_v0_sync"
    chat_id: Mapped[int] = mapped_column(
        ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True
    )
    version_id: Mapped[str | None] = mapped_column(String(200), default=None)
    demo_url: Mapped[str | None] = mapped_column(String(1000), default=None)
    # {path: sha256 of the content v0 last wrote}; a file absent here is not v0's.
    base_hashes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    synced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChatConflict(Base):
    """A v0 change to a file the user edited locally; nothing is written until they choose.

    `theirs` is v0's content (None when v0 deleted the file); "mine" is whatever the app holds
    when the conflict is shown or resolved, so it is not copied here.
    """

    __tablename__ = "chat_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    turn_id: Mapped[int | None] = mapped_column(
        ForeignKey("chat_turns.id", ondelete="SET NULL"), default=None
    )
    path: Mapped[str] = mapped_column(String(1024))
    theirs: Mapped[str | None] = mapped_column(Text, default=None)
    version_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)
