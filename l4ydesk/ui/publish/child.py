"""Runs a publish for the window in a child process: `l4ydesk publish #APP --json`.

The pipeline imports ~260 modules on its first run (clients, SQLAlchemy queries, the scaffold)
and prepares every file of the app; in the window's process that held the interpreter lock for
~100 ms at a time. In a process of its own it cannot stall the window at all. The child reads
the keyring itself (nothing secret passes on its command line or in its environment), writes
the run to the store as the command line does, and prints one JSON object per event; they are
read as they arrive (QProcess signals, never a blocking read) and become the same
`PublishEvents` calls the console, the heal cards and the domain table take.

Cancelling closes the child's standard input and, where there are signals, sends SIGTERM: the
command's cancel path (the step stops, a Vercel build is cancelled, the run is recorded as
cancelled, exit 130). A child that dies (kill -9) leaves its run resumable, as a killed window
did.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QProcess, QProcessEnvironment

from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.core.credits.events import Charged
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.domain_check import DomainCheck
from l4ydesk.core.publish.events import HealAttempt, PublishEvents, PublishResult, Step

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.settings import Settings

log = logging.getLogger(__name__)

EXIT_FAILED, EXIT_LIMIT, EXIT_CANCELLED = 1, 3, 130  # as commands/publish.py exits
STOP_GRACE_S = 30.0  # the cancel path asks Vercel to cancel the build: give it time to answer
KILL_WAIT_S = 5.0
STDERR_KEPT = 8192


class PublishStopped(L4yError):
    """The child's run did not end published; `reason` says how the window goes on."""

    REFUSED = "refused"  # the plan's limit: the upgrade wall
    UNFINISHED = "unfinished"  # an earlier run waits: offer to resume it
    BRANCH_MOVED = "branch_moved"  # offer on top of their changes, or a new branch
    CANCELLED = "cancelled"  # stopped from outside the window
    DIED = "died"  # the process ended without a word (kill -9): its run is resumable
    FAILED = "failed"

    def __init__(self, sentence: str, reason: str, *, branch: str = "main") -> None:
        super().__init__(sentence)
        self.reason = reason
        self.branch = branch


