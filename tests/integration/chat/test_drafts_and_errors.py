"""Service errors as sentences, and drafts: kept while offline or without a key, sent in order
once the service is back."""

from __future__ import annotations

from l4ydesk.core.chat import MessageStatus, Provider
from l4ydesk.core.chat.history import ChatLog
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.fakes.openrouter_server import FakeOpenRouterServer, openrouter_error
from tests.fakes.v0_server import DEFAULT_FILES, FakeV0Server, PlannedVersion, v0_error
from tests.integration.chat.conftest import ChatFactory, Endpoints, dead_url
from tests.integration.conftest import RecordingSleep


async def test_a_refused_key_is_a_sentence_and_the_message_stays_a_draft(
    make_chat: ChatFactory,
    endpoints: Endpoints,
    v0_server: FakeV0Server,
    openrouter_server: FakeOpenRouterServer,
    app_id: int,
) -> None:
    endpoints.v0_key = "v0-wrong-key-123456789"
    endpoints.ai_key = "sk-or-v1-wrongwrongwrong"
    chat = make_chat()

    v0 = await chat.send(app_id, "A bakery site", "v0")
    ai = await chat.send(app_id, "Add a menu", "ai")

    assert v0.status is MessageStatus.DRAFT and ai.status is MessageStatus.DRAFT
    assert v0.error == "Your v0 API key was refused. Enter a valid key in Settings → Keys."
    assert ai.error == (
        "Your OpenRouter API key was refused. Enter a valid key in Settings → Keys."
    )
    assert "wrong" not in (v0.error + ai.error)
    assert [d.text for d in chat.drafts(app_id)] == ["A bakery site", "Add a menu"]
    notes = [m.note for m in chat.history(app_id)]
    assert notes == [v0.error, ai.error]


async def test_rate_limits_say_when_to_try_again(
    make_chat: ChatFactory,
    v0_server: FakeV0Server,
    openrouter_server: FakeOpenRouterServer,
    app_id: int,
    sleep: RecordingSleep,
) -> None:
    # Longer than the transport sits through, so the person is told when to come back.
    v0_server.enqueue(v0_error(429, "Slow down", retry_after="120"), path="/v2/chats/stream")
    openrouter_server.script(openrouter_error(429, "Rate limited", retry_after="45"))
    chat = make_chat()

    v0 = await chat.send(app_id, "A bakery site", "v0")
    ai = await chat.send(app_id, "Add a menu", "ai")

    assert v0.error == "v0 is receiving too many requests. Try again in 120 seconds."
    assert ai.error == "OpenRouter is receiving too many requests. Try again in 45 seconds."
    assert v0.status is MessageStatus.DRAFT and ai.status is MessageStatus.DRAFT
    assert sleep.calls == []  # nobody sat through the wait


async def test_a_short_retry_after_is_waited_out_and_the_turn_succeeds(
    make_chat: ChatFactory,
    openrouter_server: FakeOpenRouterServer,
    app_id: int,
    sleep: RecordingSleep,
) -> None:
    openrouter_server.script(openrouter_error(429, "Rate limited", retry_after="2"))

    result = await make_chat().send(app_id, "Hello", "ai")

    assert result.status is MessageStatus.SENT
    assert result.answer == "Hello from the fake."
    assert sleep.calls == [2.0]


async def test_a_missing_key_says_where_to_add_it(
    make_chat: ChatFactory, endpoints: Endpoints, app_id: int
) -> None:
    endpoints.v0_key = None
    endpoints.ai_key = ""

    v0 = await make_chat().send(app_id, "A bakery site", "v0")
    ai = await make_chat().send(app_id, "Add a menu", "ai")

    assert v0.error == "No v0 API key is set. Add your v0 key in Settings → Keys."
    assert ai.error == "No OpenRouter API key is set. Add your OpenRouter key in Settings → Keys."
    assert (v0.status, ai.status) == (MessageStatus.DRAFT, MessageStatus.DRAFT)
    assert endpoints.built == []


