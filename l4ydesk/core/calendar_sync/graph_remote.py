"""A Microsoft 365 calendar (Graph) as a sync `Remote`: calendarView delta in, events out.

The cursor is JSON: {"link": the nextLink or deltaLink to follow}. A round's window (a month
back, a year ahead) is fixed by its first request; the engine lists every link whole again
after `engine.FULL_PASS_EVERY`, which starts a new round with a window ahead of today. Items
marked @removed, cancelled events and the link's own events are handled as in the other
providers; showAs free (or workingElsewhere) keeps the time free; all-day events take the
resource's local days. A booking is created with `transactionId` = its uid, so Graph answers a
retried create with the event it already made.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from l4ydesk.clients.caldav_models import SyncTokenInvalid
from l4ydesk.clients.errors import NotFoundError
from l4ydesk.core.calendar.model import BusySpan
from l4ydesk.core.calendar.resources import day_window
from l4ydesk.core.calendar_sync.ports import BookingEvent, ChangePage, RemoteEvent, ResyncNeeded

WINDOW_BACK, WINDOW_AHEAD = timedelta(days=30), timedelta(days=366)
_FREE = ("free", "workingElsewhere")


class DeltaPage(Protocol):
    @property
    def items(self) -> list[dict[str, Any]]: ...

    @property
    def next_link(self) -> str | None: ...

    @property
    def delta_link(self) -> str | None: ...


class GraphApi(Protocol):
    """What the adapter uses of `clients.msgraph_calendar.GraphCalendarClient`."""

    async def delta(self, link: str | None, start: datetime, end: datetime) -> DeltaPage: ...

    async def create(self, body: dict[str, Any]) -> dict[str, Any]: ...

    async def update(self, event_id: str, body: dict[str, Any]) -> None: ...

    async def delete(self, event_id: str) -> None: ...

    async def aclose(self) -> None: ...


def _now() -> datetime:
    return datetime.now(UTC)


class GraphRemote:
    def __init__(self, api: GraphApi, own_prefix: str, now: Callable[[], datetime] = _now) -> None:
        self._api = api
        self._own_prefix = own_prefix
        self._now = now

    async def changes(self, cursor: str | None, zone: str) -> ChangePage:
        now = self._now()
        state = json.loads(cursor) if cursor else {}
        try:
            found = await self._api.delta(state.get("link"), now - WINDOW_BACK, now + WINDOW_AHEAD)
        except SyncTokenInvalid as exc:
            raise ResyncNeeded("Microsoft 365 dropped the last sync (410 Gone).") from exc
        changed: list[RemoteEvent] = []
        removed: list[str] = []
        for item in found.items:
            ref = str(item.get("id", ""))
            if not ref or str(item.get("transactionId") or "").startswith(self._own_prefix):
                continue
            if "@removed" in item or item.get("isCancelled"):
                removed.append(ref)
                continue
            span = None if item.get("showAs") in _FREE else _span(item, zone)
            spans: tuple[BusySpan, ...] = () if span is None else (span,)
            changed.append(RemoteEvent(ref, str(item.get("@odata.etag", "")), spans))
        link = found.delta_link or found.next_link
        next_cursor = json.dumps({"link": link})
        return ChangePage(changed, removed, next_cursor, done=found.next_link is None)

    async def put_booking(self, event: BookingEvent, ref: str | None) -> str:
        body: dict[str, Any] = {
            "subject": event.title,
            "body": {"contentType": "text", "content": event.description},
            "start": {"dateTime": _utc_text(event.start), "timeZone": "UTC"},
            "end": {"dateTime": _utc_text(event.end), "timeZone": "UTC"},
            "showAs": "tentative" if event.tentative else "busy",
        }
        if ref:
            try:
                await self._api.update(ref, body)
                return ref
            except NotFoundError:
                pass  # deleted over there: make it again
        made = await self._api.create({**body, "transactionId": event.uid})
        event_id = str(made.get("id", ""))
        if _span(made, "UTC") != _span({**body, "id": event_id}, "UTC"):
            await self._api.update(event_id, body)  # a retried create gave back the old event
        return event_id

    async def delete_booking(self, ref: str) -> None:
        await self._api.delete(ref)

    async def aclose(self) -> None:
        await self._api.aclose()


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _moment(value: dict[str, Any], zone: str, all_day: bool) -> datetime:
    text = str(value.get("dateTime", ""))[:26]  # Graph sends 7 fractional digits
    if all_day:
        day = date.fromisoformat(text[:10])
        return day_window(day, day, zone)[0]
    try:
        tz: ZoneInfo = ZoneInfo(str(value.get("timeZone") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")  # a Windows zone name: we asked for UTC, so it is UTC
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def _span(item: dict[str, Any], zone: str) -> BusySpan | None:
    all_day = bool(item.get("isAllDay"))
    try:
        start = _moment(item.get("start") or {}, zone, all_day)
        end = _moment(item.get("end") or {}, zone, all_day)
    except ValueError:
        return None
    if end <= start:
        return None
    return BusySpan(start, end, str(item.get("subject", "")), str(item.get("id", "")))
