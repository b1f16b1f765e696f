"""A CalDAV calendar as a sync `Remote`: sync-collection changes in, bookings out as VEVENTs.

Servers without WebDAV sync (RFC 6578) are read whole, and then only when the collection's
ctag (calendarserver.org getctag), or failing that its members' ETags, changed.

Events are read with the same reader as ICS import (`core/calendar/ics.read_busy`): recurring
events expanded with their overrides and EXDATEs, all-day events as the resource's local days,
floating times on its wall clock, free (TRANSP:TRANSPARENT) and cancelled events left out.
A booking is PUT at `<collection>/<uid>.ics`: the name comes from the booking, so a retry after
a crash writes the same resource again instead of a second event (RFC 4791 5.3.2).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol

import icalendar

from l4ydesk.clients.caldav_models import (
    CalendarInfo,
    CalendarObject,
    SyncChanges,
    SyncTokenInvalid,
)
from l4ydesk.clients.errors import RemoteError
from l4ydesk.core.calendar.ics import read_busy
from l4ydesk.core.calendar.model import CalendarError
from l4ydesk.core.calendar_sync.ports import BookingEvent, ChangePage, RemoteEvent, ResyncNeeded

log = logging.getLogger(__name__)


_CTAG = "ctag:"
# How servers without WebDAV sync (RFC 6578) refuse its REPORT.
_NO_SYNC_REPORT = (400, 403, 405, 415, 501)


def _tag_of(info: CalendarInfo, etags: dict[str, str]) -> str:
    """The collection's ctag, else a digest of its members' ETags (same meaning)."""
    if info.ctag:
        return info.ctag
    listing = "\n".join(f"{href} {etag}" for href, etag in sorted(etags.items()))
    return hashlib.sha256(listing.encode()).hexdigest()


class CalDavApi(Protocol):
    """What the adapter uses of `clients.caldav.CalDavClient`."""

    async def calendar_info(self) -> CalendarInfo: ...

    async def list_etags(self) -> dict[str, str]: ...

    async def sync_collection(self, token: str | None) -> SyncChanges: ...

    async def multiget(self, hrefs: Sequence[str]) -> list[CalendarObject]: ...

    def href_for(self, name: str) -> str: ...

    async def put(self, href: str, data: bytes) -> str: ...

    async def delete(self, href: str) -> None: ...

    async def aclose(self) -> None: ...


def _now() -> datetime:
    return datetime.now(UTC)


class CalDavRemote:
    """One CalDAV collection for one sync run; the cursor is the RFC 6578 sync token."""

    def __init__(self, api: CalDavApi, own_prefix: str, now: Callable[[], datetime] = _now) -> None:
        self._api = api
        self._own_prefix = own_prefix  # UIDs of the events this link pushed
        self._now = now

    async def changes(self, cursor: str | None, zone: str) -> ChangePage:
        if cursor is not None and cursor.startswith(_CTAG):
            return await self._by_ctag(cursor)
        try:
            found = await self._api.sync_collection(cursor)
        except SyncTokenInvalid as exc:
            raise ResyncNeeded("The calendar server no longer knows the last sync.") from exc
        except RemoteError as exc:
            if cursor is not None or exc.status not in _NO_SYNC_REPORT:
                raise
            return await self._list_all(zone)  # a server without RFC 6578
        return await self._read(found.changed, found.removed, found.token, zone)

    async def _read(
        self, listed: list[tuple[str, str]], removed: list[str], cursor: str, zone: str
    ) -> ChangePage:
        objects = await self._api.multiget([href for href, _etag in listed])
        read = {obj.href for obj in objects}
        # Parsing and expanding recurrences is CPU work: off the event loop (the window's
        # GUI thread), as ICS imports are.
        events = await asyncio.to_thread(lambda: [self._event(obj, zone) for obj in objects])
        # This link's own bookings are not busy time elsewhere, nor news worth counting.
        changed = [event for event in events if event is not None]
        # Listed as changed but gone by the time we read it: the same as removed.
        gone = [href for href, _etag in listed if href not in read]
        return ChangePage(changed, [*removed, *gone], cursor, done=True)

    async def _list_all(self, zone: str) -> ChangePage:
        """The whole calendar, and its ctag (or the members' ETags) to tell when it changes."""
        info = await self._api.calendar_info()
        etags = await self._api.list_etags()
        return await self._read(list(etags.items()), [], _CTAG + _tag_of(info, etags), zone)

    async def _by_ctag(self, cursor: str) -> ChangePage:
        info = await self._api.calendar_info()
        etags = {} if info.ctag else await self._api.list_etags()
        if _CTAG + _tag_of(info, etags) == cursor:
            return ChangePage([], [], cursor, done=True)  # nothing changed
        # Something changed: without RFC 6578 the whole calendar is read again (a full pass,
        # so what is no longer there is dropped).
        raise ResyncNeeded("The calendar changed; reading it again.")

    def _event(self, obj: CalendarObject, zone: str) -> RemoteEvent | None:
        try:
            spans = read_busy(obj.data, obj.href, zone, self._now()).spans
        except CalendarError as exc:
            # One unreadable event must not stop the calendar; it keeps no time busy.
            log.warning("CalDAV event %s could not be read: %s", obj.href, exc)
            spans = []
        if any(span.uid.startswith(self._own_prefix) for span in spans):
            return None
        return RemoteEvent(obj.href, obj.etag, tuple(spans))

    async def put_booking(self, event: BookingEvent, ref: str | None) -> str:
        href = ref or self._api.href_for(f"{event.uid}.ics")
        await self._api.put(href, booking_ics(event, self._now()))
        return href

    async def delete_booking(self, ref: str) -> None:
        await self._api.delete(ref)

    async def aclose(self) -> None:
        await self._api.aclose()


def booking_ics(event: BookingEvent, now: datetime) -> bytes:
    """One VEVENT in UTC (RFC 5545 3.6.1), marked as ours so a pull never reads it as busy."""
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//l4ydesk//calendar sync//EN")
    cal.add("VERSION", "2.0")
    vevent = icalendar.Event()
    vevent.add("UID", event.uid)
    vevent.add("DTSTAMP", now.astimezone(UTC))
    vevent.add("DTSTART", event.start.astimezone(UTC))
    vevent.add("DTEND", event.end.astimezone(UTC))
    vevent.add("SUMMARY", event.title)
    if event.description:
        vevent.add("DESCRIPTION", event.description)
    vevent.add("STATUS", "TENTATIVE" if event.tentative else "CONFIRMED")
    vevent.add("TRANSP", "OPAQUE")
    vevent.add("X-L4YDESK-BOOKING", event.uid)
    cal.add_component(vevent)
    return bytes(cal.to_ical())
