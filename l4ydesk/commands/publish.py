"""`l4ydesk publish APP [--resume|--new|--check-domains] [--json]`: the publish pipeline headless.

Runs from the answers the wizard saved for the app; prints each step and the build log (JSON
lines with --json). An unfinished run (killed or failed) is offered for resume, never repeated
behind the user's back.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Coroutine
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from l4ydesk.app import Services
from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.core.credits.events import Charged
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step
from l4ydesk.core.tiers import TierLimitReached

if TYPE_CHECKING:
    from l4ydesk.core.apps import AppInfo
    from l4ydesk.core.publish.commit_step import BranchChoice
    from l4ydesk.core.publish.domain_check import DomainCheck

VERBS = frozenset({"publish"})
EXIT_FAILED = 1
EXIT_CANCELLED = 130
EXIT_LIMIT = 3  # as the other commands do for a plan limit
POSIX = sys.platform != "win32"  # asyncio's signal handlers exist there only


def register(verbs: Any) -> None:
    publish = verbs.add_parser(
        "publish", help="publish an app to GitHub and Vercel from its saved wizard answers"
    )
    publish.add_argument("app", help="the app's name, slug, or #ID")
    choice = publish.add_mutually_exclusive_group()
    choice.add_argument("--resume", action="store_true", help="continue the unfinished run")
    choice.add_argument("--new", action="store_true", help="leave the unfinished run, start anew")
    choice.add_argument(
        "--check-domains",
        action="store_true",
        help="only check the custom domains still waiting for DNS (no commit, no deploy)",
    )
    publish.add_argument("--json", action="store_true", help="print JSON lines")
    # The window's child: standard input closing (the window went away, or cancelled where
    # there are no signals) cancels the run like Ctrl+C.
    publish.add_argument("--cancel-on-eof", action="store_true", help=argparse.SUPPRESS)
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

    # Each JSON line holds, beside the printed "text", the event's own values: the window's
    # child runs this command and turns the lines back into the same events (ui/publish/child).
    def step_started(self, step: Step, description: str) -> None:
        self._emit("step_started", f"→ {description} …", step=step.value, description=description)

    def step_finished(self, step: Step, summary: str) -> None:
        self._emit("step_finished", f"  {summary}", step=step.value, summary=summary)

    def build_log(self, text: str) -> None:
        self._emit("build_log", f"  | {text}", log=text)

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
        lines.append("  Then run this command with --check-domains to have Vercel verify it.")
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

    def domains_checked(self, check: DomainCheck) -> None:
        """How --check-domains ended (the window's Check Again reads it)."""
        self._emit("domains_checked", check.summary, verified=check.verified, pending=check.pending)

    def failed(self, sentence: str, **why: Any) -> None:
        """`why`: how the run stopped, for the window ("reason": unfinished, branch_moved)."""
        self._emit("failed", sentence, **why)

    def charged(self, charge: Charged) -> None:
        """Credits this run charged (a self-heal by the AI), for the window's balance."""
        self._emit(
            "charged", f"  {charge.credits} credits: {charge.description}", charge=asdict(charge)
        )


def run(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.app import publish_pipeline
    from l4ydesk.core.publish.config_store import load_config
    from l4ydesk.core.publish.pipeline import PublishFailed, UnfinishedRun

    app = _find_app(services, args.app)
    config = load_config(services.store, app.app_id)
    if config is None:
        raise L4yError(
            f"{app.name} has no publish settings yet. Open it in the window and go through "
            "Publish once (the answers are saved), then run this again."
        )
    choice = _branch_choice(args)
    pipeline = publish_pipeline(services)
    if args.check_domains:
        events = PrintedEvents(args.json)
        check = pipeline.check_domains(app.app_id, config, events)
        try:
            events.domains_checked(asyncio.run(cancellable(check, on_eof=args.cancel_on_eof)))
        except (KeyboardInterrupt, asyncio.CancelledError):
            return EXIT_CANCELLED
        return 0
    pending = pipeline.unfinished(app.app_id)
    if pending is not None and args.new:
        pipeline.abandon(pending)
    events = PrintedEvents(args.json)
    services.charges.on_charged(events.charged)
    work = pipeline.publish(app.app_id, config, events, resume=args.resume, branch_choice=choice)
    try:
        asyncio.run(cancellable(work, on_eof=args.cancel_on_eof))
    except UnfinishedRun as exc:
        events.failed(str(exc), reason="unfinished", run_id=exc.run.run_id)
        return EXIT_FAILED
    except PublishFailed as exc:
        if exc.branch_moved:  # the sentence was printed by `failed`; say how to choose here
            events.failed(
                f"Then: l4ydesk publish {args.app} --resume --onto-head, or "
                f"l4ydesk publish {args.app} --resume --to-branch NAME.",
                reason="branch_moved",
                run_id=exc.run_id,
                branch=_moved_branch(exc),
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


async def cancellable(work: Coroutine[Any, Any, Any], *, on_eof: bool) -> Any:
    """Run `work`; SIGTERM (the window's Cancel, or a system shutdown) and, with `on_eof`, the
    end of standard input cancel it the way Ctrl+C does: the step in progress stops (a Vercel
    build is cancelled) and the run is recorded as cancelled."""
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(work)

    def cancel_once() -> None:
        # The window's Cancel sends both (EOF and SIGTERM), often a moment apart: a second
        # cancel would interrupt the first's clean-up (the request cancelling the Vercel build).
        if not task.cancelling():
            task.cancel()

    if POSIX:
        loop.add_signal_handler(signal.SIGTERM, cancel_once)
    if on_eof:

        def watch() -> None:
            # os.read, not sys.stdin: a daemon thread blocked inside the buffered reader's lock
            # would make the interpreter's shutdown abort.
            with contextlib.suppress(OSError):
                while os.read(sys.stdin.fileno(), 4096):
                    pass  # nothing is sent; only the end counts
            loop.call_soon_threadsafe(cancel_once)

        threading.Thread(target=watch, name="l4y-stdin-watch", daemon=True).start()
    try:
        return await task
    finally:
        if POSIX:
            loop.remove_signal_handler(signal.SIGTERM)


def _find_app(services: Services, name: str) -> AppInfo:
    """ "#12" is the app with id 12 (how the window names it: names may look like numbers)."""
    if name.startswith("#") and name[1:].isdigit():
        return services.catalog.get(int(name[1:]))
    return services.catalog.find(name)


def _moved_branch(exc: Exception) -> str:
    from l4ydesk.core.publish.git_commit import BranchMovedError

    cause = exc.__cause__
    return cause.branch if isinstance(cause, BranchMovedError) else "main"