def child_command(app_id: int, resume: bool, *, check_domains: bool = False) -> list[str]:
    """The command line of the child (no secret on it: the child reads the keyring)."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "l4ydesk"]
    extra = ["--check-domains"] if check_domains else ["--resume"] if resume else []
    return [*base, "publish", f"#{app_id}", "--json", "--cancel-on-eof", *extra]


def child_environment(settings: Settings) -> dict[str, str]:
    """The window's environment with its settings spelled out, so the child opens the same
    store and talks to the same services (settings hold no secret: tokens stay in the keyring)."""
    env = dict(os.environ)
    env["L4YDESK_DATA_DIR"] = str(settings.data_dir)
    env["L4YDESK_CONFIG_DIR"] = str(settings.config_dir)
    env["L4YDESK_LOG_DIR"] = str(settings.log_dir)
    env["L4YDESK_DB_URL"] = settings.db_url
    env["L4YDESK_MAX_FILE_BYTES"] = str(settings.max_file_bytes)
    for name, url in settings.service_urls.items():
        env[f"L4YDESK_{name.upper()}_URL"] = url
    if settings.node_path is not None:
        env["L4YDESK_NODE"] = str(settings.node_path)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class EventLines:
    """Turns the child's JSON lines back into `PublishEvents` calls; keeps how it ended."""

    def __init__(
        self, events: PublishEvents, charged: Callable[[Charged], None] | None = None
    ) -> None:
        self.events = events
        self.charged = charged
        self.result: PublishResult | None = None
        self.checked: DomainCheck | None = None  # how --check-domains ended
        self.sentence: str | None = None  # the pipeline's last failure sentence
        self.reason: dict[str, Any] = {}  # the command's "how it stopped" line
        # Set when the window cancels: the child's "was cancelled" is not a failure to show.
        self.cancelling = False
        self._pending = b""

    def feed(self, data: bytes, *, end: bool = False) -> None:
        lines = (self._pending + data).split(b"\n")
        self._pending = b"" if end else lines.pop()
        for line in lines:
            if line.strip():
                self._line(line)

    def _line(self, raw: bytes) -> None:
        try:
            line = json.loads(raw)
            kind = line["event"]
        except (ValueError, KeyError, TypeError):
            log.warning("the publish child printed a line that is not an event: %.200r", raw)
            return
        try:
            self._dispatch(kind, line)
        except (KeyError, TypeError, ValueError) as exc:  # a newer child: its line is skipped
            log.warning("a publish event %s could not be read: %s", kind, exc)

    def _dispatch(self, kind: str, line: dict[str, Any]) -> None:
        events = self.events
        if kind == "step_started":
            events.step_started(Step(line["step"]), str(line["description"]))
        elif kind == "step_finished":
            events.step_finished(Step(line["step"]), str(line["summary"]))
        elif kind == "build_log":
            events.build_log(str(line["log"]))
        elif kind == "heal_attempt":
            events.heal_attempt(heal_attempt(line["attempt"]))
        elif kind == "domain_records":
            records = tuple(DnsRecord(**r) for r in line["records"])
            events.domain_records(str(line["domain"]), records, str(line["problem"]))
        elif kind == "charged":
            if self.charged is not None:
                self.charged(Charged(**line["charge"]))
        elif kind == "finished":
            result = dict(line["result"])
            attempts = tuple(heal_attempt(a) for a in result.pop("heal_attempts", ()))
            self.result = PublishResult(**result, heal_attempts=attempts)
            events.finished(self.result)
        elif kind == "domains_checked":
            self.checked = DomainCheck(tuple(line["verified"]), tuple(line["pending"]))
        elif kind == "failed":
            if "reason" in line:  # how the command stopped, not something the pipeline said
                self.reason = line
            else:
                self.sentence = str(line["text"])
                if not self.cancelling:
                    events.failed(self.sentence)


def heal_attempt(values: dict[str, Any]) -> HealAttempt:
    return HealAttempt(**{**values, "revision_ids": tuple(values.get("revision_ids", ()))})


def outcome(lines: EventLines, code: int, crashed: bool, stderr: str) -> PublishResult:
    """The run's result from how the child ended, or `PublishStopped` saying why not."""
    if crashed:
        raise PublishStopped(
            "The publish stopped unexpectedly (its process ended). What it finished is kept: "
            "resume it to go on.",
            PublishStopped.DIED,
        )
    if code == 0 and lines.result is not None:
        return lines.result
    said = _last_sentence(stderr)
    if code == EXIT_LIMIT:
        sentence = lines.sentence or said
        raise PublishStopped(sentence, PublishStopped.REFUSED)
    if code == EXIT_CANCELLED:
        raise PublishStopped(
            lines.sentence or "Publishing was cancelled.", PublishStopped.CANCELLED
        )
    reason = str(lines.reason.get("reason", ""))
    if reason == PublishStopped.UNFINISHED:
        raise PublishStopped(str(lines.reason["text"]), reason)
    if reason == PublishStopped.BRANCH_MOVED:
        sentence = lines.sentence or str(lines.reason["text"])
        raise PublishStopped(sentence, reason, branch=str(lines.reason.get("branch", "main")))
    raise PublishStopped(
        lines.sentence or said or f"The publish ended unexpectedly (code {code}).",
        PublishStopped.FAILED,
    )


def _last_sentence(stderr: str) -> str:
    # The command ends its failures with one "l4ydesk: <sentence>" line on stderr.
    for line in reversed(stderr.strip().splitlines()):
        if line.startswith("l4ydesk: "):
            return line.removeprefix("l4ydesk: ").strip()
    return ""


