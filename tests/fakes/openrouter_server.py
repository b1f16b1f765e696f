"""A fake OpenRouter (OpenAI-compatible chat completions over SSE), scriptable per test.

Behaviour, as documented at openrouter.ai/docs (streaming, errors, usage accounting):
- Bearer-key auth; a wrong key gets 401 ``{"error": {"code": 401, "message": ...}}``.
- ``POST /api/v1/chat/completions`` with ``stream: true`` answers ``text/event-stream``:
  ``data: {chunk}`` events, ``: OPENROUTER PROCESSING`` comments, usage in the last chunk,
  ``data: [DONE]``. Without a script it streams a short greeting.
- ``GET /api/v1/models`` lists `models`.
- ``GET /api/v1/key`` describes the key (docs: api-reference/api-keys/get-current-key):
  ``{"data": {"label", "limit", "limit_remaining", "usage", "is_free_tier", ...}}``; set `key`.
- Tool-call deltas as real models send them, not only as the OpenAI reference shows
  (`tool_call_stream(..., quirk=...)`): "resend_name" repeats the function name in every piece
  (several Gemini and Mistral routes do); "reused_index" gives every parallel call index 0 with
  its own id; "reused_id" gives parallel calls distinct indexes but one id.
- Reasoning (docs: use-cases/reasoning-tokens): `reasoning_tool_stream` streams
  ``delta.reasoning`` and ``delta.reasoning_details`` blocks (text in pieces, an encrypted
  block with a signature) before the tool calls. With `require_reasoning_echo`, a follow-up
  whose assistant tool-call message lacks the same ``reasoning_details`` is refused with 400,
  as Anthropic's thinking models refuse it ("Preserving reasoning blocks").
- The app attribution headers a client sends (``HTTP-Referer``, ``X-OpenRouter-Title``) are
  in the recorded requests.

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
    calls: Sequence[tuple[str, str, str]],
    *,
    pieces: int = 3,
    text: str = "",
    quirk: str | None = None,
) -> list[bytes | Pause]:
    """Chunks for tool calls (id, name, JSON arguments); each call's arguments are cut into
    `pieces` fragments, and the calls' fragments interleave, as parallel calls do.

    `quirk` (see the module doc): "resend_name", "reused_index" (calls then come one after
    the other, since only the id tells them apart) or "reused_id".
    """
    events: list[bytes | Pause] = [sse(chunk({"role": "assistant", "content": text or None}))]
    if quirk == "reused_index":
        for call_id, name, arguments in calls:
            parts = _split(arguments, pieces)
            head = {"index": 0, "id": call_id, "type": "function"}
            head["function"] = {"name": name, "arguments": parts[0] if parts else ""}
            events.append(sse(chunk({"tool_calls": [head]})))
            for part in parts[1:]:
                piece = {"index": 0, "function": {"arguments": part}}
                events.append(sse(chunk({"tool_calls": [piece]})))
        events += [sse(chunk({}, finish_reason="tool_calls")), usage_chunk(), DONE]
        return events
    shared_id = calls[0][0] if quirk == "reused_id" and calls else None
    for index, (call_id, name, _) in enumerate(calls):
        head = {"index": index, "id": shared_id or call_id, "type": "function"}
        head["function"] = {"name": name, "arguments": ""}
        events.append(sse(chunk({"tool_calls": [head]})))
    fragments = [_split(arguments, pieces) for _, _, arguments in calls]
    for step in range(pieces):
        for index, parts in enumerate(fragments):
            if step < len(parts):
                function = {"arguments": parts[step]}
                if quirk == "resend_name":
                    function = {"name": calls[index][1], **function}
                piece = {"index": index, "function": function}
                events.append(sse(chunk({"tool_calls": [piece]})))
    events += [sse(chunk({}, finish_reason="tool_calls")), usage_chunk(), DONE]
    return events


REASONING_DETAILS: list[dict[str, Any]] = [
    {
        "type": "reasoning.text",
        "text": "The user wants a file. I will write it.",
        "signature": "sig-fake-0001",
        "format": "anthropic-claude-v1",
        "index": 0,
    },
    {
        "type": "reasoning.encrypted",
        "data": "ZW5jcnlwdGVkLXJlYXNvbmluZw==",
        "format": "anthropic-claude-v1",
        "index": 1,
    },
]


def reasoning_tool_stream(calls: Sequence[tuple[str, str, str]]) -> list[bytes | Pause]:
    """Reasoning (plain and as `reasoning_details` blocks, text cut in pieces) then tool calls."""
    text_block = REASONING_DETAILS[0]
    words = str(text_block["text"]).split(" ")
    events: list[bytes | Pause] = [sse(chunk({"role": "assistant", "content": ""}))]
    for n, word in enumerate(words):
        piece = word if n == 0 else f" {word}"
        block: dict[str, Any] = {"type": "reasoning.text", "text": piece, "index": 0}
        block["format"] = text_block["format"]
        if n == len(words) - 1:
            block["signature"] = text_block["signature"]
        events.append(sse(chunk({"reasoning": piece, "reasoning_details": [block]})))
    events.append(sse(chunk({"reasoning_details": [REASONING_DETAILS[1]]})))
    return events + tool_call_stream(calls)[1:]


def _reasoning_echoed(messages: Sequence[Any]) -> bool:
    """Whether every assistant message with tool calls carries the reasoning blocks."""
    return not any(
        isinstance(m, dict)
        and m.get("role") == "assistant"
        and m.get("tool_calls")
        and m.get("reasoning_details") != REASONING_DETAILS
        for m in messages
    )


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
        self.require_reasoning_echo = False
        self.key: dict[str, Any] = {
            "label": "sk-or-v1-tes...def",
            "limit": 20,
            "limit_remaining": 12.5,
            "limit_reset": None,
            "usage": 7.5,
            "is_free_tier": False,
            "is_provisioning_key": False,
        }

    def script(self, *responses: Response) -> None:
        """The next chat completions, in order: streams, HTTP errors, drops."""
        self.enqueue(*responses, path=COMPLETIONS, method="POST")

    def authorize(self, request: RecordedRequest) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return openrouter_error(401, "No auth credentials found")
        # Checked here, before a scripted answer is handed out: the provider refuses upstream.
        if (
            self.require_reasoning_echo
            and request.method == "POST"
            and request.path == COMPLETIONS
            and not _reasoning_echoed((request.json() or {}).get("messages") or [])
        ):
            return openrouter_error(
                400,
                "messages: each assistant message with tool calls must start with its "
                "thinking blocks; pass reasoning_details back unchanged",
            )
        return None

    def route(self, request: RecordedRequest) -> Response:
        if request.method == "POST" and request.path == COMPLETIONS:
            body = request.json() or {}
            if not body.get("model") or not isinstance(body.get("messages"), list):
                return openrouter_error(400, "model and messages are required")
            return sse_response(text_stream(["Hello", " from", " the fake."]))
        if request.method == "GET" and request.path == "/api/v1/key":
            return json_reply(200, {"data": self.key})
        if request.method == "GET" and request.path == "/api/v1/models":
            return json_reply(200, {"data": self.models})
        return openrouter_error(404, f"No route for {request.method} {request.path}")


def edit_file_fix(
    path: str, old_text: str, new_text: str, *, call_id: str = "call_fix_1"
) -> Stream:
    """Scripted self-heal answer: one `edit_file` call replacing `old_text` in `path`, as a
    model answers when shown a build error and the lines it names."""
    arguments = json.dumps({"path": path, "old_text": old_text, "new_text": new_text})
    return sse_response(tool_call_stream([(call_id, "edit_file", arguments)]))
