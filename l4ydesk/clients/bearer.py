"""OAuth access tokens for API clients: fetched on first use, refreshed once on a 401."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from l4ydesk.clients.errors import AuthError
from l4ydesk.clients.transport import AsyncClosing, RetryPolicy, SleepFn, Transport

T = TypeVar("T")


class TokenSource(Protocol):
    async def get(self, force: bool = False) -> str:
        """A valid access token; `force` refreshes it even if it looks valid."""
        ...


class BearerToken:
    """The current access token of one client (its transport reads `value` per request)."""

    def __init__(self, tokens: TokenSource) -> None:
        self.tokens = tokens
        self.value = ""

    async def call(self, send: Callable[[], Awaitable[T]]) -> T:
        if not self.value:
            self.value = await self.tokens.get()
        try:
            return await send()
        except AuthError as exc:
            if exc.status != 401:
                raise
            self.value = await self.tokens.get(force=True)  # expired early: refresh once
            return await send()

    async def aclose(self) -> None:
        closer = getattr(self.tokens, "aclose", None)
        if closer is not None:
            await closer()  # the token source's own connections to the token endpoint


class BearerApi(AsyncClosing):
    """A JSON API reached with a bearer token: the transport, the token, one way to send."""

    def __init__(
        self,
        service: str,
        base_url: str,
        tokens: TokenSource,
        *,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._bearer = BearerToken(tokens)
        self._http = Transport(
            service,
            base_url,
            api_key=lambda: self._bearer.value,
            credential="sign-in",
            headers=headers,
            retry=retry,
            sleep=sleep,
            http_transport=http_transport,
        )

    async def aclose(self) -> None:
        await self._http.aclose()
        await self._bearer.aclose()

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        """The decoded answer (None for a bodiless DELETE), the token refreshed once on 401."""
        return await self._bearer.call(lambda: self._send(method, path, **kwargs))

    async def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        return await self._http.request_json(method, path, **kwargs)
