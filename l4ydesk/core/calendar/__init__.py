"""Availability and bookings: resources, hours, the slot engine, bookings and ICS exchange."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
_WHERE = {
    "BookingDesk": "l4ydesk.core.calendar.bookings",
    "BlockInfo": "l4ydesk.core.calendar.model",
    "BookingInfo": "l4ydesk.core.calendar.model",
    "CalendarError": "l4ydesk.core.calendar.model",
    "RecurringConflictError": "l4ydesk.core.calendar.model",
    "ResourceInfo": "l4ydesk.core.calendar.model",
    "SlotUnavailableError": "l4ydesk.core.calendar.model",
    "ResourceBook": "l4ydesk.core.calendar.resources",
    "Hours": "l4ydesk.core.calendar.slots",
    "SlotRules": "l4ydesk.core.calendar.slots",
    "free_slots": "l4ydesk.core.calendar.slots",
    "group_by_day": "l4ydesk.core.calendar.slots",
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


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
