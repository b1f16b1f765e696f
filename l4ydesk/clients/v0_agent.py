"""The v0 Platform API v2 routes l4ydesk uses: streamed turns, tasks that wait for the user,
Stop, and the preview URL with its token.

Pinned: **v0 Platform API v2** (vercel/v0-sdk ``packages/v0-sdk/openapi.json``, info.version
2.0.0, the SDK's move to v2 on 2026-07-30, commit f0c88f6), base ``https://api.v0.dev/v2``.

- ``POST /chats/stream`` (chats.createStream), ``POST /chats/{id}/messages/stream``
  (messages.sendStream) and ``POST /chats/{id}/messages/resolve/stream``
  (messages.resolveStream) answer Server-Sent Events, ``data: <JSON>`` each: message or chat
  snapshots, ``message.parts.chunk`` (a jsondiffpatch delta of ``parts``; its ``id`` is the
  assistant message), ``message.usage`` and ``error``. We read the ids and the closing
  snapshot from them, and apply the deltas (`clients/v0_delta.py`) so the answer's text can be
  shown as it arrives (`on_text`); the finished parts still come from the final Message. A
  chat stream closes with the chat, not the message: the message is read then
  (``GET /chats/{id}/messages/{messageId}``, messages.get; ``finishReason`` null = not done).
- A message waits for the user when a part asks (see `pending_task`); the answer goes back as a
  ``task`` to the resolve route, and the agent goes on in a new streamed message.
- ``POST /chats/{id}/messages/{messageId}/stop`` (messages.stop) aborts a generation at its next
  safe point; 409 means it had already finished.
- ``GET /chats/{id}/preview`` (chats.getPreview): null until the preview runs, else ``{url,
  token, expiresAt}``; the token goes in an ``x-v0-preview-token`` header and is short-lived.
- Errors are ``{"message"}`` with 401/403/404/409/422/500.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from contextlib import aclosing
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from l4ydesk.clients.errors import InvalidRequestError, ProtocolError, ServerError
from l4ydesk.clients.sse import sse_data
from l4ydesk.clients.transport import Transport
from l4ydesk.clients.v0_agent_models import (
    PendingTask,
    Preview,
    Question,
    Started,
    TaskKind,
    TextArrived,
    V0Message,
    parse_message,
    parts_text,
)
from l4ydesk.clients.v0_delta import DeltaError, patch

SERVICE = "v0"
PREVIEW_TOKEN_HEADER = "x-v0-preview-token"

__all__ = [
    "PREVIEW_TOKEN_HEADER",
    "PendingTask",
    "Preview",
    "Question",
    "TaskKind",
    "V0AgentRoutes",
    "V0Message",
]


class V0AgentRoutes:
    """The v2 methods of `V0Client` (mixed in; `_v2` is the client's v2 transport)."""

    _v2: Transport

    async def create_chat_stream(
        self,
        prompt: str,
        *,
        model_id: str | None = None,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message:
        body = _with_model({"message": prompt}, model_id)
        return await self._turn_stream("/chats/stream", body, None, on_started, on_text)

    async def send_message_stream(
        self,
        chat_id: str,
        text: str,
        *,
        model_id: str | None = None,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message:
        body = _with_model({"message": text}, model_id)
        path = f"/chats/{segment(chat_id)}/messages/stream"
        return await self._turn_stream(path, body, chat_id, on_started, on_text)

    async def resolve_task_stream(
        self,
        chat_id: str,
        task: Mapping[str, Any],
        *,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message:
        path = f"/chats/{segment(chat_id)}/messages/resolve/stream"
        return await self._turn_stream(path, {"task": dict(task)}, chat_id, on_started, on_text)

    async def get_message(self, chat_id: str, message_id: str) -> V0Message:
        path = f"/chats/{segment(chat_id)}/messages/{segment(message_id)}"
        return parse_message(await self._v2.request_json("GET", path))

    async def stop_message(self, chat_id: str, message_id: str) -> bool:
        """Stop a generation; False when it had already finished (409)."""
        path = f"/chats/{segment(chat_id)}/messages/{segment(message_id)}/stop"
        try:
            await self._v2.request_json("POST", path)
        except InvalidRequestError as exc:
            if exc.status == 409:
                return False
            raise
        return True

    async def get_preview(self, chat_id: str) -> Preview | None:
        data = await self._v2.request_json("GET", f"/chats/{segment(chat_id)}/preview")
        if data is None:
            return None
        try:
            expires = datetime.fromisoformat(str(data["expiresAt"]).replace("Z", "+00:00"))
            return Preview(url=str(data["url"]), token=str(data["token"]), expires_at=expires)
        except (KeyError, TypeError, ValueError):
            raise ProtocolError(SERVICE, detail="preview without url, token or expiry") from None

    async def _turn_stream(
        self,
        path: str,
        body: dict[str, Any],
        chat_id: str | None,
        on_started: Started | None,
        on_text: TextArrived | None = None,
    ) -> V0Message:
        """Read a turn's event stream to its end; returns the finished assistant message."""
        message_id: str | None = None
        closing: V0Message | None = None
        live = _LiveText(on_text)
        headers = {"Accept": "text/event-stream"}
        async with self._v2.stream("POST", path, json=body, headers=headers) as response:
            try:
                async with aclosing(sse_data(response.aiter_lines())) as payloads:
                    async for payload in payloads:
                        event = _event(payload)
                        kind = event.get("object")
                        if kind == "error":
                            raise ServerError(SERVICE, detail=str(event.get("message", "")))
                        if kind == "chat" and chat_id is None:
                            chat_id = str(event.get("id"))
                        elif kind == "message" and event.get("role") == "assistant":
                            message = parse_message(event)
                            chat_id = chat_id or message.chat_id
                            closing = message if message.finish_reason else closing
                            live.snapshot(event.get("parts"))
                        elif kind == "message.parts.chunk":
                            live.delta(event.get("delta"))
                        elif kind == "message.usage":
                            pass
                        else:
                            continue
                        new_id = event.get("id") if kind != "chat" else None
                        if message_id is None and isinstance(new_id, str) and chat_id:
                            message_id = new_id
                            if on_started is not None:
                                on_started(chat_id, message_id)
            except httpx.TransportError as exc:
                raise self._v2.network_error(exc) from exc
        if chat_id is None or message_id is None:
            raise ProtocolError(SERVICE, detail="the stream ended before naming its message")
        if closing is not None:
            return closing
        return await self.get_message(chat_id, message_id)


class _LiveText:
    """The running parts of the streamed message, and the text shown of them so far.

    Only appended text is passed on (the chat shows it as it arrives); when a delta does not
    fit, or rewrites text already shown, the live text stops and the finished message, read
    at the end, has the last word.
    """

    def __init__(self, on_text: TextArrived | None) -> None:
        self._on_text = on_text
        self._parts: Any = []
        self._shown = ""
        self._broken = on_text is None

    def snapshot(self, parts: Any) -> None:
        if not self._broken and isinstance(parts, list):
            self._parts = copy.deepcopy(parts)
            self._show()

    def delta(self, delta: Any) -> None:
        if self._broken:
            return
        try:
            self._parts = patch(self._parts, delta)
        except DeltaError:
            self._broken = True
            return
        self._show()

    def _show(self) -> None:
        text = parts_text(self._parts)
        if text == self._shown:
            return
        if not text.startswith(self._shown):
            self._broken = True  # shown text cannot be taken back; the final answer will do
            return
        piece, self._shown = text[len(self._shown) :], text
        assert self._on_text is not None
        self._on_text(piece)


def _event(payload: str) -> Mapping[str, Any]:
    try:
        event = json.loads(payload)
    except ValueError:
        raise ProtocolError(SERVICE, detail="a stream event was not JSON") from None
    if not isinstance(event, Mapping):
        raise ProtocolError(SERVICE, detail="a stream event was not an object")
    return event


def _with_model(body: dict[str, Any], model_id: str | None) -> dict[str, Any]:
    if model_id is not None:
        body["modelConfiguration"] = {"modelId": model_id}
    return body


def segment(value: str) -> str:
    """A path segment, quoted so an id can never reach another endpoint."""
    if not value:
        raise ValueError("an id must not be empty")
    return quote(value, safe="")
