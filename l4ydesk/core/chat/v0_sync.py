"""Writing a v0 version into an app's files, and settling the conflicts that left behind.

The version's changed files land as revisions with source v0 in one `write_many` (all or
nothing); files v0 says it deleted go to the app's trash, so they can be brought back (a file
that is merely absent from a version stays). Local edits are never overwritten: they become
stored conflicts, resolved later with keep_mine, take_theirs or keep_both. Each change is
recorded on the turn, in the built-in AI's format, so a v0 turn is undone as a whole too.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from l4ydesk.clients.v0_models import ChatVersion
from l4ydesk.core.chat.conflicts import LocalFile, PlannedConflict, both_path, plan_sync
from l4ydesk.core.chat.errors import ConflictNotFoundError
from l4ydesk.core.chat.history import ChatLog, V0State
from l4ydesk.core.chat.values import Conflict, ConflictChoice, FileChanges
from l4ydesk.core.errors import FileNotFoundInAppError
from l4ydesk.core.paths import normalize_path, path_key
from l4ydesk.core.vfs import VirtualFileSystem, content_hash
from l4ydesk.storage.chat_models import ChatConflict
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import RevisionSource, utcnow


@dataclass(frozen=True)
class SyncOutcome:
    changes: FileChanges
    conflicts: tuple[Conflict, ...]
    skipped: tuple[str, ...]


class V0Sync:
    """Applies v0 versions to an app and keeps its open conflicts."""

    def __init__(self, store: Store, vfs: VirtualFileSystem, log: ChatLog) -> None:
        self._store = store
        self._vfs = vfs
        self._log = log

    def apply_version(
        self,
        app_id: int,
        state: V0State,
        remote_chat_id: str,
        version: ChatVersion,
        turn_id: int | None = None,
        deleted_by_v0: Collection[str] = (),
    ) -> SyncOutcome:
        """Write `version` into the app; returns what changed and what conflicts.

        `deleted_by_v0` are the paths v0 said it deleted; nothing else is ever deleted.
        """
        infos = self._vfs.list_files(app_id)
        local = {path_key(info.path): LocalFile(info.path, info.content_hash) for info in infos}
        plan = plan_sync(state.base_hashes, local, version.file_map(), deleted_by_v0)
        message = f"v0 version {version.id}"
        before = {path_key(info.path): info.revision for info in infos}
        written = self._vfs.write_many(app_id, plan.writes, RevisionSource.V0, message)
        changes: list[dict[str, Any]] = []
        for info in written:
            revision = before.get(path_key(info.path))
            change: dict[str, Any] = {"op": "create" if revision is None else "write"}
            change.update(file_id=info.file_id, path=info.path, after=info.content_hash)
            if revision is not None:
                change["before"] = revision
            changes.append(change)
        deleted: list[str] = []
        for path in plan.deletes:
            try:
                file_ids = self._vfs.delete(app_id, path)
            except FileNotFoundInAppError:
                continue  # deleted meanwhile: the outcome is the same
            deleted.append(path)
            changes.append({"op": "delete", "path": path, "file_ids": file_ids})
        if turn_id is not None:
            for change in changes:
                self._log.record_change(turn_id, change)
        self._save_conflicts(app_id, turn_id, version.id, plan.conflicts, plan.base)
        # The base moves to the new version last: if anything above failed, the next sync
        # compares against the old base again and redoes the same work.
        self._log.save_v0_state(
            state.chat_id,
            remote_chat_id=remote_chat_id,
            version_id=version.id,
            base_hashes=plan.base,
            demo_url=version.demo_url,
        )
        conflicts = tuple(
            self._conflict(app_id, c.path, c.theirs, version.id) for c in plan.conflicts
        )
        return SyncOutcome(
            FileChanges(written=tuple(f.path for f in written), deleted=tuple(deleted)),
            conflicts,
            plan.skipped,
        )

    def open_conflicts(self, app_id: int) -> list[Conflict]:
        with self._store.session() as session:
            rows = session.scalars(
                select(ChatConflict)
                .where(ChatConflict.app_id == app_id, ChatConflict.resolved_at.is_(None))
                .order_by(ChatConflict.path)
            ).all()
            found = [(r.path, r.theirs, r.version_id) for r in rows]
        return [self._conflict(app_id, *row) for row in found]

    def resolve(self, app_id: int, path: str, choice: ConflictChoice) -> FileChanges:
        """Settle the open conflict on `path`; returns the files this wrote or deleted."""
        path = normalize_path(path)
        with self._store.session() as session:
            row = session.scalar(
                select(ChatConflict).where(
                    ChatConflict.app_id == app_id,
                    ChatConflict.path == path,
                    ChatConflict.resolved_at.is_(None),
                )
            )
            if row is None:
                raise ConflictNotFoundError(f"'{path}' has no open conflict with v0.")
            conflict_id, theirs, version_id = row.id, row.theirs, row.version_id
        changes = FileChanges()
        message = f"v0 version {version_id} ({choice.value.replace('_', ' ')})"
        if choice is ConflictChoice.TAKE_THEIRS:
            if theirs is None:
                if self._vfs.exists(app_id, path):
                    self._vfs.delete(app_id, path)
                    changes = FileChanges(deleted=(path,))
            else:
                info = self._vfs.write(app_id, path, theirs.encode(), RevisionSource.V0, message)
                changes = FileChanges(written=(info.path,))
        elif choice is ConflictChoice.KEEP_BOTH and theirs is not None:
            beside = both_path(path, lambda p: self._vfs.exists(app_id, p))
            info = self._vfs.write(app_id, beside, theirs.encode(), RevisionSource.V0, message)
            changes = FileChanges(written=(info.path,))
        with self._store.session() as session:
            settled = session.get(ChatConflict, conflict_id)
            assert settled is not None
            settled.resolved_at = utcnow()
            settled.resolution = choice.value
        return changes

    def _save_conflicts(
        self,
        app_id: int,
        turn_id: int | None,
        version_id: str,
        new: tuple[PlannedConflict, ...],
        base: dict[str, str],
    ) -> None:
        new_keys = {path_key(c.path) for c in new}
        base_by_key = {path_key(p): h for p, h in base.items()}
        now = utcnow()
        with self._store.session() as session:
            for row in session.scalars(
                select(ChatConflict).where(
                    ChatConflict.app_id == app_id, ChatConflict.resolved_at.is_(None)
                )
            ):
                key = path_key(row.path)
                theirs_hash = content_hash(row.theirs.encode()) if row.theirs is not None else None
                # An open conflict stays while v0 still holds the same content for the file.
                if key in new_keys or base_by_key.get(key) != theirs_hash:
                    row.resolved_at = now
                    row.resolution = "superseded"
            session.add_all(
                ChatConflict(
                    app_id=app_id,
                    turn_id=turn_id,
                    path=c.path,
                    theirs=c.theirs,
                    version_id=version_id,
                )
                for c in new
            )

    def _conflict(self, app_id: int, path: str, theirs: str | None, version_id: str) -> Conflict:
        try:
            mine: str | None = self._vfs.read(app_id, path).decode("utf-8", errors="replace")
        except FileNotFoundInAppError:
            mine = None
        return Conflict(path=path, mine=mine, theirs=theirs, version_id=version_id)
