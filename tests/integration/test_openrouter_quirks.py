"""OpenRouter as real models use it: resent names, reused indexes and ids, reasoning blocks
to send back, attribution headers and the key's remaining credit (fake over real HTTP)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from l4ydesk.clients.openrouter import (
    OpenRouterClient,
    ReasoningComplete,
    ToolCallsComplete,
    function_tool,
)
from tests.fakes.openrouter_server import (
    REASONING_DETAILS,
    FakeOpenRouterServer,
    reasoning_tool_stream,
    sse_response,
    tool_call_stream,
)
from tests.integration.conftest import RecordingSleep

MODEL = "anthropic/claude-sonnet-4"
ASK = [{"role": "user", "content": "Write two files"}]
WRITE = function_tool(
    "write_file",
    "Write a file",
    {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
)
CALLS = [
    ("call_a", "write_file", json.dumps({"path": "app/page.tsx", "content": "A"})),
    ("call_b", "write_file", json.dumps({"path": "app/about/page.tsx", "content": "B"})),
]


def client(server: FakeOpenRouterServer, sleep: RecordingSleep) -> OpenRouterClient:
    return OpenRouterClient(server.api_key, base_url=server.url("/api/v1"), sleep=sleep)


async def calls_for(server: FakeOpenRouterServer, sleep: RecordingSleep, quirk: str) -> Any:
    server.script(sse_response(tool_call_stream(CALLS, pieces=3, quirk=quirk)))
    async with client(server, sleep) as ai:
        events = [e async for e in ai.stream_chat(ASK, MODEL, [WRITE])]
    (complete,) = [e for e in events if isinstance(e, ToolCallsComplete)]
    return complete.calls


async def test_a_resent_name_is_not_doubled(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    calls = await calls_for(openrouter_server, sleep, "resend_name")
    assert [c.name for c in calls] == ["write_file", "write_file"]
    assert [c.arguments["path"] for c in calls] == ["app/page.tsx", "app/about/page.tsx"]


async def test_parallel_calls_on_one_index_are_told_apart_by_id(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    calls = await calls_for(openrouter_server, sleep, "reused_index")
    assert [(c.id, c.name) for c in calls] == [("call_a", "write_file"), ("call_b", "write_file")]
    assert [c.arguments["content"] for c in calls] == ["A", "B"]


async def test_parallel_calls_sharing_an_id_get_distinct_ids(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    calls = await calls_for(openrouter_server, sleep, "reused_id")
    assert [c.arguments["content"] for c in calls] == ["A", "B"]
    assert len({c.id for c in calls}) == 2  # each tool result answers exactly one call


async def test_reasoning_blocks_are_joined_for_the_tool_loop(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    openrouter_server.script(sse_response(reasoning_tool_stream(CALLS[:1])))
    async with client(openrouter_server, sleep) as ai:
        events = [e async for e in ai.stream_chat(ASK, MODEL, [WRITE])]
    (reasoning,) = [e for e in events if isinstance(e, ReasoningComplete)]
    assert list(reasoning.details) == REASONING_DETAILS
    assert reasoning.text == REASONING_DETAILS[0]["text"]
    # It comes before the calls, so the loop has it when it writes the calls' message.
    kinds = [type(e) for e in events]
    assert kinds.index(ReasoningComplete) < kinds.index(ToolCallsComplete)
    assert reasoning.message_fields()["reasoning_details"] == REASONING_DETAILS


async def test_attribution_headers_are_sent(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    async with client(openrouter_server, sleep) as ai:
        await ai.complete(ASK, MODEL)
    headers = openrouter_server.requests[0].headers
    assert headers["x-openrouter-title"] == "l4ydesk"
    assert headers["http-referer"].startswith("https://")


async def test_key_info_reports_the_remaining_credit(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep
) -> None:
    async with client(openrouter_server, sleep) as ai:
        info = await ai.key_info()
    assert (info.limit, info.remaining, info.usage) == (20.0, 12.5, 7.5)
    assert info.sentence() == "OpenRouter credit left on this key: $12.50 of $20.00."
    openrouter_server.key.update(limit=None, limit_remaining=None)
    async with client(openrouter_server, sleep) as ai:
        uncapped = await ai.key_info()
    assert uncapped.sentence() == "This OpenRouter key has no spending cap ($7.50 used so far)."


@pytest.mark.parametrize("quirk", ["resend_name", "reused_index", "reused_id"])
async def test_every_quirk_keeps_two_calls(
    openrouter_server: FakeOpenRouterServer, sleep: RecordingSleep, quirk: str
) -> None:
    assert len(await calls_for(openrouter_server, sleep, quirk)) == 2
