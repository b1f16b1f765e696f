"""The calendar's front door for the window, the command line and the API: one object per store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from l4ydesk.core.calendar.bookings import BookingDesk
from l4ydesk.core.calendar.model import ResourceInfo
from l4ydesk.core.calendar.page_query import PageRows, read_page_rows
from l4ydesk.core.calendar.resources import ResourceBook, check_zone, day_window
from l4ydesk.core.calendar.slots import SlotRules, epoch, free_slots, group_by_day
from l4ydesk.storage.db import Store

DaySlots = dict[date, list[tuple[datetime, datetime]]]


def _now() -> datetime:
    return datetime.now(UTC)


class Calendar:
    """Resources, bookings and slot questions over one store."""

    def __init__(self, store: Store, now: Callable[[], datetime] = _now) -> None:
        self.resources = ResourceBook(store)
        self.bookings = BookingDesk(store, now=now)
        self._store = store
        self._now = now

    def now(self) -> datetime:
        return self._now()

    def page_rows(self, resource_id: int, start: datetime, end: datetime) -> PageRows:
        """One resource's hours, bookings and blocks around start..end, in one transaction."""
        with self._store.session() as session:
            return read_page_rows(session, resource_id, start, end)

    def slots(
        self,
        resource: ResourceInfo,
        first: date,
        last: date,
        rules: SlotRules,
        zone: str | None = None,
    ) -> DaySlots:
        """Free slots on the booker's dates first..last, grouped by day in the booker's zone."""
        viewer = check_zone(zone or resource.zone)
        start, end = day_window(first, last, viewer)
        rows = self.page_rows(resource.resource_id, start, end)
        found = free_slots(
            rows.hours, rows.busy(), rules, (epoch(start), epoch(end)), epoch(self._now())
        )
        tz = ZoneInfo(viewer)
        return {
            day: [(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz)) for s, e in items]
            for day, items in group_by_day(found, viewer).items()
        }


def parse_start(text: str, zone: str) -> datetime:
    """An ISO 8601 date-time; without an offset it is wall-clock time in `zone`."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment
