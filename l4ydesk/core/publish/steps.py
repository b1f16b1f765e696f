"""What each publish step does; every step finds before it creates, so running it twice is safe.

A step returns its result (a small JSON dict with a "summary" sentence) and the pipeline stores
it before the next step starts. Secrets never enter a result: the platform key goes to the
keyring and to Vercel's encrypted variables only.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from l4ydesk.clients.github_models import GitRepo
from l4ydesk.clients.vercel_models import VercelProject
from l4ydesk.core.credits.limits import check_custom_domain, check_publish
from l4ydesk.core.errors import L4yError
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.paths import next_app_folder
from l4ydesk.core.platform.outbox import Endpoint
from l4ydesk.core.publish.commit_step import commit_step
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.domains import (
    DomainError,
    add_domain,
    domains_in_use,
    normalise,
    records_for,
    verify,
)
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.git_commit import ensure_repository
from l4ydesk.core.publish.ports import GitHubApi, VercelApi
from l4ydesk.core.publish.runs import RunStore

# Server-side names only (never NEXT_PUBLIC_, which would reach the browser's bundle); the
# generated code reads exactly these.
from l4ydesk.core.publish.scaffold.contract import (
    API_KEY_VAR,
    API_URL_VAR,
    WEBHOOK_PATH,
    WEBHOOK_SECRET_VAR,
)
from l4ydesk.storage.models import AppStatus, BuilderApp

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from l4ydesk.core.publish.deploy import Deployer
    from l4ydesk.core.publish.pipeline import PublishServices


def platform_key_name(app_id: int) -> str:
    """The keyring entry holding the app's published platform key."""
    return f"publish_platform_key_{app_id}"


def webhook_secret_name(app_id: int) -> str:
    return f"publish_webhook_secret_{app_id}"


def repo_name(config: PublishConfig) -> str:
    name = config.github.repo or config.name
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-.").lower()
    if not slug:
        raise L4yError("Give the app a name (or a repository name) in the publish wizard.")
    return slug[:100]


def project_name(config: PublishConfig) -> str:
    name = config.vercel.project or config.github.repo or config.name
    # Vercel: lowercase letters, digits, '.', '_', '-', at most 100 characters.
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower()).strip("-.")
    if not slug:
        raise L4yError("Give the app a name (or a Vercel project name) in the publish wizard.")
    return slug[:100]


@dataclass
class StepContext:
    """One run's inputs, its open clients, and what earlier steps produced (from the run)."""

    app_id: int
    config: PublishConfig
    run_id: int
    runs: RunStore
    services: PublishServices
    _files: dict[str, bytes] | None = field(default=None, repr=False)
    _github: GitHubApi | None = field(default=None, repr=False)
    _vercel: VercelApi | None = field(default=None, repr=False)

    # Made on first use: a run refused by the tier limit needs no token at all.
    @property
    def github(self) -> GitHubApi:
        if self._github is None:
            self._github = self.services.github()
        return self._github

    @property
    def vercel(self) -> VercelApi:
        if self._vercel is None:
            self._vercel = self.services.vercel(self.config.vercel.team_id)
        return self._vercel

    async def aclose(self) -> None:
        for client in (self._github, self._vercel):
            if client is None:
                continue
            try:
                await client.aclose()
            except Exception as exc:  # closing must not hide the run's own outcome
                log.warning("closing a publish client failed: %s", type(exc).__name__)

    def result(self, step: Step) -> dict[str, Any]:
        return self.runs.get(self.run_id).result(step)

    @property
    def prepared(self) -> dict[str, bytes] | None:
        """The files last prepared in this process (None before any)."""
        return self._files

    async def files(self, *, fresh: bool = False) -> dict[str, bytes]:
        # Recomputed after a resume rather than stored: the app's files are on this machine.
        # In a thread: the scaffold and the rules take ~100 ms, too long for a GUI loop.
        if self._files is None or fresh:
            prepared = await asyncio.to_thread(self.services.prepare, self.app_id, self.config)
            self._files = dict(prepared)
        return self._files

    def repo(self) -> GitRepo:
        return GitRepo(**self.result(Step.REPOSITORY)["repo"])

    def project(self) -> VercelProject:
        return VercelProject(**self.result(Step.PROJECT)["project"])


