"""CalDAV client: one calendar collection, read incrementally and written event by event.

What it speaks, and where the rules come from:
- RFC 4918 (WebDAV) 9.1 PROPFIND with Depth 0 for the collection's properties, 13 multistatus;
- RFC 6578 (WebDAV sync) 3.2 the `sync-collection` REPORT: an empty token lists everything,
  a token lists what changed since (a removed member answers 404 in its own response), and
  3.2/3.7 an invalid or expired token is refused (403 with DAV:valid-sync-token) -> resync;
- RFC 4791 (CalDAV) 7.9 `calendar-multiget` to read changed objects, 5.3.2 PUT of one
  iCalendar object per resource, with an ETag back.
The collection URL and the user name come from the link; the password is read from the
caller's callable on every request (the keyring), never kept or logged.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from urllib.parse import quote, unquote, urlsplit

import httpx

from l4ydesk.clients.caldav_models import (
    CalendarInfo,
    CalendarObject,
    SyncChanges,
    SyncTokenInvalid,
)
from l4ydesk.clients.errors import (
    InvalidRequestError,
    NotFoundError,
    PlanLimitError,
    ProtocolError,
)
from l4ydesk.clients.transport import AsyncClosing, RetryPolicy, SleepFn, Transport

__all__ = [
    "CalDavClient",
    "CalendarInfo",
    "CalendarObject",
    "SyncChanges",
    "SyncTokenInvalid",
]

SERVICE = "CalDAV"
_D, _C, _CS = "DAV:", "urn:ietf:params:xml:ns:caldav", "http://calendarserver.org/ns/"
_XML = {"Content-Type": "application/xml; charset=utf-8"}
_MULTIGET_BATCH = 100


def _tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _status_code(text: str | None) -> int:
    parts = (text or "").split()
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 200


class CalDavClient(AsyncClosing):
    """One CalDAV calendar collection (`collection_url` ends with /) for one user."""

    def __init__(
        self,
        collection_url: str,
        username: str,
        password: Callable[[], str],
        *,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        parts = urlsplit(collection_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("a CalDAV calendar URL starts with https:// (or http://)")
        self.collection = parts.path if parts.path.endswith("/") else parts.path + "/"
        self._username = username
        self._password = password
        self._http = Transport(
            SERVICE,
            f"{parts.scheme}://{parts.netloc}",
            api_key=self._basic,
            credential="user name or password",
            auth_scheme="Basic",
            headers={"Accept": "application/xml, text/calendar"},
            retry=retry,
            http_transport=http_transport,
            sleep=sleep,
        )

    def _basic(self) -> str:
        password = self._password()
        if not password:
            return ""
        return base64.b64encode(f"{self._username}:{password}".encode()).decode("ascii")

    async def aclose(self) -> None:
        await self._http.aclose()

    async def calendar_info(self) -> CalendarInfo:
        """The collection's name, whether it is a calendar, its ctag and sync token."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="{_D}" '
            f'xmlns:cs="{_CS}"><d:prop><d:displayname/><d:resourcetype/><cs:getctag/>'
            "<d:sync-token/></d:prop></d:propfind>"
        )
        root = await self._xml("PROPFIND", self.collection, body, depth="0")
        for response in root.iter(_tag(_D, "response")):
            props = _ok_props(response)
            kind = props.get("resourcetype")
            is_calendar = kind is not None and kind.find(_tag(_C, "calendar")) is not None
            return CalendarInfo(
                url=self.collection,
                display_name=_text(props.get("displayname")),
                is_calendar=is_calendar,
                ctag=_text(props.get("getctag")) or None,
                sync_token=_text(props.get("sync-token")) or None,
            )
        raise ProtocolError(SERVICE, status=207, detail="no properties for the calendar")

    async def sync_collection(self, token: str | None) -> SyncChanges:
        """RFC 6578 3.2: what changed since `token` (None: everything, an initial sync)."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="{_D}">'
            f"<d:sync-token>{_escape(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        try:
            root = await self._xml("REPORT", self.collection, body, depth="1")
        except (PlanLimitError, InvalidRequestError, NotFoundError) as exc:
            # 3.2: an unknown token is refused with DAV:valid-sync-token (403; some servers
            # say 400, 409 or 410). Without a token the refusal is the real error.
            if token and exc.status in (400, 403, 409, 410):
                raise SyncTokenInvalid(SERVICE, status=exc.status) from exc
            raise
        changed: list[tuple[str, str]] = []
        removed: list[str] = []
        for response in root.findall(_tag(_D, "response")):
            href = self._href(response)
            if href is None or href == self.collection:
                continue
            status = response.find(_tag(_D, "status"))
            if status is not None and _status_code(status.text) == 404:
                removed.append(href)  # 3.5.2: a member removed since the token
                continue
            changed.append((href, _text(_ok_props(response).get("getetag"))))
        new_token = _text(root.find(_tag(_D, "sync-token")))
        if not new_token:
            raise ProtocolError(SERVICE, status=207, detail="the sync report had no sync-token")
        return SyncChanges(changed, removed, new_token)

    async def list_etags(self) -> dict[str, str]:
        """RFC 4918 9.1 PROPFIND Depth 1: every member's ETag, for servers without RFC 6578."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="{_D}"><d:prop>'
            "<d:getetag/></d:prop></d:propfind>"
        )
        root = await self._xml("PROPFIND", self.collection, body, depth="1")
        found: dict[str, str] = {}
        for response in root.findall(_tag(_D, "response")):
            href = self._href(response)
            if href is not None and href != self.collection:
                found[href] = _text(_ok_props(response).get("getetag"))
        return found

    async def multiget(self, hrefs: Sequence[str]) -> list[CalendarObject]:
        """RFC 4791 7.9: the iCalendar data of these members, in batches."""
        found: list[CalendarObject] = []
        for first in range(0, len(hrefs), _MULTIGET_BATCH):
            batch = hrefs[first : first + _MULTIGET_BATCH]
            wanted = "".join(f"<d:href>{_escape(quote(h))}</d:href>" for h in batch)
            body = (
                f'<?xml version="1.0" encoding="utf-8"?><c:calendar-multiget xmlns:d="{_D}" '
                f'xmlns:c="{_C}"><d:prop><d:getetag/><c:calendar-data/></d:prop>'
                f"{wanted}</c:calendar-multiget>"
            )
            root = await self._xml("REPORT", self.collection, body, depth="1")
            for response in root.findall(_tag(_D, "response")):
                href = self._href(response)
                props = _ok_props(response)
                data = props.get("calendar-data")
                if href is None or data is None or not data.text:
                    continue  # gone between the report and this read: the next sync says so
                etag = _text(props.get("getetag"))
                found.append(CalendarObject(href, etag, data.text.encode("utf-8")))
        return found

    def href_for(self, name: str) -> str:
        """The member path of a resource name inside the collection."""
        return self.collection + name

    async def put(self, href: str, data: bytes) -> str:
        """RFC 4791 5.3.2: create or replace one calendar object; its new ETag, if told."""
        response = await self._http.request(
            "PUT",
            quote(href),
            content=data,
            headers={"Content-Type": "text/calendar; charset=utf-8"},
        )
        return str(response.headers.get("ETag", ""))

    async def delete(self, href: str) -> None:
        """Delete one calendar object; one that is already gone counts as deleted."""
        with contextlib.suppress(NotFoundError):
            await self._http.request("DELETE", quote(href))

    async def _xml(self, method: str, path: str, body: str, depth: str) -> ET.Element:
        response = await self._http.request(
            method,
            quote(path),
            content=body.encode("utf-8"),
            headers={**_XML, "Depth": depth},
        )
        try:
            return ET.fromstring(response.content)
        except ET.ParseError as exc:
            raise ProtocolError(
                SERVICE, status=response.status_code, detail="the answer was not XML"
            ) from exc

    def _href(self, response: ET.Element) -> str | None:
        href = response.find(_tag(_D, "href"))
        if href is None or not href.text:
            return None
        path = unquote(urlsplit(href.text.strip()).path)
        return path if path.startswith("/") else self.collection + path


def _ok_props(response: ET.Element) -> dict[str, ET.Element]:
    """The properties of a response's 200 propstat, by local name."""
    props: dict[str, ET.Element] = {}
    for propstat in response.findall(_tag(_D, "propstat")):
        status = propstat.find(_tag(_D, "status"))
        if status is not None and _status_code(status.text) != 200:
            continue
        prop = propstat.find(_tag(_D, "prop"))
        for child in prop if prop is not None else []:
            props[child.tag.rpartition("}")[2]] = child
    return props


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
