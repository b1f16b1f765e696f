"""Which package manager installs an app, and the exact command lines it runs.

The app's lockfile decides, as on Vercel: `pnpm-lock.yaml` → pnpm, `yarn.lock` → yarn,
`package-lock.json` → npm; the `packageManager` field of package.json wins when it names a
manager and version. Bun is not supported: npm installs instead, with lenient peers. pnpm and
yarn are pinned versions from the npm registry (see tools.py), so an install is reproducible and
the user installs nothing. Every install runs with scripts off unless the app allows them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ManagerName = Literal["npm", "pnpm", "yarn"]

# Pinned defaults: the newest release of the line that writes each lockfile format.
PNPM_BY_LOCKFILE_MAJOR = {9: "10.34.9", 6: "8.15.9", 5: "7.33.7"}
DEFAULT_PNPM = PNPM_BY_LOCKFILE_MAJOR[9]
YARN_CLASSIC = "1.22.22"
YARN_BERRY = "4.18.1"

LOCKFILES: dict[str, ManagerName] = {
    "pnpm-lock.yaml": "pnpm",
    "yarn.lock": "yarn",
    "package-lock.json": "npm",
}
BUN_LOCKFILES = ("bun.lock", "bun.lockb")
# The files whose change means a new install.
DEPENDENCY_FILES = ("package.json", *LOCKFILES, ".npmrc", ".yarnrc.yml", *BUN_LOCKFILES)

_PACKAGE_MANAGER = re.compile(r"(npm|pnpm|yarn|bun)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\+.*)?\Z")
_PNPM_LOCK_VERSION = re.compile(rb"^lockfileVersion:\s*'?\"?(\d+)", re.MULTILINE)


@dataclass(frozen=True)
class ManagerPlan:
    """How this app's packages are installed."""

    name: ManagerName
    version: str | None  # pnpm/yarn version to run; None for the npm that comes with Node.js
    lockfile: str | None  # the lockfile it installs from, if any
    notes: tuple[str, ...] = field(default=())  # sentences for the console

    @property
    def label(self) -> str:
        return self.name if self.version is None else f"{self.name} {self.version}"

    @property
    def berry(self) -> bool:
        """Yarn 2 or newer (a different command line and config than Yarn 1)."""
        version = self.version or ""
        return self.name == "yarn" and not version.startswith("1.")


def choose_manager(files: Mapping[str, bytes]) -> ManagerPlan:
    """The package manager for an app with these top-level files (path → bytes)."""
    declared = _declared_manager(files.get("package.json", b""))
    lockfile = next((name for name in LOCKFILES if name in files), None)
    bun_lock = next((name for name in BUN_LOCKFILES if name in files), None)
    if declared is not None:
        name, version = declared
        if name not in ("npm", "pnpm", "yarn"):
            return _bun_plan(bun_lock or "package.json")
        own_lock = next((f for f, m in LOCKFILES.items() if m == name and f in files), None)
        if name == "pnpm":
            return ManagerPlan("pnpm", version, own_lock)
        if name == "yarn":
            return ManagerPlan("yarn", version, own_lock)
        # npm: the one that ships with Node.js runs; its lockfile format has been stable.
        return ManagerPlan("npm", None, own_lock)
    if lockfile is None and bun_lock is not None:
        return _bun_plan(bun_lock)
    manager = LOCKFILES[lockfile] if lockfile is not None else "npm"
    if manager == "pnpm":
        return ManagerPlan("pnpm", _pnpm_for_lockfile(files["pnpm-lock.yaml"]), lockfile)
    if manager == "yarn":
        berry = b"__metadata:" in files["yarn.lock"]
        return ManagerPlan("yarn", YARN_BERRY if berry else YARN_CLASSIC, lockfile)
    if lockfile is None:
        note = (
            "This app has no lockfile, so npm resolves its packages afresh; peer dependency "
            "conflicts do not stop the install."
        )
        return ManagerPlan("npm", None, None, (note,))
    return ManagerPlan("npm", None, lockfile)


def _bun_plan(source: str) -> ManagerPlan:
    return ManagerPlan(
        "npm",
        None,
        None,
        (
            f"This app uses Bun ({source}), which the local preview does not support; npm "
            "installs its packages instead, with lenient peer dependencies.",
        ),
    )


def _declared_manager(package_json: bytes) -> tuple[str, str] | None:
    try:
        value = json.loads(package_json).get("packageManager")
    except (ValueError, AttributeError):
        return None
    if not isinstance(value, str):
        return None
    match = _PACKAGE_MANAGER.match(value.strip())
    return (match.group(1), match.group(2)) if match else None


def _pnpm_for_lockfile(lockfile: bytes) -> str:
    match = _PNPM_LOCK_VERSION.search(lockfile[:4096])
    if match is None:
        return DEFAULT_PNPM
    major = int(match.group(1))
    return PNPM_BY_LOCKFILE_MAJOR.get(major, DEFAULT_PNPM if major > 9 else "7.33.7")


# ----- command lines ------------------------------------------------------------------------


