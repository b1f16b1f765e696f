"""Availability and bookings: resources, hours, the slot engine, bookings and ICS exchange."""

from l4ydesk.core.calendar.bookings import BookingDesk
from l4ydesk.core.calendar.model import (
    BlockInfo,
    BookingInfo,
    CalendarError,
    RecurringConflictError,
    ResourceInfo,
    SlotUnavailableError,
)
from l4ydesk.core.calendar.resources import ResourceBook
from l4ydesk.core.calendar.slots import Hours, SlotRules, free_slots, group_by_day

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
