"""The GitHub token: the OAuth device flow against the fake, the keyring, and no token in logs."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from l4ydesk.clients.github import GitHubClient
from l4ydesk.clients.github_models import DeviceCode
from l4ydesk.clients.github_oauth import GitHubDeviceClient
from l4ydesk.core.publish.git_commit import commit_files, ensure_repository
from l4ydesk.core.publish.github_login import (
    GITHUB_TOKEN,
    SignInError,
    forget_token,
    load_token,
    save_token,
    sign_in_with_device,
)
from l4ydesk.secrets import MemoryKeyring, SecretStore
from tests.fakes.github_server import FakeGitHub
from tests.fakes.http_server import json_reply

CLIENT_ID = "Iv1.fakeclientid"


class Clock:
    """Shared by the fake and the flow: sleeping moves time on, instantly."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device_github(github: FakeGitHub, clock: Clock) -> FakeGitHub:
    github.clock = clock
    return github


async def sign_in(
    github: FakeGitHub, clock: Clock, *, then: str = "approve", after_polls: int = 2
) -> str:
    shown: list[DeviceCode] = []
    polls = {"n": 0}

    async def sleep(seconds: float) -> None:
        await clock.sleep(seconds)
        polls["n"] += 1
        if polls["n"] == after_polls and shown:  # the person acts while we wait
            getattr(github, then)(shown[0].user_code)

    async with GitHubDeviceClient(base_url=github.base_url) as client:
        return await sign_in_with_device(
            client, CLIENT_ID, show_code=shown.append, sleep=sleep, clock=clock
        )


async def test_device_flow_signs_in_stores_the_token_and_never_logs_it(
    device_github: FakeGitHub, clock: Clock, read_log: Callable[[], str]
) -> None:
    token = await sign_in(device_github, clock)
    assert token.startswith("gho_")
    assert clock.sleeps == [5, 5]  # the advertised interval, one pending answer first
    polls = device_github.requests_to("/login/oauth/access_token")
    assert [p.json()["grant_type"] for p in polls] == [
        "urn:ietf:params:oauth:grant-type:device_code"
    ] * 2
    assert device_github.requests_to("/login/device/code")[0].headers["accept"] == (
        "application/json"
    )

    store = SecretStore(MemoryKeyring())
    save_token(store, token)
    assert store.get(GITHUB_TOKEN) == token == load_token(store)

    # The stored token publishes, and appears in no log line and no error along the way.
    async with GitHubClient(lambda: load_token(store) or "", base_url=device_github.base_url) as c:
        repo, _ = await ensure_repository(c, "", "shop", create=True)
        await commit_files(
            c, repo, "main", {"a.txt": b"a\n"}, "x", expected_head=None, last_tree_sha=None
        )
        logging.getLogger("l4ydesk.test").info("signed in with %s", token)  # an accident
    assert device_github.requests_to("/user/repos")[0].headers["authorization"] == (
        f"Bearer {token}"
    )
    log = read_log()
    assert "HTTP Request: PATCH" in log and "signed in with ***" in log
    assert token not in log
    forget_token(store)
    assert load_token(store) is None


async def test_slow_down_waits_the_new_interval(device_github: FakeGitHub, clock: Clock) -> None:
    device_github.enqueue(
        json_reply(200, {"error": "slow_down", "interval": 10}),
        path="/login/oauth/access_token",
    )
    token = await sign_in(device_github, clock, after_polls=2)
    assert token
    assert clock.sleeps == [5, 10]  # after slow_down, the interval it gave


async def test_polling_too_fast_is_answered_slow_down_by_the_fake(
    device_github: FakeGitHub, clock: Clock
) -> None:
    async with GitHubDeviceClient(base_url=device_github.base_url) as client:
        code = await client.request_code(CLIENT_ID, "repo")
        first = await client.poll_token(CLIENT_ID, code.device_code)
        second = await client.poll_token(CLIENT_ID, code.device_code)  # no wait at all
    assert first.error == "authorization_pending"
    assert (second.error, second.interval) == ("slow_down", 10)


@pytest.mark.parametrize(
    ("then", "words"),
    [("deny", "cancelled on GitHub"), ("expire", "expired")],
)
async def test_denied_or_expired_code_ends_with_a_sentence(
    device_github: FakeGitHub, clock: Clock, then: str, words: str
) -> None:
    with pytest.raises(SignInError) as caught:
        await sign_in(device_github, clock, then=then)
    assert words in str(caught.value)


async def test_wrong_client_id_and_empty_token(device_github: FakeGitHub, clock: Clock) -> None:
    async with GitHubDeviceClient(base_url=device_github.base_url) as client:
        code = await client.request_code(CLIENT_ID, "repo")
        poll = await client.poll_token("Iv1.other", code.device_code)
    assert poll.error == "incorrect_client_credentials"
    assert "gho_" not in repr(poll)
    with pytest.raises(SignInError):
        save_token(SecretStore(MemoryKeyring()), "   ")