class StepRunner:
    def __init__(self, ctx: StepContext, deployer: Deployer) -> None:
        self.ctx = ctx
        self.deployer = deployer

    async def run(self, step: Step) -> dict[str, Any]:
        handler = {
            Step.CHECK_LIMITS: self.check_limits,
            Step.PREPARE_FILES: self.prepare_files,
            Step.PLATFORM_KEY: self.platform_key,
            Step.WEBHOOK_ENDPOINT: self.webhook_endpoint,
            Step.REPOSITORY: self.repository,
            Step.COMMIT: self.commit,
            Step.PROJECT: self.project,
            Step.ENVIRONMENT: self.environment,
            Step.DEPLOY: self.deploy,
            Step.WEBHOOKS: self.webhooks,
            Step.DOMAINS: self.domains,
        }[step]
        return await handler()

    async def check_limits(self) -> dict[str, Any]:
        # Raises TierLimitReached (the upgrade wall) before anything leaves the machine.
        with self.ctx.services.store.write_session() as session:
            account = check_publish(session, self.ctx.app_id)
            tier = str(account.tier)
            self._check_domains(session)
        return {"tier": tier, "summary": "The plan allows this publish."}

    def _check_domains(self, session: Session) -> list[str]:
        """The custom domains asked for, refused (TierLimitReached) beyond the plan's."""
        wanted = list(dict.fromkeys(normalise(d) for d in self.ctx.config.custom_domains))
        in_use = domains_in_use(session, except_app_id=self.ctx.app_id)
        for count in range(len(wanted)):
            check_custom_domain(session, in_use + count)
        return wanted

    async def prepare_files(self) -> dict[str, Any]:
        files = await self.ctx.files(fresh=True)
        digest = hashlib.sha256()
        for path in sorted(files):
            digest.update(path.encode() + b"\0" + hashlib.sha256(files[path]).digest())
        return {
            "files": len(files),
            "digest": digest.hexdigest(),
            "summary": f"{len(files)} files ready.",
        }

    async def platform_key(self) -> dict[str, Any]:
        ctx, scopes = self.ctx, self.ctx.config.scopes()
        keys, secrets = ctx.services.keys, ctx.services.secrets
        if not scopes or keys is None:
            return {"scopes": [], "summary": "The app uses no platform API: no key needed."}
        name = platform_key_name(ctx.app_id)
        kept = secrets.get(name)
        live = {k.prefix: k for k in keys.list_keys(ctx.app_id) if k.state == "active"}
        # The key is "<prefix>_<random>", and the random part may hold "_" too.
        kept_prefix = next((p for p in live if kept and kept.startswith(p + "_")), None)
        if kept_prefix is not None:
            if live[kept_prefix].scopes == scopes:
                info = live[kept_prefix]
                return _key_result(info.key_id, info.prefix, scopes, "kept")
            keys.revoke(kept_prefix)  # the categories changed: the old scopes must go
        new = keys.create(ctx.app_id, list(scopes))
        # Keyring first: a kill right after still leaves the value where the next run finds it.
        secrets.set(name, new.key)
        return _key_result(new.info.key_id, new.info.prefix, scopes, "created")

    async def repository(self) -> dict[str, Any]:
        ctx, target = self.ctx, self.ctx.config.github
        repo, created = await ensure_repository(
            ctx.github,
            target.owner,
            repo_name(ctx.config),
            create=target.create,
            private=target.private,
            description=ctx.config.description,
        )
        how = "created" if created else "found"
        return {"repo": asdict(repo), "summary": f"Repository {repo.full_name} {how}."}

    async def commit(self) -> dict[str, Any]:
        return await commit_step(self.ctx)

    async def project(self) -> dict[str, Any]:
        ctx = self.ctx
        name, repo = project_name(ctx.config), ctx.repo()
        folder = next_app_folder(await ctx.files())
        project = await ctx.vercel.find_project(name)
        how = "found"
        if project is None:
            if not ctx.config.vercel.create:
                raise L4yError(
                    f"The Vercel project {name} does not exist. Check its name in the publish "
                    "wizard, or let the wizard create it."
                )
            project = await ctx.vercel.create_project(
                name, repo=repo.full_name, root_directory=folder
            )
            how = "created"
        elif project.root_directory.strip("/") != folder:
            # the app moved into or out of a folder since the project was made
            project = await ctx.vercel.set_root_directory(project, folder)
            how = "found, now building from " + (f"{folder}/" if folder else "the top")
        where = f" It builds the app in {folder}/." if folder and how == "created" else ""
        summary = f"Vercel project {project.name} {how}.{where}"
        return {"project": asdict(project), "summary": summary}

    async def environment(self) -> dict[str, Any]:
        ctx = self.ctx
        variables = {str(k): str(v) for k, v in ctx.config.extra_env}
        if ctx.config.platform_url:
            variables[API_URL_VAR] = ctx.config.platform_url
        key = ctx.services.secrets.get(platform_key_name(ctx.app_id))
        if ctx.result(Step.PLATFORM_KEY).get("key_id") is not None and key:
            variables[API_KEY_VAR] = key
        endpoint_id = ctx.result(Step.WEBHOOK_ENDPOINT).get("endpoint_id")
        if endpoint_id is not None and ctx.services.outbox is not None:
            # Derived from the endpoint, so the deployment built next verifies its deliveries.
            outbox = ctx.services.outbox
            variables[WEBHOOK_SECRET_VAR] = outbox.secret_for(ctx.app_id, int(endpoint_id))
        if variables:
            await ctx.vercel.set_env(ctx.project(), variables)
        names = sorted(variables)
        return {"names": names, "summary": f"{len(names)} server-side variables set."}

    async def deploy(self) -> dict[str, Any]:
        return await self.deployer.deploy(self.commit)

    def _webhook_events(self) -> list[str]:
        categories = self.ctx.config.categories
        return sorted(
            {
                event
                for kind in ONTOLOGY
                if kind.api_category in categories
                for event in kind.webhook_events
            }
        )

    def _published_endpoints(self) -> list[Endpoint]:
        """The endpoints publishes made: reserved ones, and live ones at the scaffold's path."""
        outbox = self.ctx.services.outbox
        assert outbox is not None
        return [
            e
            for e in outbox.endpoints(self.ctx.app_id)
            if e.reserved or (e.active and e.url.endswith(WEBHOOK_PATH))
        ]

    async def webhook_endpoint(self) -> dict[str, Any]:
        """Before the build: the endpoint the app will receive its events at, with its secret.

        Found before made: an endpoint of an earlier publish (or of this run, killed after it
        reserved one) with the same events is kept, secret and all, so a re-publish needs no
        new secret and no redeploy. Its address is set by WEBHOOKS once the app is live."""
        ctx, outbox = self.ctx, self.ctx.services.outbox
        events = self._webhook_events()
        if outbox is None or not events:
            return {"endpoint_id": None, "summary": "No webhook events for this app's categories."}
        same = [e for e in self._published_endpoints() if sorted(e.events) == events]
        # A live one first: its secret is the one the deployed app holds.
        same.sort(key=lambda e: (not e.active, e.endpoint_id))
        if same:
            endpoint, how = same[0], "kept"
            secret = outbox.secret_for(ctx.app_id, endpoint.endpoint_id)
        else:
            endpoint, secret = outbox.reserve(ctx.app_id, events)
            how = "reserved"
        # Also in the keyring, where the owner finds it (e.g. for a local .env).
        ctx.services.secrets.set(webhook_secret_name(ctx.app_id), secret)
        return {
            "endpoint_id": endpoint.endpoint_id,
            "events": events,
            "summary": f"Webhook endpoint #{endpoint.endpoint_id} {how} for {len(events)} "
            "events; its secret goes into the build.",
        }

    async def webhooks(self) -> dict[str, Any]:
        """After the deploy: the reserved endpoint receives at the production URL from now on;
        the endpoints of earlier publishes (other events) stop receiving."""
        ctx, outbox = self.ctx, self.ctx.services.outbox
        endpoint_id = ctx.result(Step.WEBHOOK_ENDPOINT).get("endpoint_id")
        url = ctx.runs.get(ctx.run_id).production_url
        if outbox is None or endpoint_id is None:
            return {"endpoints": [], "summary": "No webhook events for this app's categories."}
        if not url:  # nothing live to send to: it stays reserved, receiving nothing
            return {"endpoints": [], "summary": "No production URL: the webhook endpoint waits."}
        endpoint = outbox.move(ctx.app_id, int(endpoint_id), url.rstrip("/") + WEBHOOK_PATH)
        for old in self._published_endpoints():
            if old.endpoint_id != endpoint.endpoint_id:
                outbox.disable(ctx.app_id, old.endpoint_id)
        return {
            "endpoints": [endpoint.endpoint_id],
            "events": list(endpoint.events),
            "url": endpoint.url,
            "summary": f"Webhook endpoint #{endpoint.endpoint_id} receives "
            f"{len(endpoint.events)} events at {endpoint.url}.",
        }

    async def domains(self) -> dict[str, Any]:
        ctx = self.ctx
        if not ctx.config.custom_domains:
            return {"domains": [], "summary": "No custom domains."}
        with ctx.services.store.write_session() as session:
            wanted = self._check_domains(session)  # again: another app may have taken one
        project, shown = ctx.project(), []
        for name in wanted:
            domain = await add_domain(ctx.vercel, project, name)
            problem = None
            if not domain.verified:
                try:
                    domain = await verify(ctx.vercel, project, name, ctx.services.dns, timeout=0.0)
                except DomainError as exc:
                    problem = str(exc)  # the records are shown; verification comes later
            if not domain.verified:  # shown beside the run (the window's table, the CLI)
                self.deployer.events.domain_records(name, records_for(domain), problem or "")
            records = [asdict(r) for r in records_for(domain)]
            shown.append(
                {"name": name, "verified": domain.verified, "records": records, "problem": problem}
            )
        pending = [str(d["name"]) for d in shown if not d["verified"]]
        summary = (
            f"{len(wanted)} custom domain{'s' if len(wanted) != 1 else ''} verified."
            if not pending
            else f"Create the DNS records shown for {', '.join(pending)}, then check again "
            "to have Vercel verify them."
        )
        return {"domains": wanted, "details": shown, "summary": summary}

    def mark_published(self) -> None:
        """The app counts as deployed from now on (checked again in the same transaction)."""
        with self.ctx.services.store.write_session() as session:
            check_publish(session, self.ctx.app_id)
            app = session.get(BuilderApp, self.ctx.app_id)
            if app is not None:
                app.status = AppStatus.PUBLISHED


def _key_result(key_id: int, prefix: str, scopes: tuple[str, ...], how: str) -> dict[str, Any]:
    return {
        "key_id": key_id,
        "prefix": prefix,
        "scopes": list(scopes),
        "summary": f"Platform key {prefix} {how} with {', '.join(scopes)}.",
    }


def text_of(files: Mapping[str, bytes]) -> dict[str, str]:
    return {path: data.decode("utf-8", "replace") for path, data in files.items()}
