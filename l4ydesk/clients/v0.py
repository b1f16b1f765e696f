"""Async client for the v0 Platform API: create chats, send follow-ups, read versions and files.

Two pinned versions, each used where it serves: **v2** (2.0.0, `l4ydesk.clients.v0_agent`) for
the turn itself (streamed answers, tasks that wait for the user, Stop, the preview token), and
**v1** (the last v1 document, vercel/v0-sdk commit 13faa09) where v2 has no route: versions
(``GET /chats/{id}/versions[/{versionId}]`` with ``includeDefaultFiles``), ``POST /chats/init``
(v2's from-files takes at most 20 files), ``GET /rate-limits`` and the chat list.
The v1 base URL is ``https://api.v0.dev/v1``; the v2 one is the same with ``/v2``. Bearer key.
Request and response shapes follow the v1 reference (v0.app/docs/api/v1/reference, e.g.
"Get Chat Version", last updated 2026-11-22) and the types of the official TypeScript SDK
(vercel/v0-sdk, ``packages/v0-sdk/src/sdk/v0.ts``, the 0.x line up to 0.14):

- ``POST /chats`` {message, system?, chatPrivacy?, projectId?, modelConfiguration?,
  responseMode?: "sync" | "async"} -> ChatDetail
- ``POST /chats/init`` {type: "files", files: [{name, content, locked?}], name?, chatPrivacy?,
  projectId?} -> ChatDetail
- ``POST /chats/{chatId}/messages`` {message, modelConfiguration?, responseMode?} -> ChatDetail
- ``GET /chats/{chatId}`` -> ChatDetail (latestVersion {id, status: pending|completed|failed,
  demoUrl?, files: [{name, content, locked}]}, messages [...])
- ``GET /chats?limit&offset&isFavorite`` -> {object: "list", data: [ChatSummary]}; limit <= 60
- ``GET /chats/{chatId}/versions/{versionId}`` -> VersionDetail
- errors: ``{"error": {"message", "type"}}`` with 401/402/403/404/429/5xx.

- ``GET /chats/{chatId}/versions?limit`` -> {data: [VersionSummary]} (newest first, no files)
- ``GET /rate-limits`` -> {remaining, reset (ms since the epoch), limit}

A version's ``files`` are "only the generated source files" unless ``includeDefaultFiles=true``
adds the deployment files (package.json, configs): a file missing from a version was not
necessarily deleted. Polling reads the version summaries (no files) and fetches the files once,
when the version is done. The API key is only ever handed to the transport.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Literal

import httpx

from l4ydesk.clients.errors import NotFoundError, OperationTimeout, ProtocolError, RateLimitError
from l4ydesk.clients.transport import ApiKey, AsyncClosing, RetryPolicy, SleepFn, Transport
from l4ydesk.clients.v0_agent import V0AgentRoutes, segment
from l4ydesk.clients.v0_models import (
    Chat,
    ChatPage,
    ChatVersion,
    Message,
    VersionFile,
    VersionStatus,
    as_object,
    parse_chat,
    parse_version,
)

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "Chat",
    "ChatPage",
    "ChatVersion",
    "Message",
    "ResponseMode",
    "V0Client",
    "VersionFile",
    "VersionStatus",
]

API_VERSION = "v2 (v1 where v2 has no route)"
DEFAULT_BASE_URL = "https://api.v0.dev/v1"
SERVICE = "v0"
MAX_PAGE_SIZE = 60  # documented upper bound of `limit` on GET /chats
NOT_READY_GRACE = 30.0  # a chat that 404s this soon after it was made is still being written
MAX_RATE_WAIT = 120.0  # the longest a poll sleeps for the rate limit to reset

ResponseMode = Literal["sync", "async"]
Privacy = Literal["public", "private", "team-edit", "team", "unlisted"]


_segment = segment


def v2_url(base_url: str) -> str:
    """The v2 base beside a v1 one: ``https://api.v0.dev/v1`` -> ``https://api.v0.dev/v2``."""
    root = base_url.rstrip("/")
    return f"{root.removesuffix('/v1')}/v2"


