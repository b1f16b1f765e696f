"""What calendar sync needs from a provider (CalDAV, later Google, Graph), as plain values.

The engine never sees a wire format: a provider adapter turns its service's events into busy
spans and a booking into its service's event. `app.py` builds the adapters with real clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from l4ydesk.core.calendar.model import BusySpan
from l4ydesk.core.errors import L4yError


def own_uid_prefix(link_id: int) -> str:
    """The start of the UID of every event a link pushed: a pull leaves those out (they are
    this resource's own bookings), while another resource on the same calendar sees them."""
    return f"l4ydesk-booking-{link_id}-"


class ResyncNeeded(L4yError):
    """The provider forgot our cursor (CalDAV invalid sync token, Google 410 Gone): list all."""


@dataclass(frozen=True)
class RemoteEvent:
    """One remote event (all its occurrences) as busy time; no spans: it keeps the time free."""

    ref: str
    etag: str
    spans: tuple[BusySpan, ...]


@dataclass(frozen=True)
class ChangePage:
    """Events changed and removed since the cursor. `done`: `cursor` is the cursor to keep
    for next time; otherwise it is the next page of this pass."""

    changed: list[RemoteEvent] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    cursor: str | None = None
    done: bool = True


@dataclass(frozen=True)
class BookingEvent:
    """A booking as the linked calendar shows it; `uid` is stable for the booking and link."""

    uid: str
    start: datetime
    end: datetime
    title: str
    description: str
    tentative: bool


class Remote(Protocol):
    """One linked calendar at one provider, for one sync run."""

    async def changes(self, cursor: str | None, zone: str) -> ChangePage:
        """The next page of changes after `cursor` (None: list everything). All-day and
        floating times are read in `zone`. Raises ResyncNeeded when the cursor is stale."""
        ...

    async def put_booking(self, event: BookingEvent, ref: str | None) -> str:
        """Create the event or replace `ref`; the same `uid` never makes a second event.
        Returns the remote reference to keep."""
        ...

    async def delete_booking(self, ref: str) -> None:
        """Remove the event; one already gone counts as removed."""
        ...

    async def aclose(self) -> None: ...