async def test_drafts_made_offline_are_sent_in_order_when_the_service_is_back(
    make_chat: ChatFactory,
    endpoints: Endpoints,
    v0_server: FakeV0Server,
    vfs: VirtualFileSystem,
    app_id: int,
) -> None:
    online = endpoints.v0_url
    endpoints.v0_url = dead_url()
    chat = make_chat()

    typed = await chat.send(app_id, "1. A bakery site", "v0")
    chat.queue_draft(app_id, "2. Add a menu", "v0")
    chat.queue_draft(app_id, "3. Add a contact form", Provider.V0)

    assert typed.status is MessageStatus.DRAFT
    assert typed.error == "Could not reach v0. Check your internet connection and try again."
    # Still offline: the first draft fails and the rest are not tried.
    still_down = await chat.send_drafts(app_id)
    assert [r.status for r in still_down] == [MessageStatus.DRAFT]
    assert len(chat.drafts(app_id)) == 3
    assert v0_server.requests == []

    endpoints.v0_url = online
    v0_server.plan(
        PlannedVersion(files={"app/page.tsx": "<Bakery />"}),
        PlannedVersion(files={"components/menu.tsx": "<Menu />"}),
        PlannedVersion(files={"components/contact.tsx": "<Contact />"}),
    )
    sent = await make_chat().send_drafts(app_id)  # e.g. after a restart

    assert [r.status for r in sent] == [MessageStatus.SENT] * 3
    assert chat.drafts(app_id) == []
    [remote] = v0_server.chats.values()
    prompts = [m["content"] for m in remote.messages if m["role"] == "user"]
    assert prompts == ["1. A bakery site", "2. Add a menu", "3. Add a contact form"]
    assert set(vfs.read_all(app_id)) == {
        "app/page.tsx",
        "components/menu.tsx",
        "components/contact.tsx",
        *DEFAULT_FILES,  # v0 made the app from scratch: it brings what the app needs to run
    }
    # Each answer follows its question, though all three were typed before any was sent.
    history = chat.history(app_id)
    assert [(m.role, m.status) for m in history] == [
        ("user", MessageStatus.SENT),
        ("assistant", MessageStatus.SENT),
    ] * 3
    assert [m.content[:2] for m in history if m.role == "user"] == ["1.", "2.", "3."]
    assert history[3].changes.written == ("components/menu.tsx",)


async def test_ai_drafts_wait_for_a_key_then_go_in_order(
    make_chat: ChatFactory,
    endpoints: Endpoints,
    openrouter_server: FakeOpenRouterServer,
    app_id: int,
) -> None:
    key = endpoints.ai_key
    endpoints.ai_key = None
    chat = make_chat()
    chat.queue_draft(app_id, "first", "ai", model="anthropic/claude-3.5-sonnet")
    chat.queue_draft(app_id, "second", "ai")
    assert [r.status for r in await chat.send_drafts(app_id)] == [MessageStatus.DRAFT]

    endpoints.ai_key = key
    results = await chat.send_drafts(app_id)

    assert [r.status for r in results] == [MessageStatus.SENT, MessageStatus.SENT]
    bodies = [r.json() for r in openrouter_server.requests_to("/api/v1/chat/completions")]
    assert [b["model"] for b in bodies] == ["anthropic/claude-3.5-sonnet", "openai/gpt-4o-mini"]
    assert [b["messages"][-1]["content"] for b in bodies] == ["first", "second"]
    # The second request carries the first exchange as context.
    assert [m["role"] for m in bodies[1]["messages"]] == ["system", "user", "assistant", "user"]


async def test_a_message_left_sending_by_a_crash_becomes_a_draft(
    make_chat: ChatFactory, store: Store, app_id: int
) -> None:
    turn_id = make_chat().queue_draft(app_id, "lost in a crash?", "ai")
    # The crash: the message was on its way when the app died.
    ChatLog(store).set_user_status(turn_id, MessageStatus.SENDING)

    [result] = await make_chat().send_drafts(app_id)

    assert result.status is MessageStatus.SENT
    assert result.answer == "Hello from the fake."


async def test_a_draft_can_be_discarded(make_chat: ChatFactory, app_id: int) -> None:
    chat = make_chat()
    turn_id = chat.queue_draft(app_id, "never mind", "v0")

    chat.discard_draft(turn_id)

    assert chat.drafts(app_id) == [] and chat.history(app_id) == []
