"""GitHub's documented failures become sentences, and the token never shows in them or in logs."""

from __future__ import annotations

import logging
import time

import pytest

from l4ydesk.clients.errors import AuthError, NotFoundError
from l4ydesk.clients.github import GitHubClient
from l4ydesk.clients.github_models import (
    GitHubPermissionError,
    GitHubRateLimitError,
    RepositoryExistsError,
)
from l4ydesk.clients.transport import RetryPolicy
from l4ydesk.core.publish.git_commit import RepositoryMissingError, ensure_repository
from tests.fakes.github_server import FakeGitHub
from tests.fakes.http_server import json_reply
from tests.integration.github.conftest import TOKEN

WRONG = "ghp_wrong0000000000000000000000000000000099"


async def test_bad_token_is_an_auth_sentence_without_the_token(
    github: FakeGitHub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with GitHubClient(WRONG, base_url=github.base_url) as client:
        with pytest.raises(AuthError) as caught:
            await client.viewer()
    message = caught.value.user_message
    assert "GitHub token was refused" in message
    assert github.requests[0].headers["authorization"] == f"Bearer {WRONG}"
    for text in (message, str(caught.value), repr(caught.value), caplog.text):
        assert WRONG not in text


async def test_primary_rate_limit_names_the_reset_time(github: FakeGitHub) -> None:
    reset = int(time.time()) + 1800
    github.rate_limit_reset = reset
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        with pytest.raises(GitHubRateLimitError) as caught:
            await client.viewer()
        assert client.calls == 1  # a limit that resets in 30 minutes is not retried
    error = caught.value
    assert error.status == 403
    at = time.strftime("%H:%M UTC", time.gmtime(reset))
    assert at in error.user_message and "30 minutes" in error.user_message


async def test_secondary_rate_limit_429_waits_then_succeeds(github: FakeGitHub) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    github.enqueue(
        json_reply(
            429, {"message": "You have exceeded a secondary rate limit."}, {"retry-after": "3"}
        ),
        path="/user",
    )
    async with GitHubClient(TOKEN, base_url=github.base_url, sleep=sleep) as client:
        assert (await client.viewer()).login == "octo"
        assert client.calls == 2
    assert waits == [3.0]


async def test_secondary_rate_limit_too_long_is_a_sentence(github: FakeGitHub) -> None:
    github.enqueue(
        json_reply(403, {"message": "secondary rate limit"}, {"retry-after": "120"}),
        path="/user",
    )
    async with GitHubClient(
        TOKEN, base_url=github.base_url, retry=RetryPolicy(max_wait=30)
    ) as client:
        with pytest.raises(GitHubRateLimitError) as caught:
            await client.viewer()
    assert "in 120 seconds" in caught.value.user_message


async def test_forbidden_without_rate_limit_is_a_permission_sentence(github: FakeGitHub) -> None:
    github.enqueue(
        json_reply(403, {"message": "Resource not accessible by personal access token"}),
        path="/user/repos",
    )
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        with pytest.raises(GitHubPermissionError) as caught:
            await client.create_repo("shop")
    assert "Contents" in caught.value.user_message


async def test_not_found_and_missing_repository(github: FakeGitHub) -> None:
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        assert await client.find_repo("octo", "nothing") is None
        with pytest.raises(RepositoryMissingError) as missing:
            await ensure_repository(client, "octo", "nothing", create=False)
        assert "octo/nothing" in str(missing.value)
        repo, _ = await ensure_repository(client, "", "shop", create=True)
        with pytest.raises(NotFoundError) as caught:
            await client.commit_tree_sha(repo, "0" * 40)
        with pytest.raises(NotFoundError):
            await client.create_repo("x", owner="not-my-org")
        with pytest.raises(RepositoryExistsError) as exists:
            await client.create_repo("shop")
    assert "could not find" in caught.value.user_message
    assert "octo/shop already exists" in exists.value.user_message


async def test_primary_rate_limit_as_429_is_not_retried_either(github: FakeGitHub) -> None:
    reset = int(time.time()) + 600
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(reset)}
    github.enqueue(json_reply(429, {"message": "API rate limit exceeded"}, headers), path="/user")
    async with GitHubClient(TOKEN, base_url=github.base_url) as client:
        with pytest.raises(GitHubRateLimitError) as caught:
            await client.viewer()
        assert client.calls == 1  # the transport does not sleep 10 minutes, nor retry at once
    assert time.strftime("%H:%M UTC", time.gmtime(reset)) in caught.value.user_message