@dataclass(frozen=True)
class InstallStep:
    """One run of the package manager: its arguments after the CLI script, and extra env."""

    args: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)

    def shown(self, manager: str) -> str:
        """The command as the console shows it: without cache folders and quiet flags."""
        shown: list[str] = [manager]
        skip_value = False
        for arg in self.args:
            if skip_value:
                skip_value = False
            elif arg in _VALUE_FLAGS:
                skip_value = True
            elif arg not in _QUIET_FLAGS and not arg.startswith(("--config.", "--reporter")):
                shown.append(arg)
        return " ".join(shown)


_VALUE_FLAGS = frozenset({"--cache", "--store-dir", "--cache-folder"})
_QUIET_FLAGS = frozenset(
    {
        "--no-audit",
        "--no-fund",
        "--progress=false",
        "--no-progress",
        "--non-interactive",
        "--prefer-offline",
        "--include=dev",
    }
)


def install_step(
    plan: ManagerPlan, cache: Mapping[str, str], *, frozen: bool, scripts: bool, lenient: bool
) -> InstallStep:
    """The install command: from the lockfile when `frozen`, else resolving afresh.

    `cache` maps "npm", "pnpm", "yarn" to their cache folders under l4ydesk's data dir.
    `lenient` (npm only) lets peer-dependency conflicts through, as pnpm and yarn do.
    """
    no_scripts = () if scripts else ("--ignore-scripts",)
    if plan.name == "pnpm":
        args = [
            "install",
            "--frozen-lockfile" if frozen else "--no-frozen-lockfile",
            "--prefer-offline",
            "--store-dir",
            cache["pnpm"],
            "--reporter=append-only",
            # Never ask (there is no terminal) and never swap in another pnpm by itself.
            "--config.confirmModulesPurge=false",
            "--config.manage-package-manager-versions=false",
            "--config.package-manager-strict=false",
            "--config.strict-peer-dependencies=false",
            *no_scripts,
        ]
        return InstallStep(tuple(args), {"npm_config_cache": cache["npm"]})
    if plan.name == "yarn" and plan.berry:
        env = {
            "YARN_ENABLE_SCRIPTS": "true" if scripts else "false",
            "YARN_ENABLE_IMMUTABLE_INSTALLS": "true" if frozen else "false",
            "YARN_NODE_LINKER": "node-modules",  # Next.js's binary must be in node_modules
            "YARN_CACHE_FOLDER": cache["yarn"],
            "YARN_ENABLE_GLOBAL_CACHE": "false",
            "YARN_ENABLE_TELEMETRY": "false",
            "YARN_ENABLE_PROGRESS_BARS": "false",
        }
        return InstallStep(("install", "--immutable" if frozen else "--no-immutable"), env)
    if plan.name == "yarn":
        args = [
            "install",
            "--non-interactive",
            "--prefer-offline",
            "--ignore-engines",
            "--no-progress",
            "--cache-folder",
            cache["yarn"],
            *(("--frozen-lockfile",) if frozen else ()),
            *no_scripts,
        ]
        return InstallStep(tuple(args))
    command = "ci" if frozen else "install"
    args = [
        command,
        "--cache",
        cache["npm"],
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--include=dev",
        "--progress=false",
        *(("--legacy-peer-deps",) if lenient else ()),
        *no_scripts,
    ]
    return InstallStep(tuple(args))


def lockfile_out_of_date(plan: ManagerPlan, output: list[str]) -> bool:
    """Whether a frozen install failed because the lockfile does not match package.json."""
    text = "\n".join(output)
    if plan.name == "pnpm":
        return "ERR_PNPM_" in text and ("LOCKFILE" in text or "lockfile" in text)
    if plan.name == "yarn":
        return "lockfile needs to be updated" in text or "YN0028" in text
    return "in sync" in text or ("npm ci" in text and "package-lock" in text)


def peer_conflicts(output: list[str]) -> list[str]:
    """Peer-dependency conflicts from npm's ERESOLVE report or pnpm's peer warnings."""
    conflicts: list[str] = []
    found = None
    owner = None  # pnpm names the package above its unmet peers ("└─┬ vaul 0.9.9")
    for raw in output:
        line = re.sub(r"^npm (?:error|ERR!|warn)\s*", "", raw.strip())
        if line.startswith("Found: "):
            found = line[len("Found: ") :]
        peer = re.match(r'peer (\S+@"[^"]*") from (\S+)', line)
        if peer:
            wanted, package = peer.groups()
            conflicts.append(
                f"{package} wants {wanted}" + (f" but the app has {found}" if found else "")
            )
        parent = re.search(r"─┬ (\S+) (\S+)$", line)
        if parent:
            owner = f"{parent.group(1)}@{parent.group(2)}"
        unmet = re.search(r'unmet peer (\S+@"?[^":]*"?): found (\S+)', line)
        if unmet:
            who = f"{owner} wants" if owner else "unmet peer"
            conflicts.append(f"{who} {unmet.group(1)} (found {unmet.group(2)})")
    return list(dict.fromkeys(conflicts))


def peers_stopped_install(output: list[str]) -> bool:
    return any("ERESOLVE" in line for line in output)
