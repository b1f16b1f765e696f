"""v0 turns against the fake v0 Platform API: chats, versions into the VFS, deletes, conflicts."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import select

from l4ydesk.core.chat import (
    AnswerDelta,
    ChatService,
    ConflictChoice,
    ConflictFound,
    FilesChanged,
    MessageStatus,
    Provider,
    StatusChanged,
    TurnFinished,
    V0VersionReady,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import Chat, RevisionSource
from tests.fakes.v0_server import DEFAULT_FILES, FakeV0Server, PlannedVersion
from tests.integration.chat.conftest import ChatFactory, EventLog
from tests.integration.conftest import RecordingSleep

STARTER = {
    "app/page.tsx": "export default function Page() { return <Hero /> }\n",
    "components/hero.tsx": "export function Hero() { return <h1>Bread</h1> }\n",
    "components/banner.tsx": "export function Banner() { return null }\n",
}


def texts(vfs: VirtualFileSystem, app_id: int) -> dict[str, str]:
    return {path: data.decode() for path, data in vfs.read_all(app_id).items()}


async def test_first_message_creates_a_v0_chat_and_writes_its_files(
    make_chat: ChatFactory,
    v0_server: FakeV0Server,
    vfs: VirtualFileSystem,
    store: Store,
    app_id: int,
    events: EventLog,
    sleep: RecordingSleep,
) -> None:
    v0_server.plan(PlannedVersion(files=STARTER, reply="A bakery landing page."))
    chat = make_chat()

    result = await chat.send(app_id, "A landing page for a bakery", "v0", on_event=events)

    assert result.status is MessageStatus.SENT
    assert result.answer == "A bakery landing page."
    # Made from scratch: the version's source plus the default files it needs to run.
    assert texts(vfs, app_id) == {**STARTER, **DEFAULT_FILES}
    assert {f.source for f in vfs.list_files(app_id)} == {RevisionSource.V0}
    assert sorted(result.changes.written) == sorted({**STARTER, **DEFAULT_FILES})
    assert result.demo_url == f"https://demo-{result.version_id}.vusercontent.net"
    assert sleep.calls == []  # the answer streamed: nothing was polled while v0 worked

    [created] = v0_server.requests_to("/v2/chats/stream", "POST")
    assert created.json()["message"] == "A landing page for a bakery"
    with store.session() as session:
        row = session.scalars(select(Chat).where(Chat.app_id == app_id)).one()
        assert row.provider == "v0"
        assert row.remote_chat_id in v0_server.chats

    stages = [e.stage for e in events.of(StatusChanged)]
    assert stages == ["sending", "generating", "applying"]
    assert events.of(V0VersionReady)[0].version_id == result.version_id
    assert events.of(FilesChanged)[0].changes == result.changes
    assert events.of(TurnFinished)[-1].result == result

    history = make_chat().history(app_id)  # a new service: what survives a restart
    assert [(m.role, m.status) for m in history] == [
        ("user", MessageStatus.SENT),
        ("assistant", MessageStatus.SENT),
    ]
    assert history[1].content == "A bakery landing page."
    assert "Files: 7 written" in result.summary()


async def test_follow_up_changes_two_files_and_deletes_one(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    chat = make_chat()
    v0_server.plan(PlannedVersion(files=STARTER))
    first = await chat.send(app_id, "A bakery site", Provider.V0)
    v0_server.plan(
        PlannedVersion(
            files={
                "app/page.tsx": "export default function Page() { return <Menu /> }\n",
                "components/hero.tsx": "export function Hero() { return <h1>Cakes</h1> }\n",
            },
            delete=["components/banner.tsx"],
        )
    )

    second = await chat.send(app_id, "Show the menu, sell cakes, drop the banner", "v0")

    assert second.status is MessageStatus.SENT
    assert second.version_id != first.version_id
    assert sorted(second.changes.written) == ["app/page.tsx", "components/hero.tsx"]
    assert second.changes.deleted == ("components/banner.tsx",)
    files = texts(vfs, app_id)
    assert set(files) == {"app/page.tsx", "components/hero.tsx", *DEFAULT_FILES}
    assert "Menu" in files["app/page.tsx"]
    assert [r.source for r in vfs.history(app_id, "components/hero.tsx")] == [
        RevisionSource.V0,
        RevisionSource.V0,
    ]
    # The follow-up went to the same v0 chat, and the delete can be taken back.
    [remote] = v0_server.chats
    assert len(v0_server.requests_to(f"/v2/chats/{remote}/messages/stream", "POST")) == 1
    [trashed] = vfs.list_deleted(app_id)
    assert trashed.path == "components/banner.tsx"
    vfs.undelete(app_id, [trashed.file_id])
    assert vfs.read_text(app_id, "components/banner.tsx") == STARTER["components/banner.tsx"]


async def test_an_app_with_files_starts_v0_from_them(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    vfs.write_many(app_id, {p: t.encode() for p, t in STARTER.items()}, RevisionSource.IMPORT)
    vfs.write(app_id, "public/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    v0_server.plan(PlannedVersion(files={"components/hero.tsx": "<h1>Fresh bread</h1>\n"}))

    result = await make_chat().send(app_id, "Make the hero say fresh bread", "v0")

    assert result.status is MessageStatus.SENT
    assert result.changes.written == ("components/hero.tsx",)
    assert not result.conflicts
    [init] = v0_server.requests_to("/v1/chats/init", "POST")
    sent = {f["name"]: f["content"] for f in init.json()["files"]}
    assert sent == STARTER  # text files only: the logo stays local
    assert vfs.read_text(app_id, "components/hero.tsx") == "<h1>Fresh bread</h1>\n"
    assert vfs.read(app_id, "public/logo.png").startswith(b"\x89PNG")


@pytest.mark.parametrize("choice", list(ConflictChoice))
async def test_a_local_edit_is_never_overwritten_by_v0(
    choice: ConflictChoice,
    make_chat: ChatFactory,
    v0_server: FakeV0Server,
    vfs: VirtualFileSystem,
    app_id: int,
    events: EventLog,
) -> None:
    chat = make_chat()
    v0_server.plan(PlannedVersion(files=STARTER))
    await chat.send(app_id, "A bakery site", "v0")
    mine = "export default function Page() { return <MyOwnHero /> }\n"
    vfs.write(app_id, "app/page.tsx", mine.encode())
    theirs = "export default function Page() { return <Hero big /> }\n"
    v0_server.plan(
        PlannedVersion(files={"app/page.tsx": theirs, "components/hero.tsx": "<h1>Cakes</h1>\n"})
    )

    result = await chat.send(app_id, "Make the hero big, sell cakes", "v0", on_event=events)

    # The untouched file is applied; the edited one is left alone and reported.
    assert result.status is MessageStatus.SENT
    assert result.changes.written == ("components/hero.tsx",)
    assert vfs.read_text(app_id, "app/page.tsx") == mine
    [conflict] = result.conflicts
    assert (conflict.path, conflict.mine, conflict.theirs) == ("app/page.tsx", mine, theirs)
    assert events.of(ConflictFound)[0].conflict == conflict
    assert "Conflicts: 1" in result.summary()

    restarted = make_chat()
    assert restarted.conflicts(app_id) == [conflict]
    changes = restarted.resolve_conflict(app_id, "app/page.tsx", choice)

    assert restarted.conflicts(app_id) == []
    files = texts(vfs, app_id)
    if choice is ConflictChoice.KEEP_MINE:
        assert not changes
        assert files["app/page.tsx"] == mine
        assert "app/page.v0.tsx" not in files
    elif choice is ConflictChoice.TAKE_THEIRS:
        assert changes.written == ("app/page.tsx",)
        assert files["app/page.tsx"] == theirs
        assert vfs.stat(app_id, "app/page.tsx").source is RevisionSource.V0
    else:
        assert changes.written == ("app/page.v0.tsx",)
        assert files["app/page.tsx"] == mine
        assert files["app/page.v0.tsx"] == theirs
    # Mine is in the history whatever was chosen.
    revisions = vfs.history(app_id, "app/page.tsx")
    assert any(r.source is RevisionSource.USER for r in revisions)

    # After resolving, a version that leaves page.tsx alone keeps the app's page as it is.
    v0_server.plan(PlannedVersion(files={"components/hero.tsx": "<h1>Pies</h1>\n"}))
    later = await restarted.send(app_id, "Sell pies", "v0")
    assert not later.conflicts
    assert vfs.read_text(app_id, "app/page.tsx") == files["app/page.tsx"]


async def test_v0_deleting_a_locally_edited_file_is_a_conflict(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    chat = make_chat()
    v0_server.plan(PlannedVersion(files=STARTER))
    await chat.send(app_id, "A bakery site", "v0")
    vfs.write(app_id, "components/banner.tsx", b"export function Banner() { return 'Sale' }\n")
    v0_server.plan(PlannedVersion(delete=["components/banner.tsx"]))

    result = await chat.send(app_id, "Remove the banner", "v0")

    [conflict] = result.conflicts
    assert conflict.theirs is None
    assert vfs.exists(app_id, "components/banner.tsx")
    chat.resolve_conflict(app_id, "components/banner.tsx", "take_theirs")
    assert not vfs.exists(app_id, "components/banner.tsx")
    assert [d.path for d in vfs.list_deleted(app_id)] == ["components/banner.tsx"]


async def test_a_failed_version_changes_nothing(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files=STARTER, fail=True))

    result = await make_chat().send(app_id, "A bakery site", "v0")

    assert result.status is MessageStatus.FAILED
    assert result.error is not None and "v0 could not finish this version" in result.error
    assert vfs.list_files(app_id) == []


async def press_stop_at(chat: ChatService, app_id: int, stage: str) -> None:
    """Send a v0 message and cancel its turn (as Stop does) when it reaches `stage`."""

    def stop_at_stage(event: object) -> None:
        if isinstance(event, StatusChanged) and event.stage == stage:
            task.cancel()

    task = asyncio.create_task(chat.send(app_id, "A bakery site", "v0", on_event=stop_at_stage))
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_stop_stops_the_generation_at_v0_and_the_chat_is_kept(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    # v0 is still working when Stop is pressed (messages.stop: "The agent aborts at the next
    # safe point"): the generation must stop there too, not go on spending the user's credits.
    v0_server.plan(PlannedVersion(files=STARTER, stream_pause=30.0))
    chat = make_chat()
    await press_stop_at(chat, app_id, "generating")

    [remote] = v0_server.chats.values()
    assert v0_server.stopped and v0_server.stopped[0] in remote.v2_messages
    assert remote.versions == []  # the version v0 was making was dropped
    [user] = chat.history(app_id)
    assert user.status is MessageStatus.SENT
    assert "You stopped v0" in user.note
    assert vfs.list_files(app_id) == []

    # The chat v0 made is remembered: the next message goes to it, not to a second chat.
    v0_server.plan(PlannedVersion(files=STARTER))
    again = await make_chat().send(app_id, "A bakery site, please", "v0")
    assert again.status is MessageStatus.SENT
    assert list(v0_server.chats) == [remote.id]


async def test_stopping_after_v0_finished_keeps_the_version_to_pull_later(
    make_chat: ChatFactory, v0_server: FakeV0Server, vfs: VirtualFileSystem, app_id: int
) -> None:
    v0_server.plan(PlannedVersion(files=STARTER))
    chat = make_chat()
    await press_stop_at(chat, app_id, "applying")

    [user] = chat.history(app_id)
    assert "You stopped waiting for v0" in user.note  # v0 had finished: 409 from stop
    assert vfs.list_files(app_id) == []

    outcome = await make_chat().pull_v0_version(app_id)

    assert sorted(outcome.changes.written) == sorted({**STARTER, **DEFAULT_FILES})
    assert texts(vfs, app_id) == {**STARTER, **DEFAULT_FILES}
    again = await make_chat().pull_v0_version(app_id)
    assert not again.changes  # already up to date


async def test_the_answer_shows_as_it_streams(
    make_chat: ChatFactory, v0_server: FakeV0Server, app_id: int
) -> None:
    # The text part grows by message.parts.chunk deltas (jsondiffpatch against parts), as the
    # v2 spec streams it: each piece must reach the chat when it arrives, not at the end.
    pieces = ["A bakery ", "landing page ", "with a menu ", "and opening hours."]
    v0_server.plan(PlannedVersion(files=STARTER, reply_pieces=pieces, piece_pause=0.25))
    arrived: list[tuple[float, str]] = []

    def sink(event: object) -> None:
        if isinstance(event, AnswerDelta):
            arrived.append((time.monotonic(), event.text))

    result = await make_chat().send(app_id, "A landing page for a bakery", "v0", on_event=sink)

    assert result.status is MessageStatus.SENT
    assert result.answer == "".join(pieces)
    assert "".join(text for _, text in arrived) == "".join(pieces)
    assert len(arrived) == len(pieces)  # one piece per delta, none held back to the end
    assert arrived[-1][0] - arrived[0][0] >= 0.6  # the first came three pauses before the last
