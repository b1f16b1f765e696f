"""The publish pipeline: a persisted state machine over `Step`, resumable after a kill.

Each step is idempotent and its result is written to the run (runs.py) before the next step
starts. Remote things are found before they are created (the repository by name, the commit
by its tree SHA, the project by name, the deployment by the run's id in its meta, the webhook
endpoint by its events), so a run killed anywhere resumes without a second repository, commit,
project, deployment or endpoint.
Cancelling the task cancels the step in progress (and a running Vercel build) and records the
run as cancelled. Nothing is pushed before the tier's deploy limit said yes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from l4ydesk.core.errors import L4yError
from l4ydesk.core.platform.keys import ApiKeys
from l4ydesk.core.platform.outbox import Outbox
from l4ydesk.core.publish import runs as run_status
from l4ydesk.core.publish.commit_step import BranchChoice, note_choice
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.deploy import Deployer
from l4ydesk.core.publish.domain_check import DomainCheck, check_pending_domains
from l4ydesk.core.publish.domains import DnsChecker
from l4ydesk.core.publish.events import HealAttempt, PublishEvents, PublishResult, Step
from l4ydesk.core.publish.git_commit import BranchMovedError
from l4ydesk.core.publish.ports import GitHubFactory, VercelApi
from l4ydesk.core.publish.run_lease import Holder, RunBusy, claim, release
from l4ydesk.core.publish.runs import RunInfo, RunStore
from l4ydesk.core.publish.steps import StepContext, StepRunner
from l4ydesk.core.sentences import sentence_for
from l4ydesk.core.tiers import TierLimitReached
from l4ydesk.secrets import SecretStore
from l4ydesk.storage.db import Store

log = logging.getLogger(__name__)

# The files to publish for an app: its own files + the scaffold, after the compatibility rules.
Preparer = Callable[[int, PublishConfig], Mapping[str, bytes]]

STEP_DESCRIPTIONS: dict[Step, str] = {
    Step.CHECK_LIMITS: "Checking the plan's deploy limit",
    Step.PREPARE_FILES: "Preparing the files (scaffold and compatibility rules)",
    Step.PLATFORM_KEY: "Creating the app's platform key",
    Step.WEBHOOK_ENDPOINT: "Reserving the app's webhook endpoint and its secret",
    Step.REPOSITORY: "Finding or creating the GitHub repository",
    Step.COMMIT: "Committing the files to GitHub",
    Step.PROJECT: "Finding or creating the Vercel project",
    Step.ENVIRONMENT: "Setting the environment variables",
    Step.DEPLOY: "Deploying on Vercel",
    Step.WEBHOOKS: "Pointing the app's webhooks at its production URL",
    Step.DOMAINS: "Adding the custom domains",
}


class Healer(Protocol):
    """Fixes the app's local files after a failed build (heal.py); None when it cannot."""

    async def heal(
        self,
        app_id: int,
        log_text: str,
        previous: Sequence[HealAttempt],
        built: Mapping[str, bytes] | None = None,
    ) -> HealAttempt | None: ...


class PublishFailed(L4yError):
    """A run stopped on an error; the run is kept and can be resumed."""

    def __init__(self, sentence: str, run_id: int, *, branch_moved: bool = False) -> None:
        super().__init__(sentence)
        self.run_id = run_id
        # The GitHub branch moved: resume with a BranchChoice (on top of it, or a new branch).
        self.branch_moved = branch_moved


class UnfinishedRun(L4yError):
    def __init__(self, run: RunInfo) -> None:
        super().__init__(
            f"The last {run.describe()} did not finish. Resume it (l4ydesk publish APP --resume), "
            "or start afresh (--new)."
        )
        self.run = run


@dataclass
class PublishServices:
    """What the pipeline works with; the composition root fills it in (app.py)."""

    store: Store
    github: GitHubFactory
    vercel: Callable[[str], VercelApi]  # for a team id ("" = the token's personal account)
    prepare: Preparer
    secrets: SecretStore
    keys: ApiKeys | None = None
    outbox: Outbox | None = None
    healer: Healer | None = None
    dns: DnsChecker = field(default_factory=DnsChecker)
    poll_interval: float = 1.0


