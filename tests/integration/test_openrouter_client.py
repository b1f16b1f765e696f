"""OpenRouterClient against the fake OpenRouter over real HTTP: SSE, tool calls, faults."""

from __future__ import annotations

import json
from typing import Any

import pytest

from l4ydesk.clients.errors import (
    AuthError,
    PlanLimitError,
    ProtocolError,
    RateLimitError,
    RemoteError,
    ServerError,
    StreamInterrupted,
)
from l4ydesk.clients.openrouter import (
    Finish,
    OpenRouterClient,
    StreamEvent,
    TextDelta,
    ToolCallDelta,
    ToolCallsComplete,
    Usage,
    function_tool,
)
from tests.fakes.openrouter_server import (
    COMMENT,
    DONE,
    FakeOpenRouterServer,
    chunk,
    error_chunk,
    openrouter_error,
    sse,
    sse_response,
    text_stream,
    tool_call_stream,
)
from tests.integration.conftest import RecordingSleep

MODEL = "openai/gpt-4o-mini"
HELLO = [{"role": "user", "content": "Say hello"}]
WEATHER = function_tool(
    "get_weather",
    "Current weather for a city",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)


def client(server: FakeOpenRouterServer, sleep: RecordingSleep, **options: Any) -> OpenRouterClient:
    options.setdefault("api_key", server.api_key)
    return OpenRouterClient(base_url=server.url("/api/v1"), sleep=sleep, **options)


async def collect(or_client: OpenRouterClient, **kwargs: Any) -> list[StreamEvent]:
    return [event async for event in or_client.stream_chat(HELLO, MODEL, **kwargs)]


