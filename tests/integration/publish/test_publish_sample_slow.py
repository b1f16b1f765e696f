"""The bundled sample app published end to end, for real: `publish_pipeline` from app.py with
the wizard's answers given in code, the scaffold and the compatibility rules, one commit in the
GitHub fake's real repository, `next build` in the Vercel fake, and the production URL served by
`next start` answering 200 with the store's products. Then a re-publish with no change commits
and deploys nothing, and a type error is healed by the AI fake's edit through a real rebuild.
Slow: npm install and next build (the npm cache is shared by the module's tests).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from l4ydesk.core.platform.outbox import Outbox, enqueue
from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
from l4ydesk.core.publish.config_store import save_config
from l4ydesk.core.publish.scaffold.contract import WEBHOOK_PATH
from l4ydesk.storage.models import RevisionSource
from tests.conftest import wait_for
from tests.fakes.github_server import FakeGitHub
from tests.fakes.openrouter_server import FakeOpenRouterServer, edit_file_fix
from tests.fakes.vercel_server import FakeVercelServer
from tests.integration.publish.conftest import GITHUB_TOKEN, VERCEL_TOKEN, Recorder
from tests.publish_support import connected_sample

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]


@dataclass
class Live:
    services: Any
    github: FakeGitHub
    vercel: FakeVercelServer
    openrouter: FakeOpenRouterServer
    platform_url: str


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("vercel-data")


@pytest.fixture
def live(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings

    git_root = tmp_path / "git"
    with (
        FakeGitHub(git_root, token=GITHUB_TOKEN) as github,
        FakeVercelServer(
            VERCEL_TOKEN, git_root=git_root, work_root=tmp_path / "builds", data_dir=data_dir
        ) as vercel,
        FakeOpenRouterServer() as openrouter,
    ):
        monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("L4YDESK_DB_URL", f"sqlite:///{tmp_path / 'l4ydesk.db'}")
        monkeypatch.setenv("L4YDESK_SERVER_SECRET", "publish-e2e-secret")
        monkeypatch.setenv("L4YDESK_GITHUB_URL", github.base_url)
        monkeypatch.setenv("L4YDESK_VERCEL_URL", vercel.base_url)
        monkeypatch.setenv("L4YDESK_OPENROUTER_URL", openrouter.url("/api/v1"))
        services = build_services(load_settings())
        services.secrets.set("github_token", GITHUB_TOKEN)
        services.secrets.set("vercel_token", VERCEL_TOKEN)
        services.secrets.set("openrouter_api_key", openrouter.api_key)
        server = BackgroundServer(build_platform_for(services, dev=True))
        url = server.start()
        try:
            yield Live(services, github, vercel, openrouter, url)
        finally:
            server.stop()
            services.close()


def answers(live: Live) -> PublishConfig:
    return PublishConfig(
        name="Harbor & Pine",
        description="The sample shop",
        categories=("products", "forms"),
        github=GitHubTarget(repo="harbor-pine"),
        vercel=VercelTarget(project="harbor-pine"),
        platform_url=live.platform_url,
    )


async def test_the_sample_app_is_published_end_to_end(live: Live) -> None:
    from l4ydesk.app import publish_pipeline

    store = live.services.store
    app_id = connected_sample(store)
    config = answers(live)
    save_config(store, app_id, config)
    events = Recorder()
    started = time.perf_counter()
    result = await publish_pipeline(live.services).publish(app_id, config, events)
    print(f"\nsample app from Publish to READY: {time.perf_counter() - started:.0f} s")

    log = "\n".join(events.log)
    assert "next build" in log and not events.heals
    assert result.committed and result.production_url
    files = live.github.files_at("octo", "harbor-pine", "main")
    assert "lib/builder-inspector.ts" in files and "app/api/l4y/webhooks/route.ts" in files
    async with httpx.AsyncClient(timeout=60) as web:
        page = await web.get(result.production_url)
    assert page.status_code == 200
    assert "Shop the collection" in page.text
    assert live.services.catalog.find(str(app_id)).status.value == "published"

    # The first deployment verifies the platform's webhooks already: the platform's own sender
    # (the running `l4ydesk serve`) delivers a signed event, the scaffold's route answers 2xx.
    outbox = Outbox(store, b"publish-e2e-secret", allow_loopback=True)
    [endpoint] = outbox.endpoints(app_id)
    assert endpoint.url == f"{result.production_url}{WEBHOOK_PATH}"
    with store.session() as session:
        assert enqueue(session, app_id, endpoint.events[0], {"id": 1}) == 1

    def delivered() -> bool:
        return [d.status for d in outbox.deliveries(endpoint.endpoint_id)] == ["delivered"]

    await wait_for(delivered, timeout=60)
    [delivery] = outbox.deliveries(endpoint.endpoint_id)
    assert delivery.last_status == 200 and delivery.attempts == 1

    again = await publish_pipeline(live.services).publish(app_id, config, Recorder())
    assert not again.committed and again.production_url == result.production_url
    assert len(live.vercel.deployments) == 1


async def test_a_real_type_error_is_healed_by_an_ai_edit_and_a_real_rebuild(live: Live) -> None:
    from l4ydesk.app import publish_pipeline

    store = live.services.store
    app_id = connected_sample(store)
    page = live.services.vfs.read(app_id, "app/page.tsx").decode()
    anchor = "const nextWorkshop = workshops[0];"
    broken = 'const seats: number = "twelve";'
    live.services.vfs.write(
        app_id,
        "app/page.tsx",
        page.replace(anchor, f"{anchor}\n  {broken}\n  void seats;").encode(),
        RevisionSource.USER,
    )
    live.openrouter.script(edit_file_fix("app/page.tsx", broken, "const seats: number = 12;"))
    config = answers(live)
    save_config(store, app_id, config)
    events = Recorder()
    result = await publish_pipeline(live.services).publish(app_id, config, events)

    [attempt] = events.heals
    assert (attempt.source, attempt.credits) == ("ai", 5)
    assert "Type error: Type 'string' is not assignable to type 'number'." in "\n".join(events.log)
    assert [d["readyState"] for d in live.vercel.deployments.values()] == ["ERROR", "READY"]
    async with httpx.AsyncClient(timeout=60) as web:
        assert (await web.get(result.production_url or "")).status_code == 200
