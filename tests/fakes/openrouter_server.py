"""A fake OpenRouter (OpenAI-compatible chat completions over SSE), scriptable per test.

Behaviour, as documented at openrouter.ai/docs (streaming, errors, usage accounting):
- Bearer-key auth; a wrong key gets 401 ``{"error": {"code": 401, "message": ...}}``.
- ``POST /api/v1/chat/completions`` with ``stream: true`` answers ``text/event-stream``:
  ``data: {chunk}`` events, ``: OPENROUTER PROCESSING`` comments, usage in the last chunk,
  ``data: [DONE]``. Without a script it streams a short greeting.
- ``GET /api/v1/models`` lists `models`.

Tests script the answers with `script(...)` and build them with the helpers below:
`text_stream`, `tool_call_stream`, `sse_response` (with ``drop_after`` to cut the connection
mid-stream), `error_chunk`, and `openrouter_error` for HTTP errors such as 429 + Retry-After.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from tests.fakes.http_server import (
    FakeHTTPServer,
    Pause,
    RecordedRequest,
    Reply,
    Response,
    Stream,
    json_reply,
)

__all__ = [
    "COMMENT",
    "DONE",
    "FakeOpenRouterServer",
    "chunk",
    "error_chunk",
    "openrouter_error",
    "sse",
    "sse_response",
    "text_stream",
    "tool_call_stream",
    "usage_chunk",
]

COMMENT = b": OPENROUTER PROCESSING\n\n"
DONE = b"data: [DONE]\n\n"
MODEL = "openai/gpt-4o-mini"
GENERATION_ID = "gen-fake-0001"
COMPLETIONS = "/api/v1/chat/completions"


def sse(data: Any) -> bytes:
    """One Server-Sent Event carrying `data` as JSON."""
    return b"data: " + json.dumps(data).encode() + b"\n\n"


def chunk(
    delta: Mapping[str, Any] | None = None,
    *,
    finish_reason: str | None = None,
    usage: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A ``chat.completion.chunk`` as OpenRouter streams it."""
    data: dict[str, Any] = {
        "id": GENERATION_ID,
        "provider": "OpenAI",
        "model": MODEL,
        "object": "chat.completion.chunk",
        "created": 1767225600,
        "choices": [{"index": 0, "delta": dict(delta or {}), "finish_reason": finish_reason}]
        if usage is None
        else [],
    }
    if usage is not None:
        data["usage"] = dict(usage)
    return data


def usage_chunk(prompt: int = 12, completion: int = 7, cost: float = 0.00042) -> bytes:
    return sse(
        chunk(
            usage={
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
                "cost": cost,
            }
        )
    )


def error_chunk(code: int | str, message: str) -> bytes:
    """An error that happened after tokens were sent: HTTP 200 already, so it is an event."""
    data = chunk({"content": ""}, finish_reason="error")
    data["error"] = {"code": code, "message": message}
    return sse(data)


def text_stream(
    parts: Sequence[str], *, finish_reason: str = "stop", comments: bool = True
) -> list[bytes | Pause]:
    """Chunks streaming `parts` as text, then the finish, the usage and [DONE]."""
    events: list[bytes | Pause] = [COMMENT] if comments else []
    events.append(sse(chunk({"role": "assistant", "content": ""})))
    for part in parts:
        events.append(sse(chunk({"content": part})))
        if comments:
            events.append(COMMENT)
    events += [sse(chunk({}, finish_reason=finish_reason)), usage_chunk(), DONE]
    return events


def tool_call_stream(
    calls: Sequence[tuple[str, str, str]], *, pieces: int = 3, text: str = ""
) -> list[bytes | Pause]:
    """Chunks for tool calls (id, name, JSON arguments); each call's arguments are cut into
    `pieces` fragments, and the calls' fragments interleave, as parallel calls do."""
    events: list[bytes | Pause] = [sse(chunk({"role": "assistant", "content": text or None}))]
    for index, (call_id, name, _) in enumerate(calls):
        head = {"index": index, "id": call_id, "type": "function"}
        head["function"] = {"name": name, "arguments": ""}
        events.append(sse(chunk({"tool_calls": [head]})))
    fragments = [_split(arguments, pieces) for _, _, arguments in calls]
    for step in range(pieces):
        for index, parts in enumerate(fragments):
            if step < len(parts):
                piece = {"index": index, "function": {"arguments": parts[step]}}
                events.append(sse(chunk({"tool_calls": [piece]})))
    events += [sse(chunk({}, finish_reason="tool_calls")), usage_chunk(), DONE]
    return events


def _split(text: str, pieces: int) -> list[str]:
    size = max(1, -(-len(text) // pieces))
    return [text[i : i + size] for i in range(0, len(text), size)]


def sse_response(events: Sequence[bytes | Pause], *, drop_after: int | None = None) -> Stream:
    return Stream(
        status=200,
        chunks=list(events),
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache",
            "X-Generation-Id": GENERATION_ID,
        },
        drop_after=drop_after,
    )


def openrouter_error(status: int, message: str, *, retry_after: str | None = None) -> Reply:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return json_reply(status, {"error": {"code": status, "message": message}}, headers)


DEFAULT_MODELS: list[dict[str, Any]] = [
    {
        "id": "openai/gpt-4o-mini",
        "name": "OpenAI: GPT-4o-mini",
        "context_length": 128000,
        "pricing": {"prompt": "0.00000015", "completion": "0.0000006"},
        "supported_parameters": ["tools", "tool_choice", "temperature"],
    },
    {
        "id": "meta-llama/llama-3.1-8b-instruct:free",
        "name": "Meta: Llama 3.1 8B Instruct (free)",
        "context_length": 131072,
        "pricing": {"prompt": "0", "completion": "0"},
        "supported_parameters": ["temperature"],
    },
]


class FakeOpenRouterServer(FakeHTTPServer):
    def __init__(
        self,
        api_key: str = "sk-or-v1-test0123456789abcdef",
        models: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__()
        self.api_key = api_key
        self.models = [dict(m) for m in (models if models is not None else DEFAULT_MODELS)]

    def script(self, *responses: Response) -> None:
        """The next chat completions, in order: streams, HTTP errors, drops."""
        self.enqueue(*responses, path=COMPLETIONS, method="POST")

    def authorize(self, request: RecordedRequest) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return openrouter_error(401, "No auth credentials found")
        return None

    def route(self, request: RecordedRequest) -> Response:
        if request.method == "POST" and request.path == COMPLETIONS:
            body = request.json() or {}
            if not body.get("model") or not isinstance(body.get("messages"), list):
                return openrouter_error(400, "model and messages are required")
            return sse_response(text_stream(["Hello", " from", " the fake."]))
        if request.method == "GET" and request.path == "/api/v1/models":
            return json_reply(200, {"data": self.models})
        return openrouter_error(404, f"No route for {request.method} {request.path}")
