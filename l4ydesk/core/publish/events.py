"""What a publish run tells whoever watches it (the window's wizard and console, or the CLI).

The pipeline calls these from its own task; a Qt adapter in ui/ turns them into signals, the CLI
prints them (or JSON lines with --json). Every method must return quickly.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from l4ydesk.clients.vercel_models import DnsRecord


class Step(enum.StrEnum):
    """The pipeline's steps, in order. Each one is idempotent and stores its result."""

    CHECK_LIMITS = "check_limits"
    PREPARE_FILES = "prepare_files"  # scaffold + compatibility rules, in memory
    PLATFORM_KEY = "platform_key"
    # The app's webhook endpoint, reserved before the build so its secret is in the first one;
    # WEBHOOKS points it at the production URL once the deployment is live.
    WEBHOOK_ENDPOINT = "webhook_endpoint"
    REPOSITORY = "repository"
    COMMIT = "commit"
    PROJECT = "project"
    ENVIRONMENT = "environment"
    DEPLOY = "deploy"
    WEBHOOKS = "webhooks"
    DOMAINS = "domains"


@dataclass(frozen=True)
class HealAttempt:
    """One self-heal attempt, shown in the builder chat with its diff, cost and an undo."""

    number: int
    error: str  # the build error it answers: "app/page.tsx:12: Type error: ..."
    source: str  # "rules", "ai" or "v0"
    summary: str
    diff: str  # unified diff of what it changed
    credits: int
    revision_ids: tuple[int, ...] = ()  # the local revisions it wrote, for undo


@dataclass(frozen=True)
class PublishResult:
    run_id: int
    production_url: str | None
    commit_sha: str | None
    committed: bool  # False when nothing changed since the last publish
    heal_attempts: tuple[HealAttempt, ...] = field(default_factory=tuple)


class PublishEvents(Protocol):
    def step_started(self, step: Step, description: str) -> None: ...

    def step_finished(self, step: Step, summary: str) -> None: ...

    def build_log(self, text: str) -> None: ...

    def heal_attempt(self, attempt: HealAttempt) -> None: ...

    def domain_records(self, domain: str, records: tuple[DnsRecord, ...], problem: str) -> None:
        """`domain` is not verified yet: the records to create at the user's DNS provider, and
        what the DNS check found wrong ("" when DNS has them and Vercel has yet to see them)."""

    def finished(self, result: PublishResult) -> None: ...

    def failed(self, sentence: str) -> None: ...
