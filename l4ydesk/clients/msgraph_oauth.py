"""Microsoft sign-in for a desktop app: the OAuth 2.0 device authorization grant.

Microsoft identity platform, "OAuth 2.0 device authorization grant" (v2-oauth2-device-code):
POST /{tenant}/oauth2/v2.0/devicecode gives a user code to type at a verification page; the
token endpoint is polled every `interval` seconds and answers `authorization_pending` until
the person has signed in (`authorization_declined`, `expired_token` end it). Refresh tokens are
exchanged with grant_type=refresh_token; `invalid_grant` means expired or revoked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from l4ydesk.clients.errors import InvalidRequestError, ProtocolError, RemoteError
from l4ydesk.clients.google_oauth import OAuthTokens, SignInRevoked, tokens_from
from l4ydesk.clients.transport import AsyncClosing, RetryPolicy, SleepFn, Transport

__all__ = ["GRAPH_SCOPE", "DeviceCode", "MicrosoftOAuth", "SignInNotFinished"]

SERVICE = "Microsoft"
GRAPH_SCOPE = "offline_access https://graph.microsoft.com/Calendars.ReadWrite"
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}
_DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass(frozen=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    interval: float
    expires_in: float
    message: str


class SignInNotFinished(RemoteError):
    """The device sign-in was declined or not finished in time."""

    @property
    def user_message(self) -> str:
        return f"Signing in to Microsoft did not finish ({self.detail}). Try again."


class MicrosoftOAuth(AsyncClosing):
    """The identity platform's endpoints under `authority` (…/common/oauth2/v2.0)."""

    def __init__(
        self,
        authority: str,
        client_id: str,
        *,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        http_transport: httpx.AsyncBaseTransport | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        parts = urlsplit(authority)
        self._path = parts.path.rstrip("/")
        self._client_id = client_id
        self._sleep, self._now = sleep, now
        self._http = Transport(
            SERVICE, f"{parts.scheme}://{parts.netloc}", retry=retry, http_transport=http_transport
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _post(self, endpoint: str, form: dict[str, str]) -> Any:
        body = urlencode({**form, "client_id": self._client_id}).encode()
        return await self._http.request_json(
            "POST", f"{self._path}/{endpoint}", content=body, headers=_FORM
        )

    async def device_code(self) -> DeviceCode:
        data = await self._post("devicecode", {"scope": GRAPH_SCOPE})
        try:
            return DeviceCode(
                str(data["device_code"]),
                str(data["user_code"]),
                str(data["verification_uri"]),
                float(data.get("interval", 5)),
                float(data.get("expires_in", 900)),
                str(data.get("message", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ProtocolError(SERVICE, status=200, detail="no device code in the answer") from exc

    async def wait_for_sign_in(self, code: DeviceCode) -> OAuthTokens:
        """Poll the token endpoint at the interval Microsoft asked for until the person is done."""
        deadline = self._now() + code.expires_in
        form = {"grant_type": _DEVICE_GRANT, "device_code": code.device_code}
        while True:
            try:
                return self._tokens(await self._post("token", form))
            except InvalidRequestError as exc:
                if exc.detail != "authorization_pending" or self._now() >= deadline:
                    reason = exc.detail or "refused"
                    raise SignInNotFinished(SERVICE, status=exc.status, detail=reason) from exc
            await self._sleep(code.interval)

    async def refresh(self, refresh_token: str) -> OAuthTokens:
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "scope": GRAPH_SCOPE}
        try:
            return self._tokens(await self._post("token", form))
        except InvalidRequestError as exc:
            if exc.detail == "invalid_grant":
                raise SignInRevoked(SERVICE, status=exc.status, credential="sign-in") from exc
            raise

    def _tokens(self, data: Any) -> OAuthTokens:
        return tokens_from(data, SERVICE, self._now())
