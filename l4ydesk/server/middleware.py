"""The platform server's outer layer: body size limit, request timeout, CORS, request log.

Pure ASGI (no per-request task as BaseHTTPMiddleware makes), so it costs little on the hot path.
The log keeps method, path, status, time and the key's prefix: never a query string, header or
body, where keys, webhook secrets or card data could hide.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("l4ydesk.server.access")

MAX_BODY_BYTES: Final = 1024 * 1024
REQUEST_TIMEOUT: Final = 30.0
LOG_SIZE: Final = 500


@dataclass(frozen=True)
class LoggedRequest:
    at: float
    method: str
    path: str
    status: int
    millis: float
    key_prefix: str


class RequestLog:
    """The last requests, newest last (the window's request log reads it)."""

    def __init__(self, size: int = LOG_SIZE) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=size)
        self.total = 0

    def add(self, entry: LoggedRequest) -> None:
        self._entries.append(entry)
        self.total += 1

    def entries(self) -> list[LoggedRequest]:
        return list(self._entries)


def _plain(
    status: int, kind: str, message: str, headers: tuple[tuple[bytes, bytes], ...] = ()
) -> tuple[Message, Message]:
    body = json.dumps({"error": {"type": kind, "message": message}}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), *headers],
    }
    return start, {"type": "http.response.body", "body": body}


class PlatformMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        request_log: RequestLog,
        preflight_origins: Callable[[], set[str]],
        max_body: int = MAX_BODY_BYTES,
        timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        self.app = app
        self.request_log = request_log
        self.preflight_origins = preflight_origins
        self.max_body = max_body
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_box = [0]
        scope.setdefault("state", {})
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}

        async def reply(start: Message, body: Message) -> None:
            status_box[0] = start["status"]
            await send(start)
            await send(body)

        try:
            if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
                await reply(*await self._preflight(headers.get("origin", "")))
                return
            body_or_error = await self._read_body(headers, receive)
            if isinstance(body_or_error, tuple):
                await reply(*body_or_error)
                return
            await self._call_app(scope, body_or_error, send, status_box)
        finally:
            self._log(scope, status_box[0], started)

    async def _call_app(self, scope: Scope, body: bytes, send: Send, status_box: list[int]) -> None:
        sent_body = False

        async def replay() -> Message:
            nonlocal sent_body
            if sent_body:
                await asyncio.Event().wait()  # like a client that keeps the connection open
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
                origin = scope["state"].get("cors_origin")
                if origin:
                    message = dict(message)
                    message["headers"] = [
                        *message.get("headers", []),
                        (b"access-control-allow-origin", origin.encode("latin-1")),
                        (b"vary", b"Origin"),
                    ]
            await send(message)

        try:
            # asyncio.timeout, not wait_for: no task of its own per request (Python 3.11).
            async with asyncio.timeout(self.timeout):
                await self.app(scope, replay, send_with_cors)
        except TimeoutError:
            if status_box[0] == 0:
                start, end = _plain(
                    503, "timeout", "The request took too long and was stopped. Retry later."
                )
                status_box[0] = 503
                await send(start)
                await send(end)

    async def _read_body(
        self, headers: dict[str, str], receive: Receive
    ) -> bytes | tuple[Message, Message]:
        def too_large() -> tuple[Message, Message]:
            return _plain(
                413,
                "too_large",
                f"The body is larger than {self.max_body // 1024} KiB; send less.",
                ((b"connection", b"close"),),
            )

        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return too_large()
        chunks: list[bytes] = []
        size = 0
        while True:
            async with asyncio.timeout(self.timeout):
                message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _preflight(self, origin: str) -> tuple[Message, Message]:
        allowed = await asyncio.to_thread(self.preflight_origins)
        if origin not in allowed:
            return _plain(403, "forbidden", "This origin may not call this API.")
        start: Message = {
            "type": "http.response.start",
            "status": 204,
            "headers": [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-methods", b"GET, POST, PATCH, DELETE"),
                (b"access-control-allow-headers", b"Authorization, Content-Type"),
                (b"access-control-max-age", b"600"),
                (b"vary", b"Origin"),
            ],
        }
        return start, {"type": "http.response.body", "body": b""}

    def _log(self, scope: Scope, status: int, started: float) -> None:
        millis = (time.perf_counter() - started) * 1000
        prefix = str(scope["state"].get("key_prefix", ""))
        entry = LoggedRequest(time.time(), scope["method"], scope["path"], status, millis, prefix)
        self.request_log.add(entry)
        if log.isEnabledFor(logging.INFO):
            log.info("%s %s %s %.1fms %s", entry.method, entry.path, status, millis, prefix)