class V0Client(V0AgentRoutes, AsyncClosing):
    """Async client for the v0 Platform API. Close it with `aclose()` or `async with`."""

    def __init__(
        self,
        api_key: ApiKey,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        sleep: SleepFn | None = None,
        clock: Callable[[], float] = time.monotonic,
        http_transport: httpx.AsyncBaseTransport | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        # A sync generation can take minutes: the read timeout must outlast it.
        effective_timeout = timeout if timeout is not None else httpx.Timeout(300.0, connect=10.0)
        self._sleep: SleepFn = sleep if sleep is not None else asyncio.sleep
        self._transport = Transport(
            SERVICE,
            base_url,
            api_key=api_key,
            timeout=effective_timeout,
            retry=retry,
            sleep=self._sleep,
            http_transport=http_transport,
        )
        # The agent streams keep-alive events while it works; minutes between them are normal.
        self._v2 = Transport(
            SERVICE,
            v2_url(base_url),
            api_key=api_key,
            timeout=effective_timeout,
            retry=retry,
            sleep=self._sleep,
            http_transport=http_transport,
        )
        self._clock = clock
        self._wall_clock = wall_clock

    async def aclose(self) -> None:
        await self._transport.aclose()
        await self._v2.aclose()

    async def create_chat(
        self,
        prompt: str,
        *,
        system: str | None = None,
        privacy: Privacy | None = None,
        project_id: str | None = None,
        model_id: str | None = None,
        response_mode: ResponseMode = "async",
    ) -> Chat:
        """Start a chat from a prompt. With "async" (default) it returns before generation ends:
        follow with `wait_for_version`. "sync" blocks until the version is done."""
        body: dict[str, Any] = {"message": prompt, "responseMode": response_mode}
        if system is not None:
            body["system"] = system
        if privacy is not None:
            body["chatPrivacy"] = privacy
        if project_id is not None:
            body["projectId"] = project_id
        if model_id is not None:
            body["modelConfiguration"] = {"modelId": model_id}
        return parse_chat(await self._transport.request_json("POST", "/chats", json=body))

    async def init_chat_from_files(
        self,
        files: Mapping[str, str],
        *,
        name: str | None = None,
        privacy: Privacy | None = None,
        project_id: str | None = None,
        locked: bool = False,
    ) -> Chat:
        """Start a chat from existing files ({path: content}); no generation happens."""
        body: dict[str, Any] = {
            "type": "files",
            "files": [
                {"name": path, "content": content, "locked": locked}
                for path, content in files.items()
            ],
        }
        if name is not None:
            body["name"] = name
        if privacy is not None:
            body["chatPrivacy"] = privacy
        if project_id is not None:
            body["projectId"] = project_id
        return parse_chat(await self._transport.request_json("POST", "/chats/init", json=body))

    async def send_message(
        self,
        chat_id: str,
        text: str,
        *,
        model_id: str | None = None,
        response_mode: ResponseMode = "async",
    ) -> Chat:
        """Send a follow-up. Remember `latest_version.id` from before, and pass it to
        `wait_for_version(newer_than=...)` so the old version is not mistaken for the new."""
        body: dict[str, Any] = {"message": text, "responseMode": response_mode}
        if model_id is not None:
            body["modelConfiguration"] = {"modelId": model_id}
        data = await self._transport.request_json(
            "POST", f"/chats/{_segment(chat_id)}/messages", json=body
        )
        return parse_chat(data)

    async def get_chat(self, chat_id: str) -> Chat:
        return parse_chat(await self._transport.request_json("GET", f"/chats/{_segment(chat_id)}"))

    async def get_version(
        self, chat_id: str, version_id: str, *, include_default_files: bool = False
    ) -> ChatVersion:
        """A version with its files: the generated source only, unless
        `include_default_files` adds package.json and the configs."""
        path = f"/chats/{_segment(chat_id)}/versions/{_segment(version_id)}"
        params = {"includeDefaultFiles": "true"} if include_default_files else None
        return parse_version(await self._transport.request_json("GET", path, params=params))

    async def latest_version_summary(self, chat_id: str) -> ChatVersion | None:
        """The chat's newest version without its files (cheap to poll)."""
        path = f"/chats/{_segment(chat_id)}/versions"
        data = await self._transport.request_json("GET", path, params={"limit": 1})
        items = data.get("data") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise ProtocolError(SERVICE, detail="version list without 'data'")
        return parse_version(items[0]) if items else None

    async def rate_limit_reset_in(self) -> float | None:
        """Seconds until v0's rate limit resets (``GET /rate-limits``), None if unknown."""
        data = await self._transport.request_json("GET", "/rate-limits")
        reset = data.get("reset") if isinstance(data, Mapping) else None
        if not isinstance(reset, int | float) or isinstance(reset, bool):
            return None
        return max(0.0, reset / 1000.0 - self._wall_clock())

    async def get_latest_version(self, chat_id: str) -> ChatVersion | None:
        return (await self.get_chat(chat_id)).latest_version

    async def list_chats(
        self, *, limit: int = MAX_PAGE_SIZE, offset: int = 0, favorite: bool | None = None
    ) -> ChatPage:
        """One page of the account's chats (newest first, as the API orders them)."""
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
        params: dict[str, str | int] = {"limit": limit, "offset": offset}
        if favorite is not None:
            params["isFavorite"] = "true" if favorite else "false"
        data = as_object(await self._transport.request_json("GET", "/chats", params=params), "list")
        raw_chats = data.get("data")
        if not isinstance(raw_chats, list):
            raise ProtocolError(SERVICE, detail="chat list without 'data'")
        chats = tuple(parse_chat(item) for item in raw_chats)
        # The v1 list has no cursor; a short page is the last one.
        next_offset = offset + len(chats) if len(chats) == limit else None
        return ChatPage(chats=chats, offset=offset, next_offset=next_offset)

    async def iter_chats(
        self, *, page_size: int = MAX_PAGE_SIZE, favorite: bool | None = None
    ) -> AsyncIterator[Chat]:
        """Every chat, page after page."""
        offset: int | None = 0
        while offset is not None:
            page = await self.list_chats(limit=page_size, offset=offset, favorite=favorite)
            for chat in page.chats:
                yield chat
            offset = page.next_offset

    async def wait_for_version(
        self,
        chat_id: str,
        *,
        version_id: str | None = None,
        newer_than: str | None = None,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        include_default_files: bool = False,
    ) -> ChatVersion:
        """Poll until a version is completed or failed, and return it with its files.

        With `version_id`, that version is polled; otherwise the chat's newest one, where one
        whose id equals `newer_than` (the version before a follow-up) counts as not there yet.
        Polls read summaries without files; the files are fetched once, at the end. A 404 in
        the first seconds of a new chat means it is not written yet; a rate limit is waited out
        until the reset `GET /rate-limits` gives. Raises OperationTimeout after `timeout`.
        """
        started = self._clock()
        while True:
            waited = self._clock() - started
            version: ChatVersion | None = None
            delay = poll_interval
            try:
                version = await self.latest_version_summary(chat_id)
                if version is not None and version_id is not None and version.id != version_id:
                    version = await self.get_version(chat_id, version_id)
                if version is not None and version.id == newer_than:
                    version = None
            except NotFoundError:
                if waited >= NOT_READY_GRACE:
                    raise
            except RateLimitError as exc:
                reset = exc.retry_after or await self.rate_limit_reset_in()
                delay = min(MAX_RATE_WAIT, reset if reset is not None else poll_interval * 4)
            if version is not None and version.is_done:
                return await self.get_version(
                    chat_id, version.id, include_default_files=include_default_files
                )
            waited = self._clock() - started
            if waited >= timeout:
                raise OperationTimeout(SERVICE, detail="version still pending", waited=waited)
            await self._sleep(min(max(delay, poll_interval), max(0.0, timeout - waited)))
