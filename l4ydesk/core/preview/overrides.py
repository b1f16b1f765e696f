"""npm's rule for `overrides` of a direct dependency, met in the preview's copy of package.json.

Bun, pnpm and yarn let an app override a package it also depends on directly (`"postcss":
"^8.5.25"` next to the override `"postcss": "8.5.25"`): the override wins everywhere. npm refuses
that (EOVERRIDE) unless both specs are the same. When npm installs for such an app (a Bun app,
which the preview installs with npm), the preview's copy of package.json gets the override's
spec as the direct dependency's spec too, which is what those managers resolve anyway. The app's
own files are never changed.
"""

from __future__ import annotations

import json
from pathlib import Path

DEPENDENCY_SECTIONS = ("dependencies", "devDependencies", "optionalDependencies")


def aligned_overrides(package_json: bytes) -> tuple[bytes, list[str]]:
    """package.json with each directly-depended, string override copied to the dependency.

    Returns the new bytes and one "name: old → new" per change (none: the bytes unchanged).
    """
    try:
        data = json.loads(package_json)
    except ValueError:
        return package_json, []
    if not isinstance(data, dict) or not isinstance(data.get("overrides"), dict):
        return package_json, []
    changes: list[str] = []
    for name, spec in data["overrides"].items():
        if not isinstance(spec, str) or spec.startswith("$"):
            continue  # nested overrides and "$name" references already suit npm
        for section in DEPENDENCY_SECTIONS:
            deps = data.get(section)
            if isinstance(deps, dict) and isinstance(deps.get(name), str) and deps[name] != spec:
                changes.append(f"{name}: {deps[name]} → {spec}")
                deps[name] = spec
    if not changes:
        return package_json, []
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"), changes


def align_overrides_in(root: Path) -> list[str]:
    """Apply `aligned_overrides` to the package.json in the folder `root`; the changes made."""
    path = root / "package.json"
    try:
        original = path.read_bytes()
    except OSError:
        return []
    updated, changes = aligned_overrides(original)
    if changes:
        path.write_bytes(updated)
    return changes