class Pipeline:
    def __init__(self, services: PublishServices) -> None:
        self.services = services
        self.runs = RunStore(services.store)

    def unfinished(self, app_id: int) -> RunInfo | None:
        return self.runs.unfinished(app_id)

    def abandon(self, run: RunInfo) -> None:
        self.runs.end(run.run_id, run_status.ABANDONED, run.error)

    async def check_domains(
        self, app_id: int, config: PublishConfig, events: PublishEvents
    ) -> DomainCheck:
        """Check Again: verify the custom domains the last publish left waiting. No commit, no
        deployment, no new run (domain_check.py)."""
        return await check_pending_domains(self.services, app_id, config.vercel.team_id, events)

    async def publish(
        self,
        app_id: int,
        config: PublishConfig,
        events: PublishEvents,
        *,
        resume: bool = False,
        branch_choice: BranchChoice | None = None,
    ) -> PublishResult:
        """Run a publish to the end; with `resume`, continue the app's unfinished run (with
        `branch_choice` when it stopped because the GitHub branch moved)."""
        pending = self.runs.unfinished(app_id)
        if pending is not None and not resume:
            raise UnfinishedRun(pending)
        if branch_choice is not None and pending is None:
            raise L4yError("There is no stopped publish of this app to go on with.")
        run = pending if pending is not None else self.runs.start(app_id)
        # Before anything is written to it: one process at a time runs a run (run_lease.py).
        holder = Holder()
        claim(self.services.store, run.run_id, holder)
        ctx = StepContext(app_id, config, run.run_id, self.runs, self.services)
        try:
            if branch_choice is not None:
                note_choice(self.runs, run.run_id, branch_choice)
            return await self._run(ctx, events, holder)
        finally:
            await asyncio.shield(ctx.aclose())
            release(self.services.store, run.run_id, holder)

    async def _run(self, ctx: StepContext, events: PublishEvents, holder: Holder) -> PublishResult:
        steps = StepRunner(ctx, Deployer(ctx, events))
        try:
            for step in Step:
                run = self.runs.get(ctx.run_id)
                if run.done(step):
                    events.step_finished(step, run.result(step).get("summary", "done before"))
                    continue
                claim(self.services.store, ctx.run_id, holder)  # renewed: still ours
                self.runs.begin(ctx.run_id, step)
                events.step_started(step, STEP_DESCRIPTIONS[step])
                outcome = await steps.run(step)
                self.runs.finish_step(ctx.run_id, step, outcome)
                events.step_finished(step, str(outcome.get("summary", "")))
            steps.mark_published()
            await self._remember_committed(ctx)
        except asyncio.CancelledError:
            self.runs.end(ctx.run_id, run_status.CANCELLED, "Cancelled.")
            events.failed("Publishing was cancelled; what was pushed before stays as it is.")
            raise
        except RunBusy:
            raise  # another process took the run over: it is not ours to end
        except TierLimitReached as exc:
            self.runs.end(ctx.run_id, run_status.REFUSED, str(exc))
            events.failed(str(exc))
            raise
        except Exception as exc:
            log.error("publish run %s failed", ctx.run_id, exc_info=exc)
            sentence = sentence_for(exc)
            self.runs.end(ctx.run_id, run_status.FAILED, sentence)
            events.failed(sentence)
            moved = isinstance(exc, BranchMovedError)
            raise PublishFailed(sentence, ctx.run_id, branch_moved=moved) from exc
        run = self.runs.end(ctx.run_id, run_status.SUCCEEDED)
        commit = run.result(Step.COMMIT)
        result = PublishResult(
            run_id=run.run_id,
            production_url=run.production_url,
            commit_sha=commit.get("sha"),
            committed=bool(commit.get("committed")),
            heal_attempts=tuple(steps.deployer.attempts),
        )
        events.finished(result)
        return result

    async def _remember_committed(self, ctx: StepContext) -> None:
        """Keep the files this run committed for the next review's diff. Here, in the pipeline,
        so every runner (the window's child process, the command line) does it alike. They are
        the files last prepared (a self-heal prepares again before its commit); a run resumed
        after its commit prepares them anew and keeps them only if they are that commit's tree."""
        from l4ydesk.core.publish.git_commit import tree_sha
        from l4ydesk.core.publish.published import remember_published_files

        commit = self.runs.get(ctx.run_id).result(Step.COMMIT)
        if not commit.get("committed"):
            return  # nothing new: the previous manifest still is what the branch holds
        files = ctx.prepared
        if files is None:
            files = await ctx.files()
            if await asyncio.to_thread(tree_sha, files) != commit.get("tree"):
                return  # the app changed since the commit: no exact manifest to keep
        await asyncio.to_thread(remember_published_files, self.services.store, ctx.run_id, files)
