"""Microsoft Graph v1.0 calendar client: the primary calendar's calendarView delta and events.

From Microsoft's reference: GET /me/calendarView/delta with startDateTime/endDateTime starts a
round (occurrences of recurring series come as their own items); each page ends with
@odata.nextLink until the last, which has @odata.deltaLink for the next round; a delta token
the service dropped answers 410 Gone. `Prefer: outlook.timezone="UTC"` makes every dateTime
UTC, `odata.maxpagesize` sizes the pages. Events are created with a `transactionId`, which
Graph uses to avoid a second event when a create is retried; updated with PATCH, deleted with
DELETE (404 when already gone). Throttling is 429 with Retry-After, which the shared transport
honours.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from l4ydesk.clients.bearer import BearerApi, TokenSource
from l4ydesk.clients.caldav_models import SyncTokenInvalid
from l4ydesk.clients.errors import NotFoundError, ProtocolError, RemoteError
from l4ydesk.clients.transport import RetryPolicy, SleepFn

__all__ = ["DeltaPage", "GraphCalendarClient"]

SERVICE = "Microsoft 365"
PAGE_SIZE = 100


@dataclass(frozen=True)
class DeltaPage:
    items: list[dict[str, Any]]
    next_link: str | None
    delta_link: str | None


class GraphCalendarClient(BearerApi):
    def __init__(
        self,
        base_url: str,
        tokens: TokenSource,
        *,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._base = base_url.rstrip("/")
        super().__init__(
            SERVICE,
            self._base,
            tokens,
            headers={"Prefer": f'outlook.timezone="UTC", odata.maxpagesize={PAGE_SIZE}'},
            retry=retry,
            sleep=sleep,
            http_transport=http_transport,
        )

    async def calendar_owner(self) -> str:
        data = await self._call("GET", "/me/calendar")
        owner = data.get("owner") or {}
        return str(owner.get("address") or data.get("name") or "")

    async def delta(self, link: str | None, start: datetime, end: datetime) -> DeltaPage:
        """A page of the round `link` continues (a nextLink or deltaLink), or a new round."""
        if link is not None and not link.startswith(self._base + "/"):
            # Never send the token to a host the link was not from.
            raise ProtocolError(SERVICE, detail="a delta link pointed outside Microsoft Graph")
        try:
            if link is None:
                params = {"startDateTime": _iso(start), "endDateTime": _iso(end)}
                data = await self._call("GET", "/me/calendarView/delta", params=params)
            else:
                data = await self._call("GET", link)
        except RemoteError as exc:
            if exc.status == 410 and link is not None:
                raise SyncTokenInvalid(SERVICE, status=410) from exc
            raise
        items = data.get("value", [])
        return DeltaPage(
            [item for item in items if isinstance(item, dict)],
            data.get("@odata.nextLink"),
            data.get("@odata.deltaLink"),
        )

    async def create(self, body: dict[str, Any]) -> dict[str, Any]:
        data = await self._call("POST", "/me/events", json=body)
        return data if isinstance(data, dict) else {}

    async def update(self, event_id: str, body: dict[str, Any]) -> None:
        await self._call("PATCH", f"/me/events/{event_id}", json=body)

    async def delete(self, event_id: str) -> None:
        with contextlib.suppress(NotFoundError):  # already gone
            await self._call("DELETE", f"/me/events/{event_id}")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
