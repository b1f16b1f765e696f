"""Async client for OpenRouter, the built-in AI: streamed chat completions, tool calls, models.

OpenRouter speaks the OpenAI chat-completions dialect at ``https://openrouter.ai/api/v1``
(docs: openrouter.ai/docs/api-reference/streaming, .../errors, use-cases/usage-accounting):

- ``POST /chat/completions`` with ``stream: true`` answers Server-Sent Events: ``data: {chunk}``
  lines, ``: OPENROUTER PROCESSING`` keep-alive comments, and ``data: [DONE]`` at the end.
- Tool calls arrive as ``choices[0].delta.tool_calls`` pieces keyed by ``index``: the id and
  function name come first, the JSON arguments in fragments to be joined. Real models stray
  from that: some resend the whole name in later pieces (joined, ``write_file`` would become
  ``write_filewrite_file``), some give every parallel call index 0 with its own id, some give
  several calls one id. The assembler keys a call by (index, id) and keeps names whole.
- Reasoning models stream ``delta.reasoning`` (text) and ``delta.reasoning_details`` (typed
  blocks: ``reasoning.text``, ``reasoning.summary``, ``reasoning.encrypted``, each with an
  ``index``). The docs (use-cases/reasoning-tokens, "Preserving reasoning blocks") ask that the
  assistant message carrying tool calls is sent back with its ``reasoning_details`` unchanged;
  `ReasoningComplete` carries them for the tool loop.
- App attribution (docs: app-attribution): ``HTTP-Referer`` (the app's URL) and
  ``X-OpenRouter-Title`` (its name; ``X-Title`` is the older spelling, still read).
- ``GET /key`` describes the key: ``{"data": {"label", "limit", "limit_remaining", "usage",
  "is_free_tier", ...}}``; ``limit`` null means no cap (docs: api-reference/api-keys).
- Usage (prompt/completion tokens, ``cost`` in credits) comes in the last chunk. We still send
  ``usage: {include: true}``: newer OpenRouter ignores it (always on), older deployments need it.
- Errors before the first token are HTTP statuses with ``{"error": {"code", "message"}}``;
  errors after it arrive as a chunk with an ``error`` object and ``finish_reason: "error"``.

`stream_chat` yields typed events as they arrive so the UI can render text live; a dropped
connection raises `StreamInterrupted` carrying the text received so far.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from contextlib import aclosing
from typing import Any

import httpx

from l4ydesk.clients.errors import ProtocolError, StreamInterrupted, redact
from l4ydesk.clients.openrouter_models import (
    ChatAnswer,
    Finish,
    KeyInfo,
    ModelInfo,
    ReasoningComplete,
    StreamEvent,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolCallsComplete,
    Usage,
    function_tool,
)
from l4ydesk.clients.openrouter_stream import SERVICE as SERVICE
from l4ydesk.clients.openrouter_stream import StreamState, int_or_zero
from l4ydesk.clients.sse import sse_data
from l4ydesk.clients.transport import ApiKey, AsyncClosing, RetryPolicy, SleepFn, Transport

__all__ = [
    "DEFAULT_BASE_URL",
    "ChatAnswer",
    "Finish",
    "KeyInfo",
    "ModelInfo",
    "OpenRouterClient",
    "ReasoningComplete",
    "StreamEvent",
    "TextDelta",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallsComplete",
    "Usage",
    "function_tool",
]

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
APP_TITLE = "l4ydesk"
APP_URL = "https://github.com/l4ydesk/l4ydesk"
_DONE = "[DONE]"


class OpenRouterClient(AsyncClosing):
    """Async OpenRouter client. Close it with `aclose()` or `async with`."""

    def __init__(
        self,
        api_key: ApiKey,
        *,
        base_url: str = DEFAULT_BASE_URL,
        app_name: str | None = APP_TITLE,
        app_url: str | None = APP_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        sleep: SleepFn | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        headers: dict[str, str] = {}
        # OpenRouter's app attribution headers; X-Title is the older name, still read.
        if app_name:
            headers["X-OpenRouter-Title"] = app_name
            headers["X-Title"] = app_name
        if app_url:
            headers["HTTP-Referer"] = app_url
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self._transport = Transport(
            SERVICE,
            base_url,
            api_key=api_key,
            headers=headers,
            # Generous read timeout: it applies between chunks, and OpenRouter sends keep-alive
            # comments while a slow model thinks.
            timeout=timeout if timeout is not None else httpx.Timeout(120.0, connect=10.0),
            retry=retry,
            http_transport=http_transport,
            **extra,
        )

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def stream_chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        model: str,
        tools: Sequence[Mapping[str, Any]] | None = None,
        *,
        tool_choice: str | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> AsyncGenerator[StreamEvent, None]:
        """Stream one answer as typed events, ending with `Finish`.

        Raises the typed errors of `l4ydesk.clients.errors`; a connection lost mid-answer
        raises `StreamInterrupted` whose `partial_text` holds the text received so far.
        """
        body: dict[str, Any] = {
            "model": model,
            "messages": [dict(m) for m in messages],
            "stream": True,
            "usage": {"include": True},
        }
        if tools:
            body["tools"] = [dict(t) for t in tools]
        if tool_choice is not None:
            body["tool_choice"] = tool_choice if isinstance(tool_choice, str) else dict(tool_choice)
        if temperature is not None:
            body["temperature"] = temperature
        if max_tokens is not None:
            body["max_tokens"] = max_tokens

        state = StreamState()
        saw_done = False
        sse_headers = {"Accept": "text/event-stream"}
        async with self._transport.stream(
            "POST", "/chat/completions", json=body, headers=sse_headers
        ) as response:
            try:
                async with aclosing(sse_data(response.aiter_lines())) as payloads:
                    async for payload in payloads:
                        if payload.strip() == _DONE:
                            saw_done = True
                            break
                        for event in state.feed(payload):
                            yield event
            except httpx.TransportError as exc:
                raise StreamInterrupted(
                    SERVICE,
                    partial_text=state.partial_text,
                    detail=redact(f"{type(exc).__name__}: {exc}"),
                    timed_out=isinstance(exc, httpx.TimeoutException),
                ) from exc
        for event in state.finish(saw_done):
            yield event

    async def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        model: str,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **options: Any,
    ) -> ChatAnswer:
        """Stream an answer and collect it whole."""
        text: list[str] = []
        calls: tuple[ToolCall, ...] = ()
        usage: Usage | None = None
        finish = Finish(None)
        async with aclosing(self.stream_chat(messages, model, tools, **options)) as events:
            async for event in events:
                match event:
                    case TextDelta(text=piece):
                        text.append(piece)
                    case ToolCallsComplete(calls=complete_calls):
                        calls += complete_calls
                    case Usage():
                        usage = event
                    case Finish():
                        finish = event
        return ChatAnswer(
            text="".join(text),
            tool_calls=calls,
            usage=usage,
            finish_reason=finish.reason,
            model=finish.model,
        )

    async def key_info(self) -> KeyInfo:
        """The key's label, spending cap and what is left of it (``GET /key``)."""
        data = await self._transport.request_json("GET", "/key")
        info = data.get("data") if isinstance(data, Mapping) else None
        if not isinstance(info, Mapping):
            raise ProtocolError(SERVICE, detail="key answer without 'data'")
        label = info.get("label")
        return KeyInfo(
            label=label if isinstance(label, str) else None,
            limit=_money(info.get("limit")),
            remaining=_money(info.get("limit_remaining")),
            usage=_money(info.get("usage")),
            free_tier=info.get("is_free_tier") is True,
        )

    async def list_models(self) -> list[ModelInfo]:
        """The models OpenRouter offers now."""
        data = await self._transport.request_json("GET", "/models")
        raw_models = data.get("data") if isinstance(data, Mapping) else None
        if not isinstance(raw_models, list):
            raise ProtocolError(SERVICE, detail="model list without 'data'")
        models: list[ModelInfo] = []
        for raw in raw_models:
            if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
                continue
            pricing = raw.get("pricing")
            pricing = pricing if isinstance(pricing, Mapping) else {}
            parameters = raw.get("supported_parameters")
            models.append(
                ModelInfo(
                    id=raw["id"],
                    name=raw["name"] if isinstance(raw.get("name"), str) else raw["id"],
                    context_length=int_or_zero(raw.get("context_length")) or None,
                    prompt_price=_price(pricing.get("prompt")),
                    completion_price=_price(pricing.get("completion")),
                    supports_tools=isinstance(parameters, list) and "tools" in parameters,
                )
            )
        return models


def _price(value: Any) -> float | None:
    # OpenRouter lists prices as decimal strings ("0.000003") to keep precision.
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _money(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
