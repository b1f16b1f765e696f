"""Installs an app's packages in its preview folder with the app's own package manager.

Runs only when package.json, the lockfile, the manager, Node.js's major version or the scripts
choice changed since the last install (a stamp file remembers). From the lockfile when it matches
package.json (`--frozen-lockfile`, `npm ci`, `--immutable`); when it does not, the manager
resolves afresh and the console says so. Peer-dependency conflicts never stop an install (npm
retries with `--legacy-peer-deps`, as pnpm and yarn accept them) and the console names them.
Caches live under the data dir, so another app with the same packages installs offline.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l4ydesk.core.preview.errors import InstallFailedError, tail_text
from l4ydesk.core.preview.managers import (
    DEPENDENCY_FILES,
    InstallStep,
    ManagerPlan,
    choose_manager,
    install_step,
    lockfile_out_of_date,
    peer_conflicts,
    peers_stopped_install,
)
from l4ydesk.core.preview.node import NodeRuntime, child_env
from l4ydesk.core.preview.overrides import align_overrides_in
from l4ydesk.core.preview.process import ChildProcess
from l4ydesk.core.preview.scripts import packages_with_scripts, scripts_note
from l4ydesk.core.preview.tools import ensure_tool
from l4ydesk.core.preview.workspace import INSTALL_STAMP_NAME, PreviewWorkspace

NEXT_BIN = Path("node_modules") / "next" / "dist" / "bin" / "next"
# Bump when the install commands change in a way that needs a fresh install.
_STAMP_VERSION = 2
_FIRST_LINES, _LAST_LINES = 100, 400  # of an install's output, kept to read why it stopped
_ENV = {
    "npm_config_update_notifier": "false",
    "NO_COLOR": "1",
    "NEXT_TELEMETRY_DISABLED": "1",
    "COREPACK_ENABLE_STRICT": "0",
}

Emit = Callable[[str, str], None]  # (stream, text) → console


def package_cache_dir(data_dir: Path) -> Path:
    """Where downloaded packages and package managers are kept: the data dir, or the folder
    named by L4YDESK_PACKAGE_CACHE (one cache for several data dirs: a team's machines, CI)."""
    shared = os.environ.get("L4YDESK_PACKAGE_CACHE")
    return Path(shared) if shared else data_dir


@dataclass
class InstallResult:
    plan: ManagerPlan
    seconds: float | None  # None when the install was skipped
    skipped_scripts: tuple[str, ...] = ()


class Installer:
    """The package install of one preview workspace."""

    def __init__(
        self,
        workspace: PreviewWorkspace,
        data_dir: Path,
        *,
        emit: Emit,
        note: Callable[[str], None],
        timeout: float,
        stop_grace: float,
        allow_scripts: bool,
    ) -> None:
        self.workspace = workspace
        base = package_cache_dir(data_dir)
        self.caches = {
            "npm": str(base / "npm-cache"),
            "pnpm": str(base / "pnpm-store"),
            "yarn": str(base / "yarn-cache"),
        }
        self.tools_dir = base / "tools"
        self.emit = emit
        self.note = note
        self.timeout = timeout
        self.stop_grace = stop_grace
        self.allow_scripts = allow_scripts
        self.skipped_scripts: tuple[str, ...] = ()

    def plan(self) -> ManagerPlan:
        root = self.workspace.root
        present = self.workspace.written_paths()
        files = {n: (root / n).read_bytes() for n in DEPENDENCY_FILES if n in present}
        return choose_manager(files)

    async def install_if_needed(self, runtime: NodeRuntime, plan: ManagerPlan) -> InstallResult:
        stamp_path = self.workspace.root / INSTALL_STAMP_NAME
        wanted = self._stamp(runtime, plan)
        stamp = _read_json(stamp_path)
        if isinstance(stamp, dict) and (self.workspace.root / NEXT_BIN).is_file():
            before = stamp.pop("skipped_scripts", [])
            if stamp == wanted and isinstance(before, list):
                self.skipped_scripts = tuple(str(name) for name in before)
                return InstallResult(plan, None, self.skipped_scripts)
        for text in plan.notes:
            self.note(text)
        stamp_path.unlink(missing_ok=True)  # a failed or cancelled install must run again
        started = time.perf_counter()
        if plan.name == "npm":
            cli = runtime.npm_cli
        else:
            cli = await ensure_tool(
                runtime,
                plan,
                self.tools_dir,
                Path(self.caches["npm"]),
                self.emit,
                self.timeout,
            )
        output = await self._install(runtime, plan, cli)
        conflicts = peer_conflicts(output)
        if conflicts and plan.name != "npm":  # npm's were named before its lenient retry
            self.note(_conflicts_sentence(plan, conflicts))
        skipped: list[str] = []
        if not self.allow_scripts:
            skipped = await asyncio.to_thread(packages_with_scripts, self.workspace.root)
            sentence = scripts_note(skipped)
            if sentence:
                self.note(sentence)
        self.skipped_scripts = tuple(skipped)
        seconds = time.perf_counter() - started
        wanted["skipped_scripts"] = skipped
        stamp_path.write_text(json.dumps(wanted), "utf-8")
        return InstallResult(plan, seconds, tuple(skipped))

    async def _install(self, runtime: NodeRuntime, plan: ManagerPlan, cli: Path) -> list[str]:
        frozen = plan.lockfile is not None
        lenient = False
        for _attempt in range(4):
            step = install_step(
                plan, self.caches, frozen=frozen, scripts=self.allow_scripts, lenient=lenient
            )
            code, output, errors = await self._run(runtime, plan, cli, step)
            if code == 0:
                return output
            if frozen and lockfile_out_of_date(plan, output):
                frozen = False
                self.note(
                    f"The lockfile ({plan.lockfile}) does not match package.json, so "
                    f"{plan.name} resolves the packages again: this install is not "
                    "reproducible from the lockfile."
                )
                continue
            if plan.name == "npm" and not lenient and peers_stopped_install(output):
                lenient = True
                conflicts = peer_conflicts(output)
                self.note(
                    _conflicts_sentence(plan, conflicts)
                    + " npm installs again with --legacy-peer-deps, as pnpm would."
                )
                continue
            if plan.name == "npm" and _override_sentence(output):
                aligned = await asyncio.to_thread(align_overrides_in, self.workspace.root)
                if aligned:
                    self.note(
                        'npm refuses an "overrides" entry that differs from the app\'s own '
                        f"dependency, which Bun, pnpm and yarn accept; the preview's copy of "
                        f"package.json uses the override for both ({'; '.join(aligned)}), as "
                        "they would. Your files are unchanged."
                    )
                    frozen = False  # the lockfile no longer matches the copy
                    continue
            tail = [line for line in (errors or output) if line.strip()][-15:]
            raise InstallFailedError(
                _override_sentence(output)
                or _unpublished_sentence(plan, output)
                or f"{plan.label} could not install the app's packages ({step.shown(plan.name)} "
                f"exited with code {code}).{tail_text(tail)}",
                tail,
                command=step.shown(plan.name),
            )
        raise InstallFailedError(
            f"{plan.label} could not install the app's packages.", command=plan.name
        )

    async def _run(
        self, runtime: NodeRuntime, plan: ManagerPlan, cli: Path, step: InstallStep
    ) -> tuple[int, list[str], list[str]]:
        """Exit code, the lines printed (both ends of a long output), and those on stderr."""
        Path(self.caches["npm"]).mkdir(parents=True, exist_ok=True)
        self.emit("stdout", f"$ {step.shown(plan.name)}")
        # The first lines say why an install stopped (npm ci's "not in sync" comes before a
        # list of every missing package and its usage help); the last ones, what it did last.
        first: list[str] = []
        output: list[str] = []
        errors: list[str] = []
        count = 0

        def on_line(stream: str, line: str) -> None:
            nonlocal count
            count += 1
            if len(first) < _FIRST_LINES:
                first.append(line)
            for kept in (output, errors) if stream == "stderr" else (output,):
                kept.append(line)
                del kept[:-_LAST_LINES]
            self.emit(stream, line)

        child = await ChildProcess.spawn(
            [str(runtime.node), str(cli), *step.args],
            cwd=self.workspace.root,
            env=child_env(runtime, {**_ENV, **step.env}),
            on_line=on_line,
        )
        try:
            code = await asyncio.wait_for(child.wait(), self.timeout)
        except TimeoutError:
            await child.stop(self.stop_grace)
            raise InstallFailedError(
                f"{plan.label} did not finish installing the app's packages within "
                f"{self.timeout / 60:.0f} minutes.{tail_text(child.tail)}",
                child.tail,
                command=step.shown(plan.name),
            ) from None
        except BaseException:
            await child.stop(self.stop_grace)
            raise
        dropped = count - len(output)  # lines that fell out of `output`
        return code, first[:dropped] + output, errors

    def _stamp(self, runtime: NodeRuntime, plan: ManagerPlan) -> dict[str, object]:
        return {
            "version": _STAMP_VERSION,
            "files": {n: self.workspace.source_hash(n) for n in DEPENDENCY_FILES},
            "manager": plan.label,
            "scripts": self.allow_scripts,
            # Native packages (Next.js's SWC) are built per Node.js major version.
            "node_major": runtime.version[0],
        }


def _conflicts_sentence(plan: ManagerPlan, conflicts: list[str]) -> str:
    if not conflicts:
        return "Some peer dependencies conflict."
    shown = "; ".join(conflicts[:6]) + ("; …" if len(conflicts) > 6 else "")
    return f"Peer dependencies conflict ({shown}); the packages are installed anyway."


def _override_sentence(output: list[str]) -> str | None:
    """npm's EOVERRIDE (which Bun, pnpm and yarn accept), said so that the user can fix it."""
    for line in output:
        match = re.search(r"Override for (\S+?)@(\S+) conflicts with direct dependency", line)
        if match:
            name, spec = match.groups()
            return (
                f'npm refuses this app\'s package.json: its "overrides" entry for {name} '
                f"({spec}) differs from the app's own dependency on {name} (Bun, pnpm and yarn "
                f"accept that; npm does not). Make the two the same in package.json, or write "
                f'"${name}" as the override, then start the preview again.'
            )
    return None


# A package the registry does not have: npm names it ("'name@1.2.3' could not be found"),
# pnpm too when the whole package is missing ("@scope/name is not in the npm registry"); both
# give a locked version's tarball address when only that version is gone (".../name-1.2.3.tgz").
_NOT_IN_REGISTRY = (
    re.compile(
        r"'(?P<name>(?:@[^/\s']+/)?[^@\s']+)@(?P<version>[^\s'/]+)' "
        r"(?:is not in this registry|could not be found)"
    ),
    re.compile(r"^\s*(?P<name>(?:@[^/\s]+/)?[^/\s]+) is not in the npm registry"),
    re.compile(
        r"404.*?GET \S+?/(?P<name>(?:@[^/\s]+/)?[^/\s]+)/-/[^/\s]+?-(?P<version>\d[^/\s]*?)\.tgz"
    ),
)


def _unpublished_sentence(plan: ManagerPlan, output: list[str]) -> str | None:
    """A dependency the registry answers 404 for, said so that the user can fix package.json."""
    for line in output:
        for pattern in _NOT_IN_REGISTRY:
            match = pattern.search(line)
            if match:
                version = match.groupdict().get("version")
                package = match["name"]
                if version and version[0].isdigit():  # a locked version, not a range ("^1.0.0")
                    package += f" {version}"
                return (
                    f"{plan.label} could not install the app's packages: {package} is not on "
                    "the package registry (it answered 404: the package was withdrawn, is "
                    "private, or its name or version is wrong). If package.json names it, "
                    "choose a version that exists; if the lockfile pins it for another package, "
                    "update that package (or delete the lockfile to resolve afresh), then start "
                    "the preview again."
                )
    return None


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
