"""`l4ydesk publish APP [--resume|--new] [--json]`: the publish pipeline headless.

Runs from the answers the wizard saved for the app; prints each step and the build log (JSON
lines with --json). An unfinished run (killed or failed) is offered for resume, never repeated
behind the user's back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from l4ydesk.app import Services
from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step
from l4ydesk.core.tiers import TierLimitReached

if TYPE_CHECKING:
    from l4ydesk.core.publish.commit_step import BranchChoice

VERBS = frozenset({"publish"})
EXIT_FAILED = 1
EXIT_CANCELLED = 130
EXIT_LIMIT = 3  # as the other commands do for a plan limit


def register(verbs: Any) -> None:
    publish = verbs.add_parser(
        "publish", help="publish an app to GitHub and Vercel from its saved wizard answers"
    )
    publish.add_argument("app")
    choice = publish.add_mutually_exclusive_group()
    choice.add_argument("--resume", action="store_true", help="continue the unfinished run")
    choice.add_argument("--new", action="store_true", help="leave the unfinished run, start anew")
    publish.add_argument("--json", action="store_true", help="print JSON lines")
    # After "the branch on GitHub changed": how the resumed run goes on (never a force-push).
    moved = publish.add_mutually_exclusive_group()
    moved.add_argument(
        "--onto-head", action="store_true", help="with --resume: commit on top of the new head"
    )
    moved.add_argument(
        "--to-branch", metavar="NAME", help="with --resume: commit to a new branch NAME"
    )


class PrintedEvents:
    """A `PublishEvents` that prints: sentences for people, or one JSON object per line."""

    def __init__(self, as_json: bool, out: TextIO = sys.stdout) -> None:
        self.as_json = as_json
        self.out = out

    def _emit(self, kind: str, text: str, **extra: Any) -> None:
        line = json.dumps({"event": kind, "text": text, **extra}) if self.as_json else text
        print(line, file=self.out, flush=True)

    def step_started(self, step: Step, description: str) -> None:
        self._emit("step_started", f"→ {description} …", step=step.value)

    def step_finished(self, step: Step, summary: str) -> None:
        self._emit("step_finished", f"  {summary}", step=step.value)

    def build_log(self, text: str) -> None:
        self._emit("build_log", f"  | {text}")

    def heal_attempt(self, attempt: HealAttempt) -> None:
        self._emit(
            "heal_attempt",
            f"  Self-heal #{attempt.number} ({attempt.source}, {attempt.credits} credits): "
            f"{attempt.summary}",
            attempt=asdict(attempt),
        )

    def domain_records(self, domain: str, records: tuple[DnsRecord, ...], problem: str) -> None:
        lines = [f"  {domain} waits for DNS: create these records at your DNS provider:"]
        lines += [f"    {r.type:<6} {r.name:<32} {r.value}" for r in records]
        if problem:
            lines.append(f"  {problem}")
        lines.append("  Then run this command again to have Vercel verify the domain.")
        self._emit(
            "domain_records",
            "\n".join(lines),
            domain=domain,
            records=[asdict(r) for r in records],
            problem=problem,
        )

    def finished(self, result: PublishResult) -> None:
        where = result.production_url or "no address"
        what = "published" if result.committed else "unchanged, still live"
        self._emit("finished", f"Done: {what} at {where}.", result=asdict(result))

    def failed(self, sentence: str) -> None:
        self._emit("failed", sentence)


def run(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.app import publish_pipeline
    from l4ydesk.core.publish.config_store import load_config
    from l4ydesk.core.publish.pipeline import PublishFailed, UnfinishedRun

    app = services.catalog.find(args.app)
    config = load_config(services.store, app.app_id)
    if config is None:
        raise L4yError(
            f"{app.name} has no publish settings yet. Open it in the window and go through "
            "Publish once (the answers are saved), then run this again."
        )
    choice = _branch_choice(args)
    pipeline = publish_pipeline(services)
    pending = pipeline.unfinished(app.app_id)
    if pending is not None and args.new:
        pipeline.abandon(pending)
    events = PrintedEvents(args.json)
    try:
        asyncio.run(
            pipeline.publish(app.app_id, config, events, resume=args.resume, branch_choice=choice)
        )
    except UnfinishedRun as exc:
        events.failed(str(exc))
        return EXIT_FAILED
    except PublishFailed as exc:
        if exc.branch_moved:  # the sentence was printed by `failed`; say how to choose here
            events.failed(
                f"Then: l4ydesk publish {args.app} --resume --onto-head, or "
                f"l4ydesk publish {args.app} --resume --to-branch NAME."
            )
        return EXIT_FAILED  # the sentence was printed by `failed`
    except TierLimitReached:
        return EXIT_LIMIT  # printed by `failed`; the exit code lets scripts offer the upgrade
    except (KeyboardInterrupt, asyncio.CancelledError):
        return EXIT_CANCELLED
    return 0


def _branch_choice(args: argparse.Namespace) -> BranchChoice | None:
    from l4ydesk.core.publish.commit_step import BranchChoice

    if not (args.onto_head or args.to_branch):
        return None
    if not args.resume:
        raise L4yError("--onto-head and --to-branch go with --resume (they finish a stopped run).")
    return BranchChoice.onto_head() if args.onto_head else BranchChoice.to_branch(args.to_branch)
