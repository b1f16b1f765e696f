"""`run_chat_turn`: the command line's view of a turn, streamed and summarised."""

from __future__ import annotations

import io
import json

from l4ydesk.core.chat import MessageStatus, run_chat_turn
from tests.fakes.openrouter_server import (
    FakeOpenRouterServer,
    sse_response,
    text_stream,
    tool_call_stream,
)
from tests.fakes.v0_server import FakeV0Server, PlannedVersion
from tests.integration.chat.conftest import ChatFactory


async def test_an_ai_turn_prints_tokens_tool_calls_and_a_summary(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, app_id: int
) -> None:
    args = json.dumps({"path": "app/page.tsx", "content": "<Page />"})
    openrouter_server.script(
        sse_response(tool_call_stream([("c1", "write_file", args)])),
        sse_response(text_stream(["Wrote", " the page."])),
    )
    out = io.StringIO()

    result = await run_chat_turn(make_chat(), app_id, "Make a page", "ai", out=out)

    assert result.status is MessageStatus.SENT
    printed = out.getvalue()
    assert "→ write_file app/page.tsx\n  ✓ created app/page.tsx\n" in printed
    assert "Wrote the page.\n" in printed
    assert printed.endswith(result.summary() + "\n")
    assert "Files: 1 written (app/page.tsx)." in printed
    assert "Usage: 24 prompt + 14 completion tokens, cost 0.000840 credits." in printed


async def test_a_v0_turn_prints_its_files_and_the_preview(
    make_chat: ChatFactory, v0_server: FakeV0Server, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}))
    out = io.StringIO()

    result = await run_chat_turn(make_chat(), app_id, "A bakery site", "v0", out=out)

    printed = out.getvalue()
    assert printed.startswith("… Sending your message to v0…\n")
    assert "v0 answered.\nFiles: 5 written (app/page.tsx, next.config.mjs, package.json" in printed
    assert f"Preview: {result.demo_url}" in printed


async def test_a_v0_question_on_the_command_line_ends_the_turn_with_a_sentence(
    make_chat: ChatFactory, v0_server: FakeV0Server, app_id: int
) -> None:
    asks = {
        "type": "agent-action",
        "name": "ask_user_questions",
        "summary": "v0 asked 1 question.",
        "data": {
            "questions": [
                {
                    "id": "q1",
                    "question": "Which colours?",
                    "header": "Colours",
                    "multiSelect": False,
                    "options": [{"id": "a", "label": "Warm"}, {"id": "b", "label": "Cool"}],
                }
            ]
        },
    }
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}, asks=asks))
    out = io.StringIO()

    result = await run_chat_turn(make_chat(), app_id, "A bakery site", "v0", out=out)

    printed = out.getvalue()
    assert "? v0 asked 1 question.\n  Which colours? (Warm, Cool)\n" in printed
    assert result.status is MessageStatus.FAILED  # nothing waits forever without a window
    assert result.error is not None and "v0 is waiting for an answer" in result.error
