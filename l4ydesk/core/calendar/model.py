"""What the calendar use cases hand out: resources, bookings, blocks, errors, as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from l4ydesk.core.errors import L4yError

STATUSES = ("pending", "confirmed", "completed", "cancelled", "no_show")
# The status workflow: which status may follow which. Finished statuses are final; a cancelled
# booking is booked again as a new one, so its seat is re-checked like any other.
TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"confirmed", "cancelled"}),
    "confirmed": frozenset({"completed", "cancelled", "no_show"}),
    "completed": frozenset(),
    "cancelled": frozenset(),
    "no_show": frozenset(),
}
HOLDING = ("pending", "confirmed")  # statuses that hold seats
PAYMENTS: dict[str, frozenset[str]] = {
    "unpaid": frozenset({"paid"}),
    "paid": frozenset({"refunded"}),
    "refunded": frozenset(),
}
RESOURCE_KINDS = ("person", "room", "equipment")


class CalendarError(L4yError):
    pass


class ResourceNotFoundError(CalendarError):
    pass


class BookingNotFoundError(CalendarError):
    pass


class SlotUnavailableError(CalendarError):
    """The slot cannot be booked; `reason` is 'taken', 'hours', 'notice', 'horizon' or
    'seats' (more seats asked for than the resource has)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class RecurringConflictError(SlotUnavailableError):
    def __init__(self, message: str, dates: list[date]) -> None:
        super().__init__(message, "taken")
        self.dates = dates


class TransitionError(CalendarError):
    pass


class CalendarBusyError(CalendarError):
    pass


@dataclass(frozen=True)
class ResourceInfo:
    resource_id: int
    name: str
    kind: str
    zone: str
    capacity: int
    weekly: dict[int, list[tuple[int, int]]]
    exceptions: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    products: tuple[str, ...] = ()


@dataclass(frozen=True)
class BookingInfo:
    booking_id: int
    resource_id: int
    start: datetime  # aware, UTC
    end: datetime
    seats: int
    status: str
    payment: str
    customer_name: str
    customer_email: str
    series_id: str | None
    buffer_before: int = 0
    buffer_after: int = 0
    checkout_ref: str | None = None

    @property
    def holds_seats(self) -> bool:
        return self.status in HOLDING


@dataclass(frozen=True)
class BusySpan:
    """Busy time read from a calendar file; `uid` tells one occurrence of one event."""

    start: datetime
    end: datetime
    reason: str
    uid: str


@dataclass(frozen=True)
class BlockInfo:
    block_id: int
    resource_id: int
    kind: str  # 'block' or 'busy'
    start: datetime
    end: datetime
    reason: str
    source_uid: str | None = None
