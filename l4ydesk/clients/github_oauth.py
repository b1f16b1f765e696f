"""GitHub's OAuth device flow: the two requests that turn a code the user types into a token.

"Authorizing OAuth apps" > "Device flow" (docs.github.com): ``POST https://github.com/login/
device/code`` {client_id, scope} answers {device_code, user_code, verification_uri, expires_in,
interval}; ``POST https://github.com/login/oauth/access_token`` {client_id, device_code,
grant_type: urn:ietf:params:oauth:grant-type:device_code} answers 200 with either an
access_token or an ``error`` (authorization_pending, slow_down with the new interval,
expired_token, access_denied, ...). Both answer JSON when asked with ``Accept:
application/json``. No client secret exists in this flow. What each answer means for the
person signing in is decided in core (core/publish/github_login.py).
"""

from __future__ import annotations

from typing import Any

import httpx

from l4ydesk.clients.errors import ProtocolError
from l4ydesk.clients.github_models import DeviceCode, TokenPoll
from l4ydesk.clients.transport import AsyncClosing, RetryPolicy, SleepFn, Transport

__all__ = ["DEFAULT_OAUTH_URL", "DEVICE_GRANT", "GitHubDeviceClient"]

DEFAULT_OAUTH_URL = "https://github.com"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _int(data: dict[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


class GitHubDeviceClient(AsyncClosing):
    """The device-flow endpoints on github.com (no token: the app's public client id)."""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_OAUTH_URL,
        retry: RetryPolicy | None = None,
        sleep: SleepFn | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self._transport = Transport(
            "GitHub",
            base_url,
            headers={"Accept": "application/json"},
            retry=retry,
            http_transport=http_transport,
            **extra,
        )

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def request_code(self, client_id: str, scope: str) -> DeviceCode:
        data = await self._transport.request_json(
            "POST", "/login/device/code", json={"client_id": client_id, "scope": scope}
        )
        if not isinstance(data, dict) or not all(
            isinstance(data.get(k), str) for k in ("device_code", "user_code", "verification_uri")
        ):
            raise ProtocolError("GitHub", detail="a device code answer without its codes")
        return DeviceCode(
            device_code=data["device_code"],
            user_code=data["user_code"],
            verification_uri=data["verification_uri"],
            expires_in=_int(data, "expires_in", 900),
            interval=_int(data, "interval", 5),
        )

    async def poll_token(self, client_id: str, device_code: str) -> TokenPoll:
        body = {"client_id": client_id, "device_code": device_code, "grant_type": DEVICE_GRANT}
        data = await self._transport.request_json("POST", "/login/oauth/access_token", json=body)
        if not isinstance(data, dict):
            raise ProtocolError("GitHub", detail="a token answer that is not an object")
        token = data.get("access_token")
        if isinstance(token, str) and token:
            return TokenPoll(access_token=token, scope=str(data.get("scope") or ""))
        error = data.get("error")
        if not isinstance(error, str):
            raise ProtocolError("GitHub", detail="a token answer with neither token nor error")
        interval = data.get("interval")
        return TokenPoll(error=error, interval=interval if isinstance(interval, int) else None)
