"""Sync failures as sentences naming the calendar, stored as the link's last error."""

from __future__ import annotations

from urllib.parse import urlsplit

from l4ydesk.clients.errors import (
    AuthError,
    NetworkError,
    NotFoundError,
    PlanLimitError,
    RateLimitError,
)
from l4ydesk.core.calendar_sync.links import LinkInfo
from l4ydesk.core.sentences import sentence_for

_SIGN_INS = {
    "Google Calendar": ("Google", "--google"),
    "Microsoft 365": ("Microsoft", "--microsoft"),
}
RELINK = "Link it again in Calendar → Sync… (or with: l4ydesk sync link)"


def sync_sentence(error: BaseException, link: LinkInfo) -> str:
    """What went wrong with this link and what to do; never a secret (errors are redacted)."""
    where = f"{link.resource_name}'s {link.provider_name} calendar"
    return sentence(error, where, link.provider_name, link.account, link.calendar_url)


def sentence(error: BaseException, where: str, service: str, account: str, url: str) -> str:
    """The sentence for a calendar named `where` at `service` (`url`, signed in as `account`)."""
    if isinstance(error, AuthError) and error.status is None:
        return f"The password for {where} is no longer in the keyring. {RELINK}."
    if isinstance(error, AuthError) and service in _SIGN_INS:
        company, flag = _SIGN_INS[service]
        return (
            f"{company} no longer accepts l4ydesk's sign-in for {where} ({account or company}): "
            "it expired or was revoked. Unlink it and sign in again in Calendar → Sync… (or "
            f"with: l4ydesk sync link {flag})."
        )
    if isinstance(error, AuthError):
        return (
            f"{service} refused the sign-in for {where} ({account or 'no user'}): the "
            f"password is wrong or was revoked. {RELINK} with the right password."
        )
    if isinstance(error, RateLimitError):
        wait = f"{max(1, round(error.retry_after))} seconds" if error.retry_after else "a minute"
        return (
            f"{service} is receiving too many requests and asked l4ydesk to wait {wait} "
            f"before syncing {where} again. Nothing was lost; press Sync now after that."
        )
    if isinstance(error, NetworkError):
        host = urlsplit(url).hostname or service
        return (
            f"Could not reach {host} to sync {where}. Check the internet connection; nothing "
            "was lost, and the next sync continues where this one stopped."
        )
    if isinstance(error, NotFoundError):
        return f"{where} was not found at {url}; it may have been deleted or moved. {RELINK}."
    if isinstance(error, PlanLimitError):
        return (
            f"{service} does not let this account read or write {where} (HTTP "
            f"{error.status}). Check the calendar's sharing and permissions."
        )
    return f"Syncing {where} failed: {sentence_for(error)}"