async def run_publish_child(
    services: Services,
    app_id: int,
    events: PublishEvents,
    resume: bool,
    *,
    command: Sequence[str] | None = None,
    started: Callable[[QProcess], None] | None = None,
) -> PublishResult:
    """Publish app `app_id` in a child process; cancelling this stops the child cleanly."""
    argv = list(command) if command is not None else child_command(app_id, resume)
    lines = EventLines(events, services.charges.charged)
    code, crashed, stderr = await _run_child(services, argv, lines, started)
    return outcome(lines, code, crashed, stderr)


async def check_domains_child(
    services: Services,
    app_id: int,
    events: PublishEvents,
    *,
    command: Sequence[str] | None = None,
) -> DomainCheck:
    """Check Again in a child process (`publish --check-domains`): no commit, no deploy."""
    argv = (
        list(command) if command is not None else child_command(app_id, False, check_domains=True)
    )
    lines = EventLines(events)
    code, crashed, stderr = await _run_child(services, argv, lines, None)
    if code == 0 and not crashed and lines.checked is not None:
        return lines.checked
    raise PublishStopped(
        lines.sentence
        or _last_sentence(stderr)
        or "Checking the domains stopped unexpectedly; try again.",
        PublishStopped.FAILED,
    )


async def _run_child(
    services: Services,
    argv: Sequence[str],
    lines: EventLines,
    started: Callable[[QProcess], None] | None,
) -> tuple[int, bool, str]:
    """Run the child, feeding its lines to `lines`: (exit code, crashed, the end of stderr)."""
    stderr = bytearray()
    process = QProcess()
    environment = QProcessEnvironment()
    for name, value in child_environment(services.settings).items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    process.setProgram(argv[0])
    process.setArguments(argv[1:])
    loop = asyncio.get_running_loop()
    done: asyncio.Future[tuple[int, bool]] = loop.create_future()

    def read_out() -> None:
        lines.feed(bytes(process.readAllStandardOutput().data()))

    def read_err() -> None:
        stderr.extend(bytes(process.readAllStandardError().data()))
        del stderr[:-STDERR_KEPT]

    def ended(code: int, status: QProcess.ExitStatus) -> None:
        if not done.done():
            done.set_result((code, status == QProcess.ExitStatus.CrashExit))

    def error(kind: QProcess.ProcessError) -> None:
        if kind == QProcess.ProcessError.FailedToStart and not done.done():
            done.set_exception(
                L4yError(
                    f"The publish could not start ({process.errorString()}). Check that "
                    "l4ydesk is installed completely, then try again."
                )
            )

    process.readyReadStandardOutput.connect(read_out)
    process.readyReadStandardError.connect(read_err)
    process.finished.connect(ended)
    process.errorOccurred.connect(error)
    process.start()
    if started is not None:
        started(process)
    try:
        code, crashed = await asyncio.shield(done)
    except asyncio.CancelledError:
        lines.cancelling = True
        await _stop(process, done)
        raise
    finally:
        read_err()
        lines.feed(bytes(process.readAllStandardOutput().data()), end=True)
    return code, crashed, stderr.decode("utf-8", "replace")


async def _stop(process: QProcess, done: asyncio.Future[Any]) -> None:
    """Ask the child to cancel (its cancel path records the run and cancels the build), and
    wait for it to end; kill it only if it does not within the grace time."""
    if done.done():
        return
    process.closeWriteChannel()  # --cancel-on-eof: works where there are no signals too
    if sys.platform != "win32":
        process.terminate()  # SIGTERM
    if not await _wait(done, STOP_GRACE_S):
        log.warning("the publish child did not stop within %s s: killed", STOP_GRACE_S)
        process.kill()
        await _wait(done, KILL_WAIT_S)


async def _wait(done: asyncio.Future[Any], timeout: float) -> bool:
    """Wait for `done` up to `timeout`, through further cancellations (a window closing while
    Cancel is in progress): the child must be reaped either way."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done.done():
        remaining = deadline - loop.time()
        if remaining <= 0:
            return False
        try:
            await asyncio.wait([done], timeout=remaining)
        except asyncio.CancelledError:
            continue
    return True
