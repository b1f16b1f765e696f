"""Runs an app's files in `next dev` on this computer, for the live preview and its inspector.

`LocalPreview.start()` writes the workspace (source-tagged), installs packages with the app's own
package manager only when package.json or the lockfile changed since the last install (see
installer.py; caches under the data dir, so a reinstall works offline), starts `next dev` with
the flags its Next.js version wants on a free loopback port and waits until it answers.
`sync_files()` rewrites changed files so Next.js hot-reloads them; `stop()` ends the server's
whole process group. Every failure is a typed PreviewError whose text is a sentence.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from l4ydesk.core.paths import files_under, nested_app_hint, next_app_folder
from l4ydesk.core.preview.app_env import (
    EnvVar,
    check_values,
    detect_env_vars,
    missing_env_sentence,
    names_set_by_app_files,
    unset_note,
)
from l4ydesk.core.preview.base_path import config_base_path
from l4ydesk.core.preview.dev_command import dev_command
from l4ydesk.core.preview.errors import NotRunnableError, PreviewError, PreviewStoppedError
from l4ydesk.core.preview.installer import NEXT_BIN, Installer
from l4ydesk.core.preview.node import NodeRuntime, child_env, find_node
from l4ydesk.core.preview.probe import HOST, free_port, require_free_port
from l4ydesk.core.preview.process import ChildProcess
from l4ydesk.core.preview.readiness import wait_until_ready
from l4ydesk.core.preview.scripts import blamed_packages, load_options
from l4ydesk.core.preview.server_hints import (
    css_error_sentence,
    jsx_in_ts_sentence,
    server_error,
)
from l4ydesk.core.preview.workspace import (
    NODE_CACHE_NAME,
    PreviewWorkspace,
    SyncReport,
    workspace_dir,
)

log = logging.getLogger(__name__)

OutputSource = Literal["install", "server", "l4ydesk"]


@dataclass(frozen=True)
class OutputLine:
    """One line printed by the package manager or the dev server, or l4ydesk's own note."""

    source: OutputSource
    stream: str  # "stdout" or "stderr"
    text: str
    # "env-unset": the app reads variables nobody set; "missing-env": the page failed for want
    # of one; "app-css": the app's stylesheet does not compile; "app-source": `path`, a file of
    # the app, will stop its page compiling (JSX in a .ts file); "app-error": a page of the app
    # fails in its own code, at `path` and `line` when that file is the app's
    kind: str = ""
    path: str = ""
    line: int = 0


OutputCallback = Callable[[OutputLine], None]


@dataclass
class PreviewTimings:
    """How long the last start took, in seconds (`install` is None when it was skipped)."""

    sync: float = 0.0
    install: float | None = None
    ready: float | None = None  # from starting `next dev` until it answered
    total: float | None = None
    # Seconds from the start's beginning to the end of each step, in order: node, sync, env,
    # install, spawn (`next dev` started), listening (its port accepted the probe), answered
    # (status line of `/`: compiled and rendering), served (the page read to its end).
    phases: dict[str, float] = field(default_factory=dict)


