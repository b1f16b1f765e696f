"""v0 as its v2 spec says it behaves: a turn that waits for the user's answer, versions that
hold only the generated source, Stop, the preview token, and undoing a v0 turn whole."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from l4ydesk.clients.v0_agent import PendingTask, TaskKind
from l4ydesk.core.chat import ChatError, MessageStatus, StatusChanged, V0TaskWaiting
from l4ydesk.core.chat.service import ChatService
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionSource
from tests.fakes.v0_server import DEFAULT_FILES, FakeV0Server, PlannedVersion
from tests.integration.chat.conftest import ChatFactory

PAGE = {"app/page.tsx": "export default function Page() { return <h1>Bakery</h1> }\n"}
QUESTIONS = {
    "type": "agent-action",
    "name": "ask_user_questions",
    "summary": "Asked 1 question",
    "data": {
        "questions": [
            {
                "id": "q_style",
                "question": "Which style should the bakery site have?",
                "header": "Style",
                "multiSelect": False,
                "options": [
                    {"id": "o1", "label": "Rustic", "description": "Warm, hand-made"},
                    {"id": "o2", "label": "Minimal"},
                ],
            }
        ]
    },
}
PLAN = {
    "type": "agent-action",
    "name": "exit_plan_mode",
    "summary": "Proposed a plan",
    "data": {"plan": "1. Hero\n2. Menu\n3. Contact form", "summary": "Three sections", "path": "/"},
}
INTEGRATION = {
    "type": "agent-action",
    "name": "get_or_request_integration",
    "summary": "Needs a database",
    "data": {"requestedIntegrations": ["Neon"], "requestedMcpPresets": []},
}
PERMISSION = {
    "type": "tool-call",
    "name": "run_migration",
    "status": "ok",
    "input": {"script": "scripts/001-create-orders.sql"},
    "suggestedPermissions": [
        {
            "type": "ALLOW_DYNAMIC_TOOL_STRICT",
            "toolName": "run_migration",
            "input": {"script": "scripts/001-create-orders.sql"},
            "taskNameActive": "Running migration",
            "taskNameComplete": "Migration complete",
        }
    ],
}
CASES: list[tuple[dict[str, Any], TaskKind, Callable[[PendingTask], dict[str, Any]]]] = [
    (QUESTIONS, TaskKind.QUESTIONS, lambda t: t.answer_questions({"q_style": ["Rustic"]})),
    (PLAN, TaskKind.PLAN, lambda t: t.review_plan(True, "Go ahead.")),
    (INTEGRATION, TaskKind.INTEGRATION, lambda t: t.confirm_steps(True, ["DATABASE_URL"])),
    (PERMISSION, TaskKind.PERMISSION, lambda t: t.grant()),
]


async def send_and_answer(
    chat: ChatService, app_id: int, answer: Callable[[PendingTask], dict[str, Any]]
) -> tuple[Any, list[Any]]:
    seen: list[Any] = []

    def on_event(event: Any) -> None:
        seen.append(event)
        if isinstance(event, V0TaskWaiting):
            # As the chat panel's card does: the answer comes later, from the user.
            asyncio.get_running_loop().call_soon(
                chat.answer_v0_task, event.app_id, answer(event.task)
            )

    result = await chat.send(app_id, "A bakery site", "v0", on_event=on_event)
    return result, seen


@pytest.mark.parametrize(("asks", "kind", "answer"), CASES, ids=[c[1].value for c in CASES])
async def test_a_turn_that_waits_for_the_user_goes_on_with_the_answer(
    make_chat: ChatFactory,
    v0_server: FakeV0Server,
    vfs: VirtualFileSystem,
    app_id: int,
    asks: dict[str, Any],
    kind: TaskKind,
    answer: Callable[[PendingTask], dict[str, Any]],
) -> None:
    v0_server.plan(PlannedVersion(files=PAGE, asks=asks, resolves_with=kind.value))
    chat = make_chat()

    result, seen = await send_and_answer(chat, app_id, answer)

    assert result.status is MessageStatus.SENT, result.error
    assert vfs.read_text(app_id, "app/page.tsx") == PAGE["app/page.tsx"]
    [waiting] = [e for e in seen if isinstance(e, V0TaskWaiting)]
    assert waiting.task.kind is kind
    stages = [e.stage for e in seen if isinstance(e, StatusChanged)]
    assert stages.index("waiting") < stages.index("applying")
    [remote] = v0_server.chats.values()
    [resolution] = remote.resolutions
    assert resolution == answer(waiting.task)
    assert chat.v0_task(app_id) is None


async def test_the_task_is_parsed_as_the_spec_describes(
    make_chat: ChatFactory, v0_server: FakeV0Server, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files=PAGE, asks=QUESTIONS, resolves_with=TaskKind.QUESTIONS))
    chat = make_chat()
    shown: list[PendingTask] = []

    def on_event(event: Any) -> None:
        if isinstance(event, V0TaskWaiting):
            shown.append(event.task)
            assert chat.v0_task(app_id) is None  # the turn waits only once the card is up
            asyncio.get_running_loop().call_soon(check_and_answer, event.task)

    def check_and_answer(task: PendingTask) -> None:
        assert chat.v0_task(app_id) == task
        with pytest.raises(ChatError, match="another kind of question"):
            chat.answer_v0_task(app_id, task.review_plan(True))
        chat.answer_v0_task(app_id, task.answer_questions({}, {"q_style": "Like a Paris café"}))

    result = await chat.send(app_id, "A bakery site", "v0", on_event=on_event)

    assert result.status is MessageStatus.SENT, result.error
    [task] = shown
    [question] = task.questions
    assert (question.id, question.header, question.multi) == ("q_style", "Style", False)
    assert question.options == (("Rustic", "Warm, hand-made"), ("Minimal", ""))
    answers = v0_server.chats[next(iter(v0_server.chats))].resolutions[0]["answers"]
    assert answers == [
        {
            "questionId": "q_style",
            "questionText": "Which style should the bakery site have?",
            "selectedLabels": [],
            "customText": "Like a Paris café",
        }
    ]
    with pytest.raises(ChatError, match="not waiting"):
        chat.answer_v0_task(app_id, task.answer_questions({"q_style": ["Rustic"]}))


async def test_stopping_while_v0_waits_for_an_answer_keeps_the_message(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files=PAGE, asks=PLAN, resolves_with=TaskKind.PLAN))
    chat = make_chat()

    def stop_when_asked(event: Any) -> None:
        if isinstance(event, V0TaskWaiting):
            asyncio.get_running_loop().call_soon(task.cancel)

    task = asyncio.create_task(chat.send(app_id, "A bakery site", "v0", on_event=stop_when_asked))
    with pytest.raises(asyncio.CancelledError):
        await task

    assert chat.v0_task(app_id) is None
    [user] = chat.history(app_id)
    assert user.status is MessageStatus.SENT
    assert vfs.list_files(app_id) == []


async def test_a_version_without_package_json_never_deletes_the_apps(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    # The app has its own package.json and config; v0 keeps those as deployment files, which
    # a version leaves out unless includeDefaultFiles=true (v1 chats.getVersion).
    own = {
        "package.json": '{"name": "bakery", "dependencies": {"next": "15.0.0"}}\n',
        "next.config.mjs": "export default { images: { unoptimized: true } }\n",
        **PAGE,
    }
    vfs.write_many(app_id, {p: t.encode() for p, t in own.items()}, RevisionSource.IMPORT)
    v0_server.plan(PlannedVersion(files={"components/menu.tsx": "<ul />\n"}))

    result = await make_chat().send(app_id, "Add a menu", "v0")

    assert result.status is MessageStatus.SENT, result.error
    assert result.changes.deleted == ()
    files = {p: d.decode() for p, d in vfs.read_all(app_id).items()}
    assert files == {**own, "components/menu.tsx": "<ul />\n"}
    # The app had its package.json: v0's defaults were not asked for.
    version_reads = [r for r in v0_server.requests if "/versions/" in r.path]
    assert version_reads and all("includeDefaultFiles" not in r.query for r in version_reads)


async def test_an_app_made_from_scratch_gets_the_files_it_needs_to_run(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files=PAGE))

    await make_chat().send(app_id, "A bakery site", "v0")

    assert set(vfs.read_all(app_id)) == {*PAGE, *DEFAULT_FILES}
    [read] = [r for r in v0_server.requests if "/versions/" in r.path]
    assert read.query.get("includeDefaultFiles") == "true"


async def test_a_v0_turn_is_undone_as_a_whole(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    chat = make_chat()
    v0_server.plan(PlannedVersion(files={**PAGE, "components/banner.tsx": "<Banner />\n"}))
    await chat.send(app_id, "A bakery site", "v0")
    before = vfs.read_all(app_id)
    v0_server.plan(
        PlannedVersion(
            files={"app/page.tsx": "export default function Page() { return <Menu /> }\n"},
            delete=["components/banner.tsx"],
        )
    )
    second = await chat.send(app_id, "Show the menu, drop the banner", "v0")
    assert second.changes.deleted == ("components/banner.tsx",)

    restarted = make_chat()
    answer = restarted.history(app_id)[-1]
    assert answer.undoable
    undone = restarted.undo_agent_step(app_id, second.turn_id)

    assert vfs.read_all(app_id) == before
    assert "components/banner.tsx" in undone.written
    assert not restarted.history(app_id)[-1].undoable


async def test_the_preview_url_comes_with_a_fresh_short_lived_token(
    make_chat: ChatFactory, v0_server: FakeV0Server, app_id: int
) -> None:
    chat = make_chat()
    assert await chat.v0_preview(app_id) is None  # no v0 chat yet
    v0_server.plan(PlannedVersion(files=PAGE))
    await chat.send(app_id, "A bakery site", "v0")

    first = await chat.v0_preview(app_id)
    second = await chat.v0_preview(app_id)

    assert first is not None and second is not None
    assert first.url.startswith("https://") and first.token != second.token
    assert v0_server.preview_tokens == [first.token, second.token]
    assert first.expires_at.tzinfo is not None
