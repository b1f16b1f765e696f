"""The publish pipeline against the GitHub and Vercel fakes (real HTTP, real git repositories)."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, replace

import pytest
from sqlalchemy import select

from l4ydesk.core.platform.outbox import SIGNATURE_HEADER, enqueue, verify_signature
from l4ydesk.core.publish import runs as status
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.pipeline import PublishFailed, UnfinishedRun
from l4ydesk.core.publish.runs import RunStore
from l4ydesk.core.publish.steps import (
    API_KEY_VAR,
    API_URL_VAR,
    WEBHOOK_PATH,
    WEBHOOK_SECRET_VAR,
    platform_key_name,
    webhook_secret_name,
)
from l4ydesk.core.tiers import Tier, TierLimitReached
from l4ydesk.storage.models import AppStatus, BuilderApp, RevisionSource
from l4ydesk.storage.publish_models import PublishRun
from tests.integration.publish.conftest import APP_FILES, Recorder, World


async def test_a_first_publish_goes_live_with_one_of_everything(world: World) -> None:
    events = Recorder()
    # The alias names the server differently from the deployment's own URL, so the assertions
    # below tell the public production domain from the protected deployment URL.
    world.vercel.production_alias_host = "localhost"
    result = await world.pipeline().publish(world.app_id, world.config, events)

    assert events.started == list(Step)
    assert world.github.repo_names() == ["octo/harbor-shop"]
    commits = world.repo_commits()
    assert result.committed and result.commit_sha == commits[0]
    assert world.github.files_at("octo", "harbor-shop", "main") == APP_FILES
    assert [p["name"] for p in world.vercel.projects.values()] == ["harbor-shop"]
    [deployment] = world.vercel.deployments.values()
    assert deployment["meta"]["l4ydeskRun"] == str(result.run_id)
    # Recorded by its production alias (assigned just after READY), not its own URL, which
    # Vercel's default Standard Protection puts behind a login.
    assert deployment["aliasAssigned"] and deployment["alias"] != [deployment["url"]]
    assert result.production_url == f"http://{deployment['alias'][0]}"
    assert RunStore(world.store).production_url(world.app_id) == result.production_url
    assert "Compiled successfully" in events.log
    with world.store.session() as session:
        assert session.get(BuilderApp, world.app_id).status is AppStatus.PUBLISHED  # type: ignore[union-attr]

    # The key: exactly the chosen scopes, its value only in the keyring and on Vercel.
    [key] = world.keys.list_keys(world.app_id)
    assert key.scopes == world.config.scopes()
    value = world.secrets.get(platform_key_name(world.app_id))
    assert value is not None and value.startswith(key.prefix)
    [env] = world.vercel.env.values()
    assert env[API_KEY_VAR]["value"] == value
    assert env[API_URL_VAR]["value"] == "https://platform.example"
    assert not any(name.startswith("NEXT_PUBLIC_") for name in env)
    with world.store.session() as session:
        stored = [repr(run.state) + str(run.error) for run in session.scalars(select(PublishRun))]
    assert all(value not in text for text in stored)

    # Webhooks: one endpoint at the live address for the categories' events.
    [endpoint] = world.outbox.endpoints(world.app_id)
    assert endpoint.url == f"{result.production_url}/api/l4y/webhooks"
    assert "forms.submission_created" in endpoint.events or endpoint.events
    assert all(e.split(".")[0] in ("products", "forms", "product", "form") for e in endpoint.events)


async def test_the_first_deployment_is_built_with_the_webhook_secret_it_is_signed_with(
    world: World,
) -> None:
    result = await world.pipeline().publish(world.app_id, world.config, Recorder())

    [endpoint] = world.outbox.endpoints(world.app_id)
    assert endpoint.active and endpoint.url == f"{result.production_url}{WEBHOOK_PATH}"
    [(deployment_id, built_with)] = world.vercel.deployment_env.items()
    assert world.vercel.deployments[deployment_id]["target"] == "production"
    secret = built_with[WEBHOOK_SECRET_VAR]  # in the env of the one build, not a later one
    # A change on the platform: the delivery signed for the endpoint verifies with that secret.
    event = endpoint.events[0]
    with world.store.session() as session:
        assert enqueue(session, world.app_id, event, {"id": 7}) == 1
    [delivery] = world.outbox.claim_due()
    assert delivery.url == endpoint.url
    assert verify_signature(secret, delivery.body, delivery.headers[SIGNATURE_HEADER])
    assert world.secrets.get(webhook_secret_name(world.app_id)) == secret

    # A re-publish after an edit keeps the endpoint and its secret; only the address moves.
    world.vfs.write(world.app_id, "app/page.tsx", b"export default () => <main>New</main>\n")
    edited = await world.pipeline().publish(world.app_id, world.config, Recorder())
    [same] = world.outbox.endpoints(world.app_id)
    assert same.endpoint_id == endpoint.endpoint_id
    assert same.url == f"{edited.production_url}{WEBHOOK_PATH}" != endpoint.url
    assert all(env[WEBHOOK_SECRET_VAR] == secret for env in world.vercel.deployment_env.values())


async def test_changed_categories_get_a_new_endpoint_in_the_build_and_the_old_one_stops(
    world: World,
) -> None:
    await world.pipeline().publish(world.app_id, world.config, Recorder())
    [old] = world.outbox.endpoints(world.app_id)
    old_secret = world.outbox.secret_for(world.app_id, old.endpoint_id)
    world.vfs.write(world.app_id, "app/page.tsx", b"export default () => <main>Forms</main>\n")
    config = replace(world.config, categories=("forms",))
    result = await world.pipeline().publish(world.app_id, config, Recorder())

    stopped, new = world.outbox.endpoints(world.app_id)
    assert stopped.endpoint_id == old.endpoint_id and not stopped.active and not stopped.reserved
    assert new.active and new.url == f"{result.production_url}{WEBHOOK_PATH}"
    assert set(new.events) < set(old.events)
    secret = world.outbox.secret_for(world.app_id, new.endpoint_id)
    assert secret != old_secret
    built = [world.vercel.deployment_env[d] for d in world.vercel.deployments]
    assert [env[WEBHOOK_SECRET_VAR] for env in built] == [old_secret, secret]


async def test_republishing_commits_only_what_changed(world: World) -> None:
    pipeline = world.pipeline()
    first = await pipeline.publish(world.app_id, world.config, Recorder())
    commits = world.repo_commits()  # the repository's first commit (README) and ours
    same = await pipeline.publish(world.app_id, world.config, Recorder())
    assert not same.committed and same.commit_sha == first.commit_sha
    assert world.repo_commits() == commits
    assert len(world.vercel.deployments) == 1  # the live deployment of that commit is kept
    assert same.production_url == first.production_url

    world.vfs.write(world.app_id, "app/page.tsx", b"export default () => <main>New</main>\n")
    edited = await pipeline.publish(world.app_id, world.config, Recorder())
    assert edited.committed and world.repo_commits() == [edited.commit_sha, *commits]
    assert len(world.vercel.deployments) == 2
    assert len(world.keys.list_keys(world.app_id)) == 1  # the key is kept, not made again
    # The fake gives each deployment its own address: the older endpoint stops receiving.
    live = [e for e in world.outbox.endpoints(world.app_id) if e.active]
    assert [e.url for e in live] == [f"{edited.production_url}/api/l4y/webhooks"]


async def test_the_tier_limit_refuses_before_anything_is_pushed(world: World) -> None:
    other = world.vfs  # a second app already published fills the Free plan's one slot
    with world.store.session() as session:
        app = session.get(BuilderApp, world.app_id)
        assert app is not None
        published = BuilderApp(workspace_id=app.workspace_id, name="Blog", slug="blog")
        published.status = AppStatus.PUBLISHED
        session.add(published)
    world.set_tier(Tier.FREE)
    events = Recorder()
    with pytest.raises(TierLimitReached):
        await world.pipeline().publish(world.app_id, world.config, events)
    assert world.github.requests == [] and world.vercel.requests == []
    assert world.keys.list_keys(world.app_id) == []
    assert "Upgrade" in events.failures[0]
    assert RunStore(world.store).runs(world.app_id)[-1].status == status.REFUSED
    assert other.read(world.app_id, "package.json") == APP_FILES["package.json"]


async def test_cancel_while_building_cancels_the_vercel_build(world: World) -> None:
    world.autopilot.hold.set()
    events = Recorder()
    task = asyncio.create_task(world.pipeline().publish(world.app_id, world.config, events))
    while not world.vercel.deployments:
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [deployment] = world.vercel.deployments.values()
    assert deployment["readyState"] == "CANCELED"
    [run] = RunStore(world.store).runs(world.app_id)
    assert run.status == status.CANCELLED and run.step is Step.DEPLOY
    assert "cancelled" in events.failures[0]


@pytest.mark.parametrize("step", [Step.REPOSITORY, Step.COMMIT, Step.PROJECT, Step.ENVIRONMENT])
async def test_cancel_at_any_step_leaves_a_cancelled_run(world: World, step: Step) -> None:
    events = Recorder()
    task = asyncio.create_task(world.pipeline().publish(world.app_id, world.config, events))
    while step not in events.started and not task.done():
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    run = RunStore(world.store).runs(world.app_id)[-1]
    assert run.status == status.CANCELLED
    # A cancelled run is not resumed; the next publish finds what it left and finishes it.
    result = await world.pipeline().publish(world.app_id, world.config, Recorder())
    assert world.github.repo_names() == ["octo/harbor-shop"]
    assert len(world.repo_commits()) == 2 and len(world.vercel.projects) == 1  # README + ours
    assert result.production_url is not None


async def test_a_failed_build_without_healer_stops_and_resumes(world: World) -> None:
    world.autopilot.outcome = lambda _id: ("ERROR", ("Failed to compile.", "Type error: x"))
    events = Recorder()
    with pytest.raises(PublishFailed) as failed:
        await world.pipeline().publish(world.app_id, world.config, events)
    assert "build failed" in str(failed.value) and "Type error" in events.log[-1]
    with pytest.raises(UnfinishedRun):
        await world.pipeline().publish(world.app_id, world.config, Recorder())

    # The user fixes the file; the resumed run commits once more and deploys that commit.
    world.vfs.write(
        world.app_id, "app/page.tsx", b"export default () => null\n", RevisionSource.USER
    )
    world.autopilot.outcome = lambda _id: ("READY", ("ok",))
    result = await world.pipeline().publish(world.app_id, world.config, Recorder(), resume=True)
    assert result.run_id == failed.value.run_id
    assert len(world.repo_commits()) == 3 and len(world.vercel.deployments) == 2
    assert result.commit_sha == world.repo_commits()[0]


async def test_custom_domains_need_the_plan_and_show_records_until_dns_has_them(
    world: World,
) -> None:
    config = world.config.with_changes(custom_domains=("Shop.Example.com",))
    world.set_tier(Tier.FREE)
    with pytest.raises(TierLimitReached):
        await world.pipeline().publish(world.app_id, config, Recorder())
    assert world.github.requests == []  # refused before anything was pushed

    world.set_tier(Tier.AGENCY)
    events = Recorder()
    await world.pipeline().publish(world.app_id, config, events)
    summary = dict(events.finished_steps)[Step.DOMAINS]
    assert "Create the DNS records shown for shop.example.com" in summary
    [run] = [r for r in RunStore(world.store).runs(world.app_id) if r.status == status.SUCCEEDED]
    [detail] = run.result(Step.DOMAINS)["details"]
    txt, routing = detail["records"]
    [(shown, records, problem)] = events.domains  # what the console's table and the CLI show
    assert shown == "shop.example.com" and [asdict(r) for r in records] == detail["records"]
    assert "The TXT record for _vercel.example.com is missing" in problem
    assert txt["type"] == "TXT" and txt["name"] == "_vercel.example.com"
    assert routing == {"type": "CNAME", "name": "shop.example.com", "value": "cname.vercel-dns.com"}

    world.dns.set(txt["name"], "TXT", txt["value"])
    world.dns.set("shop.example.com", "CNAME", "cname.vercel-dns.com")
    events = Recorder()
    await world.pipeline().publish(world.app_id, config, events)
    assert dict(events.finished_steps)[Step.DOMAINS] == "1 custom domain verified."
    assert events.domains == []  # verified: nothing left to create
    [project] = world.vercel.projects.values()
    assert world.vercel.domains[project["id"]]["shop.example.com"]["verified"]


async def test_check_again_verifies_the_waiting_domains_without_committing_or_deploying(
    world: World,
) -> None:
    world.set_tier(Tier.AGENCY)
    config = world.config.with_changes(custom_domains=("shop.example.com", "example.org"))
    await world.pipeline().publish(world.app_id, config, Recorder())
    runs = RunStore(world.store).runs(world.app_id)
    shop, apex = runs[-1].result(Step.DOMAINS)["details"]
    assert not shop["verified"] and not apex["verified"]
    # The app changed since: a publish would commit and deploy it; Check Again must not.
    world.vfs.write(world.app_id, "app/page.tsx", b"export default () => <main>New</main>\n")
    commits, writes = world.repo_commits(), world.github_writes()
    deployments, vercel_writes = len(world.vercel.deployments), len(world.vercel.requests)

    txt, _routing = shop["records"]
    world.dns.set(txt["name"], "TXT", txt["value"])
    world.dns.set("shop.example.com", "CNAME", "cname.vercel-dns.com")  # example.org: not yet
    events = Recorder()
    check = await world.pipeline().check_domains(world.app_id, config, events)

    assert check.verified == ("shop.example.com",) and check.pending == ("example.org",)
    assert events.started == [Step.DOMAINS] and "example.org still waits" in check.summary
    [(waiting, _records, problem)] = events.domains  # the table keeps only what still waits
    assert waiting == "example.org" and "is missing" in problem
    assert world.repo_commits() == commits and world.github_writes() == writes
    assert len(world.vercel.deployments) == deployments
    posted = [f"{r.method} {r.path}" for r in world.vercel.requests[vercel_writes:]]
    assert all(r.startswith("GET ") or r.endswith("/verify") for r in posted), posted
    [project] = world.vercel.projects.values()
    assert world.vercel.domains[project["id"]]["shop.example.com"]["verified"]
    assert [r.run_id for r in RunStore(world.store).runs(world.app_id)] == [runs[-1].run_id]
    stored = RunStore(world.store).get(runs[-1].run_id).result(Step.DOMAINS)["details"]
    assert [d["verified"] for d in stored] == [True, False]  # what the next look shows

    again = await world.pipeline().check_domains(world.app_id, config, Recorder())
    assert again.verified == () and again.pending == ("example.org",)  # only the waiting one


async def test_an_app_in_a_folder_is_built_from_it_and_a_move_updates_the_project(
    world: World,
) -> None:
    # a repository whose Next.js app is in web/ beside a script-only package.json
    next_app = b'{"name": "web", "dependencies": {"next": "15.1.0"}}\n'
    world.vfs.write(world.app_id, "web/package.json", next_app)
    world.vfs.write(world.app_id, "web/app/page.tsx", APP_FILES["app/page.tsx"])
    events = Recorder()
    await world.pipeline().publish(world.app_id, world.config, events)

    [project] = world.vercel.projects.values()
    assert project["rootDirectory"] == "web"
    assert ("POST", "/v11/projects") in [(r.method, r.path) for r in world.vercel.requests]
    assert (Step.PROJECT, "Vercel project harbor-shop created. It builds the app in web/.") in (
        events.finished_steps
    )

    # the app moves to the repository's top: the project follows on the next publish
    world.vfs.write(world.app_id, "package.json", next_app)
    moved = Recorder()
    await world.pipeline().publish(world.app_id, world.config, moved)
    assert project["rootDirectory"] is None
    assert (Step.PROJECT, "Vercel project harbor-shop found, now building from the top.") in (
        moved.finished_steps
    )
    patches = [r for r in world.vercel.requests if r.method == "PATCH" and "/v9/" in r.path]
    assert [r.json() for r in patches] == [{"rootDirectory": None}]
