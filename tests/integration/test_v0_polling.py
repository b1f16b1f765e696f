"""Where v0 is still polled (a version's files after the answer, `pull_v0_version`): a chat
that is not written yet, the rate limit, and reading files once, against the fake over HTTP."""

from __future__ import annotations

import pytest

from l4ydesk.clients.errors import NotFoundError
from l4ydesk.clients.v0 import V0Client, VersionStatus
from tests.fakes.v0_server import FakeV0Server, PlannedVersion, v0_error
from tests.integration.conftest import RecordingSleep


def client(server: FakeV0Server, sleep: RecordingSleep) -> V0Client:
    return V0Client(server.api_key, base_url=server.url("/v1"), sleep=sleep)


async def test_a_404_right_after_creating_the_chat_means_not_ready_yet(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.not_ready_reads = 2
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}, pending_polls=0))
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("A bakery site")
        version = await v0.wait_for_version(chat.id, poll_interval=1.0)
    assert version.status is VersionStatus.COMPLETED
    assert sleep.calls == [1.0, 1.0]  # two "not found yet", then the version


async def test_a_chat_that_stays_missing_is_not_found_in_the_end(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    clock = iter(float(t) for t in range(0, 1000, 10))
    async with V0Client(
        v0_server.api_key, base_url=v0_server.url("/v1"), sleep=sleep, clock=lambda: next(clock)
    ) as v0:
        with pytest.raises(NotFoundError):
            await v0.wait_for_version("chat_never_made", poll_interval=1.0)


async def test_polls_read_summaries_and_the_files_once(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}, pending_polls=3))
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("A bakery site")
        version = await v0.wait_for_version(chat.id, poll_interval=1.0)
    assert version.file_map() == {"app/page.tsx": "<Page />"}
    summaries = v0_server.requests_to(f"/v1/chats/{chat.id}/versions", "GET")
    with_files = v0_server.requests_to(f"/v1/chats/{chat.id}/versions/{version.id}", "GET")
    assert len(summaries) == 4  # three pending polls, then done
    assert len(with_files) == 1  # the files were downloaded once
    assert v0_server.requests_to(f"/v1/chats/{chat.id}", "GET") == []  # no whole-chat reads


async def test_a_rate_limited_poll_waits_for_the_reset_the_rate_limit_route_gives(
    v0_server: FakeV0Server, sleep: RecordingSleep
) -> None:
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}, pending_polls=0))
    v0_server.rate_limit_reset_in = 42.0
    async with client(v0_server, sleep) as v0:
        chat = await v0.create_chat("A bakery site")
        # More 429s (without Retry-After) than the transport retries on its own.
        for _ in range(4):
            v0_server.enqueue(
                v0_error(429, "Too many requests"), path=f"/v1/chats/{chat.id}/versions"
            )
        version = await v0.wait_for_version(chat.id, poll_interval=1.0)
    assert version.status is VersionStatus.COMPLETED
    assert v0_server.requests_to("/v1/rate-limits", "GET")
    assert any(40.0 <= s <= 42.0 for s in sleep.calls), sleep.calls