async def test_streamed_text_arrives_in_order_with_usage(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(sse_response(text_stream(["Hel", "lo, ", "wor", "ld!"])))
    async with client(openrouter_server, sleep) as ai:
        events = await collect(ai)

    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Hel", "lo, ", "wor", "ld!"]
    assert isinstance(events[-1], Finish)
    assert events[-1] == Finish("stop", MODEL, "gen-fake-0001")
    usage = [e for e in events if isinstance(e, Usage)]
    assert usage == [Usage(prompt_tokens=12, completion_tokens=7, total_tokens=19, cost=0.00042)]

    request = openrouter_server.requests_to("/api/v1/chat/completions", "POST")[0]
    assert request.headers["authorization"] == f"Bearer {openrouter_server.api_key}"
    assert request.headers["x-title"] == "l4ydesk"
    assert request.headers["accept"] == "text/event-stream"
    assert request.json() == {
        "model": MODEL,
        "messages": HELLO,
        "stream": True,
        "usage": {"include": True},
    }


async def test_complete_collects_the_answer(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    async with client(openrouter_server, sleep) as ai:
        answer = await ai.complete(HELLO, MODEL, temperature=0.2)
    assert answer.text == "Hello from the fake."
    assert answer.finish_reason == "stop"
    assert answer.model == MODEL
    assert answer.usage is not None and answer.usage.total_tokens == 19
    assert answer.tool_calls == ()
    assert openrouter_server.requests[0].json()["temperature"] == 0.2


async def test_tool_call_pieces_are_assembled_into_calls(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    calls = [
        ("call_a", "get_weather", json.dumps({"city": "Paris", "unit": "celsius"})),
        ("call_b", "get_weather", json.dumps({"city": "Zürich"})),
    ]
    openrouter_server.script(sse_response(tool_call_stream(calls, pieces=4)))
    async with client(openrouter_server, sleep) as ai:
        events = await collect(ai, tools=[WEATHER], tool_choice="auto")

    deltas = [e for e in events if isinstance(e, ToolCallDelta)]
    assert len(deltas) > 4  # the arguments really came in pieces
    complete = [e for e in events if isinstance(e, ToolCallsComplete)]
    assert len(complete) == 1
    (first, second) = complete[0].calls
    assert (first.id, first.name, first.arguments) == (
        "call_a",
        "get_weather",
        {"city": "Paris", "unit": "celsius"},
    )
    assert (second.id, second.arguments) == ("call_b", {"city": "Zürich"})
    assert isinstance(events[-1], Finish) and events[-1].reason == "tool_calls"

    body = openrouter_server.requests[0].json()
    assert body["tools"] == [WEATHER]
    assert body["tool_choice"] == "auto"


async def test_tool_call_with_invalid_json_keeps_the_raw_arguments(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(sse_response(tool_call_stream([("c1", "get_weather", '{"city": ')])))
    async with client(openrouter_server, sleep) as ai:
        answer = await ai.complete(HELLO, MODEL, tools=[WEATHER])
    (call,) = answer.tool_calls
    assert call.arguments is None
    assert call.raw_arguments == '{"city": '


async def test_dropped_connection_mid_stream_keeps_the_partial_text(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    events = [sse(chunk({"content": piece})) for piece in ["Once ", "upon ", "a time"]]
    openrouter_server.script(sse_response([COMMENT, *events, DONE], drop_after=3))
    received: list[str] = []
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(StreamInterrupted) as caught:
            async for event in ai.stream_chat(HELLO, MODEL):
                if isinstance(event, TextDelta):
                    received.append(event.text)
    assert received == ["Once ", "upon "]
    assert caught.value.partial_text == "Once upon "
    assert "The part that arrived was kept." in caught.value.user_message
    assert sleep.calls == []  # a half-delivered answer is never silently re-requested


async def test_stream_that_ends_without_finishing_is_interrupted(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(sse_response([sse(chunk({"content": "Half"}))]))
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(StreamInterrupted) as caught:
            await collect(ai)
    assert caught.value.partial_text == "Half"


async def test_malformed_chunk_is_skipped(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    stream = text_stream(["Good ", "answer"])
    stream.insert(3, b"data: {not json at all\n\n")
    stream.insert(5, b'data: ["a", "list"]\n\n')
    openrouter_server.script(sse_response(stream))
    async with client(openrouter_server, sleep) as ai:
        answer = await ai.complete(HELLO, MODEL)
    assert answer.text == "Good answer"
    assert answer.finish_reason == "stop"


async def test_only_malformed_chunks_is_a_protocol_error(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(sse_response([COMMENT, b"data: {oops\n\n", b"data: nope\n\n", DONE]))
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(ProtocolError):
            await collect(ai)


@pytest.mark.parametrize(
    ("code", "error_type"),
    [
        (502, ServerError),
        ("server_error", ServerError),
        (429, RateLimitError),
        (402, PlanLimitError),
    ],
)
async def test_error_object_mid_stream_is_typed(
    openrouter_server: FakeOpenRouterServer,
    sleep: RecordingSleep,
    code: int | str,
    error_type: type[RemoteError],
) -> None:
    events = [sse(chunk({"content": "Partial"})), error_chunk(code, "Provider disconnected"), DONE]
    openrouter_server.script(sse_response(events))
    seen: list[StreamEvent] = []
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(error_type) as caught:
            async for event in ai.stream_chat(HELLO, MODEL):
                seen.append(event)
    assert seen == [TextDelta("Partial")]
    assert caught.value.detail == "Provider disconnected"


async def test_429_with_retry_after_then_success(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(
        openrouter_error(429, "Rate limit exceeded", retry_after="2"),
        sse_response(text_stream(["ok"])),
    )
    async with client(openrouter_server, sleep) as ai:
        answer = await ai.complete(HELLO, MODEL)
    assert answer.text == "ok"
    assert sleep.calls == [2.0]
    assert len(openrouter_server.requests) == 2


async def test_5xx_before_streaming_is_not_retried(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(openrouter_error(502, "Model is down"))
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(ServerError) as caught:
            await collect(ai)
    assert caught.value.status == 502
    assert len(openrouter_server.requests) == 1


async def test_wrong_key_is_an_auth_error_without_the_key(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    wrong = "sk-or-v1-wrongwrongwrong0000"
    async with client(openrouter_server, sleep, api_key=wrong) as ai:
        with pytest.raises(AuthError) as caught:
            await collect(ai)
    assert caught.value.user_message == (
        "Your OpenRouter API key was refused. Enter a valid key in Settings → Keys."
    )
    for text in (str(caught.value), repr(caught.value), caught.value.detail):
        assert wrong not in text


async def test_out_of_credits(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(openrouter_error(402, "Insufficient credits"))
    async with client(openrouter_server, sleep) as ai:
        with pytest.raises(PlanLimitError) as caught:
            await collect(ai)
    assert caught.value.user_message.startswith("Your OpenRouter account is out of credits.")


async def test_list_models(openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep) -> None:
    async with client(openrouter_server, sleep) as ai:
        models = await ai.list_models()
    assert [m.id for m in models] == ["openai/gpt-4o-mini", "meta-llama/llama-3.1-8b-instruct:free"]
    assert models[0].supports_tools and not models[1].supports_tools
    assert models[0].context_length == 128000
    assert models[0].prompt_price == pytest.approx(0.00000015)
    assert models[1].completion_price == 0.0
