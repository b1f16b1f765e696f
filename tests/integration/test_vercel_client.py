"""The Vercel client against the fake Vercel API (real HTTP on 127.0.0.1), route by route.

These run without Node.js: the fake's deployments are moved by the test (`advance()`), while the
commit a deployment names is checked in a real bare repository. The real builds are in
test_vercel_builds.py (slow).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from l4ydesk.clients.errors import AuthError, InvalidRequestError, NotFoundError, RateLimitError
from l4ydesk.clients.github_models import GitRepo
from l4ydesk.clients.transport import RetryPolicy
from l4ydesk.clients.vercel import VERCEL_TOKEN, VercelClient, client_from_keyring
from l4ydesk.clients.vercel_models import BuildEvent, Deployment, ReadyState
from l4ydesk.secrets import MemoryKeyring, SecretStore
from tests.fakes.bare_repo import bare_repo, commit_files
from tests.fakes.http_server import Reply
from tests.fakes.vercel_server import FakeVercelServer
from tests.integration.conftest import RecordingSleep

TOKEN = "vercel-test-token-0123456789"
TEAM = "team_agency42"


@pytest.fixture
def git_root(tmp_path: Path) -> Path:
    return tmp_path / "git"


@pytest.fixture
def vercel(git_root: Path) -> Iterator[FakeVercelServer]:
    with FakeVercelServer(TOKEN, teams=(TEAM,), git_root=git_root, builds=False) as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


@pytest.fixture
def repo(git_root: Path) -> tuple[GitRepo, str]:
    path = bare_repo(git_root, "acme", "shop")
    sha = commit_files(path, {"package.json": b"{}\n", "app/page.tsx": b"export default 1\n"})
    return GitRepo(1, "acme", "shop", "main", True, "https://github.com/acme/shop"), sha


def client(
    server: FakeVercelServer, sleep: RecordingSleep, *, token: str = TOKEN, team: str | None = TEAM
) -> VercelClient:
    return VercelClient(
        token,
        team_id=team,
        base_url=server.base_url,
        sleep=sleep,
        retry=RetryPolicy(max_attempts=3),
    )


async def test_projects_env_and_team_scope(
    vercel: FakeVercelServer, sleep: RecordingSleep, repo: tuple[GitRepo, str]
) -> None:
    async with client(vercel, sleep) as api:
        assert await api.find_project("shop") is None  # 404 → None
        project = await api.create_project("shop", repo="acme/shop")
        assert project.repo == "acme/shop"
        assert await api.find_project("shop") == project
        with pytest.raises(InvalidRequestError) as conflict:
            await api.create_project("shop", repo="acme/shop")
        assert conflict.value.status == 409

        await api.set_env(project, {"L4Y_API_URL": "https://api.example", "L4Y_KEY": "k1"})
        await api.set_env(project, {"L4Y_KEY": "k2"})  # upsert: updated, not refused
    stored = vercel.env[project.id]
    assert {k: v["value"] for k, v in stored.items()} == {
        "L4Y_API_URL": "https://api.example",
        "L4Y_KEY": "k2",
    }
    assert stored["L4Y_KEY"]["type"] == "encrypted"
    assert stored["L4Y_KEY"]["target"] == ["production", "preview"]
    assert all(r.query.get("teamId") == TEAM for r in vercel.requests)
    assert vercel.requests_to(f"/v10/projects/{project.id}/env")[0].query["upsert"] == "true"

    async with client(vercel, sleep, team=None) as personal:
        # The personal scope does not see the team's project.
        assert await personal.find_project("shop") is None


async def test_deployment_events_follow_until_ready(
    vercel: FakeVercelServer, sleep: RecordingSleep, repo: tuple[GitRepo, str]
) -> None:
    git_repo, sha = repo
    async with client(vercel, sleep) as api:
        project = await api.create_project("shop", repo="acme/shop")
        deployment = await api.create_deployment(
            project, git_repo, ref="main", sha=sha, meta={"l4yRun": "7"}
        )
        assert deployment.state is ReadyState.QUEUED
        assert deployment.target == "production"
        sent = vercel.requests_to("/v13/deployments", "POST")[0].json()
        assert sent["gitSource"] == {
            "type": "github",
            "org": "acme",
            "repo": "shop",
            "ref": "main",
            "sha": sha,
        }

        events: list[BuildEvent] = []

        async def follow() -> None:
            async for event in api.build_events(deployment.id):
                events.append(event)

        follower = asyncio.create_task(follow())
        await asyncio.sleep(0.2)
        vercel.advance(deployment.id, "BUILDING", ("Cloning github.com/acme/shop", "next build"))
        await asyncio.sleep(0.2)
        vercel.advance(deployment.id, "READY", ("Build Completed",))
        await asyncio.wait_for(follower, 10)  # the stream ends with the build
        assert [e.text for e in events] == [
            "Cloning github.com/acme/shop",
            "next build",
            "Build Completed",
        ]
        assert all(e.created > 0 for e in events)
        ready = await api.get_deployment(deployment.id)
        assert ready.state is ReadyState.READY and ready.state.finished

        other = await api.create_deployment(
            project, git_repo, ref="main", sha=sha, meta={"l4yRun": "8"}
        )
        found = await api.find_deployments(project, {"l4yRun": "7"})
        assert [d.id for d in found] == [deployment.id]
        assert other.id not in {d.id for d in found}
        listed = vercel.requests_to("/v6/deployments")[0].query
        assert listed["meta-l4yRun"] == "7" and listed["projectId"] == project.id


async def test_unknown_commit_cancel_and_404(
    vercel: FakeVercelServer, sleep: RecordingSleep, repo: tuple[GitRepo, str]
) -> None:
    git_repo, sha = repo
    async with client(vercel, sleep) as api:
        project = await api.create_project("shop", repo="acme/shop")
        with pytest.raises(InvalidRequestError) as missing:
            await api.create_deployment(project, git_repo, ref="main", sha="0" * 40, meta={})
        assert "was not found" in missing.value.detail

        deployment = await api.create_deployment(project, git_repo, ref="main", sha=sha, meta={})
        canceled = await api.cancel_deployment(deployment.id)
        assert canceled.state is ReadyState.CANCELED
        with pytest.raises(InvalidRequestError):
            await api.cancel_deployment(deployment.id)  # finished: no longer cancelable
        events = [e async for e in api.build_events(deployment.id)]
        assert events == []  # finished and silent: the stream ends at once

        with pytest.raises(NotFoundError):
            await api.get_deployment("dpl_nope")


async def test_429_is_retried_after_the_wait_vercel_asks(
    vercel: FakeVercelServer, sleep: RecordingSleep
) -> None:
    vercel.enqueue(
        Reply(
            429,
            json={"error": {"code": "rate_limited", "message": "Rate limit exceeded"}},
            headers={"Retry-After": "2"},
        ),
        path="/v9/projects/",
    )
    async with client(vercel, sleep) as api:
        assert await api.find_project("shop") is None
    assert sleep.calls == [2.0]
    assert len(vercel.requests_to("/v9/projects/shop")) == 2

    for _ in range(3):
        vercel.enqueue(
            Reply(
                429,
                json={"error": {"code": "rate_limited", "message": "slow"}},
                headers={"Retry-After": "1"},
            ),
            path="/v9/projects/",
        )
    async with client(vercel, sleep) as api:
        with pytest.raises(RateLimitError) as limited:
            await api.find_project("shop")
    assert limited.value.retry_after == 1.0


async def test_401_403_and_the_token_never_reaches_logs_or_errors(
    vercel: FakeVercelServer, sleep: RecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    async with httpx.AsyncClient() as raw:
        answer = await raw.get(vercel.url("/v9/projects/shop"))
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "not_authenticated"

    caplog.set_level(logging.DEBUG)
    wrong = "vercel-wrong-token-abcdef123456"
    errors: list[Exception] = []
    async with client(vercel, sleep, token=wrong) as api:
        with pytest.raises(AuthError) as refused:
            await api.find_project("shop")
        errors.append(refused.value)
    assert refused.value.status == 403
    assert "token was refused" in refused.value.user_message

    async with client(vercel, sleep, team="team_not_mine") as api:
        with pytest.raises(AuthError) as other_team:
            await api.create_project("shop", repo="acme/shop")
        errors.append(other_team.value)

    vercel.enqueue(
        Reply(
            500,
            json={"error": {"code": "internal_server_error", "message": f"token {TOKEN} broke"}},
        ),
        path="/v9/projects/",
    )
    vercel.enqueue(Reply(500, json={"error": {"message": f"echo {TOKEN}"}}), path="/v9/projects/")
    vercel.enqueue(Reply(500, json={"error": {"message": f"echo {TOKEN}"}}), path="/v9/projects/")
    async with client(vercel, sleep) as api:
        with pytest.raises(Exception) as server_error:
            await api.find_project("shop")
        errors.append(server_error.value)

    for token in (wrong, TOKEN):
        assert token not in caplog.text
        for error in errors:
            assert token not in str(error) and token not in repr(error)
            assert token not in getattr(error, "detail", "")


async def test_token_is_read_from_the_keyring(vercel: FakeVercelServer) -> None:
    secrets = SecretStore(MemoryKeyring())
    api = client_from_keyring(secrets, team_id=TEAM, base_url=vercel.base_url)
    async with api:
        with pytest.raises(AuthError):
            await api.find_project("shop")  # no token stored yet: refused before sending
        secrets.set(VERCEL_TOKEN, TOKEN)
        assert await api.find_project("shop") is None
    assert vercel.requests[-1].headers["authorization"] == f"Bearer {TOKEN}"


def test_web_url() -> None:
    local = Deployment("d", "127.0.0.1:4123", ReadyState.READY)
    remote = Deployment("d", "shop-abc.vercel.app", ReadyState.READY)
    assert local.web_url == "http://127.0.0.1:4123"
    assert remote.web_url == "https://shop-abc.vercel.app"
    assert Deployment("d", "", ReadyState.QUEUED).web_url == ""


def test_production_url_is_the_public_production_domain() -> None:
    """The deployment's own URL is behind Vercel Authentication (Standard Protection); the
    production domain is public. Aliases as GET /v13/deployments lists them."""
    aliases = (
        "shop-git-main-acme.vercel.app",
        "shop-acme.vercel.app",
        "shop.vercel.app",
        "www.shop.example",
    )
    production = Deployment(
        "d", "shop-k3j2h1.vercel.app", ReadyState.READY, "production", aliases=aliases
    )
    assert production.production_url == "https://shop.vercel.app"
    custom = Deployment("d", "shop-k3j2h1.vercel.app", ReadyState.READY, aliases=("shop.example",))
    assert custom.production_url == "https://shop.example"
    bare = Deployment("d", "shop-k3j2h1.vercel.app", ReadyState.READY)
    assert bare.production_url == "https://shop-k3j2h1.vercel.app"  # nothing assigned: its own


def test_deployment_parses_alias_fields() -> None:
    from l4ydesk.clients.vercel import _deployment

    parsed = _deployment(
        {
            "id": "dpl_1",
            "url": "shop-k3j2h1.vercel.app",
            "readyState": "READY",
            "target": "production",
            "alias": ["shop.vercel.app", "shop-git-main-acme.vercel.app"],
            "aliasAssigned": True,
        }
    )
    assert parsed.aliases == ("shop.vercel.app", "shop-git-main-acme.vercel.app")
    assert parsed.alias_assigned
    waiting = _deployment({"id": "dpl_2", "url": "x.vercel.app", "readyState": "READY"})
    assert waiting.aliases == () and not waiting.alias_assigned
