"""The chat panel as a user drives it, against the fake v0 and OpenRouter servers over HTTP:
streaming, stopping and retrying, drafts without a key, refused keys, file-change cards with
diffs and undo, v0 conflicts resolved with each choice, unsent text kept per app, long chats.

Each test runs its whole scenario in one `arun`, so no request is ever in flight between two
runs of the loop."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from l4ydesk.clients.openrouter import OpenRouterClient
from l4ydesk.clients.v0 import V0Client
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.chat import (
    ChatModelApi,
    ChatService,
    ConflictChoice,
    MessageStatus,
    MissingKeyError,
    Provider,
    V0Api,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.secrets import MemoryKeyring, SecretStore
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.chat import ChatPanel
from l4ydesk.ui.chat.bubble import MessageBubble
from l4ydesk.ui.chat.message_list import SHOWN_MESSAGES
from l4ydesk.ui.chat.v0_preview import V0PreviewTokens
from l4ydesk.ui.chat.wording import DRAFT_LABEL, PARTIAL_LABEL
from l4ydesk.ui.editor.diff_view import DiffLineKind
from l4ydesk.ui.preview.interceptor import PreviewTokenInterceptor
from l4ydesk.ui.preview.sources import PreviewSource
from l4ydesk.ui.settings_dialog import OPENROUTER_API_KEY, V0_API_KEY
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for
from tests.fakes.http_server import Pause
from tests.fakes.openrouter_server import (
    FakeOpenRouterServer,
    sse,
    sse_response,
    text_stream,
    tool_call_stream,
)
from tests.fakes.openrouter_server import chunk as or_chunk
from tests.fakes.v0_server import FakeV0Server, PlannedVersion

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform says this whenever a window is shown; it is not about our code.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

Run = Callable[[Any], Any]
PAGE = 'export default function Page() {\n  return <h1 className="title">Bakery</h1>\n}\n'
STARTER = {
    "app/page.tsx": "export default function Page() { return <Hero /> }\n",
    "components/hero.tsx": "export function Hero() { return <h1>Bread</h1> }\n",
}


async def no_wait(_seconds: float) -> None:
    await asyncio.sleep(0)  # v0 polls without sitting through its backoff


# The README's screenshot is rewritten only on request (L4YDESK_SAVE_SCREENSHOTS=1), so a plain
# test run leaves the tree as it was.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir())
)


# ----- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def v0_server() -> Iterator[FakeV0Server]:
    with FakeV0Server() as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


@pytest.fixture
def openrouter_server() -> Iterator[FakeOpenRouterServer]:
    with FakeOpenRouterServer() as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="l4y-db")
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 'l4ydesk.db'}")
    yield opened
    opened.close()


@pytest.fixture
def vfs(store: Store) -> VirtualFileSystem:
    return VirtualFileSystem(store, max_file_bytes=1024 * 1024)


@pytest.fixture
def app_id(store: Store) -> int:
    return AppCatalog(store).create("Bakery").app_id


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore(MemoryKeyring())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def chat(
    store: Store,
    vfs: VirtualFileSystem,
    secrets: SecretStore,
    executor: ThreadPoolExecutor,
    v0_server: FakeV0Server,
    openrouter_server: FakeOpenRouterServer,
) -> ChatService:
    """Built as the composition root builds it: keys from the keyring, per-turn clients."""

    def v0_client() -> V0Api:
        key = secrets.get(V0_API_KEY) if secrets.available else None
        if not key:
            raise MissingKeyError("v0")
        return V0Client(key, base_url=v0_server.url("/v1"), sleep=no_wait)

    def ai_client() -> ChatModelApi:
        key = secrets.get(OPENROUTER_API_KEY) if secrets.available else None
        if not key:
            raise MissingKeyError("OpenRouter")
        return OpenRouterClient(key, base_url=openrouter_server.url("/api/v1"), sleep=no_wait)

    return ChatService(store, vfs, v0_client=v0_client, ai_client=ai_client, executor=executor)


@pytest.fixture
def asyncgen_hooks(qloop: asyncio.AbstractEventLoop, arun: Run) -> Iterator[None]:
    """asyncio's async-generator hooks, which qasync's `run_forever` does not install.

    Without them httpx's response generators, left suspended when a stream ends, are finalized
    by the garbage collector outside any loop ("async generator ignored GeneratorExit").
    With them the loop closes those generators itself, as `asyncio.run` would.
    """
    base = asyncio.BaseEventLoop
    assert isinstance(qloop, base)
    previous = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(
        firstiter=qloop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=qloop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    yield
    gc.collect()
    arun(qloop.shutdown_asyncgens())
    sys.set_asyncgen_hooks(*previous)


@pytest.fixture
def tasks(executor: ThreadPoolExecutor, asyncgen_hooks: None) -> TaskRunner:
    return TaskRunner(executor)


PanelFactory = Callable[..., ChatPanel]


@pytest.fixture
def make_panel(
    qtbot: Any,
    arun: Run,
    chat: ChatService,
    vfs: VirtualFileSystem,
    tasks: TaskRunner,
    secrets: SecretStore,
    settings: QSettings,
) -> Iterator[PanelFactory]:
    made: list[ChatPanel] = []

    def make(keyring_secrets: SecretStore | None = None) -> ChatPanel:
        panel = ChatPanel(chat, vfs, tasks, keyring_secrets or secrets, settings)
        panel.resize(560, 760)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        return panel

    yield make
    arun(tasks.close())
    for panel in made:
        if panel.diff_dialog is not None:
            panel.diff_dialog.close()
        panel.close()
        panel.deleteLater()
    arun(asyncio.sleep(0))  # deferred deletes and the last callbacks run inside the loop


@pytest.fixture
def panel(make_panel: PanelFactory) -> ChatPanel:
    return make_panel()


# ----- helpers ---------------------------------------------------------------------------------


def type_and_send(qtbot: Any, panel: ChatPanel, text: str, *, ctrl: bool = False) -> None:
    box = panel.composer.input
    box.setFocus()
    qtbot.keyClicks(box, text)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(box, Qt.Key.Key_Return, modifier)


async def settled(panel: ChatPanel, tasks: TaskRunner) -> None:
    """No turn runs and every reload has landed."""
    await wait_for(lambda: not panel.busy and tasks.running == 0, may_hold=True)  # idle


async def settled_reload(panel: ChatPanel) -> None:
    """The question bubble says it was sent (the reload after the card came up has landed)."""
    # A settle: the reload may already have landed while the test clicked through the card.
    await wait_for(
        lambda: bool(contents(panel)) and contents(panel)[0][2] is MessageStatus.SENT,
        may_hold=True,
    )


def contents(panel: ChatPanel) -> list[tuple[str, str, MessageStatus]]:
    return [(b.view.role, b.view.content, b.view.status) for b in panel.messages.bubbles()]


def last_bubble(panel: ChatPanel) -> MessageBubble:
    return panel.messages.bubbles()[-1]


def streamed(panel: ChatPanel) -> str:
    """The text of the answer still arriving ("" when none is)."""
    streaming = panel.messages.streaming
    return streaming.text if streaming is not None else ""


def use_provider(panel: ChatPanel, provider: Provider) -> None:
    panel.composer.set_provider(provider)


# ----- tests -----------------------------------------------------------------------------------


def test_an_answer_streams_in_progressively_and_lands_rendered(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
        parts = ["Here is ", "the plan.\n\n", "```tsx\n", "export default function Page() {}\n"]
        parts += ["```\n\n", "Done."]
        events = text_stream(parts, comments=False)
        events.insert(4, Pause(1.0))  # after "the plan." and the fence's first line: a visible half
        openrouter_server.script(sse_response(events))
        busy: list[bool] = []
        panel.busy_changed.connect(busy.append)
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)

        type_and_send(qtbot, panel, "Plan the page")

        assert panel.composer.text() == ""
        await wait_for(lambda: panel.messages.streaming is not None)
        await wait_for(lambda: "the plan" in streamed(panel))
        assert "Done." not in streamed(panel)  # half of it, so far
        assert panel.composer.send_button.text() == "Stop"
        assert contents(panel)[0][:2] == ("user", "Plan the page")

        await settled(panel, tasks)
        assert panel.messages.streaming is None
        answer = last_bubble(panel)
        assert answer.view.role == "assistant"
        assert answer.view.content == "".join(parts).strip()
        assert answer.view.status is MessageStatus.SENT
        html = answer.body.source_html
        assert "color: #008000; font-weight: bold" in html  # pygments coloured `export`
        assert answer.usage_label.text() == "19 tokens · 0.000420 credits"
        qtbot.mouseClick(answer.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == answer.view.content  # the Markdown source
        assert not answer.status_label.isVisible()
        assert panel.composer.send_button.text() == "Send"
        assert busy == [True, False]
        [request] = openrouter_server.requests_to("/api/v1/chat/completions", "POST")
        body = request.json()
        assert body["messages"][-1] == {"role": "user", "content": "Plan the page"}
        assert body["model"] == "openrouter/auto"  # settings_dialog.default_model

    arun(scenario())


def test_stop_cancels_the_answer_and_keeps_the_part_that_arrived(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
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
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)
        type_and_send(qtbot, panel, "Think")
        await wait_for(lambda: panel.messages.streaming is not None)
        await wait_for(lambda: "Thinking about" in streamed(panel))

        qtbot.mouseClick(panel.composer.send_button, Qt.MouseButton.LeftButton)

        await settled(panel, tasks)
        question, answer = panel.messages.bubbles()
        assert question.view.status is MessageStatus.SENT
        assert (answer.view.status, answer.view.content) == (
            MessageStatus.PARTIAL,
            "Thinking about",
        )
        status = answer.status_label.text()
        assert PARTIAL_LABEL in status and "You stopped this answer" in status
        assert answer.retry_button.isVisible()
        assert panel.composer.send_button.text() == "Send"

        # Retry sends the question again, as a new message; the cut answer stays.
        openrouter_server.script(sse_response(text_stream(["Cakes sell well."])))
        qtbot.mouseClick(answer.retry_button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)
        assert contents(panel) == [
            ("user", "Think", MessageStatus.SENT),
            ("assistant", "Thinking about", MessageStatus.PARTIAL),
            ("user", "Think", MessageStatus.SENT),
            ("assistant", "Cakes sell well.", MessageStatus.SENT),
        ]

    arun(scenario())


def test_without_a_key_messages_become_drafts_and_are_sent_in_order_later(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        panel.set_app(app_id)
        await settled(panel, tasks)
        banner = panel.composer.banner
        assert banner.isVisible()
        assert banner.label.text() == (
            "Add your v0 key in Settings → Keys to send; messages you write now are kept as drafts"
        )
        use_provider(panel, Provider.AI)
        assert "Add your OpenRouter key in Settings → Keys to send to the built-in AI" in (
            banner.label.text()
        )
        with qtbot.waitSignal(panel.keys_requested, timeout=1000):
            qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)

        type_and_send(qtbot, panel, "First")
        await settled(panel, tasks)
        type_and_send(qtbot, panel, "Second", ctrl=True)
        await settled(panel, tasks)

        assert contents(panel) == [
            ("user", "First", MessageStatus.DRAFT),
            ("user", "Second", MessageStatus.DRAFT),
        ]
        assert all(DRAFT_LABEL in b.status_label.text() for b in panel.messages.bubbles())
        assert panel.composer.drafts_button.isVisible()
        assert panel.composer.drafts_button.text() == "Send drafts (2)"
        assert openrouter_server.requests == []  # nothing left the machine

        openrouter_server.script(
            sse_response(text_stream(["One."])), sse_response(text_stream(["Two."]))
        )
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
        panel.refresh_keys()
        await wait_for(lambda: not banner.isVisible())
        qtbot.mouseClick(panel.composer.drafts_button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        assert contents(panel) == [
            ("user", "First", MessageStatus.SENT),
            ("assistant", "One.", MessageStatus.SENT),
            ("user", "Second", MessageStatus.SENT),
            ("assistant", "Two.", MessageStatus.SENT),
        ]
        assert not panel.composer.drafts_button.isVisible()
        sent = [
            r.json()["messages"][-1]["content"]
            for r in openrouter_server.requests_to("/api/v1/chat/completions", "POST")
        ]
        assert sent == ["First", "Second"]

    arun(scenario())


def test_an_unusable_keyring_is_said_and_the_message_is_kept(
    make_panel: PanelFactory, app_id: int, tasks: TaskRunner, qtbot: Any, arun: Run
) -> None:
    async def scenario() -> None:
        panel = make_panel(SecretStore(fail.Keyring()))
        panel.set_app(app_id)
        await settled(panel, tasks)
        assert "no secure password store is available" in panel.composer.banner.label.text()

        type_and_send(qtbot, panel, "A bakery site")
        await settled(panel, tasks)

        assert contents(panel) == [("user", "A bakery site", MessageStatus.DRAFT)]

    arun(scenario())


def test_a_refused_key_is_shown_as_a_sentence_on_the_kept_message(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(OPENROUTER_API_KEY, "sk-or-v1-wrongwrongwrong")
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)
        assert not panel.composer.banner.isVisible()

        type_and_send(qtbot, panel, "Add a menu")
        await settled(panel, tasks)

        [question] = panel.messages.bubbles()
        assert question.view.status is MessageStatus.DRAFT
        status = question.status_label.text()
        assert DRAFT_LABEL in status
        assert (
            "Your OpenRouter API key was refused. Enter a valid key in Settings → Keys." in status
        )
        assert "wrong" not in status
        assert panel.composer.drafts_button.text() == "Send drafts (1)"

    arun(scenario())


def test_an_agent_step_shows_its_file_changes_with_a_diff_and_can_be_undone(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    vfs: VirtualFileSystem,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
        vfs.write_many(app_id, {"app/page.tsx": PAGE.encode()}, RevisionSource.USER)
        new_page = PAGE.replace("Bakery", "Cakes & Bread")
        write = json.dumps({"path": "app/page.tsx", "content": new_page})
        openrouter_server.script(
            sse_response(tool_call_stream([("w1", "write_file", write)])),
            sse_response(text_stream(["Renamed the title."])),
        )
        changed: list[list[str]] = []
        panel.files_changed.connect(changed.append)
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)

        type_and_send(qtbot, panel, "Sell cakes too")
        await settled(panel, tasks)

        assert changed == [["app/page.tsx"]]
        answer = last_bubble(panel)
        assert answer.view.content == "Renamed the title."
        card = answer.card
        assert card is not None and card.isVisible()
        assert card.title.text() == "Edited 1 file"
        assert "app/page.tsx" in card.paths_label.text()
        assert card.undo_button.isVisible()

        card.paths_label.linkActivated.emit("diff:app/page.tsx")
        await wait_for(lambda: panel.diff_dialog is not None and panel.diff_dialog.isVisible())
        dialog = panel.diff_dialog
        assert dialog is not None
        assert dialog.view.header.text() == "app/page.tsx: #1 → #2"
        lines = {(line.kind, line.text) for line in dialog.view.lines()}
        assert (DiffLineKind.ADDED, '  return <h1 className="title">Cakes & Bread</h1>') in lines
        assert (DiffLineKind.REMOVED, '  return <h1 className="title">Bakery</h1>') in lines
        with qtbot.waitSignal(panel.open_file_requested, timeout=1000) as opened:
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert opened.args == ["app/page.tsx"]

        qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        assert vfs.read_text(app_id, "app/page.tsx") == PAGE
        assert changed[-1] == ["app/page.tsx"]
        card = last_bubble(panel).card
        assert card is not None
        assert card.state_label.text() == "Undone" and not card.undo_button.isVisible()

    arun(scenario())


def test_undo_is_refused_with_a_sentence_when_the_file_changed_since_and_can_be_forced(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    vfs: VirtualFileSystem,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
        vfs.write_many(app_id, {"app/page.tsx": PAGE.encode()}, RevisionSource.USER)
        write = json.dumps({"path": "app/page.tsx", "content": "<AI />\n"})
        openrouter_server.script(
            sse_response(tool_call_stream([("w1", "write_file", write)])),
            sse_response(text_stream(["Done."])),
        )
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)
        type_and_send(qtbot, panel, "Replace the page")
        await settled(panel, tasks)
        vfs.write(app_id, "app/page.tsx", b"<Mine />\n")

        card = last_bubble(panel).card
        assert card is not None
        qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        assert "changed after the built-in AI's step" in card.error_label.text()
        assert card.force_button.isVisible()
        assert vfs.read_text(app_id, "app/page.tsx") == "<Mine />\n"
        qtbot.mouseClick(card.force_button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)
        assert vfs.read_text(app_id, "app/page.tsx") == PAGE

    arun(scenario())


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_v0_conflict_card_is_resolved_with_each_choice(
    choice: ConflictChoice,
    panel: ChatPanel,
    app_id: int,
    chat: ChatService,
    secrets: SecretStore,
    vfs: VirtualFileSystem,
    v0_server: FakeV0Server,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        secrets.set(V0_API_KEY, v0_server.api_key)
        v0_server.plan(PlannedVersion(files=STARTER, reply="A bakery landing page."))
        await chat.send(app_id, "A bakery site", "v0")
        mine = "export default function Page() { return <MyOwnHero /> }\n"
        vfs.write(app_id, "app/page.tsx", mine.encode())
        theirs = "export default function Page() { return <Hero big /> }\n"
        v0_server.plan(
            PlannedVersion(
                files={"app/page.tsx": theirs, "components/hero.tsx": "<h1>Cakes</h1>\n"},
                reply="Made the hero big.",
            )
        )
        changed: list[list[str]] = []
        demos: list[str] = []
        panel.files_changed.connect(changed.append)
        panel.demo_url_changed.connect(demos.append)
        use_provider(panel, Provider.V0)
        panel.set_app(app_id)
        await settled(panel, tasks)
        assert len(panel.messages.bubbles()) == 2

        type_and_send(qtbot, panel, "Make the hero big")
        await settled(panel, tasks)

        assert last_bubble(panel).view.content == "Made the hero big."
        assert changed == [["components/hero.tsx"]]
        assert len(demos) == 1 and demos[0].startswith("https://demo-")
        card = panel.messages.conflict_card
        assert card.isVisible() and card.paths() == ["app/page.tsx"]
        assert card.title.text() == "v0 changed 1 file you also edited"

        card.diff_requested.emit("app/page.tsx")
        dialog = panel.diff_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.view.header.text() == "app/page.tsx: yours → v0's"

        qtbot.mouseClick(card.button("app/page.tsx", choice), Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        assert not card.isVisible() and card.paths() == []
        assert chat.conflicts(app_id) == []
        files = {p: d.decode() for p, d in vfs.read_all(app_id).items()}
        if choice is ConflictChoice.KEEP_MINE:
            assert files["app/page.tsx"] == mine and "app/page.v0.tsx" not in files
            assert changed[-1] == ["components/hero.tsx"]
        elif choice is ConflictChoice.TAKE_THEIRS:
            assert files["app/page.tsx"] == theirs
            assert changed[-1] == ["app/page.tsx"]
        else:
            assert files["app/page.tsx"] == mine and files["app/page.v0.tsx"] == theirs
            assert changed[-1] == ["app/page.v0.tsx"]

    arun(scenario())


def test_enter_sends_shift_enter_breaks_the_line_and_unsent_text_is_kept_per_app(
    make_panel: PanelFactory,
    store: Store,
    app_id: int,
    settings: QSettings,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        other = AppCatalog(store).create("Florist").app_id
        panel = make_panel()
        panel.set_app(app_id)
        await settled(panel, tasks)
        box = panel.composer.input
        box.setFocus()
        qtbot.keyClicks(box, "Line one")
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(box, "line two")
        assert panel.composer.text() == "Line one\nline two"

        panel.set_app(other)  # the half-written message stays with its app
        await settled(panel, tasks)
        assert panel.composer.text() == ""
        qtbot.keyClicks(box, "For the florist")
        panel.set_app(app_id)
        await settled(panel, tasks)
        assert panel.composer.text() == "Line one\nline two"
        assert panel.messages.bubbles() == []  # nothing was sent or made a draft

        panel.hide()  # as when the window closes
        restarted = make_panel()
        restarted.set_app(other)
        await settled(restarted, tasks)
        assert restarted.composer.text() == "For the florist"
        assert settings.value(f"chat/unsent/{app_id}") == "Line one\nline two"

    arun(scenario())


def test_a_turn_goes_on_while_another_app_is_open_and_is_there_on_return(
    panel: ChatPanel,
    store: Store,
    app_id: int,
    secrets: SecretStore,
    openrouter_server: FakeOpenRouterServer,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    async def scenario() -> None:
        other = AppCatalog(store).create("Florist").app_id
        secrets.set(OPENROUTER_API_KEY, openrouter_server.api_key)
        events = text_stream(["Half", " and the rest."], comments=False)
        events.insert(3, Pause(1.0))
        openrouter_server.script(sse_response(events))
        use_provider(panel, Provider.AI)
        panel.set_app(app_id)
        await settled(panel, tasks)
        type_and_send(qtbot, panel, "Write something")
        await wait_for(lambda: panel.messages.streaming is not None)

        panel.set_app(other)
        assert panel.messages.streaming is None and not panel.busy
        assert panel.composer.send_button.text() == "Send"
        panel.set_app(app_id)
        assert panel.busy and panel.composer.send_button.text() == "Stop"

        await settled(panel, tasks)
        assert contents(panel)[-1] == ("assistant", "Half and the rest.", MessageStatus.SENT)

    arun(scenario())


def test_a_long_chat_shows_its_recent_messages_and_earlier_ones_on_request(
    panel: ChatPanel, app_id: int, chat: ChatService, tasks: TaskRunner, qtbot: Any, arun: Run
) -> None:
    async def scenario() -> None:
        for number in range(SHOWN_MESSAGES + 10):
            chat.queue_draft(app_id, f"Idea {number}", "v0")
        panel.set_app(app_id)
        await settled(panel, tasks)

        shown = [b.view.content for b in panel.messages.bubbles()]
        assert shown == [f"Idea {n}" for n in range(10, SHOWN_MESSAGES + 10)]
        button = panel.messages.earlier_button
        assert button.isVisible() and button.text() == "Show earlier messages (10)"
        assert panel.composer.drafts_button.text() == f"Send drafts ({SHOWN_MESSAGES + 10})"

        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        shown = [b.view.content for b in panel.messages.bubbles()]
        assert shown == [f"Idea {n}" for n in range(SHOWN_MESSAGES + 10)]
        assert not button.isVisible()

    arun(scenario())


def test_a_v0_answer_shows_in_the_chat_as_it_streams(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    v0_server: FakeV0Server,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    # v2 streams the answer as message.parts.chunk deltas: the text is on screen piece by
    # piece, long before the stream (and the version) is done.
    pieces = ["I made a ", "bakery landing page ", "with the menu ", "and the opening hours."]
    v0_server.plan(PlannedVersion(files=STARTER, reply_pieces=pieces, piece_pause=0.6))

    async def scenario() -> None:
        secrets.set(V0_API_KEY, v0_server.api_key)
        use_provider(panel, Provider.V0)
        panel.set_app(app_id)
        await settled(panel, tasks)

        type_and_send(qtbot, panel, "A bakery site")

        await wait_for(lambda: "bakery landing page" in streamed(panel))
        assert "opening hours" not in streamed(panel)  # the rest is still on its way
        assert panel.busy
        await settled(panel, tasks)
        assert panel.messages.streaming is None
        assert last_bubble(panel).view.content == "".join(pieces)

    arun(scenario())


def test_v0_waiting_for_an_answer_shows_a_card_and_the_turn_goes_on(
    panel: ChatPanel,
    app_id: int,
    secrets: SecretStore,
    vfs: VirtualFileSystem,
    v0_server: FakeV0Server,
    tasks: TaskRunner,
    qtbot: Any,
    arun: Run,
) -> None:
    # messages.get: an agent-action "ask_user_questions" with data = v0 waits on the user.
    asks = {
        "type": "agent-action",
        "name": "ask_user_questions",
        "summary": "v0 asked 2 questions before building the site.",
        "data": {
            "questions": [
                {
                    "id": "q_style",
                    "question": "Which look should the bakery site have?",
                    "header": "Style",
                    "multiSelect": False,
                    "options": [
                        {"id": "a", "label": "Rustic", "description": "Warm colours, hand-drawn"},
                        {"id": "b", "label": "Minimal", "description": "White space, one accent"},
                    ],
                },
                {
                    "id": "q_pages",
                    "question": "Which pages do you need?",
                    "header": "Pages",
                    "multiSelect": True,
                    "options": [
                        {"id": "m", "label": "Menu"},
                        {"id": "o", "label": "Order online"},
                        {"id": "c", "label": "Contact"},
                    ],
                },
            ]
        },
    }
    page = "export default function Page() { return <h1>Rustic bakery</h1> }\n"

    async def scenario() -> None:
        secrets.set(V0_API_KEY, v0_server.api_key)
        v0_server.plan(
            PlannedVersion(
                files={"app/page.tsx": page},
                reply="Built a rustic bakery site with a menu.",
                asks=asks,
                resolves_with="answered-questions",
            )
        )
        use_provider(panel, Provider.V0)
        panel.set_app(app_id)
        await settled(panel, tasks)
        card = panel.messages.task_card
        assert not card.isVisible()

        type_and_send(qtbot, panel, "A site for our bakery")
        await wait_for(card.isVisible)

        assert card.title.text() == "v0 has a question before it goes on"
        assert panel.busy  # the turn waits; it has not failed or timed out
        qtbot.mouseClick(card.action_buttons["send"], Qt.MouseButton.LeftButton)
        assert "Choose an answer for: Style, Pages" in card.error_label.text()
        card.choice("q_style", "Rustic").setChecked(True)
        card.choice("q_pages", "Menu").setChecked(True)
        card.other["q_pages"].setText("A page for wedding cakes")
        assert card.error_label.isHidden()  # choosing clears the reminder
        await settled_reload(panel)
        shot = panel.grab()
        assert shot.save(str(SCREENSHOTS / "chat-v0-question-card.png"))

        qtbot.mouseClick(card.action_buttons["send"], Qt.MouseButton.LeftButton)
        await settled(panel, tasks)

        assert not card.isVisible()
        assert last_bubble(panel).view.content == "Built a rustic bakery site with a menu."
        assert vfs.read_text(app_id, "app/page.tsx") == page
        [remote] = v0_server.chats.values()
        [answer] = remote.resolutions
        assert answer["answers"][0]["selectedLabels"] == ["Rustic"]
        assert answer["answers"][1] == {
            "questionId": "q_pages",
            "questionText": "Which pages do you need?",
            "selectedLabels": ["Menu"],
            "customText": "A page for wedding cakes",
        }

    arun(scenario())


class _PreviewWithInterceptor:
    """The two preview-panel calls the token keeper makes, onto the real interceptor."""

    def __init__(self) -> None:
        self.interceptor = PreviewTokenInterceptor()
        self.urls: list[str] = []

    def set_source_url(self, source: PreviewSource, url: Any) -> None:
        assert source is PreviewSource.V0
        self.urls.append(url.toString() if hasattr(url, "toString") else str(url))

    def set_preview_token(self, host: str, token: str | None) -> None:
        self.interceptor.set_token(host, token)


def test_the_v0_preview_token_is_set_for_its_host_and_refreshed_before_it_expires(
    app_id: int,
    chat: ChatService,
    secrets: SecretStore,
    v0_server: FakeV0Server,
    tasks: TaskRunner,
    arun: Run,
) -> None:
    v0_server.preview_ttl = 1.5  # "short-lived": a margin of 1 s refreshes it after ~0.5 s
    preview = _PreviewWithInterceptor()
    keeper = V0PreviewTokens(chat, preview, tasks, margin=1.0)

    async def scenario() -> None:
        secrets.set(V0_API_KEY, v0_server.api_key)
        keeper.set_app(app_id)
        await wait_for(lambda: tasks.running == 0)
        assert preview.urls == [] and preview.interceptor.hosts == frozenset()  # no chat yet

        v0_server.plan(PlannedVersion(files=STARTER))
        await chat.send(app_id, "A bakery site", "v0")
        keeper.refresh()  # as on demo_url_changed
        [remote] = v0_server.chats
        host = f"{remote}.preview.vusercontent.net"

        def refreshed() -> bool:
            sent = preview.interceptor._tokens.get(host)
            return (
                len(v0_server.preview_tokens) >= 2 and sent == v0_server.preview_tokens[-1].encode()
            )

        await wait_for(refreshed, timeout=10)

        assert preview.urls[0] == f"https://{host}/"
        assert preview.interceptor.hosts == frozenset({host})

        keeper.set_app(None)  # another app (or none): this one's token is not sent any more
        assert preview.interceptor.hosts == frozenset()

    try:
        arun(scenario())
    finally:
        keeper.stop()
        # Deleted here, on the GUI thread: left to the garbage collector, its timer could be
        # destroyed from a worker thread ("Timers cannot be stopped from another thread").
        shiboken6.delete(keeper)
