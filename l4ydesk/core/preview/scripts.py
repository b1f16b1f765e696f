"""Install scripts: off by default, which installed packages wanted one, and the per-app choice.

An app's packages are untrusted code and their install scripts run with the user's rights, so
the preview installs with scripts off. Almost every package a v0 app uses works without its
script (Next.js's compiler, esbuild, sharp and Tailwind's engine ship prebuilt binaries as
optional packages); for the rare one that does not, the console names the packages whose script
did not run and the user can allow scripts for that app alone. The choice is kept in
`<data>/previews/<app-slug>.options.json`, beside the app's preview folder.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from l4ydesk.core.preview.workspace import workspace_dir

_SCRIPT_NAMES = ("preinstall", "install", "postinstall")


@dataclass(frozen=True)
class PreviewOptions:
    """What the user chose for one app's local preview."""

    allow_install_scripts: bool = False


def options_path(data_dir: Path, app_slug: str) -> Path:
    folder = workspace_dir(data_dir, app_slug)
    return folder.with_name(folder.name + ".options.json")


def load_options(data_dir: Path, app_slug: str) -> PreviewOptions:
    try:
        raw = json.loads(options_path(data_dir, app_slug).read_text("utf-8"))
    except (OSError, ValueError):
        return PreviewOptions()
    if not isinstance(raw, dict):
        return PreviewOptions()
    return PreviewOptions(allow_install_scripts=raw.get("allow_install_scripts") is True)


def save_options(data_dir: Path, app_slug: str, options: PreviewOptions) -> None:
    path = options_path(data_dir, app_slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(asdict(options)), "utf-8")
    os.replace(temp, path)


def packages_with_scripts(root: Path) -> list[str]:
    """Names of installed packages that have an install script (npm, pnpm and yarn layouts)."""
    found: set[str] = set()
    _visit(root / "node_modules", found, depth=0)
    return sorted(found)


def _visit(modules: Path, found: set[str], depth: int) -> None:
    if depth > 8:  # nested node_modules are rarely deeper; a symlink loop must not hang us
        return
    for entry in _entries(modules):
        if entry.name == ".pnpm":
            for store_entry in _entries(entry):
                _visit(store_entry / "node_modules", found, depth + 1)
        elif entry.name.startswith("."):
            continue
        elif entry.name.startswith("@"):
            for scoped in _entries(entry):
                _check(scoped, f"{entry.name}/{scoped.name}", found, depth)
        else:
            _check(entry, entry.name, found, depth)


def _check(package: Path, name: str, found: set[str], depth: int) -> None:
    if package.is_symlink():
        return  # pnpm links: the real folder is visited under node_modules/.pnpm
    if has_install_script(package):
        found.add(name)
    nested = package / "node_modules"
    if nested.is_dir():
        _visit(nested, found, depth + 1)


def has_install_script(package: Path) -> bool:
    try:
        manifest = json.loads((package / "package.json").read_bytes())
    except (OSError, ValueError):
        return False
    scripts = manifest.get("scripts") if isinstance(manifest, dict) else None
    if isinstance(scripts, dict) and any(scripts.get(name) for name in _SCRIPT_NAMES):
        return True
    # npm runs `node-gyp rebuild` for a package with binding.gyp and no install script.
    return (package / "binding.gyp").is_file()


def _entries(folder: Path) -> Iterable[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return ()


def scripts_note(names: Sequence[str]) -> str | None:
    """The console's sentence after an install with scripts off."""
    if not names:
        return None
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    return (
        f"Install scripts are off for safety; {len(names)} package"
        f"{'s have' if len(names) != 1 else ' has'} one that did not run ({shown}). Most work "
        "without it. If the preview fails because of one, allow install scripts for this app."
    )


def blamed_packages(names: Sequence[str], output: Iterable[str]) -> list[str]:
    """The packages with skipped scripts that an error output mentions."""
    text = "\n".join(output)
    return [n for n in names if re.search(rf"(?<![\w@/-]){re.escape(n)}(?![\w-])", text)]
