"""SQLAlchemy models of availability: locations, bookable resources, schedules, blocks, bookings.

Times are stored as UTC instants (timezone-aware columns); weekly hours and date exceptions are
stored as local wall-clock minutes, interpreted in the resource's own time zone by the slot engine.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from l4ydesk.storage.models import Base, utcnow

resource_products = Table(
    "cal_resource_products",
    Base.metadata,
    Column("resource_id", ForeignKey("cal_resources.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("cal_products.id", ondelete="CASCADE"), primary_key=True),
)


class CalLocation(Base):
    """Where a resource is: a branch, a venue, or a virtual place with a meeting URL."""

    __tablename__ = "cal_locations"
    __table_args__ = (
        CheckConstraint("kind IN ('branch', 'venue', 'virtual')", name="ck_loc_kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="branch")
    address: Mapped[str] = mapped_column(Text, default="")
    meeting_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)


class CalProduct(Base):
    """A bookable product (one of the ontology's seven subtypes) and its booking rules."""

    __tablename__ = "cal_products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    subtype: Mapped[str] = mapped_column(String(20))
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    buffer_before_min: Mapped[int] = mapped_column(Integer, default=0)
    buffer_after_min: Mapped[int] = mapped_column(Integer, default=0)
    min_notice_min: Mapped[int] = mapped_column(Integer, default=0)
    max_advance_days: Mapped[int] = mapped_column(Integer, default=365)
    slot_step_min: Mapped[int] = mapped_column(Integer, default=15)
    # The business record (products table of records) this bookable product stands for, if any.
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CalResource(Base):
    """A person, room or piece of equipment that can be booked, in its own time zone."""

    __tablename__ = "cal_resources"
    __table_args__ = (CheckConstraint("capacity >= 1", name="ck_res_capacity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="person")
    timezone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    location_id: Mapped[int | None] = mapped_column(
        ForeignKey("cal_locations.id", ondelete="SET NULL"), nullable=True
    )
    # Bumped as the FIRST statement of every booking write: the row lock (PostgreSQL) or the
    # database write lock (SQLite) it takes serialises all bookings of this resource, so the
    # re-check that follows cannot race another writer for the last seat.
    booking_lock: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    products: Mapped[list[CalProduct]] = relationship(secondary=resource_products)


class CalScheduleRule(Base):
    """One interval of the weekly hours: weekday 0 = Monday, minutes from local midnight."""

    __tablename__ = "cal_schedule_rules"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_rule_weekday"),
        CheckConstraint(
            "start_min >= 0 AND end_min <= 1440 AND start_min < end_min", name="ck_rule_span"
        ),
        Index("ix_cal_rules_resource", "resource_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("cal_resources.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)


class CalDateException(Base):
    """A date whose hours replace the weekly ones entirely; no intervals means closed."""

    __tablename__ = "cal_date_exceptions"
    __table_args__ = (UniqueConstraint("resource_id", "day", name="uq_cal_exception_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("cal_resources.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    # [[start_min, end_min], ...] in local minutes of that date.
    intervals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class CalBlock(Base):
    """Time the resource cannot be booked: a block (holiday, maintenance) or busy elsewhere."""

    __tablename__ = "cal_blocks"
    __table_args__ = (
        CheckConstraint("kind IN ('block', 'busy')", name="ck_block_kind"),
        CheckConstraint("starts_at < ends_at", name="ck_block_span"),
        Index("ix_cal_blocks_resource_time", "resource_id", "starts_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("cal_resources.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10), default="block")
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text, default="")
    # Where it came from (an ICS UID and the file), so a re-import replaces instead of doubling.
    source_uid: Mapped[str | None] = mapped_column(String(500), nullable=True)


class CalBooking(Base):
    """A booking of seats on a resource; only pending and confirmed bookings hold seats."""

    __tablename__ = "cal_bookings"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'confirmed', 'completed', 'cancelled', 'no_show')",
            name="ck_booking_status",
        ),
        CheckConstraint("payment IN ('unpaid', 'paid', 'refunded')", name="ck_booking_payment"),
        CheckConstraint("starts_at < ends_at", name="ck_booking_span"),
        CheckConstraint("seats >= 1", name="ck_booking_seats"),
        Index("ix_cal_bookings_resource_time", "resource_id", "starts_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("cal_resources.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("cal_products.id", ondelete="SET NULL"), nullable=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    buffer_before_min: Mapped[int] = mapped_column(Integer, default=0)
    buffer_after_min: Mapped[int] = mapped_column(Integer, default=0)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="confirmed")
    payment: Mapped[str] = mapped_column(String(10), default="unpaid")
    # The checkout (Platform API issue) that pays for this booking, when there is one.
    checkout_ref: Mapped[str | None] = mapped_column(String(200), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_email: Mapped[str] = mapped_column(String(320), default="")
    series_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
