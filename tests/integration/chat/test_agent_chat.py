"""The built-in AI agent against the fake OpenRouter: streamed tool calls over the VFS, undo,
dropped connections and cancellation."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from l4ydesk.core.chat import (
    AnswerDelta,
    FilesChanged,
    MessageStatus,
    StatusChanged,
    ToolCallFinished,
    ToolCallStarted,
    UndoError,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionOperation, RevisionSource
from tests.fakes.http_server import Pause
from tests.fakes.openrouter_server import (
    REASONING_DETAILS,
    FakeOpenRouterServer,
    reasoning_tool_stream,
    sse,
    sse_response,
    text_stream,
    tool_call_stream,
)
from tests.fakes.openrouter_server import chunk as or_chunk
from tests.integration.chat.conftest import ChatFactory, EventLog

PAGE = 'export default function Page() {\n  return <h1 className="title">Bakery</h1>\n}\n'
FILES = {
    "app/page.tsx": PAGE,
    "components/old-banner.tsx": "export function Banner() { return null }\n",
    "lib/prices.ts": "export const prices = { bread: 3 }\n",
}


def seed(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write_many(app_id, {p: t.encode() for p, t in FILES.items()}, RevisionSource.USER)


def call(call_id: str, name: str, **arguments: str) -> tuple[str, str, str]:
    return (call_id, name, json.dumps(arguments))


def completion_bodies(server: FakeOpenRouterServer) -> list[dict[str, Any]]:
    return [r.json() for r in server.requests_to("/api/v1/chat/completions", "POST")]


async def test_agent_edits_files_through_streamed_tool_calls_and_undo_reverts_the_step(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    vfs: VirtualFileSystem,
    app_id: int,
    events: EventLog,
) -> None:
    seed(vfs, app_id)
    openrouter_server.script(
        sse_response(
            tool_call_stream(
                [call("c1", "read_file", path="app/page.tsx"), call("c2", "list_files")],
                text="Let me look.",
            )
        ),
        sse_response(
            tool_call_stream(
                [
                    call(
                        "c3",
                        "edit_file",
                        path="app/page.tsx",
                        old_text='<h1 className="title">Bakery</h1>',
                        new_text='<h1 className="title">Cakes & Bread</h1>',
                    ),
                    call("c4", "write_file", path="components/menu.tsx", content="<ul />\n"),
                    call("c5", "delete_file", path="components/old-banner.tsx"),
                    call("c6", "rename_file", old_path="lib/prices.ts", new_path="lib/menu.ts"),
                ]
            )
        ),
        sse_response(text_stream(["Renamed the", " title and added a menu."])),
    )

    result = await make_chat().send(app_id, "Sell cakes too", "ai", on_event=events)

    assert result.status is MessageStatus.SENT
    assert result.answer == "Let me look.\n\nRenamed the title and added a menu."
    assert "Cakes & Bread" in vfs.read_text(app_id, "app/page.tsx")
    assert vfs.read_text(app_id, "components/menu.tsx") == "<ul />\n"
    assert not vfs.exists(app_id, "components/old-banner.tsx")
    assert vfs.exists(app_id, "lib/menu.ts") and not vfs.exists(app_id, "lib/prices.ts")
    assert vfs.stat(app_id, "app/page.tsx").source is RevisionSource.AI
    assert vfs.stat(app_id, "components/menu.tsx").source is RevisionSource.AI
    assert result.changes.written == ("app/page.tsx", "components/menu.tsx")
    assert result.changes.deleted == ("components/old-banner.tsx",)
    assert result.changes.renamed == (("lib/prices.ts", "lib/menu.ts"),)
    assert result.usage.prompt_tokens == 36 and result.usage.completion_tokens == 21

    started = [(e.tool, e.path) for e in events.of(ToolCallStarted)]
    assert started == [
        ("read_file", "app/page.tsx"),
        ("list_files", None),
        ("edit_file", "app/page.tsx"),
        ("write_file", "components/menu.tsx"),
        ("delete_file", "components/old-banner.tsx"),
        ("rename_file", "lib/prices.ts"),
    ]
    assert all(e.ok for e in events.of(ToolCallFinished))
    assert "".join(e.text for e in events.of(AnswerDelta)).endswith("added a menu.")
    assert events.of(FilesChanged)[0].changes == result.changes

    # Tool results went back to the model as tool messages, after its tool-call message.
    bodies = completion_bodies(openrouter_server)
    assert len(bodies) == 3
    assert {t["function"]["name"] for t in bodies[0]["tools"]} == {
        "list_files",
        "read_file",
        "write_file",
        "edit_file",
        "delete_file",
        "rename_file",
    }
    second = bodies[1]["messages"]
    assert isinstance(second, list)
    assert second[-3]["role"] == "assistant"
    assert [c["id"] for c in second[-3]["tool_calls"]] == ["c1", "c2"]
    assert second[-2] == {"role": "tool", "tool_call_id": "c1", "content": PAGE}
    assert second[-1]["tool_call_id"] == "c2" and "lib/prices.ts" in second[-1]["content"]

    # Undo the whole step from a new service, as after a restart.
    restarted = make_chat()
    [step] = restarted.agent_steps(app_id)
    assert step.turn_id == result.turn_id
    question, answer = restarted.history(app_id)
    assert (question.undoable, answer.undoable) == (False, True)
    assert answer.changes == result.changes
    undone = restarted.undo_agent_step(app_id)

    assert vfs.read_all(app_id) == {p: t.encode() for p, t in FILES.items()}
    assert "components/menu.tsx" in [d.path for d in vfs.list_deleted(app_id)]
    assert ("lib/menu.ts", "lib/prices.ts") in undone.renamed
    assert [m.undoable for m in restarted.history(app_id)] == [False, False]
    assert restarted.agent_steps(app_id)[0].undone_at is not None


async def test_edit_errors_go_back_to_the_model_and_change_nothing(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    vfs: VirtualFileSystem,
    app_id: int,
    events: EventLog,
) -> None:
    seed(vfs, app_id)
    vfs.write(app_id, "lib/twice.ts", b"const a = 1\nconst a = 1\n")
    openrouter_server.script(
        sse_response(
            tool_call_stream(
                [
                    call("e1", "edit_file", path="app/page.tsx", old_text="Pizza", new_text="x"),
                    call("e2", "edit_file", path="lib/twice.ts", old_text="const a", new_text="b"),
                    call("e3", "read_file", path="nope.tsx"),
                    ("e4", "write_file", '{"path": "a.ts", "content": '),
                ]
            )
        ),
        sse_response(text_stream(["I could not make those edits."])),
    )

    result = await make_chat().send(app_id, "Edit things", "ai", on_event=events)

    assert result.status is MessageStatus.SENT
    assert not result.changes
    assert vfs.read_text(app_id, "app/page.tsx") == PAGE
    assert vfs.read_text(app_id, "lib/twice.ts") == "const a = 1\nconst a = 1\n"
    finished = events.of(ToolCallFinished)
    assert [e.ok for e in finished] == [False, False, False, False]
    tool_messages = completion_bodies(openrouter_server)[1]["messages"][-4:]
    contents = [m["content"] for m in tool_messages]
    assert "old_text was not found in 'app/page.tsx'" in contents[0]
    assert "old_text occurs 2 times in 'lib/twice.ts'" in contents[1]
    assert "'nope.tsx' does not exist" in contents[2]
    assert "not valid JSON" in contents[3]
    assert all(c.startswith("Error: ") for c in contents)
    assert make_chat().agent_steps(app_id) == []


async def test_undo_is_refused_when_a_file_changed_after_the_step(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    vfs: VirtualFileSystem,
    app_id: int,
) -> None:
    seed(vfs, app_id)
    openrouter_server.script(
        sse_response(
            tool_call_stream([call("w1", "write_file", path="app/page.tsx", content="<AI />\n")])
        ),
        sse_response(text_stream(["Done."])),
    )
    chat = make_chat()
    result = await chat.send(app_id, "Rewrite the page", "ai")
    vfs.write(app_id, "app/page.tsx", b"<Mine />\n")

    try:
        chat.undo_agent_step(app_id, result.turn_id)
    except UndoError as exc:
        assert "app/page.tsx" in str(exc)
    else:
        raise AssertionError("undo should have been refused")
    assert vfs.read_text(app_id, "app/page.tsx") == "<Mine />\n"

    chat.undo_agent_step(app_id, result.turn_id, force=True)
    assert vfs.read_text(app_id, "app/page.tsx") == PAGE
    newest = vfs.history(app_id, "app/page.tsx")[0]
    assert (newest.source, newest.operation) == (RevisionSource.USER, RevisionOperation.RESTORE)


async def test_the_tool_loop_is_bounded(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, app_id: int
) -> None:
    openrouter_server.script(
        *[sse_response(tool_call_stream([call(f"l{n}", "list_files")])) for n in range(3)]
    )

    result = await make_chat(max_agent_steps=3).send(app_id, "Loop forever", "ai")

    assert result.status is MessageStatus.SENT
    assert result.error is not None and "stopped after 3 steps" in result.error
    assert len(completion_bodies(openrouter_server)) == 3


async def test_a_dropped_connection_keeps_the_partial_answer_marked(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, app_id: int
) -> None:
    events = [
        sse(or_chunk({"role": "assistant", "content": ""})),
        sse(or_chunk({"content": "Here is the start"})),
        sse(or_chunk({"content": " of a long answer"})),
        sse(or_chunk({"content": " that never ends."})),
    ]
    openrouter_server.script(sse_response(events, drop_after=3))
    chat = make_chat()

    result = await chat.send(app_id, "Explain the app", "ai")

    assert result.status is MessageStatus.PARTIAL
    assert result.answer == "Here is the start of a long answer"
    assert result.error is not None and "dropped while the answer was arriving" in result.error
    user, answer = make_chat().history(app_id)
    assert user.status is MessageStatus.SENT
    assert answer.status is MessageStatus.PARTIAL
    assert answer.content == "Here is the start of a long answer"
    assert "The part that arrived was kept" in answer.note
    assert "incomplete" in result.summary()


async def test_cancelling_the_turn_stops_the_request_and_keeps_the_partial_answer(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, app_id: int
) -> None:
    openrouter_server.script(
        sse_response(
            [
                sse(or_chunk({"role": "assistant", "content": ""})),
                sse(or_chunk({"content": "Thinking about"})),
                Pause(30.0),  # the server stops early at teardown; nobody waits this out
                sse(or_chunk({"content": " cakes."})),
            ]
        )
    )
    chat = make_chat()
    first_text = asyncio.Event()

    def on_event(event: object) -> None:
        if isinstance(event, AnswerDelta):
            first_text.set()

    task = asyncio.create_task(chat.send(app_id, "Think", "ai", on_event=on_event))
    await asyncio.wait_for(first_text.wait(), timeout=10)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    else:
        raise AssertionError("the turn should have been cancelled")

    user, answer = make_chat().history(app_id)
    assert user.status is MessageStatus.SENT
    assert (answer.status, answer.content) == (MessageStatus.PARTIAL, "Thinking about")
    assert "You stopped this answer" in answer.note


async def test_reasoning_goes_back_with_the_tool_calls(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    vfs: VirtualFileSystem,
    app_id: int,
) -> None:
    seed(vfs, app_id)
    # As Anthropic's thinking models: the follow-up is refused unless the blocks come back.
    openrouter_server.require_reasoning_echo = True
    openrouter_server.script(
        sse_response(
            reasoning_tool_stream([call("c1", "write_file", path="a.txt", content="hi\n")])
        ),
        sse_response(text_stream(["Wrote a.txt."])),
    )

    result = await make_chat().send(app_id, "Write a.txt", "ai")

    assert result.status is MessageStatus.SENT, result.error
    assert vfs.read_text(app_id, "a.txt") == "hi\n"
    second = completion_bodies(openrouter_server)[1]["messages"]
    assert second[-2]["reasoning_details"] == REASONING_DETAILS


async def test_the_keys_credit_is_said_before_the_run_and_an_empty_key_sends_nothing(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    app_id: int,
    events: EventLog,
) -> None:
    openrouter_server.script(sse_response(text_stream(["Hi."])))
    await make_chat().send(app_id, "Hello", "ai", on_event=events)
    stages = [e.text for e in events.of(StatusChanged)]
    assert any("credit left on this key: $12.50 of $20.00" in s for s in stages)

    openrouter_server.key.update(limit_remaining=0)
    result = await make_chat().send(app_id, "Add a menu", "ai")
    assert result.status is MessageStatus.DRAFT
    assert "out of credits" in (result.error or "")
    assert len(openrouter_server.requests_to("/api/v1/chat/completions")) == 1


async def test_ai_credit_is_a_sentence_even_without_a_key(
    make_chat: ChatFactory, endpoints: Any
) -> None:
    chat = make_chat()
    assert await chat.ai_credit() == "OpenRouter credit left on this key: $12.50 of $20.00."
    endpoints.ai_key = None
    assert "No OpenRouter API key is set" in await chat.ai_credit()
