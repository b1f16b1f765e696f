"""The user's GitHub token: kept only in the keyring (`github_token`), obtained by pasting a
fine-grained personal access token or by signing in with GitHub's OAuth device flow.

The device flow shows the user a code (through a callback: a dialog or the terminal), then
polls at the interval GitHub asks for: `authorization_pending` keeps waiting, `slow_down`
waits longer (the answer carries the new interval, else 5 s more), `expired_token` and
`access_denied` end with a sentence. The token itself is never logged: it is remembered by the
redaction module as soon as it arrives, so even an accidental log line shows `***`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from l4ydesk.clients.github_models import DeviceCode, TokenPoll
from l4ydesk.core.errors import L4yError
from l4ydesk.redaction import forget_secret, remember_secret

__all__ = [
    "DEFAULT_SCOPE",
    "GITHUB_TOKEN",
    "DeviceFlowApi",
    "SignInError",
    "TokenStore",
    "forget_token",
    "load_token",
    "save_token",
    "sign_in_with_device",
]

log = logging.getLogger(__name__)

GITHUB_TOKEN = "github_token"  # the keyring name, beside `v0_api_key` and `vercel_token`
# "Scopes for OAuth apps": `repo` creates repositories and pushes to private ones.
DEFAULT_SCOPE = "repo"
SLOW_DOWN_STEP = 5  # seconds slow_down adds when its answer carries no interval


class DeviceFlowApi(Protocol):
    async def request_code(self, client_id: str, scope: str) -> DeviceCode: ...

    async def poll_token(self, client_id: str, device_code: str) -> TokenPoll: ...


class TokenStore(Protocol):
    """What `secrets.SecretStore` offers; tests pass one on an in-memory keyring."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class SignInError(L4yError):
    """The device sign-in ended without a token; the message says why and what to do."""


_ENDINGS = {
    "expired_token": (
        "The sign-in code expired before it was entered on GitHub. Start the sign-in again "
        "and enter the new code within 15 minutes."
    ),
    "access_denied": (
        "The sign-in was cancelled on GitHub, so l4ydesk has no access. Start it again and "
        "choose Authorize, or paste a personal access token instead."
    ),
    "device_flow_disabled": (
        "Device sign-in is not enabled for this GitHub app. Paste a fine-grained personal "
        "access token instead."
    ),
    "incorrect_client_credentials": (
        "GitHub does not know l4ydesk's app id. Paste a fine-grained personal access token "
        "instead, or update l4ydesk."
    ),
}


def save_token(store: TokenStore, token: str) -> None:
    token = token.strip()
    if not token:
        raise SignInError("The GitHub token is empty. Paste the whole token and try again.")
    store.set(GITHUB_TOKEN, token)


def load_token(store: TokenStore) -> str | None:
    return store.get(GITHUB_TOKEN) or None


def forget_token(store: TokenStore) -> None:
    forget_secret(store.get(GITHUB_TOKEN))
    store.delete(GITHUB_TOKEN)


async def sign_in_with_device(
    api: DeviceFlowApi,
    client_id: str,
    *,
    show_code: Callable[[DeviceCode], Awaitable[None] | None],
    scope: str = DEFAULT_SCOPE,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """Run the device flow to its end and return the token (the caller stores it)."""
    code = await api.request_code(client_id, scope)
    shown = show_code(code)
    if shown is not None:
        await shown
    interval = max(1, code.interval)
    deadline = clock() + code.expires_in
    while True:
        if clock() >= deadline:
            raise SignInError(_ENDINGS["expired_token"])
        await sleep(interval)
        poll = await api.poll_token(client_id, code.device_code)
        if poll.access_token:
            remember_secret(poll.access_token)  # redacted everywhere from now on
            log.info("GitHub sign-in finished (scope %s)", poll.scope or "none")
            return poll.access_token
        if poll.error == "authorization_pending":
            continue
        if poll.error == "slow_down":
            interval = poll.interval if poll.interval else interval + SLOW_DOWN_STEP
            log.info("GitHub asked to poll more slowly: every %d s", interval)
            continue
        raise SignInError(
            _ENDINGS.get(
                poll.error or "",
                f"GitHub ended the sign-in ({poll.error}). Start it again, or paste a "
                "personal access token instead.",
            )
        )
