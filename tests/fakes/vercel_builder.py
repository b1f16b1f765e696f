"""The real build behind the Vercel fake: check out the commit, install, `next build`, `next start`.

What Vercel's build step does for a git deployment (docs "Configuring a Build": clone the
repository at the commit, install with the package manager the lockfile names, run the
framework's build; "Builds" > build logs), done on this machine with the local preview's own
pieces: the Node.js l4ydesk ships, its `Installer` (manager from the lockfile, the npm cache
under the data dir shared with the local preview, install scripts off) and Next.js from the
app's node_modules. The output of every step is reported line by line, as Vercel streams build
logs; a READY production deployment is served by `next start` on 127.0.0.1.

Builds run as asyncio tasks on a loop in a thread of their own (the HTTP fake answers from
other threads); cancelling a build stops its whole process group, and `stop()` ends every
build and server, so no npm or Next.js process outlives a test.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import stat
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from dulwich.errors import NotGitRepository
from dulwich.objects import Commit, Tree
from dulwich.repo import Repo

from l4ydesk.core.preview.errors import PreviewError
from l4ydesk.core.preview.installer import NEXT_BIN, Installer
from l4ydesk.core.preview.node import NodeRuntime, child_env, find_node
from l4ydesk.core.preview.process import ChildProcess
from l4ydesk.core.preview.workspace import PreviewWorkspace

EventFn = Callable[[str, str, str], None]  # (deployment id, type, text)
StateFn = Callable[[str, str, str | None], None]  # (deployment id, readyState, errorMessage)

_ENV = {"NEXT_TELEMETRY_DISABLED": "1", "NO_COLOR": "1", "CI": "1", "VERCEL": "1"}
START_TIMEOUT = 120.0


@dataclass(frozen=True)
class BuildJob:
    deployment_id: str
    repo_path: Path  # the bare repository
    repo_name: str  # "owner/name", for the log
    ref: str
    sha: str
    env: Mapping[str, str]
    production: bool
    port: int
    root_directory: str = ""  # the project's `rootDirectory`: the folder that is built


def _app_root(work_root: Path, job: BuildJob) -> Path:
    clone = work_root / job.deployment_id
    return clone / job.root_directory if job.root_directory else clone


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def commit_exists(repo_path: Path, sha: str) -> bool:
    try:
        with Repo(str(repo_path)) as repo:
            return isinstance(repo[sha.encode()], Commit)
    except (OSError, KeyError, ValueError, NotGitRepository):
        return False


def checkout(repo_path: Path, sha: str, target: Path) -> list[str]:
    """Write the commit's files under `target`; returns their paths (what a clone gives)."""
    written: list[str] = []
    with Repo(str(repo_path)) as repo:
        commit = repo[sha.encode()]
        assert isinstance(commit, Commit)
        for entry in repo.object_store.iter_tree_contents(commit.tree):
            if entry.path is None or entry.sha is None or entry.mode is None:
                continue
            if stat.S_ISLNK(entry.mode) or stat.S_ISDIR(entry.mode):
                continue  # symlinks and submodules: the apps we publish have none
            blob = repo[entry.sha]
            if isinstance(blob, Tree):
                continue
            path = entry.path.decode()
            out = target / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(blob.as_raw_string())
            if entry.mode & 0o111:
                out.chmod(0o755)
            written.append(path)
    return written


class _Checkout(PreviewWorkspace):
    """A cloned commit seen as the installer's workspace: every file came from the commit."""

    def __init__(self, root: Path, paths: list[str]) -> None:
        super().__init__(root)
        self._paths = set(paths)

    def written_paths(self) -> set[str]:
        return set(self._paths)


