"""The usage hook point: every AI request, agent tool call and v0 message is announced with the
right data, reported with its usage, and can be refused."""

from __future__ import annotations

import json

import pytest

from l4ydesk.core.chat import ActionKind, ChatAction, MessageStatus, UsageReported
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionSource
from tests.fakes.openrouter_server import (
    FakeOpenRouterServer,
    sse_response,
    text_stream,
    tool_call_stream,
)
from tests.fakes.v0_server import FakeV0Server, PlannedVersion
from tests.integration.chat.conftest import ChatFactory, EventLog, RecordingHooks

MODEL = "openai/gpt-4o-mini"


def write_call(path: str) -> tuple[str, str, str]:
    return ("w1", "write_file", json.dumps({"path": path, "content": "<Menu />"}))


async def test_hooks_see_each_ai_request_and_tool_call_with_usage(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    hooks: RecordingHooks,
    app_id: int,
    events: EventLog,
) -> None:
    openrouter_server.script(
        sse_response(tool_call_stream([write_call("components/menu.tsx")])),
        sse_response(text_stream(["Added a menu."])),
    )

    result = await make_chat().send(app_id, "Add a menu", "ai", model=MODEL, on_event=events)

    assert result.status is MessageStatus.SENT
    message = ChatAction(ActionKind.AI_MESSAGE, app_id, "ai", MODEL)
    tool = ChatAction(
        ActionKind.AGENT_TOOL, app_id, "ai", MODEL, "write_file", "components/menu.tsx"
    )
    assert hooks.before == [message, tool, message]
    assert [a for a, _ in hooks.after] == [message, tool, message]
    first_usage = hooks.after[0][1]
    # The fake's usage chunk: 12 prompt + 7 completion tokens, cost 0.00042 credits.
    assert (first_usage.prompt_tokens, first_usage.completion_tokens) == (12, 7)
    assert first_usage.cost == pytest.approx(0.00042)
    assert first_usage.completed
    assert hooks.after[1][1].files_changed == 1
    assert result.usage.total_tokens == 38
    assert result.usage.cost == pytest.approx(0.00084)
    assert [e.action.kind for e in events.of(UsageReported)] == [
        ActionKind.AI_MESSAGE,
        ActionKind.AGENT_TOOL,
        ActionKind.AI_MESSAGE,
    ]
    answer = make_chat().history(app_id)[-1]
    assert answer.usage["total_tokens"] == 38 and answer.usage["model"] == MODEL


async def test_hooks_see_v0_messages(
    make_chat: ChatFactory, v0_server: FakeV0Server, hooks: RecordingHooks, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />", "lib/a.ts": "a"}))

    await make_chat().send(app_id, "A bakery site", "v0", model="v0-1.5-md")

    action = ChatAction(ActionKind.V0_MESSAGE, app_id, "v0", "v0-1.5-md")
    assert hooks.before == [action]
    [(after, usage)] = hooks.after
    assert after == action
    assert (usage.files_changed, usage.completed) == (6, True)  # with v0's default files
    sent = v0_server.requests_to("/v2/chats/stream", "POST")[0].json()
    assert sent["modelConfiguration"] == {"modelId": "v0-1.5-md"}


async def test_a_refused_first_request_sends_nothing_and_keeps_a_draft(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    v0_server: FakeV0Server,
    hooks: RecordingHooks,
    app_id: int,
) -> None:
    hooks.refuse = lambda action: "You are out of l4ydesk credits. Buy more in Settings → Credits."

    ai = await make_chat().send(app_id, "Add a menu", "ai")
    v0 = await make_chat().send(app_id, "A bakery site", "v0")

    for result in (ai, v0):
        assert result.status is MessageStatus.DRAFT
        assert result.error == "You are out of l4ydesk credits. Buy more in Settings → Credits."
    assert openrouter_server.requests == [] and v0_server.requests == []
    assert hooks.after == []


async def test_a_refused_tool_call_stops_the_turn_before_the_change(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    hooks: RecordingHooks,
    vfs: VirtualFileSystem,
    app_id: int,
) -> None:
    vfs.write(app_id, "app/page.tsx", b"<Page />", RevisionSource.USER)
    hooks.refuse = lambda action: (
        "Writing files needs the Pro tier." if action.tool == "write_file" else None
    )
    openrouter_server.script(
        sse_response(tool_call_stream([write_call("app/page.tsx")], text="Rewriting it.")),
        sse_response(text_stream(["Never asked."])),
    )

    result = await make_chat().send(app_id, "Rewrite the page", "ai")

    assert result.status is MessageStatus.PARTIAL
    assert result.error == "Writing files needs the Pro tier."
    assert result.answer == "Rewriting it."
    assert vfs.read(app_id, "app/page.tsx") == b"<Page />"
    assert len(openrouter_server.requests_to("/api/v1/chat/completions")) == 1
    assert [a.kind for a, _ in hooks.after] == [ActionKind.AI_MESSAGE]
