"""Tables of calendar sync: external calendars linked to resources, what was pulled and pushed.

A link names the remote calendar and where its credential sits in the keyring (`secret_name`),
never the credential itself. `cursor` is where the next pull starts (a CalDAV sync token, a
Google page or sync token, a Graph next or delta link), saved after every applied page, so a
sync that dies midway resumes there; pulled busy time lives in `cal_blocks` (kind `busy`,
`source_uid` = `sync:<link>|<remote id>|<occurrence>`), one `cal_sync_items` row per remote
event. `cal_sync_pushes` remembers which booking became which remote event and in what state,
so a retry updates the same event instead of making a second one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow

PROVIDERS = ("caldav", "google", "msgraph")


class CalSyncLink(Base):
    """One external calendar feeding a resource's busy time and receiving its bookings."""

    __tablename__ = "cal_sync_links"
    __table_args__ = (
        CheckConstraint("provider IN ('caldav', 'google', 'msgraph')", name="ck_sync_provider"),
        UniqueConstraint("resource_id", "provider", "calendar_url", name="uq_sync_link"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("cal_resources.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(20))
    calendar_url: Mapped[str] = mapped_column(String(1000))
    account: Mapped[str] = mapped_column(String(320), default="")
    secret_name: Mapped[str] = mapped_column(String(200))
    push_bookings: Mapped[bool] = mapped_column(Boolean, default=True)
    cursor: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The pass in progress lists the whole calendar: at its end, what it did not see is gone.
    full_pass: Mapped[bool] = mapped_column(Boolean, default=True)
    generation: Mapped[int] = mapped_column(Integer, default=1)
    # When the last whole listing began: recurring events are expanded over a window that
    # moves with time, so every link is listed whole again after a while (FULL_PASS_EVERY).
    full_pass_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CalSyncItem(Base):
    """A remote event pulled into busy time, seen last in pull pass `generation`."""

    __tablename__ = "cal_sync_items"
    __table_args__ = (UniqueConstraint("link_id", "ref", name="uq_sync_item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("cal_sync_links.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(1000))
    etag: Mapped[str] = mapped_column(String(200), default="")
    generation: Mapped[int] = mapped_column(Integer, default=1)


class CalSyncPush(Base):
    """A booking written to the linked calendar: its remote event and the state written."""

    __tablename__ = "cal_sync_pushes"
    __table_args__ = (UniqueConstraint("link_id", "booking_id", name="uq_sync_push"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("cal_sync_links.id", ondelete="CASCADE"))
    # No foreign key: a booking deleted with its resource still has a remote event to remove.
    booking_id: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(String(1000))
    fingerprint: Mapped[str] = mapped_column(String(300))
