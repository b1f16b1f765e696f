"""Google Calendar API v3 client: one calendar, listed incrementally and written event by event.

From Google's reference: events.list with `singleEvents=true` (instances of recurring events
come expanded, each with its own id), paged with `pageToken` until a page carries
`nextSyncToken`, then incremental with `syncToken` (deleted events included, status
"cancelled"); 410 Gone means the token is no longer valid and a full sync is needed
(guides/sync). events.insert with our own id (base32hex) answers 409 when the id exists, so a
retried insert cannot make a second event; events.update replaces; events.delete answers 410
for an event already deleted (guides/errors). Rate limits come as 429 or as 403 with reason
rateLimitExceeded / userRateLimitExceeded. The access token comes from `tokens` and is
refreshed once when Google answers 401.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from l4ydesk.clients.bearer import BearerApi, TokenSource
from l4ydesk.clients.caldav_models import SyncTokenInvalid
from l4ydesk.clients.errors import (
    InvalidRequestError,
    NotFoundError,
    PlanLimitError,
    RateLimitError,
    RemoteError,
)
from l4ydesk.clients.transport import RetryPolicy, SleepFn

__all__ = ["EventsPage", "GoogleCalendarClient", "TokenSource"]

SERVICE = "Google Calendar"
_RATE_REASONS = ("Rate Limit Exceeded", "User Rate Limit Exceeded")


@dataclass(frozen=True)
class EventsPage:
    items: list[dict[str, Any]]
    next_page: str | None
    next_sync: str | None


class GoogleCalendarClient(BearerApi):
    def __init__(
        self,
        base_url: str,
        calendar_id: str,
        tokens: TokenSource,
        *,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            SERVICE, base_url, tokens, retry=retry, sleep=sleep, http_transport=http_transport
        )
        self._calendar = f"/calendar/v3/calendars/{quote(calendar_id, safe='')}"
        self._events = f"{self._calendar}/events"

    async def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            return await self._http.request_json(method, path, **kwargs)
        except PlanLimitError as exc:
            if exc.detail in _RATE_REASONS:  # guides/errors: 403 rateLimitExceeded
                raise RateLimitError(SERVICE, status=403, detail=exc.detail) from exc
            raise

    async def calendar_summary(self) -> str:
        data = await self._call("GET", self._calendar)
        return str(data.get("summary") or data.get("id") or "")

    async def list_events(
        self, sync_token: str | None, page_token: str | None, time_min: datetime | None
    ) -> EventsPage:
        params: dict[str, str | int] = {"singleEvents": "true", "maxResults": 250}
        if sync_token:
            params["syncToken"] = sync_token
        elif time_min is not None:
            params["timeMin"] = time_min.isoformat()  # allowed on the full sync only
        if page_token:
            params["pageToken"] = page_token
        try:
            data = await self._call("GET", self._events, params=params)
        except RemoteError as exc:
            if exc.status == 410 and sync_token:
                raise SyncTokenInvalid(SERVICE, status=410) from exc
            raise
        items = data.get("items", [])
        return EventsPage(
            [item for item in items if isinstance(item, dict)],
            data.get("nextPageToken"),
            data.get("nextSyncToken"),
        )

    async def insert_or_update(self, event_id: str, body: dict[str, Any]) -> str:
        """Create the event with our id; if it exists (a retry), replace it. Its id."""
        try:
            await self._call("POST", self._events, json={**body, "id": event_id})
        except InvalidRequestError as exc:
            if exc.status != 409:
                raise
            await self._call("PUT", f"{self._events}/{event_id}", json=body)
        return event_id

    async def update(self, event_id: str, body: dict[str, Any]) -> None:
        try:
            await self._call("PUT", f"{self._events}/{event_id}", json=body)
        except NotFoundError:
            await self.insert_or_update(event_id, body)

    async def delete(self, event_id: str) -> None:
        """An event already gone (404, or 410 deleted) counts as deleted."""
        try:
            await self._call("DELETE", f"{self._events}/{event_id}")
        except NotFoundError:
            return
        except RemoteError as exc:
            if exc.status != 410:
                raise
