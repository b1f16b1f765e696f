"""CalDAV results and errors without httpx, so core/ can name them (see clients/caldav.py)."""

from __future__ import annotations

from dataclasses import dataclass

from l4ydesk.clients.errors import RemoteError

__all__ = ["CalendarInfo", "CalendarObject", "SyncChanges", "SyncTokenInvalid"]


class SyncTokenInvalid(RemoteError):
    """The server no longer knows our sync token (RFC 6578 3.2): list everything again."""

    @property
    def user_message(self) -> str:
        return "The calendar server forgot where the last sync stopped; syncing everything again."


@dataclass(frozen=True)
class CalendarInfo:
    url: str
    display_name: str
    is_calendar: bool
    ctag: str | None
    sync_token: str | None


@dataclass(frozen=True)
class SyncChanges:
    """Members changed (href, etag) and removed since the token, and the token to keep."""

    changed: list[tuple[str, str]]
    removed: list[str]
    token: str


@dataclass(frozen=True)
class CalendarObject:
    href: str
    etag: str
    data: bytes
