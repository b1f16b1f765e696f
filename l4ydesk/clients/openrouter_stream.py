"""OpenRouter's streamed answer as typed events: text, tool calls, reasoning, usage, errors.

The stream's shape and its quirks (tool-call pieces, reasoning blocks, in-stream errors) are
described in `l4ydesk.clients.openrouter`, whose client feeds every chunk to a `StreamState`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from l4ydesk.clients.errors import (
    ProtocolError,
    RemoteError,
    ServerError,
    StreamInterrupted,
    error_for_status,
)
from l4ydesk.clients.openrouter_models import (
    Finish,
    ReasoningComplete,
    StreamEvent,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolCallsComplete,
    Usage,
)

# The client's logger, as before the stream parsing had a module of its own.
log = logging.getLogger("l4ydesk.clients.openrouter")


SERVICE = "OpenRouter"
# In-stream errors may carry a string code instead of an HTTP-like number.
_STRING_CODES = {
    "invalid_api_key": 401,
    "insufficient_quota": 402,
    "rate_limit_exceeded": 429,
    "server_error": 500,
}


@dataclass
class _PendingCall:
    id: str | None = None
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class _ToolCallAssembler:
    """Joins tool-call pieces into whole calls.

    A piece belongs to the call its ``index`` points at, unless it brings an id other than that
    call's: then the model reused the index for a parallel call and a new call starts. Without
    an index, the id decides, else the piece continues the last call. A name that arrives again
    for a call that has one is a resend, not a fragment to append.
    """

    def __init__(self) -> None:
        self._calls: list[_PendingCall] = []
        self._by_index: dict[int, int] = {}  # stream index -> position of its current call

    def __bool__(self) -> bool:
        return bool(self._calls)

    def _new(self) -> int:
        self._calls.append(_PendingCall())
        return len(self._calls) - 1

    def _position_for(self, index: int | None, call_id: str | None) -> int:
        if index is not None:
            position = self._by_index.get(index)
            known = self._calls[position].id if position is not None else None
            if position is None or (call_id and known and call_id != known):
                position = self._new()
                self._by_index[index] = position
            return position
        if call_id:
            for position in range(len(self._calls) - 1, -1, -1):
                if self._calls[position].id == call_id:
                    return position
            return self._new()
        return len(self._calls) - 1 if self._calls else self._new()

    def feed(self, piece: Any) -> ToolCallDelta | None:
        if not isinstance(piece, Mapping):
            return None
        raw_index = piece.get("index")
        index = raw_index if isinstance(raw_index, int) else None
        call_id = piece.get("id")
        call_id = call_id if isinstance(call_id, str) and call_id else None
        position = self._position_for(index, call_id)
        call = self._calls[position]
        if call_id is not None and call.id is None:
            call.id = call_id
        function = piece.get("function")
        function = function if isinstance(function, Mapping) else {}
        name = function.get("name")
        name = name if isinstance(name, str) and name else None
        arguments = function.get("arguments")
        arguments = arguments if isinstance(arguments, str) else ""
        if name and name != call.name:
            # OpenAI sends the name once, whole; a different name after it can only be the
            # rest of a name some provider split, so it is appended.
            call.name += name
        if arguments:
            call.arguments.append(arguments)
        return ToolCallDelta(index=position, id=call_id, name=name, arguments=arguments)

    def complete(self) -> tuple[ToolCall, ...]:
        calls: list[ToolCall] = []
        used: set[str] = set()
        for position, pending in enumerate(self._calls):
            if not pending.name:
                raise ProtocolError(SERVICE, detail=f"tool call {position} has no function name")
            raw = "".join(pending.arguments)
            # Each result must answer one call, so ids are made unique when a model repeats one.
            call_id = base = pending.id or f"call_{position}"
            n = 2
            while call_id in used:
                call_id, n = f"{base}-{n}", n + 1
            used.add(call_id)
            calls.append(
                ToolCall(
                    id=call_id,
                    name=pending.name,
                    raw_arguments=raw,
                    arguments=_parse_arguments(raw),
                )
            )
        self._calls.clear()
        self._by_index.clear()
        return tuple(calls)


class _ReasoningAssembler:
    """Joins streamed reasoning text and `reasoning_details` blocks (merged by their index)."""

    _JOINED = ("text", "summary", "data")  # string fields streamed in pieces

    def __init__(self) -> None:
        self.text: list[str] = []
        self._details: dict[int, dict[str, Any]] = {}

    def __bool__(self) -> bool:
        return bool(self.text or self._details)

    def feed(self, delta: Mapping[str, Any]) -> None:
        text = delta.get("reasoning")
        if isinstance(text, str) and text:
            self.text.append(text)
        details = delta.get("reasoning_details")
        for block in details if isinstance(details, list) else []:
            if not isinstance(block, Mapping):
                continue
            raw_index = block.get("index")
            index = raw_index if isinstance(raw_index, int) else len(self._details)
            merged = self._details.setdefault(index, {})
            for key, value in block.items():
                if key in self._JOINED and isinstance(value, str) and key in merged:
                    merged[key] = f"{merged[key]}{value}"
                elif value is not None or key not in merged:
                    merged[key] = value

    def complete(self) -> ReasoningComplete:
        done = ReasoningComplete(
            "".join(self.text), tuple(self._details[i] for i in sorted(self._details))
        )
        self.text, self._details = [], {}
        return done


def _parse_arguments(raw: str) -> dict[str, Any] | None:
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def int_or_zero(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _parse_usage(data: Mapping[str, Any]) -> Usage:
    prompt = int_or_zero(data.get("prompt_tokens"))
    completion = int_or_zero(data.get("completion_tokens"))
    cost = data.get("cost")
    return Usage(
        prompt_tokens=prompt,
        completion_tokens=completion,
        total_tokens=int_or_zero(data.get("total_tokens")) or prompt + completion,
        cost=float(cost) if isinstance(cost, int | float) and not isinstance(cost, bool) else None,
    )


def _in_stream_error(error: Any) -> RemoteError:
    """The typed error for an `error` object that arrived inside the stream."""
    if isinstance(error, Mapping):
        message = error.get("message")
        code = error.get("code")
    else:
        message, code = error, None
    detail = message if isinstance(message, str) else ""
    status = code if isinstance(code, int) else _STRING_CODES.get(str(code))
    if status is not None and 400 <= status < 600:
        return error_for_status(SERVICE, status, detail=detail)
    return ServerError(SERVICE, detail=detail)


class StreamState:
    """What one streamed answer has produced so far; turns chunks into events."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.tools = _ToolCallAssembler()
        self.reasoning = _ReasoningAssembler()
        self.valid_chunks = 0
        self.malformed_chunks = 0
        self.finish_reason: str | None = None
        self.model: str | None = None
        self.generation_id: str | None = None

    @property
    def partial_text(self) -> str:
        return "".join(self.text)

    def feed(self, payload: str) -> list[StreamEvent]:
        try:
            chunk = json.loads(payload)
        except ValueError:
            chunk = None
        if not isinstance(chunk, dict):
            # One bad line should not cost the whole answer; `finish` checks that some were good.
            self.malformed_chunks += 1
            log.warning("%s sent a malformed stream chunk; skipped it", SERVICE)
            return []
        if chunk.get("error") is not None:
            raise _in_stream_error(chunk["error"])
        self.valid_chunks += 1
        if isinstance(chunk.get("model"), str):
            self.model = chunk["model"]
        if isinstance(chunk.get("id"), str):
            self.generation_id = chunk["id"]
        events: list[StreamEvent] = []
        choices = chunk.get("choices")
        for choice in choices if isinstance(choices, list) else []:
            if not isinstance(choice, Mapping) or choice.get("index", 0) != 0:
                continue  # we ask for one choice; ignore anything else
            events.extend(self._feed_choice(choice))
        usage = chunk.get("usage")
        if isinstance(usage, Mapping):
            events.append(_parse_usage(usage))
        return events

    def _feed_choice(self, choice: Mapping[str, Any]) -> list[StreamEvent]:
        events: list[StreamEvent] = []
        delta = choice.get("delta")
        delta = delta if isinstance(delta, Mapping) else {}
        self.reasoning.feed(delta)
        content = delta.get("content")
        if isinstance(content, str) and content:
            self.text.append(content)
            events.append(TextDelta(content))
        tool_calls = delta.get("tool_calls")
        for piece in tool_calls if isinstance(tool_calls, list) else []:
            event = self.tools.feed(piece)
            if event is not None:
                events.append(event)
        reason = choice.get("finish_reason")
        if isinstance(reason, str) and reason:
            if reason == "error":
                raise ServerError(SERVICE, detail="the model stopped with an error")
            self.finish_reason = reason
            events.extend(self._completed())
        return events

    def _completed(self) -> list[StreamEvent]:
        # Reasoning first: the tool loop needs it when it builds the message for the calls.
        events: list[StreamEvent] = []
        if self.reasoning:
            events.append(self.reasoning.complete())
        if self.tools:
            events.append(ToolCallsComplete(self.tools.complete()))
        return events

    def finish(self, saw_done: bool) -> list[StreamEvent]:
        if self.valid_chunks == 0:
            raise ProtocolError(
                SERVICE, detail=f"no valid chunk in the stream ({self.malformed_chunks} malformed)"
            )
        if not saw_done and self.finish_reason is None:
            raise StreamInterrupted(
                SERVICE, partial_text=self.partial_text, detail="the stream ended early"
            )
        events = self._completed()
        events.append(Finish(self.finish_reason, self.model, self.generation_id))
        return events
