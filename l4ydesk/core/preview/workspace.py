"""The folder a local preview runs in: the app's files, source-tagged, written incrementally.

One folder per app under the data dir (`<data>/previews/<app-slug>/`). `node_modules` and `.next`
stay between runs, so a second start needs no install and Next.js reuses its cache. A manifest
remembers what was written, so a sync rewrites only changed files and removes only files that
l4ydesk wrote itself (never what npm or Next.js made). Every file is replaced atomically (temp
file, then rename), so the dev server's watcher never reads half a file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from l4ydesk.core.errors import L4yError
from l4ydesk.core.preview.managers import DEPENDENCY_FILES
from l4ydesk.core.preview.source_tags import can_tag, tag_source

MANIFEST_NAME = ".l4y-manifest.json"
INSTALL_STAMP_NAME = ".l4y-install.json"
SERVER_KEY_NAME = ".l4y-server-key"
NODE_CACHE_NAME = ".l4y-node-cache"  # Node.js's compile cache for `next dev` (NODE_COMPILE_CACHE)
# Bump when tagging changes, so every file is tagged again with the new rules.
_MANIFEST_VERSION = 1
# Top-level names that npm, Next.js and l4ydesk own; app files that claim them are not written.
RESERVED_NAMES = frozenset(
    {"node_modules", ".next", MANIFEST_NAME, INSTALL_STAMP_NAME, SERVER_KEY_NAME, NODE_CACHE_NAME}
)


class WorkspacePathError(L4yError):
    """A file path would land outside the preview workspace."""


@dataclass
class SyncReport:
    """What one sync changed in the workspace."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    # path → sentence, for files whose elements could not be linked to their source
    tag_problems: dict[str, str] = field(default_factory=dict)
    tagged_elements: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)

    @property
    def dependencies_changed(self) -> bool:
        """package.json or a lockfile changed: the preview needs an install and a restart."""
        return any(path in DEPENDENCY_FILES for path in (*self.written, *self.removed))


def workspace_dir(data_dir: Path, app_slug: str) -> Path:
    """The preview folder of the app with `app_slug` under the data dir."""
    safe = re.sub(r"[^a-z0-9-]+", "-", app_slug.lower()).strip("-") or "app"
    return data_dir / "previews" / safe


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PreviewWorkspace:
    """The app's files as the local preview sees them, kept in sync with the app."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # Put before each path in the source tags: the app's folder in its repository when the
        # Next.js app is a folder of it (`frontend/`), so a click still names the stored file.
        self.tag_prefix = ""
        # Syncs run in worker threads; two at once would race on the manifest.
        self._lock = threading.Lock()

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_NAME

    def written_paths(self) -> set[str]:
        """Paths of the app's files currently in the workspace."""
        return set(self._load_manifest())

    def source_hash(self, path: str) -> str | None:
        """Hash of the app's own bytes last written at `path` (before tagging)."""
        return self._load_manifest().get(path)

    def sync(self, files: Mapping[str, bytes]) -> SyncReport:
        """Make the workspace hold exactly `files` (tagged), touching only what changed."""
        with self._lock:
            return self._sync(files)

    def _sync(self, files: Mapping[str, bytes]) -> SyncReport:
        started = time.perf_counter()
        self.root.mkdir(parents=True, exist_ok=True)
        root = self.root.resolve()
        previous = self._load_manifest()
        wanted = {p: d for p, d in files.items() if p.split("/", 1)[0] not in RESERVED_NAMES}
        report = SyncReport(skipped=sorted(set(files) - set(wanted)))
        manifest = dict(previous)
        try:
            # Removals first, so a file may turn into a folder of the same name (and back).
            for path in sorted(set(previous) - set(wanted)):
                target = _inside(root, path)
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                _prune_empty_parents(root, target.parent)
                del manifest[path]
                report.removed.append(path)
            for path, data in sorted(wanted.items()):
                target = _inside(root, path)
                digest = hash_bytes(data)
                if previous.get(path) == digest and target.is_file():
                    report.unchanged += 1
                    continue
                manifest.pop(path, None)  # unknown content until the write succeeds
                content = data
                if can_tag(path):
                    result = tag_source(self.tag_prefix + path, data)
                    content = result.source
                    report.tagged_elements += result.tagged
                    if result.problem:
                        report.tag_problems[path] = result.problem
                _write_atomic(target, content)
                manifest[path] = digest
                report.written.append(path)
        finally:
            # Saved even when a write fails half-way, so the next sync knows what is on disk.
            self._save_manifest(manifest)
        report.seconds = time.perf_counter() - started
        return report

    def server_key(self) -> str:
        """This workspace's server-actions key for `next dev`, the same on every start.

        Next.js 15 and 16 put this key into the version of webpack's cache (and Turbopack's
        defines). They keep it in .next/cache, except where they think the disk is ephemeral (a
        container: /.dockerenv), where they make a new one per start; the whole compile cache
        then misses and a restart compiles everything again (4x slower on the sample app). It
        only encrypts Server Action arguments of this local dev server, so a file next to .next
        (where Next.js keeps it too) is the right place for it.
        """
        path = self.root / SERVER_KEY_NAME
        with self._lock:
            with contextlib.suppress(OSError):
                key = path.read_text("ascii").strip()
                if len(key) == 44:  # base64 of 32 bytes, as Next.js makes it
                    return key
            key = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            self.root.mkdir(parents=True, exist_ok=True)
            _write_atomic(path, key.encode("ascii"))
            return key

    def _load_manifest(self) -> dict[str, str]:
        try:
            raw = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("version") != _MANIFEST_VERSION:
            return {}
        files = raw.get("files")
        if not isinstance(files, dict):
            return {}
        return {str(k): str(v) for k, v in files.items()}

    def _save_manifest(self, files: Mapping[str, str]) -> None:
        payload = {"version": _MANIFEST_VERSION, "files": dict(sorted(files.items()))}
        _write_atomic(self.manifest_path, json.dumps(payload, indent=1).encode())


def _inside(root: Path, path: str) -> Path:
    # Paths come normalized from the VFS; check anyway, because a symlink that npm or a user
    # put in the workspace could otherwise redirect a write outside it.
    target = (root / path).resolve()
    if not target.is_relative_to(root) or target == root:
        raise WorkspacePathError(f"'{path}' would be written outside the preview folder.")
    return target


def _write_atomic(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Not tempfile.mkstemp: its files are private (0600), while the workspace's files should
    # get the user's usual permissions (the umask) like any project folder.
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.l4y-tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(content)
        # No fsync: the workspace is rebuilt from the store at any time, so a crash costs a
        # rewrite, while fsync per file would make a 500-file sync crawl.
        _replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _replace(temp: Path, target: Path) -> None:
    for attempt in range(5):
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            # Windows refuses to replace a file that another process (the dev server's watcher)
            # has open at this instant; it is open only briefly, so try again.
            if sys.platform != "win32" or attempt == 4:
                raise
            time.sleep(0.05)


def _prune_empty_parents(root: Path, folder: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or gone): stop climbing
        folder = folder.parent
