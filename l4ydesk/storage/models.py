"""SQLAlchemy 2 models of the local store: workspaces, builder apps, files, chats, records.

File contents are content-addressed blobs; a file is a stable identity with a history of
revisions, so a save never overwrites anything.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


def _enum_values(enum_type: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_type]


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class AppStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class RevisionSource(enum.StrEnum):
    """Who wrote a revision: the user in the editor, v0, the built-in AI, or an import."""

    USER = "user"
    V0 = "v0"
    AI = "ai"
    IMPORT = "import"


class RevisionOperation(enum.StrEnum):
    CREATE = "create"
    WRITE = "write"
    RENAME = "rename"
    DELETE = "delete"
    RESTORE = "restore"
    UNDELETE = "undelete"


class Workspace(Base):
    """An agency's organisation: owns builder apps and business records."""

    __tablename__ = "workspaces"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BuilderApp(Base):
    __tablename__ = "builder_apps"
    __table_args__ = (UniqueConstraint("workspace_id", "slug", name="uq_app_slug"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    status: Mapped[AppStatus] = mapped_column(
        Enum(AppStatus, native_enum=False, length=20, values_callable=_enum_values),
        default=AppStatus.DRAFT,
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Blob(Base):
    """Bytes of one file version, keyed by their SHA-256 (stored once however often used)."""

    __tablename__ = "blobs"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FileEntry(Base):
    """A file's identity inside a builder app; `path` is its current place."""

    __tablename__ = "files"
    __table_args__ = (
        # Two live files may not differ only by case: they would collide on macOS/Windows.
        Index(
            "uq_live_file_path",
            "app_id",
            "path_key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str] = mapped_column(String(1024))
    path_key: Mapped[str] = mapped_column(String(1024))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    current_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("file_revisions.id", use_alter=True, name="fk_file_current_revision"),
        default=None,
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    current_revision: Mapped[FileRevision | None] = relationship(
        foreign_keys=[current_revision_id], post_update=True
    )


class FileRevision(Base):
    __tablename__ = "file_revisions"
    __table_args__ = (UniqueConstraint("file_id", "number", name="uq_revision_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(1024))
    blob_hash: Mapped[str] = mapped_column(ForeignKey("blobs.hash"))
    size: Mapped[int] = mapped_column(Integer)
    is_binary: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[RevisionSource] = mapped_column(
        Enum(RevisionSource, native_enum=False, length=20, values_callable=_enum_values)
    )
    operation: Mapped[RevisionOperation] = mapped_column(
        Enum(RevisionOperation, native_enum=False, length=20, values_callable=_enum_values)
    )
    message: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Chat(Base):
    __tablename__ = "chats"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), index=True
    )
    provider: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(200), default="")
    remote_chat_id: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChatMessage(Base):
    __tablename__ = "chat_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    # draft (queued offline), sending, sent, partial (stream cut), failed
    status: Mapped[str] = mapped_column(String(20), default="sent")
    usage: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OntologyObject(Base):
    """A business record (product, event, contact, ...) of one of the 9 ontology types."""

    __tablename__ = "ontology_objects"
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(300))
    properties: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class ObjectLink(Base):
    """A typed link from a record to another record or to a builder app."""

    __tablename__ = "object_links"
    __table_args__ = (
        UniqueConstraint("from_object_id", "to_object_id", "app_id", "link_type", name="uq_link"),
        # An element of an app (its item_key) is connected at most once, whatever writers race.
        Index(
            "uq_link_item_key",
            "app_id",
            "item_key",
            unique=True,
            sqlite_where=text("item_key IS NOT NULL"),
            postgresql_where=text("item_key IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    from_object_id: Mapped[int] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="CASCADE"), index=True
    )
    to_object_id: Mapped[int | None] = mapped_column(
        ForeignKey("ontology_objects.id", ondelete="CASCADE"), default=None
    )
    app_id: Mapped[int | None] = mapped_column(
        ForeignKey("builder_apps.id", ondelete="CASCADE"), default=None, index=True
    )
    link_type: Mapped[str] = mapped_column(String(60))
    item_key: Mapped[str | None] = mapped_column(String(200), default=None)
    properties: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
