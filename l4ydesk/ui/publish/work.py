"""The publish feature's work off the GUI thread: the wizard's answers, the review diff and the
publish state (in the store worker). The run itself is a child process (child.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.events import HealAttempt

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.core.publish.commit_step import BranchChoice


@dataclass(frozen=True)
class WizardData:
    config: PublishConfig
    connected: frozenset[str]
    checkouts: list[tuple[int, str]]
    domains_allowed: int | None = 0  # the plan's custom domains (None: no limit)


@dataclass(frozen=True)
class Review:
    diff: str
    files: int
    changes: list[str]


def load_answers(services: Services, app_id: int) -> WizardData:
    # In the worker: SQLAlchemy and the publish package come in here, on first use.
    from l4ydesk.core.ontology import ONTOLOGY
    from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VercelTarget
    from l4ydesk.core.publish.config_store import load_config

    s = services
    records = s.records.records_of(app_id)
    connected = frozenset(ONTOLOGY.get(r.type).api_category for r in records)
    checkouts = [(r.id, r.name) for r in records if r.type == "checkout"]
    config = load_config(s.store, app_id)
    if config is None:
        app = s.catalog.get(app_id)
        config = PublishConfig(
            name=app.name,
            categories=tuple(t.api_category for t in ONTOLOGY if t.api_category in connected),
            checkout_ids=tuple(i for i, _name in checkouts),
            github=GitHubTarget(repo=app.slug),
            vercel=VercelTarget(project=app.slug.lower()),
        )
    from l4ydesk.core.tiers import Limit, spec

    allowed = spec(s.ledger.balance().tier).limit(Limit.CUSTOM_DOMAINS)
    return WizardData(config, connected, checkouts, allowed)


def prepare_review(services: Services, app_id: int, config: PublishConfig) -> Review:
    # In the worker: the scaffold and the compatibility rules over every file of the app.
    from l4ydesk.core.publish.prepare import prepare_files
    from l4ydesk.core.publish.published import badge_for, last_published_files

    s = services
    badge = badge_for(s.ledger.balance().tier)
    prepared = prepare_files(s.store, app_id, config, badge=badge)
    previous = last_published_files(s.store, app_id)
    changes = [str(getattr(c, "description", c)) for c in prepared.compat_changes]
    if prepared.app_folder:
        changes.insert(
            0,
            f"The Next.js app is in {prepared.app_folder}/: the scaffold and the rules work "
            "there, and the Vercel project builds that folder.",
        )
    return Review(prepared.diff_against(previous), len(prepared.files), changes)


@dataclass(frozen=True)
class PublishState:
    production_url: str | None
    unfinished_run: int | None
    heal_attempts: tuple[HealAttempt, ...]
    branch_moved: str | None = None  # the branch the unfinished run found moved


def publish_state(services: Services, app_id: int) -> PublishState:
    """What the window shows of an app's publishing when it opens the app (in the worker)."""
    from l4ydesk.core.publish.events import Step
    from l4ydesk.core.publish.runs import RunStore

    runs = RunStore(services.store)
    unfinished = runs.unfinished(app_id)
    history = runs.runs(app_id)
    attempts: tuple[HealAttempt, ...] = ()
    if history:  # the deploy step notes each attempt in the run (deploy.py)
        noted = history[-1].state.get("progress", {}).get(Step.DEPLOY.value, {}).get("heal", [])
        attempts = tuple(
            HealAttempt(**{**a, "revision_ids": tuple(a.get("revision_ids", ()))}) for a in noted
        )
    commit = unfinished.state.get("progress", {}).get(Step.COMMIT.value, {}) if unfinished else {}
    stopped_there = unfinished is not None and not unfinished.done(Step.COMMIT)
    moved = str(commit.get("branch", "main")) if stopped_there and "moved" in commit else None
    return PublishState(
        runs.production_url(app_id), unfinished.run_id if unfinished else None, attempts, moved
    )


def note_branch_choice(services: Services, app_id: int, choice: BranchChoice) -> None:
    """Record how the app's run stopped on a moved branch goes on; the resume reads it."""
    from l4ydesk.core.errors import L4yError
    from l4ydesk.core.publish.commit_step import note_choice
    from l4ydesk.core.publish.runs import RunStore

    runs = RunStore(services.store)
    pending = runs.unfinished(app_id)
    if pending is None:
        raise L4yError("There is no stopped publish of this app to go on with.")
    note_choice(runs, pending.run_id, choice)
