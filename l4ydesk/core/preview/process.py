"""A child process in its own process group, its output pumped line by line to a callback.

npm and `next dev` start helpers of their own (lifecycle scripts, Next.js workers); stopping only
the direct child would leave those running and holding the port. So each child leads a new process
group (a new session on POSIX) and stopping signals the whole group: SIGTERM, then SIGKILL after a
grace period.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import re
import signal
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

LineCallback = Callable[[str, str], None]
"""Called with ("stdout" | "stderr", line) for every line the child prints."""

_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")
_CHUNK = 64 * 1024
# A line longer than this is cut: a minified bundle in an error must not fill memory.
_MAX_LINE = 16 * 1024
# Once the child has exited, its pipes close within moments unless an orphan holds them.
_DRAIN_SECONDS = 3.0
# Process groups started and not yet stopped: killed at interpreter exit as a last resort, so a
# quit that skipped stop() (a crash in the UI, a test that failed half-way) leaves no dev server
# holding its port.
_live_groups: set[int] = set()


@atexit.register
def _kill_live_groups() -> None:
    for pgid in list(_live_groups):
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                subprocess.run(["taskkill", "/PID", str(pgid), "/T", "/F"], capture_output=True)
            else:
                os.killpg(pgid, signal.SIGKILL)


def clean_line(raw: bytes) -> str:
    """One output line as text: decoded, without colour codes or trailing carriage returns."""
    text = raw[:_MAX_LINE].decode("utf-8", errors="replace")
    # npm redraws progress with \r; the last state of the line is what a console would show.
    text = text.rstrip("\r").rsplit("\r", 1)[-1]
    return _ANSI.sub("", text)


class ChildProcess:
    """A running child and its output; `tail` keeps the last lines for error messages."""

    def __init__(
        self, process: asyncio.subprocess.Process, on_line: LineCallback | None, tail: int
    ) -> None:
        self._process = process
        _live_groups.add(process.pid)
        self._on_line = on_line
        self.tail: deque[str] = deque(maxlen=tail)
        self.stderr_tail: deque[str] = deque(maxlen=tail)
        assert process.stdout is not None and process.stderr is not None
        self._pumps = [
            asyncio.create_task(self._pump(process.stdout, "stdout")),
            asyncio.create_task(self._pump(process.stderr, "stderr")),
        ]

    @classmethod
    async def spawn(
        cls,
        argv: Sequence[str],
        cwd: Path,
        env: Mapping[str, str],
        on_line: LineCallback | None = None,
        tail: int = 40,
    ) -> ChildProcess:
        """Start `argv` as the leader of a new process group; safe to cancel."""
        # Shielded: cancelled half-way, asyncio would kill only the direct child and then wait
        # for its pipes, which a grandchild (an npm script) keeps open until it ends by itself.
        # So a cancelled spawn completes, and the whole new group is stopped before re-raising.
        spawning = asyncio.ensure_future(_create(argv, cwd, env))
        try:
            process = await asyncio.shield(spawning)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await cls(await spawning, None, tail).stop(grace=0.0)
            raise
        log.debug("started %s (pid %s)", argv[:3], process.pid)
        return cls(process, on_line, tail)

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        return self._process.returncode

    async def wait(self) -> int:
        """Wait for the child to exit and its output to be read; then sweep its group."""
        code = await self._process.wait()
        await self._finish()
        return code

    async def stop(self, grace: float = 5.0) -> None:
        """End the child's whole process group: SIGTERM, then SIGKILL after `grace` seconds."""
        try:
            if self._process.returncode is None:
                self._signal_group(terminate=True)
                try:
                    await asyncio.wait_for(asyncio.shield(self._process.wait()), grace)
                except TimeoutError:
                    log.info("pid %s ignored SIGTERM for %.0f s; killing it", self.pid, grace)
        finally:
            # Always, even when cancelled: a leftover dev server would hold the port. The group
            # signal reaches the leader too; Process.kill() is not used because it reaps an
            # exited child behind asyncio's watcher, which then logs a bogus exit code.
            self._signal_group(terminate=False)
            await asyncio.shield(self._process.wait())
            await self._finish()

    def group_alive(self) -> bool:
        """Whether any process of the child's group is still running (POSIX only)."""
        if sys.platform == "win32":
            return self._process.returncode is None
        try:
            os.killpg(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def _signal_group(self, terminate: bool) -> None:
        if sys.platform == "win32":
            # No process groups to signal: taskkill ends the whole tree.
            if terminate:
                with contextlib.suppress(ProcessLookupError):
                    self._process.terminate()
            else:
                subprocess.run(
                    ["taskkill", "/PID", str(self.pid), "/T", "/F"],
                    capture_output=True,
                    check=False,
                )
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGTERM if terminate else signal.SIGKILL)

    async def _finish(self) -> None:
        _done, pending = await asyncio.wait(self._pumps, timeout=_DRAIN_SECONDS)
        if pending:
            # An orphan in the group still holds the pipes: end it so they close.
            self._signal_group(terminate=False)
            _done, pending = await asyncio.wait(self._pumps, timeout=_DRAIN_SECONDS)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        self._close_transport()
        _live_groups.discard(self.pid)

    def _close_transport(self) -> None:
        # asyncio closes the transport itself once both pipes reach EOF; when an orphan kept a
        # pipe open it does not, and the unclosed transport would warn when collected.
        transport = getattr(self._process, "_transport", None)
        if transport is not None and not transport.is_closing():
            transport.close()

    async def _pump(self, stream: asyncio.StreamReader, name: str) -> None:
        pending = b""
        while True:
            chunk = await stream.read(_CHUNK)
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for raw in lines:
                self._emit(name, clean_line(raw))
            if len(pending) > _MAX_LINE:
                self._emit(name, clean_line(pending))
                pending = b""
        if pending:
            self._emit(name, clean_line(pending))

    def _emit(self, stream: str, line: str) -> None:
        self.tail.append(line)
        if stream == "stderr":
            self.stderr_tail.append(line)
        if self._on_line is None:
            return
        try:
            self._on_line(stream, line)
        except Exception:  # a broken console panel must not stop the preview
            log.exception("output callback failed")


async def _create(
    argv: Sequence[str], cwd: Path, env: Mapping[str, str]
) -> asyncio.subprocess.Process:
    if sys.platform == "win32":
        return await asyncio.create_subprocess_exec(
            *argv,
            cwd=cwd,
            env=dict(env),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP,
        )
    return await asyncio.create_subprocess_exec(
        *argv,
        cwd=cwd,
        env=dict(env),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,
    )
