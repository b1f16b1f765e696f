"""Who is calling: the API key from `Authorization: Bearer …`, its scope and its origins."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from l4ydesk.core.platform.errors import ForbiddenError
from l4ydesk.core.platform.keys import KeyInfo
from l4ydesk.core.platform.service import Platform


def platform_of(request: Request) -> Platform:
    platform: Platform = request.app.state.platform
    return platform


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def authorized(request: Request, category: str, action: str) -> KeyInfo:
    """The caller's live key, allowed to `action` on `category` from its origin."""
    platform = platform_of(request)
    key = bearer(request)
    # Most requests spend a token of this process's lease, on the event loop; only a lease
    # taken from the store (one in 16 requests, or a refused key) needs a worker thread.
    info = platform.keys.leased(key)
    if info is None:
        info = await run_in_threadpool(platform.keys.authenticate, key)
    request.state.key_prefix = info.prefix
    platform.keys.authorize(info, category, action)
    origin = request.headers.get("origin")
    if origin is not None:
        if origin not in info.origins:
            raise ForbiddenError(
                f"This API key may not be used from {origin}; add the origin to the key."
            )
        request.state.cors_origin = origin
    return info


def require(category: str, action: str) -> Callable[[Request], Awaitable[KeyInfo]]:
    """A dependency: `authorized` for `action` on `category`."""

    async def dependency(request: Request) -> KeyInfo:
        return await authorized(request, category, action)

    dependency.__name__ = f"require_{category}_{action}"
    return dependency
