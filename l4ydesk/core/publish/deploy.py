"""The deploy step: one Vercel deployment per commit, followed to the end, healed when it fails.

The deployment carries the run's id and commit in its meta and its id is written to the run
as soon as it exists, so a resumed run follows its own build instead of starting another.
Cancelling while it builds cancels the build on Vercel. A failed build goes to the healer; each
fix is committed and deployed again, at most `MAX_HEAL_ATTEMPTS` times.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from l4ydesk.clients.vercel_models import Deployment, ReadyState
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.events import HealAttempt, PublishEvents, Step

if TYPE_CHECKING:
    from l4ydesk.core.publish.steps import StepContext

# The healer's own limit is 3 attempts plus v0 once; this is the pipeline's backstop.
MAX_HEAL_ATTEMPTS = 4
RUN_META = "l4ydeskRun"
SHA_META = "l4ydeskSha"
ALIAS_POLLS = 30  # polls for `aliasAssigned` after READY before using the deployment's own URL
LOG_TAIL_LINES = 400  # what the healer reads: the errors are at the end of a build log


class BuildFailed(L4yError):
    pass


class Deployer:
    def __init__(self, ctx: StepContext, events: PublishEvents) -> None:
        self.ctx = ctx
        self.events = events
        self.attempts: list[HealAttempt] = [
            HealAttempt(**{**a, "revision_ids": tuple(a["revision_ids"])})
            for a in self._progress().get("heal", [])
        ]

    def _progress(self) -> dict[str, Any]:
        state = self.ctx.runs.get(self.ctx.run_id).state
        return dict(state.get("progress", {}).get(Step.DEPLOY.value, {}))

    async def deploy(self, commit: Callable[[], Awaitable[dict[str, Any]]]) -> dict[str, Any]:
        ctx = self.ctx
        if self._progress().get("deployment_id"):
            await self._after_resume(commit)
        while True:
            deployment = await self._find_or_create()
            deployment, log = await self._follow(deployment)
            if deployment.state is ReadyState.READY:
                deployment = await self._with_aliases(deployment)
                url = deployment.production_url
                ctx.runs.set_production_url(ctx.run_id, url)
                return {
                    "deployment_id": deployment.id,
                    "url": url,
                    "heal_attempts": len(self.attempts),
                    "summary": f"Live at {url}.",
                }
            if deployment.state is ReadyState.CANCELED:
                raise BuildFailed(
                    "The Vercel deployment was cancelled on Vercel's side; publish again to deploy."
                )
            await self._heal(log, deployment)
            result = await commit()
            ctx.runs.finish_step(ctx.run_id, Step.COMMIT, result)
            ctx.runs.note(ctx.run_id, Step.DEPLOY, deployment_id=None)

    async def _after_resume(self, commit: Callable[[], Awaitable[dict[str, Any]]]) -> None:
        """A resumed run whose build had failed: the user may have fixed the app since."""
        ctx = self.ctx
        known = await ctx.vercel.get_deployment(str(self._progress()["deployment_id"]))
        if known.state not in (ReadyState.ERROR, ReadyState.CANCELED):
            return
        before = ctx.result(Step.COMMIT).get("sha")
        result = await commit()
        if result["sha"] != before:
            ctx.runs.finish_step(ctx.run_id, Step.COMMIT, result)
            ctx.runs.note(ctx.run_id, Step.DEPLOY, deployment_id=None)

    async def _find_or_create(self) -> Deployment:
        ctx = self.ctx
        commit, project = ctx.result(Step.COMMIT), ctx.project()
        sha = str(commit["sha"])
        known = self._progress().get("deployment_id")
        if known:
            return await ctx.vercel.get_deployment(str(known))
        # Killed between creating it and writing its id down: find it by the run's meta.
        found = [
            d
            for d in await ctx.vercel.find_deployments(project, {RUN_META: str(ctx.run_id)})
            if d.meta.get(SHA_META) == sha
        ]
        if not found and not commit.get("committed"):
            # Nothing changed since the last publish: its deployment of this commit is live.
            found = [
                d
                for d in await ctx.vercel.find_deployments(project, {SHA_META: sha})
                if d.state is ReadyState.READY
            ]
        if found:
            deployment = found[0]
        else:
            deployment = await ctx.vercel.create_deployment(
                project,
                ctx.repo(),
                ref=str(commit.get("branch") or ctx.config.github.branch),
                sha=sha,
                meta={RUN_META: str(ctx.run_id), SHA_META: sha},
            )
        ctx.runs.note(ctx.run_id, Step.DEPLOY, deployment_id=deployment.id)
        return deployment

    async def _follow(self, deployment: Deployment) -> tuple[Deployment, str]:
        """Stream the build log and wait for the end; a cancelled task cancels the build."""
        ctx = self.ctx
        if deployment.state is ReadyState.READY:
            return deployment, ""
        lines: list[str] = []
        try:
            async for event in ctx.vercel.build_events(deployment.id):
                lines.append(event.text)
                self.events.build_log(event.text)
            while not deployment.state.finished:
                deployment = await ctx.vercel.get_deployment(deployment.id)
                if not deployment.state.finished:
                    await asyncio.sleep(ctx.services.poll_interval)
        except asyncio.CancelledError:
            if not deployment.state.finished:
                await asyncio.shield(ctx.vercel.cancel_deployment(deployment.id))
            raise
        return deployment, "\n".join(lines[-LOG_TAIL_LINES:])

    async def _with_aliases(self, deployment: Deployment) -> Deployment:
        """Vercel assigns the production domains just after READY; wait a little for them,
        since the deployment's own URL is not public under the default protection."""
        for _ in range(ALIAS_POLLS):
            if deployment.alias_assigned or deployment.target != "production":
                break
            await asyncio.sleep(self.ctx.services.poll_interval)
            deployment = await self.ctx.vercel.get_deployment(deployment.id)
        return deployment

    async def _heal(self, log: str, deployment: Deployment) -> None:
        ctx, healer = self.ctx, self.ctx.services.healer
        reason = deployment.error_message or _last_lines(log)
        if healer is None or len(self.attempts) >= MAX_HEAL_ATTEMPTS:
            raise BuildFailed(_failed_sentence(reason, len(self.attempts)))
        built = await ctx.files()  # what the log's line numbers count
        attempt = await healer.heal(ctx.app_id, log, tuple(self.attempts), built)
        if attempt is None:
            raise BuildFailed(_failed_sentence(reason, len(self.attempts)))
        self.attempts.append(attempt)
        ctx.runs.count_attempt(ctx.run_id)
        ctx.runs.note(ctx.run_id, Step.DEPLOY, heal=[asdict(a) for a in self.attempts])
        self.events.heal_attempt(attempt)
        await ctx.files(fresh=True)  # the fix is in the app's files now


def _last_lines(log: str, count: int = 3) -> str:
    lines = [line for line in log.splitlines() if line.strip()]
    return " / ".join(lines[-count:]) or "no build output"


def _failed_sentence(reason: str, attempts: int) -> str:
    tried = (
        f" Self-heal tried {attempts} fix{'es' if attempts != 1 else ''} without success."
        if attempts
        else ""
    )
    return (
        f"The Vercel build failed: {reason[:300]}.{tried} Fix the error in the app (the build "
        "log shows where), then publish again: the run resumes where it stopped."
    )
