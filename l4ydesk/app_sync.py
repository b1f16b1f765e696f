"""Composition of calendar sync: a provider's client and remote per link, and the sign-ins.

Kept apart from app.py (the composition root) because only the Sync dialog and `l4ydesk sync`
need it; every import is lazy so neither the window's first paint nor the CLI pays for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.clients.google_calendar import GoogleCalendarClient
    from l4ydesk.clients.google_oauth import GoogleOAuth
    from l4ydesk.clients.msgraph_calendar import GraphCalendarClient
    from l4ydesk.clients.msgraph_oauth import DeviceCode, MicrosoftOAuth
    from l4ydesk.core.calendar_sync.engine import CalendarSync
    from l4ydesk.core.calendar_sync.links import LinkInfo
    from l4ydesk.core.calendar_sync.ports import Remote
    from l4ydesk.settings import Settings


def calendar_sync(services: Services) -> CalendarSync:
    """Calendar sync with a provider's client per link; passwords and refresh tokens are read
    from the keyring (`calendar_sync:<provider>:<id>`) once per sync run, never kept elsewhere."""
    from l4ydesk.core.calendar.model import CalendarError
    from l4ydesk.core.calendar_sync.engine import CalendarSync
    from l4ydesk.core.calendar_sync.links import SyncLinks
    from l4ydesk.core.calendar_sync.ports import own_uid_prefix

    secrets, settings = services.secrets, services.settings

    def remote(link: LinkInfo) -> Remote:
        # Read once per sync run, where the caller runs this (the window: its worker thread).
        value = secrets.get(link.secret_name) or ""

        def secret() -> str:
            return value

        if link.provider == "caldav":
            from l4ydesk.clients.caldav import CalDavClient
            from l4ydesk.core.calendar_sync.caldav_remote import CalDavRemote

            client = CalDavClient(link.calendar_url, link.account, secret)
            return CalDavRemote(client, own_uid_prefix(link.link_id))
        if link.provider == "google":
            from l4ydesk.core.calendar_sync.google_remote import GoogleRemote

            api = _google_calendar(settings, link.calendar_url, secret)
            return GoogleRemote(api, own_uid_prefix(link.link_id))
        if link.provider == "msgraph":
            from l4ydesk.core.calendar_sync.graph_remote import GraphRemote

            return GraphRemote(_graph_calendar(settings, secret), own_uid_prefix(link.link_id))
        raise CalendarError(f"{link.provider_name} sync is not available in this version.")

    async def verify(provider: str, url: str, account: str, secret: str) -> str:
        if provider == "google":
            async with _google_calendar(settings, url, lambda: secret) as api:
                return await api.calendar_summary()
        if provider == "msgraph":
            async with _graph_calendar(settings, lambda: secret) as graph:
                return await graph.calendar_owner()
        return await _verify_caldav(provider, url, account, secret)

    return CalendarSync(
        SyncLinks(services.store), services.calendar.bookings, secrets, remote, verify
    )


def _google_oauth(settings: Settings) -> GoogleOAuth:
    """l4ydesk's Google OAuth client for desktop apps (its id and its not-secret secret, as
    Google's desktop-app guide calls it) from `L4YDESK_GOOGLE_CLIENT_ID` / `_SECRET`."""
    import os

    from l4ydesk.clients.google_oauth import GoogleOAuth
    from l4ydesk.core.calendar.model import CalendarError

    client_id = os.environ.get("L4YDESK_GOOGLE_CLIENT_ID", "")
    if not client_id:
        raise CalendarError(
            "Google sign-in needs the OAuth client id of a Google Cloud desktop app: set "
            "L4YDESK_GOOGLE_CLIENT_ID and L4YDESK_GOOGLE_CLIENT_SECRET, then try again."
        )
    return GoogleOAuth(
        settings.service_url("google_auth"),
        settings.service_url("google_token"),
        client_id,
        os.environ.get("L4YDESK_GOOGLE_CLIENT_SECRET", ""),
    )


def _google_calendar(
    settings: Settings, calendar_id: str, refresh_token: Callable[[], str]
) -> GoogleCalendarClient:
    from l4ydesk.clients.google_calendar import GoogleCalendarClient
    from l4ydesk.clients.google_oauth import RefreshingToken

    tokens = RefreshingToken(_google_oauth(settings), refresh_token)
    return GoogleCalendarClient(settings.service_url("google"), calendar_id, tokens)


async def google_sign_in(services: Services, open_browser: Callable[[str], object]) -> str:
    """Sign in to Google in the browser (loopback redirect + PKCE); the refresh token."""
    from l4ydesk.clients.google_oauth import sign_in
    from l4ydesk.core.calendar.model import CalendarError

    async with _google_oauth(services.settings) as oauth:
        tokens = await sign_in(oauth, open_browser)
    if not tokens.refresh_token:
        raise CalendarError(
            "Google gave no lasting sign-in; remove l4ydesk's access in your "
            "Google account's security settings, then sign in again."
        )
    return tokens.refresh_token


def _microsoft_oauth(settings: Settings) -> MicrosoftOAuth:
    """l4ydesk's app registration in Microsoft Entra (a public client: no secret), from
    `L4YDESK_MICROSOFT_CLIENT_ID`."""
    import os

    from l4ydesk.clients.msgraph_oauth import MicrosoftOAuth
    from l4ydesk.core.calendar.model import CalendarError

    client_id = os.environ.get("L4YDESK_MICROSOFT_CLIENT_ID", "")
    if not client_id:
        raise CalendarError(
            "Microsoft sign-in needs the application (client) id of a Microsoft Entra app "
            "registration that allows public client flows: set L4YDESK_MICROSOFT_CLIENT_ID."
        )
    return MicrosoftOAuth(settings.service_url("msgraph_login"), client_id)


def _graph_calendar(settings: Settings, refresh_token: Callable[[], str]) -> GraphCalendarClient:
    from l4ydesk.clients.google_oauth import RefreshingToken
    from l4ydesk.clients.msgraph_calendar import GraphCalendarClient

    tokens = RefreshingToken(_microsoft_oauth(settings), refresh_token, service="Microsoft")
    return GraphCalendarClient(settings.service_url("msgraph"), tokens)


async def microsoft_sign_in(services: Services, show_code: Callable[[DeviceCode], object]) -> str:
    """Sign in to Microsoft with a code typed at microsoft.com/devicelogin; the refresh token."""
    from l4ydesk.core.calendar.model import CalendarError

    async with _microsoft_oauth(services.settings) as oauth:
        code = await oauth.device_code()
        show_code(code)
        tokens = await oauth.wait_for_sign_in(code)
    if not tokens.refresh_token:
        raise CalendarError("Microsoft gave no lasting sign-in; sign in again.")
    return tokens.refresh_token


async def _verify_caldav(provider: str, url: str, account: str, secret: str) -> str:
    """The calendar's display name, once it answered with these credentials."""
    from l4ydesk.core.calendar.model import CalendarError

    if provider != "caldav":
        raise CalendarError(f"{provider} calendars cannot be linked in this version.")
    from l4ydesk.clients.caldav import CalDavClient

    try:
        client = CalDavClient(url, account, lambda: secret)
    except ValueError as exc:
        raise CalendarError(f"'{url}' is not a calendar address: {exc}.") from exc
    async with client:
        info = await client.calendar_info()
    if not info.is_calendar:
        raise CalendarError(
            f"{url} answers, but it is not a calendar: give the address of one calendar "
            "collection (it usually ends with the calendar's name and a /)."
        )
    return info.display_name or url