class LocalPreview:
    """One app's local preview: workspace, npm install and a `next dev` server."""

    def __init__(
        self,
        workspace: PreviewWorkspace,
        data_dir: Path,
        *,
        node_path: Path | None = None,
        port: int | None = None,
        on_output: OutputCallback | None = None,
        install_timeout: float = 900.0,
        ready_timeout: float = 180.0,
        stop_grace: float = 5.0,
        turbopack: bool | None = None,
        allow_scripts: bool = False,
        app_env: Mapping[str, str] | None = None,
    ) -> None:
        self.workspace = workspace
        self.data_dir = data_dir
        self.node_path = node_path
        self.requested_port = port
        self.on_output = on_output
        self.install_timeout = install_timeout
        self.ready_timeout = ready_timeout
        self.stop_grace = stop_grace
        self.turbopack = turbopack  # None: the faster one for the app's Next.js version
        self.allow_scripts = allow_scripts
        # The user's variables for this app (from the keyring), given to `next dev` only.
        self.app_env = dict(app_env or {})
        self.needed_env: list[EnvVar] = []  # what the app's code reads, found at start
        self.missing_env: tuple[str, ...] = ()  # named by the last "page failed" sentence
        self._recent_server: deque[str] = deque(maxlen=6)
        self._provided_env: set[str] = set()
        self._said: set[str] = set()  # sentences about the app's code, once per start
        self.package_manager_name = "?"
        self.bundler = "?"
        self.skipped_scripts: tuple[str, ...] = ()
        self.timings = PreviewTimings()
        self.runtime: NodeRuntime | None = None
        self.url: str | None = None
        self.port: int | None = None
        self._server: ChildProcess | None = None
        self._starting: asyncio.Task[str] | None = None
        self._stop_requested = False
        self.app_folder = ""  # the repository's folder that holds the Next.js app ("" the top)

    @classmethod
    def for_app(cls, data_dir: Path, app_slug: str, **options: Any) -> LocalPreview:
        """The preview of one app, in its folder `<data>/previews/<app-slug>/`, with the
        choices the user made for that app (install scripts)."""
        options.setdefault("allow_scripts", load_options(data_dir, app_slug).allow_install_scripts)
        return cls(PreviewWorkspace(workspace_dir(data_dir, app_slug)), data_dir, **options)

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.returncode is None

    @property
    def server_pid(self) -> int | None:
        return self._server.pid if self._server is not None else None

    async def start(self, files: Mapping[str, bytes]) -> str:
        """Write `files`, install if needed, start `next dev`; returns the preview's URL."""
        if self.running and self.url is not None:
            await self.sync_files(files)
            return self.url
        if self._starting is not None and not self._starting.done():
            raise PreviewError("The local preview is already starting; wait for it to finish.")
        if self._server is not None:  # it exited on its own: collect it before starting anew
            server, self._server, self.url = self._server, None, None
            await server.stop(self.stop_grace)
        self._stop_requested = False
        task = asyncio.create_task(self._start(files))
        self._starting = task
        try:
            return await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if self._stop_requested and not (current is not None and current.cancelling()):
                raise PreviewStoppedError() from None
            raise
        finally:
            self._starting = None

    async def restart(self, files: Mapping[str, bytes]) -> str:
        """Stop and start again: after package.json or the lockfile changed."""
        await self.stop()
        return await self.start(files)

    async def sync_files(self, files: Mapping[str, bytes]) -> SyncReport:
        """Bring the workspace up to date; a running `next dev` hot-reloads what changed.

        When the report says `dependencies_changed`, restart the preview to install them.
        """
        return await self._sync_app_files(files_under(files, self.app_folder))

    async def _sync_app_files(self, app_files: Mapping[str, bytes]) -> SyncReport:
        """Write the app folder's files (paths relative to it; a copy the caller no longer
        changes, as `files_under` gives) into the workspace."""
        report = await asyncio.to_thread(self.workspace.sync, app_files)
        for problem in report.tag_problems.values():
            self._emit("l4ydesk", "stderr", problem)
        return report

    async def stop(self) -> None:
        """Stop the server (or a start in progress) and everything it started; idempotent."""
        self._stop_requested = True
        starting = self._starting
        if starting is not None and not starting.done():
            starting.cancel()
            await asyncio.wait({starting})  # its cleanup (ending npm or the server) runs inside
        server, self._server = self._server, None
        self.url = None
        if server is not None:
            await server.stop(self.stop_grace)

    # ----- starting ------------------------------------------------------------------------

    async def _start(self, files: Mapping[str, bytes]) -> str:
        started = time.perf_counter()
        self.timings = timings = PreviewTimings()

        def mark(phase: str) -> None:
            timings.phases.setdefault(phase, time.perf_counter() - started)

        self.runtime = runtime = await find_node(self.node_path)
        mark("node")
        if self.requested_port is not None:
            require_free_port(self.requested_port)
        self._choose_app_folder(files)
        all_files, files = files, files_under(files, self.app_folder)
        report = await self._sync_app_files(files)
        self.timings.sync = report.seconds
        mark("sync")
        await self._check_files(files)
        mark("env")
        if "package.json" not in self.workspace.written_paths():
            raise NotRunnableError(
                "This app has no package.json, so it cannot run in a local preview."
                + nested_app_hint(all_files)
            )
        await self._install(runtime)
        mark("install")
        next_bin = self.workspace.root / NEXT_BIN
        if not next_bin.is_file():
            raise NotRunnableError(
                "The app's packages do not include Next.js, and the local preview runs Next.js "
                'apps. Add "next" to the dependencies in package.json.'
            )
        port = self.requested_port or free_port()
        require_free_port(port)
        base = self._base_path(files)
        url = f"http://{HOST}:{port}{base}"
        command = await asyncio.to_thread(dev_command, self.workspace.root, self.turbopack)
        self.bundler = command.bundler
        argv = [str(runtime.node), str(next_bin), "dev", "-H", HOST, "-p", str(port)]
        argv += command.flags
        shown = " ".join(["next dev", *command.flags])
        self._emit("l4ydesk", "stdout", f"$ {shown}   (Next.js {command.next_version or '?'})")
        spawned = time.perf_counter()
        server = await ChildProcess.spawn(
            argv,
            cwd=self.workspace.root,
            env=child_env(runtime, self._server_env()),
            on_line=self._on_server_line,
        )
        mark("spawn")
        try:
            await wait_until_ready(server, port, base or "/", self.ready_timeout, mark)
        except PreviewError as error:
            await server.stop(self.stop_grace)
            error.command = shown
            self._blame_scripts(error)
            raise
        except BaseException:
            await server.stop(self.stop_grace)
            raise
        self._server, self.url, self.port = server, url, port
        self.timings.ready = time.perf_counter() - spawned
        self.timings.total = time.perf_counter() - started
        log.info("local preview ready at %s in %.1f s", url, self.timings.total)
        return url

    def _choose_app_folder(self, files: Mapping[str, bytes]) -> None:
        """Run the Next.js app where it is: the top, or the folder of the repository that holds
        it when the top's package.json does not declare next (said once in the console)."""
        self.app_folder = next_app_folder(files)
        self.workspace.tag_prefix = f"{self.app_folder}/" if self.app_folder else ""
        if self.app_folder:
            self._emit(
                "l4ydesk",
                "stdout",
                f"This repository keeps its Next.js app in {self.app_folder}/ (its package.json "
                "declares next), so the preview runs that folder.",
            )

    async def _check_files(self, files: Mapping[str, bytes]) -> None:
        """Before the install: the variables the app reads, and a file `next dev` will stop at."""
        self.app_env = check_values(self.app_env)  # PreviewEnvError is a sentence too
        self.needed_env = await asyncio.to_thread(detect_env_vars, files)
        self._provided_env = set(self.app_env) | names_set_by_app_files(files)
        self.missing_env = ()
        self._recent_server.clear()
        self._said.clear()
        note = unset_note(self.needed_env, self._provided_env)
        if note:
            self._emit("l4ydesk", "stderr", note, kind="env-unset")
        from l4ydesk.core.jsx_files import jsx_in_ts_files  # tree-sitter: only once it runs

        for path in await asyncio.to_thread(jsx_in_ts_files, files):
            stored = self.workspace.tag_prefix + path
            self._emit("l4ydesk", "stderr", jsx_in_ts_sentence(stored), "app-source", stored)

    def _base_path(self, files: Mapping[str, bytes]) -> str:
        """The path the app's pages live under ('' for the root), said once in the console."""
        found = config_base_path(files)
        if found is None:
            return ""
        base, config = found
        self._emit(
            "l4ydesk",
            "stdout",
            f"This app serves its pages under {base} (basePath in {config}), so the preview "
            f"opens {base}; / answers 404.",
        )
        return base

    def _on_server_line(self, stream: str, line: str) -> None:
        self._emit("server", stream, line)
        previous = self._recent_server[-1] if self._recent_server else ""
        self._recent_server.append(line)
        prefix = self.workspace.tag_prefix
        css = (
            css_error_sentence(line, self.workspace.root, prefix)
            if "CssSyntaxError" in line
            else None
        )
        if css is not None:
            self._say_once(css, "app-css")
        error = server_error(previous, line, prefix) if "⨯" in previous else None
        if error is not None and error.sentence not in self._said:  # (the manifest read once)
            inside = error.path.removeprefix(prefix)
            known = inside in self.workspace.written_paths()  # else nothing to open
            where = (error.path, error.line) if known else ("", 0)
            self._say_once(error.sentence, "app-error", *where)
        if self.missing_env:
            return  # said once per start
        found = missing_env_sentence(list(self._recent_server), self.needed_env, self._provided_env)
        if found is not None:
            sentence, self.missing_env = found
            self._emit("l4ydesk", "stderr", sentence, kind="missing-env")

    def _server_env(self) -> dict[str, str]:
        return {
            **self.app_env,
            **_SERVER_ENV,
            # A stable key keeps Next.js's compile cache valid from one start to the next.
            "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY": self.workspace.server_key(),
            # Node.js (22.1+; older ones ignore it) keeps the bytecode of the modules it loaded
            # here, so the next start does not parse Next.js, webpack and TypeScript again.
            "NODE_COMPILE_CACHE": str(self.workspace.root / NODE_CACHE_NAME),
            # How long `next dev` lets its server run its clean-up when stopped (Turbopack, from
            # Next.js 16.1, writes its compile cache then) before killing it: 100 ms by default.
            # Below stop()'s own grace, which then ends whatever is left.
            "NEXT_EXIT_TIMEOUT_MS": str(round(max(0.1, self.stop_grace - 1.0) * 1000)),
        }

    # ----- installing ----------------------------------------------------------------------

    async def _install(self, runtime: NodeRuntime) -> None:
        installer = Installer(
            self.workspace,
            self.data_dir,
            emit=lambda stream, text: self._emit("install", stream, text),
            note=lambda text: self._emit("l4ydesk", "stderr", text),
            timeout=self.install_timeout,
            stop_grace=self.stop_grace,
            allow_scripts=self.allow_scripts,
        )
        plan = await asyncio.to_thread(installer.plan)
        self.package_manager_name = plan.name
        result = await installer.install_if_needed(runtime, plan)
        self.skipped_scripts = result.skipped_scripts
        self.timings.install = result.seconds
        if result.seconds is None:
            log.info("packages unchanged since the last install; skipping %s", result.plan.name)

    def _blame_scripts(self, error: PreviewError) -> None:
        """Say so when the failure names a package whose install script did not run."""
        blamed = blamed_packages(self.skipped_scripts, error.tail)
        if blamed:
            self._emit(
                "l4ydesk",
                "stderr",
                f"The error mentions {', '.join(blamed)}, whose install script did not run "
                "(install scripts are off for safety). If you trust this app's packages, allow "
                "install scripts for this app and start the preview again.",
            )

    def _say_once(self, sentence: str, kind: str, path: str = "", line: int = 0) -> None:
        """l4ydesk's sentence about the app's own code, once per start."""
        if sentence not in self._said:
            self._said.add(sentence)
            self._emit("l4ydesk", "stderr", sentence, kind, path, line)

    def _emit(
        self,
        source: OutputSource,
        stream: str,
        text: str,
        kind: str = "",
        path: str = "",
        line: int = 0,
    ) -> None:
        if self.on_output is None:
            return
        try:
            self.on_output(OutputLine(source, stream, text, kind, path, line))
        except Exception:  # a broken console panel must not break the preview
            log.exception("preview output callback failed")


_SERVER_ENV = {
    "NEXT_TELEMETRY_DISABLED": "1",
    "NO_COLOR": "1",
    "BROWSER": "none",  # never open a browser window next to the embedded preview
}
