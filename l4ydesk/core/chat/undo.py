"""Undoing one built-in AI or v0 step (all file changes of one message's turn) as a whole.

The changes are replayed backwards: written files get their previous revision back, created
files go to the trash, deleted files come back, renamed files move back. Every undo is itself a
new revision (source user), so nothing is lost either way. A step is refused when its files were
changed after it (by the user or a later step), unless forced, because undoing would silently
throw those later edits out of the current files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from l4ydesk.core.chat.errors import UndoError
from l4ydesk.core.chat.history import ChatLog, TurnRecord
from l4ydesk.core.chat.values import FileChanges
from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import FileEntry, FileRevision, RevisionSource


@dataclass(frozen=True)
class _Expected:
    live: bool
    hash: str | None = None  # None: content not known to the step (a rename)
    path: str | None = None


class AgentUndo:
    def __init__(self, store: Store, vfs: VirtualFileSystem, log: ChatLog) -> None:
        self._store = store
        self._vfs = vfs
        self._log = log

    def undo(self, app_id: int, turn_id: int | None = None, *, force: bool = False) -> FileChanges:
        """Undo the step of `turn_id` (default: the newest step not undone yet)."""
        turn = self._step(app_id, turn_id)
        changes = list(turn.changes)
        if not force:
            changed = self._changed_since(changes)
            if changed:
                raise UndoError(
                    f"These files changed after {turn.provider.label}'s step, so it was not "
                    f"undone: {', '.join(changed)}. Undo the later changes first."
                )
        done = FileChanges()
        try:
            for change in reversed(changes):
                done += self._revert(app_id, change)
        except L4yError as exc:
            raise UndoError(
                f"The step could only be partly undone: {exc} Everything it did is still in "
                "each file's history."
            ) from exc
        self._log.mark_undone(turn.turn_id)
        return done

    def _step(self, app_id: int, turn_id: int | None) -> TurnRecord:
        if turn_id is None:
            open_steps = [t for t in self._log.agent_steps(app_id) if t.undone_at is None]
            if not open_steps:
                raise UndoError("There is no built-in AI or v0 step to undo.")
            return open_steps[0]
        turn = self._log.turn(turn_id)
        if turn.app_id != app_id:
            raise UndoError("That message is not a step of this app.")
        who = turn.provider.label
        if not turn.changes:
            raise UndoError(f"That {who} step changed no files; there is nothing to undo.")
        if turn.undone_at is not None:
            raise UndoError(f"That {who} step was already undone.")
        return turn

    def _changed_since(self, changes: list[dict[str, Any]]) -> list[str]:
        """Paths whose current state is not what the step left."""
        expected: dict[int, _Expected] = {}
        for change in changes:
            op = change["op"]
            if op in ("create", "write"):
                expected[change["file_id"]] = _Expected(True, change["after"], change["path"])
            elif op == "delete":
                for file_id in change["file_ids"]:
                    expected[file_id] = _Expected(False)
            elif op == "rename":
                for file_id, _old, new in change["files"]:
                    known = expected.get(file_id)
                    expected[file_id] = _Expected(True, known.hash if known else None, new)
        changed: list[str] = []
        with self._store.session() as session:
            rows = session.execute(
                select(FileEntry, FileRevision.blob_hash)
                .join(FileRevision, FileEntry.current_revision_id == FileRevision.id)
                .where(FileEntry.id.in_(list(expected)))
            ).all()
            current = {entry.id: (entry, digest) for entry, digest in rows}
            for file_id, want in expected.items():
                found = current.get(file_id)
                if found is None:
                    changed.append(want.path or f"file {file_id}")
                    continue
                entry, digest = found
                if (
                    (entry.deleted_at is None) != want.live
                    or (want.live and want.hash is not None and digest != want.hash)
                    or (want.live and want.path is not None and entry.path != want.path)
                ):
                    changed.append(entry.path)
        return sorted(set(changed))

    def _revert(self, app_id: int, change: dict[str, Any]) -> FileChanges:
        op = change["op"]
        if op == "write":
            path = self._path_of(change["file_id"])
            self._vfs.restore_revision(app_id, path, change["before"], RevisionSource.USER)
            return FileChanges(written=(path,))
        if op == "create":
            path = self._path_of(change["file_id"])
            self._vfs.delete(app_id, path)
            return FileChanges(deleted=(path,))
        if op == "delete":
            restored = self._vfs.undelete(app_id, change["file_ids"])
            return FileChanges(written=tuple(info.path for info in restored))
        if op == "rename":
            self._vfs.rename(app_id, change["new"], change["old"], RevisionSource.USER)
            return FileChanges(renamed=((change["new"], change["old"]),))
        raise UndoError(f"The step holds a change l4ydesk does not know ({op!r}).")

    def _path_of(self, file_id: int) -> str:
        with self._store.session() as session:
            entry = session.get(FileEntry, file_id)
            if entry is None:
                raise UndoError("A file of this step no longer exists.")
            return entry.path
