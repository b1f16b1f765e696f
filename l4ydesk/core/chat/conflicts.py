"""Three-way comparison of a new v0 version with the app's files, and "keep both" naming.

For each path: base is what v0 last wrote into the app, mine is the app's file now, theirs is
the new version's file (None when v0 deleted it). If v0 did not change a file, the app keeps
whatever it has; if the user did not change it, v0's change is applied; if both changed it
differently, it is a conflict and nothing is written for it until the user chooses.

A file missing from a version is not a deleted file: v1 versions hold only the generated source
unless ``includeDefaultFiles=true`` (the v1 spec, chats.getVersion), so package.json and the
configs are routinely absent. Only the paths v0 says it deleted (v2 ``file-edit`` parts with
``operation: "delete"``) count as deletions; any other absent file keeps its base.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from posixpath import basename, dirname

from l4ydesk.core.errors import InvalidPathError
from l4ydesk.core.paths import normalize_path, path_key
from l4ydesk.core.vfs import content_hash

# The copy of v0's version kept beside the user's file: `app/page.tsx` → `app/page.v0.tsx`.
# The tag goes before the last extension so editors still highlight the file, and Next.js does
# not treat `page.v0.tsx` as a route file.
BOTH_TAG = "v0"


@dataclass(frozen=True)
class LocalFile:
    path: str
    hash: str


@dataclass(frozen=True)
class PlannedConflict:
    path: str
    theirs: str | None


@dataclass(frozen=True)
class SyncPlan:
    """What applying a version does: writes, deletes, conflicts, and the new base."""

    writes: dict[str, bytes]
    deletes: tuple[str, ...]
    conflicts: tuple[PlannedConflict, ...]
    base: dict[str, str]
    skipped: tuple[str, ...]  # sentences for files of the version that cannot be stored


def plan_sync(
    base: Mapping[str, str],
    local: Mapping[str, LocalFile],
    theirs: Mapping[str, str],
    deleted: Collection[str] = (),
) -> SyncPlan:
    """Compare `theirs` ({path: text}) with `base` ({path: hash}) and `local` (by path key);
    `deleted` are the paths v0 says it deleted."""
    skipped: list[str] = []
    incoming: dict[str, tuple[str, str, bytes]] = {}
    for raw, text in theirs.items():
        try:
            path = normalize_path(raw)
        except InvalidPathError as exc:
            skipped.append(f"v0 sent a file that cannot be stored: {exc}")
            continue
        data = text.encode("utf-8")
        incoming[path_key(path)] = (path, content_hash(data), data)
    base_by_key = {path_key(p): h for p, h in base.items()}
    gone = {path_key(p) for p in deleted}
    kept_base = {p: h for p, h in base.items() if path_key(p) not in incoming.keys() | gone}

    writes: dict[str, bytes] = {}
    deletes: list[str] = []
    conflicts: list[PlannedConflict] = []
    for key in sorted(incoming.keys() | (base_by_key.keys() & gone)):
        new = incoming.get(key)
        theirs_hash = new[1] if new else None
        base_hash = base_by_key.get(key)
        mine = local.get(key)
        mine_hash = mine.hash if mine else None
        if theirs_hash == base_hash or mine_hash == theirs_hash:
            continue  # v0 did not change it, or the app already has v0's content
        if mine_hash == base_hash:
            if new is None:
                assert mine is not None  # base is set (theirs differs from it), so mine is
                deletes.append(mine.path)
            else:
                # An existing file keeps its spelling; the store refuses case-only twins.
                writes[mine.path if mine else new[0]] = new[2]
            continue
        path = new[0] if new else (mine.path if mine else key)
        conflicts.append(PlannedConflict(path, new[2].decode("utf-8") if new else None))
    return SyncPlan(
        writes=writes,
        deletes=tuple(deletes),
        conflicts=tuple(conflicts),
        base={**kept_base, **{path: digest for path, digest, _ in incoming.values()}},
        skipped=tuple(skipped),
    )


def both_path(path: str, taken: Callable[[str], bool]) -> str:
    """A free path beside `path` for v0's copy: `page.v0.tsx`, then `page.v0-2.tsx`, ..."""
    folder, name = dirname(path), basename(path)
    # A leading dot is part of the name (".env"), not an extension.
    dot = name.rfind(".")
    stem, ext = (name[:dot], name[dot:]) if dot > 0 else (name, "")
    n = 1
    while True:
        tag = BOTH_TAG if n == 1 else f"{BOTH_TAG}-{n}"
        candidate = f"{stem}.{tag}{ext}"
        full = f"{folder}/{candidate}" if folder else candidate
        if not taken(full):
            return full
        n += 1
