"""Real deployments on the Vercel fake: the sample app from a real bare repository, built with
`next build` and served with `next start`; a broken commit fails with the compiler's own words.

Slow (npm install into a data dir shared by these tests, then Next.js builds). The npm cache is
shared the way the local preview shares it (`<data>/npm-cache`), so the second install is offline.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from l4ydesk.clients.github_models import GitRepo
from l4ydesk.clients.vercel import VercelClient
from l4ydesk.clients.vercel_models import BuildEvent, ReadyState
from tests.fakes.bare_repo import bare_repo, commit_files, folder_files
from tests.fakes.vercel_server import FakeVercelServer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

SAMPLE_APP = Path(__file__).resolve().parents[2] / "resources" / "sample-app"
TOKEN = "vercel-test-token-0123456789"
BUILD_TIMEOUT = 1500.0
# A route that answers with an env var at request time: proves the project's variables reach
# `next start` (and so the build, which runs with the same environment).
ENV_ROUTE = b"""export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ mark: process.env.L4Y_DEPLOY_MARK ?? null });
}
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("vercel-data")


@pytest.fixture
def vercel(tmp_path: Path, data_dir: Path) -> Iterator[FakeVercelServer]:
    server = FakeVercelServer(
        TOKEN, git_root=tmp_path / "git", work_root=tmp_path / "builds", data_dir=data_dir
    )
    with server:
        yield server
    assert not server.errors, "\n".join(server.errors)


def vercel_builds(server: FakeVercelServer) -> Path:
    assert server.git_root is not None
    return server.git_root.parent / "builds"


def sample_repo(git_root: Path, files: dict[str, bytes]) -> tuple[GitRepo, Path, str]:
    path = bare_repo(git_root, "acme", "harbor")
    sha = commit_files(path, files, "Publish the sample")
    return GitRepo(1, "acme", "harbor", "main", True, "https://github.com/acme/harbor"), path, sha


async def follow(api: VercelClient, deployment_id: str) -> list[BuildEvent]:
    events: list[BuildEvent] = []

    async def read() -> None:
        async for event in api.build_events(deployment_id):
            events.append(event)

    await asyncio.wait_for(read(), BUILD_TIMEOUT)
    return events


def group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    return True


def processes_in(folder: Path) -> list[int]:
    """Live processes whose working folder is inside `folder` (npm, next and their workers)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cwd = Path(os.readlink(proc / "cwd"))
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if cwd.is_relative_to(folder) and state not in ("Z", "X"):
            found.append(int(proc.name))
    return found


async def wait_until_gone(folder: Path, timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := processes_in(folder)) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    return left


async def test_sample_app_builds_ready_and_is_served(vercel: FakeVercelServer) -> None:
    files = folder_files(SAMPLE_APP)
    files["app/api/deploy-mark/route.ts"] = ENV_ROUTE
    repo, _path, sha = sample_repo(vercel.git_root or Path(), files)
    started = time.perf_counter()
    async with VercelClient(TOKEN, base_url=vercel.base_url) as api:
        project = await api.create_project("harbor", repo="acme/harbor")
        await api.set_env(project, {"L4Y_DEPLOY_MARK": "mark-42"})
        deployment = await api.create_deployment(
            project, repo, ref="main", sha=sha, meta={"l4yRun": "1"}
        )
        events = await follow(api, deployment.id)
        done = await api.get_deployment(deployment.id)
    seconds = time.perf_counter() - started
    log = "\n".join(e.text for e in events)
    assert done.state is ReadyState.READY, f"{done.error_message}\n{log[-3000:]}"
    assert f"Cloning github.com/acme/harbor (Branch: main, Commit: {sha[:7]})" in log
    assert "npm ci" in log  # the preview's installer, from the lockfile
    assert "Compiled successfully" in log or "Generating static pages" in log
    print(f"\nfirst deploy of the sample to READY: {seconds:.0f} s")

    async with httpx.AsyncClient(timeout=30) as web:
        page = await web.get(done.web_url)
        mark = await web.get(f"{done.web_url}/api/deploy-mark")
    assert done.web_url.startswith("http://127.0.0.1:")
    assert page.status_code == 200
    assert "Shop the collection" in page.text
    assert mark.json() == {"mark": "mark-42"}

    pid = vercel.server_pid(done.id)
    assert pid is not None and group_alive(pid)
    vercel.stop()  # the fixture's stop again is harmless
    assert not group_alive(pid), "next start outlived the fake"


async def test_broken_commit_errors_with_the_compiler_text_and_cancel_stops_a_build(
    vercel: FakeVercelServer,
) -> None:
    files = folder_files(SAMPLE_APP)
    repo, path, good = sample_repo(vercel.git_root or Path(), files)
    page = files["app/page.tsx"].decode()
    files["app/page.tsx"] = page.replace(
        "const nextWorkshop = workshops[0];",
        'const nextWorkshop = workshops[0];\n  const seats: number = "twelve";\n  void seats;',
    ).encode()
    broken = commit_files(path, files, "Break the page")
    async with VercelClient(TOKEN, base_url=vercel.base_url) as api:
        project = await api.create_project("harbor", repo="acme/harbor")

        first = await api.create_deployment(project, repo, ref="main", sha=good, meta={})
        vercel.wait_for_state(first.id, ("BUILDING",), 30)
        await asyncio.sleep(1.0)  # inside the install
        canceled = await api.cancel_deployment(first.id)
        assert canceled.state is ReadyState.CANCELED
        await asyncio.wait_for(follow(api, first.id), 60)  # the stream ends too
        assert await wait_until_gone(vercel_builds(vercel) / first.id, 15) == []

        deployment = await api.create_deployment(project, repo, ref="main", sha=broken, meta={})
        events = await follow(api, deployment.id)
        failed = await api.get_deployment(deployment.id)
    log = "\n".join(e.text for e in events)
    assert failed.state is ReadyState.ERROR, log[-3000:]
    assert failed.error_message == 'Command "next build" exited with 1'
    assert "Type error: Type 'string' is not assignable to type 'number'." in log
    assert "./app/page.tsx" in log
    assert any(e.type == "stderr" for e in events)


async def test_a_project_builds_its_root_directory_and_names_a_missing_one(
    vercel: FakeVercelServer,
) -> None:
    files = {f"shop/{p}": d for p, d in folder_files(SAMPLE_APP).items()}
    files["package.json"] = b'{"name": "harbor-repo", "private": true}\n'
    repo, _path, sha = sample_repo(vercel.git_root or Path(), files)
    async with VercelClient(TOKEN, base_url=vercel.base_url) as api:
        project = await api.create_project("harbor", repo="acme/harbor", root_directory="site")
        assert project.root_directory == "site"
        missing = await api.create_deployment(project, repo, ref="main", sha=sha, meta={})
        await follow(api, missing.id)
        failed = await api.get_deployment(missing.id)

        project = await api.set_root_directory(project, "shop")
        assert (await api.find_project("harbor")) == project
        deployment = await api.create_deployment(project, repo, ref="main", sha=sha, meta={})
        events = await follow(api, deployment.id)
        done = await api.get_deployment(deployment.id)
    assert failed.state is ReadyState.ERROR
    assert failed.error_message == (
        'The specified Root Directory "site" does not exist. Please update your Project Settings.'
    )
    log = "\n".join(e.text for e in events)
    assert done.state is ReadyState.READY, f"{done.error_message}\n{log[-3000:]}"
    async with httpx.AsyncClient(timeout=30) as web:
        page = await web.get(done.web_url)
    assert page.status_code == 200 and "Shop the collection" in page.text
