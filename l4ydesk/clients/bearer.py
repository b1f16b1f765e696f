"""OAuth access tokens for API clients: fetched on first use, refreshed once on a 401."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from l4ydesk.clients.errors import AuthError

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
