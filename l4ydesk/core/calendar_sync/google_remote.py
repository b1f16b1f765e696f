"""A Google calendar as a sync `Remote`: events.list pages in, bookings out as events.

The cursor is JSON: {"sync": the last nextSyncToken or null, "page": the next pageToken or
null}, so a pass that dies between pages resumes at its next page (guides/sync: the page
requests of an incremental pass repeat its syncToken). Instances of recurring events come
expanded by Google (singleEvents), each with its own id; a cancelled event or instance is a
removal; transparent events keep the time free; all-day events (`date`, end exclusive) take
the resource's local days. A booking's event id is a hex digest of its uid (base32hex, as
Google requires for ids chosen by the client), so a retried insert meets 409 and updates.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from l4ydesk.clients.caldav_models import SyncTokenInvalid
from l4ydesk.core.calendar.model import BusySpan
from l4ydesk.core.calendar.resources import day_window
from l4ydesk.core.calendar_sync.ports import BookingEvent, ChangePage, RemoteEvent, ResyncNeeded

FULL_SYNC_FROM = timedelta(days=30)  # the first listing starts this far back (timeMin)
BOOKING_PROPERTY = "l4ydeskBooking"


class Page(Protocol):
    @property
    def items(self) -> list[dict[str, Any]]: ...

    @property
    def next_page(self) -> str | None: ...

    @property
    def next_sync(self) -> str | None: ...


class GoogleApi(Protocol):
    """What the adapter uses of `clients.google_calendar.GoogleCalendarClient`."""

    async def list_events(
        self, sync_token: str | None, page_token: str | None, time_min: datetime | None
    ) -> Page: ...

    async def insert_or_update(self, event_id: str, body: dict[str, Any]) -> str: ...

    async def update(self, event_id: str, body: dict[str, Any]) -> None: ...

    async def delete(self, event_id: str) -> None: ...

    async def aclose(self) -> None: ...


def _now() -> datetime:
    return datetime.now(UTC)


def google_event_id(uid: str) -> str:
    return hashlib.sha256(uid.encode()).hexdigest()[:40]


class GoogleRemote:
    def __init__(self, api: GoogleApi, own_prefix: str, now: Callable[[], datetime] = _now) -> None:
        self._api = api
        self._own_prefix = own_prefix
        self._now = now

    async def changes(self, cursor: str | None, zone: str) -> ChangePage:
        state = json.loads(cursor) if cursor else {"sync": None, "page": None}
        sync, page = state.get("sync"), state.get("page")
        start = None if sync else self._now() - FULL_SYNC_FROM
        try:
            found = await self._api.list_events(sync, page, start)
        except SyncTokenInvalid as exc:
            raise ResyncNeeded("Google asked for a full sync (410 Gone).") from exc
        changed: list[RemoteEvent] = []
        removed: list[str] = []
        for item in found.items:
            ref = str(item.get("id", ""))
            private = (item.get("extendedProperties") or {}).get("private") or {}
            if not ref or str(private.get(BOOKING_PROPERTY, "")).startswith(self._own_prefix):
                continue
            if item.get("status") == "cancelled":
                removed.append(ref)
                continue
            span = _span(item, zone)
            free = item.get("transparency", "opaque") == "transparent" or span is None
            spans: tuple[BusySpan, ...] = () if free or span is None else (span,)
            changed.append(RemoteEvent(ref, str(item.get("etag", "")), spans))
        if found.next_sync:
            return ChangePage(changed, removed, json.dumps({"sync": found.next_sync}), done=True)
        next_cursor = json.dumps({"sync": sync, "page": found.next_page})
        return ChangePage(changed, removed, next_cursor, done=not found.next_page)

    async def put_booking(self, event: BookingEvent, ref: str | None) -> str:
        body = {
            "summary": event.title,
            "description": event.description,
            "start": {"dateTime": event.start.astimezone(UTC).isoformat()},
            "end": {"dateTime": event.end.astimezone(UTC).isoformat()},
            "status": "tentative" if event.tentative else "confirmed",
            "transparency": "opaque",
            "extendedProperties": {"private": {BOOKING_PROPERTY: event.uid}},
        }
        if ref:
            await self._api.update(ref, body)
            return ref
        return await self._api.insert_or_update(google_event_id(event.uid), body)

    async def delete_booking(self, ref: str) -> None:
        await self._api.delete(ref)

    async def aclose(self) -> None:
        await self._api.aclose()


def _moment(value: dict[str, Any], zone: str) -> datetime | None:
    if "dateTime" in value:
        return datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))
    if "date" in value:
        day = date.fromisoformat(str(value["date"]))
        return day_window(day, day, zone)[0]
    return None


def _span(item: dict[str, Any], zone: str) -> BusySpan | None:
    try:
        start = _moment(item.get("start") or {}, zone)
        end = _moment(item.get("end") or {}, zone)
    except ValueError:
        return None  # an unreadable time keeps nothing busy
    if start is None or end is None or end <= start:
        return None
    return BusySpan(start, end, str(item.get("summary", "")), str(item.get("id", "")))
