"""The `next dev` command line for the Next.js version the app installed.

Next.js 14 and 15 start with webpack: 14's Turbopack was experimental and refuses much of what v0
emits, and 15's keeps no cache between runs, while webpack's persistent cache (.next/cache) makes
the second start and each hot reload faster (measured on the sample app, see the README: on
15.5 a second start with Turbopack took 61-80 s and 15-19 CPU seconds, webpack 13-24 s at the
same load). 16 uses Turbopack by default, with a cache on disk from 16.1, and takes `--webpack`
to opt out (on a real 16.1 v0 app, webpack's second start was no faster: 46-51 s compiling at
load 20). An explicit choice in the app's own `dev` script (`--turbo`, `--turbopack`,
`--webpack`) wins, and so does the caller's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

NEXT_PACKAGE = Path("node_modules") / "next" / "package.json"
_VERSION = re.compile(r"(\d+)\.(\d+)")


@dataclass(frozen=True)
class DevCommand:
    """What follows `next dev -H host -p port`, and which bundler that means."""

    flags: tuple[str, ...]
    bundler: str  # "Turbopack" or "webpack"
    next_version: str


def installed_next_version(root: Path) -> str:
    try:
        version = json.loads((root / NEXT_PACKAGE).read_bytes()).get("version")
    except (OSError, ValueError, AttributeError):
        return ""
    return version if isinstance(version, str) else ""


def dev_command(root: Path, turbopack: bool | None = None) -> DevCommand:
    """Flags for `next dev` in the workspace at `root`; `turbopack` None lets l4ydesk choose."""
    version = installed_next_version(root)
    match = _VERSION.match(version)
    major = int(match.group(1)) if match else 15
    if turbopack is None:
        turbopack = _script_choice(root)
    if turbopack is None:
        turbopack = major >= 16
    if major >= 16:
        return DevCommand(() if turbopack else ("--webpack",), _name(turbopack), version)
    if not turbopack:
        return DevCommand((), "webpack", version)
    return DevCommand(("--turbopack",) if major >= 15 else ("--turbo",), "Turbopack", version)


def _script_choice(root: Path) -> bool | None:
    try:
        scripts = json.loads((root / "package.json").read_bytes()).get("scripts") or {}
        dev = scripts.get("dev") if isinstance(scripts, dict) else None
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(dev, str) or "next" not in dev:
        return None
    if "--webpack" in dev:
        return False
    if "--turbo" in dev:  # also --turbopack
        return True
    return None


def _name(turbopack: bool) -> str:
    return "Turbopack" if turbopack else "webpack"
