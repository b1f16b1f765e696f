"""Edits to package.json that keep its formatting, and the table of versions the rules pin."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from l4ydesk.core.publish.compat.model import FileSet
from l4ydesk.core.publish.compat.project import PACKAGE_JSON, app_of
from l4ydesk.resource_paths import resource

_TYPES_PREFIX = "@types/"


@cache
def _table() -> dict[str, dict[str, str]]:
    data: dict[str, Any] = json.loads(
        resource("compat", "dependency_versions.json").read_text(encoding="utf-8")
    )
    return {"dependencies": data["dependencies"], "devDependencies": data["devDependencies"]}


def pinned_version(name: str) -> tuple[str, str] | None:
    """(section, version) the rules add `name` with, or None when the table has no version."""
    for section, versions in _table().items():
        if name in versions:
            return section, versions[name]
    return None


def tailwind_version(major: int) -> str:
    return _table()["devDependencies"][f"tailwindcss@{major}"]


def add_dependencies(fs: FileSet, additions: dict[str, tuple[str, str]]) -> bool:
    """Add `name -> (section, version)` to package.json, keeping its indentation; sections and
    keys stay sorted the way npm writes them. False when nothing was missing."""
    text = fs.text(PACKAGE_JSON)
    if text is None:
        return False
    data: dict[str, Any] = json.loads(text)
    changed = False
    for name, (section, version) in sorted(additions.items()):
        block = data.get(section)
        if not isinstance(block, dict):
            block = data[section] = {}
        if name in block:
            continue
        block[name] = version
        data[section] = dict(sorted(block.items()))
        changed = True
    if changed:
        fs.write(PACKAGE_JSON, dump_like(text, data))
    return changed


def remove_dependency(fs: FileSet, name: str) -> bool:
    text = fs.text(PACKAGE_JSON)
    if text is None:
        return False
    data: dict[str, Any] = json.loads(text)
    changed = False
    for section in ("dependencies", "devDependencies"):
        block = data.get(section)
        if isinstance(block, dict) and name in block:
            del block[name]
            changed = True
    if changed:
        fs.write(PACKAGE_JSON, dump_like(text, data))
    return changed


def dump_like(original: str, data: dict[str, Any]) -> str:
    """JSON in the original's indentation, with its final newline (npm's own style)."""
    match = re.search(r"\n([ \t]+)\"", original)
    indent: int | str = match.group(1) if match else 2
    if isinstance(indent, str) and indent.strip(" ") == "":
        indent = len(indent)
    ending = "\n" if original.endswith("\n") or not original else ""
    return json.dumps(data, indent=indent, ensure_ascii=False) + ending


def section_for(name: str) -> str:
    return "devDependencies" if name.startswith(_TYPES_PREFIX) else "dependencies"


def declared(fs: FileSet, name: str) -> bool:
    return app_of(fs).has_dependency(name)