class BuildRunner:
    """Runs builds and serves READY production deployments; `stop()` ends all of it."""

    def __init__(
        self,
        work_root: Path,
        data_dir: Path,
        *,
        on_event: EventFn,
        on_state: StateFn,
        install_timeout: float = 900.0,
    ) -> None:
        self.work_root = work_root
        self.data_dir = data_dir
        self._on_event = on_event
        self._on_state = on_state
        self._install_timeout = install_timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-vercel-builds")
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._servers: dict[str, ChildProcess] = {}
        self._runtime: NodeRuntime | None = None
        self._started = False

    def start(self) -> None:
        self._thread.start()
        self._started = True

    def submit(self, job: BuildJob) -> None:
        def create() -> None:
            self._tasks[job.deployment_id] = self._loop.create_task(self._run(job))

        self._loop.call_soon_threadsafe(create)

    def cancel(self, deployment_id: str) -> None:
        def cancel() -> None:
            task = self._tasks.get(deployment_id)
            if task is not None:
                task.cancel()

        self._loop.call_soon_threadsafe(cancel)

    def server_pid(self, deployment_id: str) -> int | None:
        """The process group of the `next start` serving a deployment, if one is running."""
        server = self._servers.get(deployment_id)
        return server.pid if server is not None else None

    def stop(self) -> None:
        if not self._started:
            return
        done: Future[None] = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        with contextlib.suppress(Exception):
            done.result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
        self._started = False

    async def _shutdown(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        for server in list(self._servers.values()):
            await server.stop(grace=2.0)
        self._servers.clear()
        await self._loop.shutdown_default_executor()

    # one build ------------------------------------------------------------------------------

    def _log(self, job: BuildJob, text: str, kind: str = "stdout") -> None:
        self._on_event(job.deployment_id, kind, text)

    async def _run(self, job: BuildJob) -> None:
        children: list[ChildProcess] = []
        try:
            self._on_state(job.deployment_id, "BUILDING", None)
            error = await self._build(job, children)
            if error is not None:
                self._log(job, f"Error: {error}", "stderr")
                self._on_state(job.deployment_id, "ERROR", error)
                return
            if job.production:
                error = await self._serve(job)
                if error is not None:
                    self._on_state(job.deployment_id, "ERROR", error)
                    return
            self._log(job, "Deployment completed")
            self._on_state(job.deployment_id, "READY", None)
        except asyncio.CancelledError:
            for child in children:
                await child.stop(grace=2.0)
            self._log(job, "The deployment was canceled.", "stderr")
            self._on_state(job.deployment_id, "CANCELED", None)
        except Exception as exc:  # a broken build machine is the fake's bug: surface it
            self._on_state(job.deployment_id, "ERROR", f"fake build crashed: {exc!r}")
            raise

    async def _build(self, job: BuildJob, children: list[ChildProcess]) -> str | None:
        started = time.monotonic()
        self._log(
            job, f"Cloning github.com/{job.repo_name} (Branch: {job.ref}, Commit: {job.sha[:7]})"
        )
        clone = self.work_root / job.deployment_id
        paths = await asyncio.to_thread(checkout, job.repo_path, job.sha, clone)
        self._log(job, f"Cloning completed: {(time.monotonic() - started) * 1000:.0f}ms")
        root = _app_root(self.work_root, job)
        if not root.is_dir():
            # Vercel's words when the project's root directory is not in the commit
            return (
                f'The specified Root Directory "{job.root_directory}" does not exist. '
                "Please update your Project Settings."
            )
        if job.root_directory:
            prefix = job.root_directory + "/"
            paths = [p[len(prefix) :] for p in paths if p.startswith(prefix)]
        if self._runtime is None:
            self._runtime = await find_node()
        runtime = self._runtime
        installer = Installer(
            _Checkout(root, paths),
            self.data_dir,
            emit=lambda stream, text: self._log(job, text, stream),
            note=lambda text: self._log(job, text),
            timeout=self._install_timeout,
            stop_grace=2.0,
            allow_scripts=False,
        )
        plan = installer.plan()
        self._log(job, f'Running "install" command with {plan.label}...')
        try:
            await installer.install_if_needed(runtime, plan)
        except PreviewError as exc:
            return str(exc).splitlines()[0] if str(exc) else "The install failed."
        if not (root / NEXT_BIN).is_file():
            return "No Next.js version detected. Make sure next is in package.json."
        self._log(job, 'Running "next build"')
        child = await ChildProcess.spawn(
            [str(runtime.node), str(root / NEXT_BIN), "build"],
            cwd=root,
            env=child_env(runtime, {**_ENV, **job.env}),
            on_line=lambda stream, text: self._log(job, text, stream),
        )
        children.append(child)
        code = await child.wait()
        children.remove(child)
        if code != 0:
            return f'Command "next build" exited with {code}'
        self._log(job, f"Build Completed in {time.monotonic() - started:.0f}s")
        return None

    async def _serve(self, job: BuildJob) -> str | None:
        assert self._runtime is not None
        root = _app_root(self.work_root, job)
        child = await ChildProcess.spawn(
            [
                str(self._runtime.node),
                str(root / NEXT_BIN),
                "start",
                "-H",
                "127.0.0.1",
                "-p",
                str(job.port),
            ],
            cwd=root,
            env=child_env(self._runtime, {**_ENV, **job.env, "NODE_ENV": "production"}),
        )
        self._servers[job.deployment_id] = child
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if child.returncode is not None:
                del self._servers[job.deployment_id]
                tail = " ".join(child.tail)[-300:]
                return f"next start exited with {child.returncode}: {tail}"
            if await _answers(job.port):
                return None
            await asyncio.sleep(0.2)
        await child.stop(grace=2.0)
        del self._servers[job.deployment_id]
        return f"next start did not answer within {START_TIMEOUT:.0f} s"


async def _answers(port: int) -> bool:
    try:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True
