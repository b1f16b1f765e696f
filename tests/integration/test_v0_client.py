"""V0Client against the fake v0 Platform API over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from l4ydesk.clients.errors import (
    AuthError,
    NetworkError,
    NotFoundError,
    OperationTimeout,
    PlanLimitError,
    RateLimitError,
    ServerError,
)
from l4ydesk.clients.transport import RetryPolicy
from l4ydesk.clients.v0 import ChatVersion, V0Client, VersionStatus
from tests.fakes.http_server import Reply
from tests.fakes.v0_server import FakeV0Server, PlannedVersion, v0_error
from tests.integration.conftest import RecordingSleep

STARTER = {
    "app/page.tsx": "export default function Page() { return <Hero /> }",
    "components/hero.tsx": "export function Hero() { return <h1>Hi</h1> }",
    "components/old-banner.tsx": "export function Banner() { return null }",
}


def client(server: FakeV0Server, sleep: RecordingSleep, **options: Any) -> V0Client:
    options.setdefault("api_key", server.api_key)
    return V0Client(base_url=server.url("/v1"), sleep=sleep, **options)


async def test_create_chat_then_wait_for_the_pending_version(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Landing />"}, pending_polls=2))
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("A landing page for a bakery", system="Use Tailwind")
        assert chat.latest_version is not None
        assert chat.latest_version.status is VersionStatus.PENDING
        assert chat.latest_version.files == ()

        version = await v0.wait_for_version(chat.id, poll_interval=1.5)

    assert version.status is VersionStatus.COMPLETED
    assert version.id == chat.latest_version.id
    assert version.demo_url == f"https://demo-{version.id}.vusercontent.net"
    assert version.file_map() == {"app/page.tsx": "<Landing />"}
    assert sleep.calls == [1.5, 1.5]  # two polls saw it pending

    sent = v0_server.requests_to("/v1/chats", "POST")[0]
    assert sent.headers["authorization"] == f"Bearer {v0_server.api_key}"
    assert sent.json() == {
        "message": "A landing page for a bakery",
        "responseMode": "async",
        "system": "Use Tailwind",
    }


async def test_sync_mode_answers_with_the_finished_version(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("A pricing table", response_mode="sync", model_id="v0-pro")
    assert chat.latest_version is not None
    assert chat.latest_version.status is VersionStatus.COMPLETED
    assert "A pricing table" in chat.latest_version.file_map()["app/page.tsx"]
    assert [m.role for m in chat.messages] == ["user", "assistant"]
    body = v0_server.requests_to("/v1/chats", "POST")[0].json()
    assert body["modelConfiguration"] == {"modelId": "v0-pro"}


async def test_init_from_files_sends_the_documented_shape(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    async with client(v0_server, sleep) as v0:
        chat = await v0.init_chat_from_files(STARTER, name="Bakery", privacy="private")
    assert chat.name == "Bakery"
    assert chat.latest_version is not None
    assert chat.latest_version.status is VersionStatus.COMPLETED
    assert chat.latest_version.file_map() == STARTER
    assert v0_server.requests_to("/v1/chats/init")[0].json() == {
        "type": "files",
        "files": [{"name": n, "content": c, "locked": False} for n, c in STARTER.items()],
        "name": "Bakery",
        "chatPrivacy": "private",
    }


async def test_follow_up_changes_two_files_and_deletes_one(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(
        PlannedVersion(
            files={
                "app/page.tsx": "export default function Page() { return <Hero dark /> }",
                "components/hero.tsx": "export function Hero() { return <h1>Dark</h1> }",
            },
            delete=["components/old-banner.tsx"],
            pending_polls=1,
        )
    )
    async with client(v0_server, sleep) as v0:
        chat = await v0.init_chat_from_files(STARTER)
        assert chat.latest_version is not None
        before = chat.latest_version.id

        await v0.send_message(chat.id, "Make it dark and drop the banner")
        after = await v0.wait_for_version(chat.id, newer_than=before, poll_interval=0.5)

    assert after.id != before
    assert after.status is VersionStatus.COMPLETED
    assert after.file_map() == {
        "app/page.tsx": "export default function Page() { return <Hero dark /> }",
        "components/hero.tsx": "export function Hero() { return <h1>Dark</h1> }",
    }
    message = v0_server.requests_to(f"/v1/chats/{chat.id}/messages", "POST")[0]
    assert message.json() == {
        "message": "Make it dark and drop the banner",
        "responseMode": "async",
    }


async def test_wait_for_a_specific_version_that_fails(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(PlannedVersion(fail=True, pending_polls=1))
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("Something impossible")
        assert chat.latest_version is not None
        version = await v0.wait_for_version(chat.id, version_id=chat.latest_version.id)
    assert version.status is VersionStatus.FAILED
    assert version.demo_url is None
    assert v0_server.requests_to(f"/v1/chats/{chat.id}/versions/{version.id}")


async def test_wait_gives_up_after_the_timeout(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(PlannedVersion(pending_polls=1000))
    now = [0.0]

    async def ticking_sleep(seconds: float) -> None:
        now[0] += seconds
        await sleep(seconds)

    async with V0Client(
        v0_server.api_key, base_url=v0_server.url("/v1"), sleep=ticking_sleep, clock=lambda: now[0]
    ) as v0:
        chat = await v0.create_chat("Slow one")
        with pytest.raises(OperationTimeout) as caught:
            await v0.wait_for_version(chat.id, timeout=10.0, poll_interval=3.0)
    assert sleep.calls == [3.0, 3.0, 3.0, 1.0]
    assert "still working after 10 seconds" in caught.value.user_message


async def test_get_latest_version_and_chat(v0_server: FakeV0Server, sleep: RecordingSleep) -> None:
    async with client(v0_server, sleep) as v0:
        created = await v0.init_chat_from_files({"a.txt": "A"})
        chat = await v0.get_chat(created.id)
        latest = await v0.get_latest_version(created.id)
    assert chat.id == created.id
    assert chat.web_url == f"https://v0.app/chat/{created.id}"
    assert isinstance(latest, ChatVersion)
    assert latest.file_map() == {"a.txt": "A"}


async def test_list_chats_pages_by_offset(v0_server: FakeV0Server, sleep: RecordingSleep) -> None:
    async with client(v0_server, sleep) as v0:
        created = [await v0.init_chat_from_files({"f": str(n)}, name=f"c{n}") for n in range(5)]
        first = await v0.list_chats(limit=2)
        everything = [chat.name async for chat in v0.iter_chats(page_size=2)]

    assert [c.name for c in first.chats] == ["c4", "c3"]
    assert first.next_offset == 2
    assert everything == ["c4", "c3", "c2", "c1", "c0"]
    assert all(c.latest_version and c.latest_version.files == () for c in first.chats)
    pages = [
        (r.query["limit"], r.query["offset"]) for r in v0_server.requests_to("/v1/chats", "GET")
    ]
    assert pages == [("2", "0"), ("2", "0"), ("2", "2"), ("2", "4")]
    assert len(created) == 5


async def test_wrong_key_is_an_auth_error_without_the_key(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    wrong = "v0-wrong-key-987654321"
    async with client(v0_server, sleep, api_key=lambda: wrong) as v0:
        with pytest.raises(AuthError) as caught:
            await v0.create_chat("hello")
    error = caught.value
    assert error.status == 401
    assert error.user_message == (
        "Your v0 API key was refused. Enter a valid key in Settings → Keys."
    )
    for text in (str(error), repr(error), error.user_message, error.detail):
        assert wrong not in text
    assert sleep.calls == []


async def test_429_retry_after_is_honoured_then_the_chat_is_created(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.enqueue(v0_error(429, "Rate limit exceeded", retry_after="7"), path="/v1/chats")
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("hello", response_mode="sync")
    assert sleep.calls == [7.0]
    assert len(v0_server.requests_to("/v1/chats", "POST")) == 2
    assert list(v0_server.chats) == [chat.id]


async def test_429_with_a_long_retry_after_reaches_the_caller(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.enqueue(v0_error(429, "Daily limit", retry_after="3600"), path="/v1/chats")
    async with client(v0_server, sleep) as v0:
        with pytest.raises(RateLimitError) as caught:
            await v0.create_chat("hello")
    assert caught.value.retry_after == 3600.0
    assert sleep.calls == []


@pytest.mark.parametrize(
    ("status", "message", "sentence"),
    [
        (402, "Insufficient credits", "Your v0 account is out of credits."),
        (403, "API access requires a Premium plan", "Your v0 account does not allow this"),
    ],
)
async def test_plan_limits(
    v0_server: FakeV0Server, sleep: RecordingSleep, status: int, message: str, sentence: str
) -> None:
    v0_server.enqueue(v0_error(status, message), path="/v1/chats")
    async with client(v0_server, sleep) as v0:
        with pytest.raises(PlanLimitError) as caught:
            await v0.create_chat("hello")
    assert caught.value.status == status
    assert caught.value.user_message.startswith(sentence)
    assert message in caught.value.user_message


async def test_5xx_is_retried_for_get(v0_server: FakeV0Server, sleep: RecordingSleep) -> None:
    async with client(v0_server, sleep, retry=RetryPolicy(base_delay=0.25)) as v0:
        chat = await v0.init_chat_from_files({"a.txt": "A"})
        v0_server.enqueue(
            v0_error(500, "Internal error"),
            v0_error(503, "Unavailable"),
            path=f"/v1/chats/{chat.id}",
        )
        fetched = await v0.get_chat(chat.id)
    assert fetched.id == chat.id
    assert len(sleep.calls) == 2
    assert sleep.calls[1] > sleep.calls[0]


async def test_5xx_is_not_retried_for_create(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.enqueue(v0_error(502, "Bad gateway"), path="/v1/chats", method="POST")
    async with client(v0_server, sleep) as v0:
        with pytest.raises(ServerError):
            await v0.create_chat("hello")
    assert len(v0_server.requests_to("/v1/chats", "POST")) == 1
    assert v0_server.chats == {}


async def test_unknown_chat_is_not_found(v0_server: FakeV0Server, sleep: RecordingSleep) -> None:
    async with client(v0_server, sleep) as v0:
        with pytest.raises(NotFoundError):
            await v0.get_chat("chat_missing")
        with pytest.raises(NotFoundError):
            await v0.get_chat("../chats")  # quoted: stays one path segment
    assert v0_server.requests[-1].path == "/v1/chats/..%2Fchats"


async def test_timeout_is_a_network_error(v0_server: FakeV0Server, sleep: RecordingSleep) -> None:
    v0_server.enqueue(Reply(delay=5.0, json={}), path="/v1/chats", method="POST")
    async with client(v0_server, sleep, timeout=0.2) as v0:
        with pytest.raises(NetworkError) as caught:
            await v0.create_chat("hello")
    assert caught.value.timed_out
