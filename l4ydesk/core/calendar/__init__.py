"""Availability and bookings: resources, hours, the slot engine, bookings and ICS exchange."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4ydesk.lazy import lazy_exports

if TYPE_CHECKING:
    from l4ydesk.core.calendar.bookings import (
        BookingDesk,
    )
    from l4ydesk.core.calendar.model import (
        BlockInfo,
        BookingInfo,
        CalendarError,
        RecurringConflictError,
        ResourceInfo,
        SlotUnavailableError,
    )
    from l4ydesk.core.calendar.resources import (
        ResourceBook,
    )
    from l4ydesk.core.calendar.slots import (
        Hours,
        SlotRules,
        free_slots,
        group_by_day,
    )

# Imported on first use: some parts bring in SQLAlchemy, which start-up does not need.
_HOMES = {
    "BookingDesk": "bookings",
    "BlockInfo": "model",
    "BookingInfo": "model",
    "CalendarError": "model",
    "RecurringConflictError": "model",
    "ResourceInfo": "model",
    "SlotUnavailableError": "model",
    "ResourceBook": "resources",
    "Hours": "slots",
    "SlotRules": "slots",
    "free_slots": "slots",
    "group_by_day": "slots",
}

__all__ = [
    "BlockInfo",
    "BookingDesk",
    "BookingInfo",
    "CalendarError",
    "Hours",
    "RecurringConflictError",
    "ResourceBook",
    "ResourceInfo",
    "SlotRules",
    "SlotUnavailableError",
    "free_slots",
    "group_by_day",
]


__getattr__ = lazy_exports(__name__, globals(), _HOMES)
