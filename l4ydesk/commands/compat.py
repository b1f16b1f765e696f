"""`l4ydesk compat FOLDER [--check] [--json]`: the v0 compatibility rules on an app's folder.

Exit codes: 0 nothing to change or changes written, 1 `--check` found changes to make,
2 the folder is not an app (a sentence says why).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from l4ydesk.core.analyzer.project import load_project
from l4ydesk.core.publish.compat import CompatResult, NotAnAppError, apply_rules

# Images and fonts are read too: the rules check that referenced files exist.
_MAX_FILE_BYTES = 64 * 1024 * 1024


def register(verbs: Any) -> None:
    compat = verbs.add_parser(
        "compat", help="make a v0 app build: Tailwind, fonts, components, packages, directives"
    )
    compat.add_argument("folder", type=Path, help="the app's folder (the one with package.json)")
    compat.add_argument(
        "--check", action="store_true", help="only say what would change (exit 1 if anything)"
    )
    compat.add_argument("--json", action="store_true", help="print the changes as JSON")


def run(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is a file, not a folder"
        print(
            f"l4ydesk: {folder} {what}; give the app's folder (the one with package.json).",
            file=sys.stderr,
        )
        return 2
    skipped: list[tuple[str, str]] = []
    files = load_project(folder, max_file_bytes=_MAX_FILE_BYTES, skipped=skipped)
    try:
        result = apply_rules(files)
    except NotAnAppError as exc:
        print(f"l4ydesk: {folder}: {exc}", file=sys.stderr)
        return 2
    changed = result.changed_paths(files)
    removed = result.removed_paths(files)
    if result.changes and not args.check:
        for path in changed:
            write_atomic(folder / path, result.files[path])
        for path in removed:  # a renamed file's old name, once the new one is written
            (folder / path).unlink(missing_ok=True)
    if args.json:
        print(
            json.dumps(
                _as_json(folder, files, result, [*changed, *removed], applied=not args.check),
                indent=2,
            )
        )
    else:
        _print(files, result, [*changed, *removed], check=args.check)
    return 1 if args.check and result.changes else 0


def _print(
    before: dict[str, bytes], result: CompatResult, changed: list[str], *, check: bool
) -> None:
    if not result.changes:
        print("Nothing to change: the app already follows the compatibility rules.")
        return
    for change in result.changes:
        print(f"{change.rule}: {change.description}")
        for path in change.paths:
            print(f"  {_mark(path, before, result)} {path}")
    verb = "Would change" if check else "Changed"
    print(
        f"{verb} {len(changed)} file{'s' if len(changed) != 1 else ''} "
        f"({len(result.changes)} change{'s' if len(result.changes) != 1 else ''})."
    )
    if check:
        print("Run without --check to write them.")


def _as_json(
    folder: Path,
    before: dict[str, bytes],
    result: CompatResult,
    changed: list[str],
    *,
    applied: bool,
) -> dict[str, Any]:
    return {
        "folder": str(folder),
        "changed": bool(result.changes),
        "applied": applied and bool(result.changes),
        "changes": [c.to_dict() for c in result.changes],
        "files": [{"path": p, "status": _status(p, before, result)} for p in changed],
    }


def _status(path: str, before: dict[str, bytes], result: CompatResult) -> str:
    if path not in result.files:
        return "removed"
    return "added" if path not in before else "modified"


def _mark(path: str, before: dict[str, bytes], result: CompatResult) -> str:
    return {"removed": "-", "added": "+", "modified": "~"}[_status(path, before, result)]


def write_atomic(target: Path, content: bytes) -> None:
    """Replace `target` in one step (a crash leaves the old file or the new, never half);
    fsync'd, since this is the user's own source folder, not a copy rebuilt on demand."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.l4y-tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temp, target.stat().st_mode & 0o7777)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
