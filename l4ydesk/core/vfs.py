"""The virtual file system of builder apps: files with full revision history in the local store.

Every change is a new revision (content-addressed), so nothing is overwritten: deletes are
recoverable and any revision can be restored. Each operation is one short transaction, so a
crash leaves either the previous or the new revision, never half of one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from sqlalchemy import select

from l4ydesk.core.errors import (
    BinaryFileError,
    FileExistsInAppError,
    FileNotFoundInAppError,
    InvalidPathError,
)
from l4ydesk.core.paths import is_under, normalize_path, path_key
from l4ydesk.core.sniff import looks_binary as looks_binary  # re-exported: callers use vfs
from l4ydesk.core.vfs_records import DeletedFile as DeletedFile
from l4ydesk.core.vfs_records import FileInfo as FileInfo
from l4ydesk.core.vfs_records import RevisionInfo as RevisionInfo
from l4ydesk.core.vfs_records import content_hash as content_hash
from l4ydesk.core.vfs_records import file_info as _file_info
from l4ydesk.core.vfs_rows import WRITE_BATCH as WRITE_BATCH
from l4ydesk.core.vfs_rows import VfsRows
from l4ydesk.storage.db import retry_on_conflict
from l4ydesk.storage.models import (
    Blob,
    FileEntry,
    FileRevision,
    RevisionOperation,
    RevisionSource,
    utcnow,
)

ProgressCallback = Callable[[int, int], None]


class VirtualFileSystem(VfsRows):
    """Files of builder apps, read and written through the local store."""

    # ----- reading -------------------------------------------------------------------------

    def list_files(self, app_id: int) -> list[FileInfo]:
        """Every live file of the app, sorted by path."""
        with self._store.session() as session:
            self._require_app(session, app_id)
            rows = session.execute(
                select(FileEntry, FileRevision)
                .join(FileRevision, FileEntry.current_revision_id == FileRevision.id)
                .where(FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None))
                .order_by(FileEntry.path)
            ).all()
            return [_file_info(entry, rev) for entry, rev in rows]

    def stat(self, app_id: int, path: str) -> FileInfo:
        with self._store.session() as session:
            entry = self._live(session, app_id, normalize_path(path))
            assert entry.current_revision is not None
            return _file_info(entry, entry.current_revision)

    def exists(self, app_id: int, path: str) -> bool:
        with self._store.session() as session:
            return self._find_live(session, app_id, normalize_path(path)) is not None

    def read(self, app_id: int, path: str) -> bytes:
        with self._store.session() as session:
            entry = self._live(session, app_id, normalize_path(path))
            assert entry.current_revision is not None
            return self._blob(session, entry.current_revision.blob_hash)

    def read_text(self, app_id: int, path: str) -> str:
        data = self.read(app_id, path)
        if looks_binary(data):
            raise BinaryFileError(f"'{path}' is a binary file and cannot be opened as text.")
        return data.decode("utf-8")

    def read_all(self, app_id: int) -> dict[str, bytes]:
        """Path → bytes of every live file (for export, analysis, publishing)."""
        with self._store.session() as session:
            rows = session.execute(
                select(FileEntry.path, Blob.data)
                .join(FileRevision, FileEntry.current_revision_id == FileRevision.id)
                .join(Blob, Blob.hash == FileRevision.blob_hash)
                .where(FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None))
                .order_by(FileEntry.path)
            ).all()
            return {path: data for path, data in rows}

    def history(self, app_id: int, path: str) -> list[RevisionInfo]:
        """Revisions of the live file at `path`, newest first."""
        with self._store.session() as session:
            entry = self._live(session, app_id, normalize_path(path))
            return self._history(session, entry.id)

    def file_history(self, file_id: int) -> list[RevisionInfo]:
        with self._store.session() as session:
            return self._history(session, file_id)

    def read_revision(self, revision_id: int) -> bytes:
        with self._store.session() as session:
            rev = session.get(FileRevision, revision_id)
            if rev is None:
                raise FileNotFoundInAppError("That revision no longer exists.")
            return self._blob(session, rev.blob_hash)

    def list_deleted(self, app_id: int) -> list[DeletedFile]:
        with self._store.session() as session:
            rows = session.scalars(
                select(FileEntry)
                .where(FileEntry.app_id == app_id, FileEntry.deleted_at.is_not(None))
                .order_by(FileEntry.deleted_at.desc())
            ).all()
            return [DeletedFile(e.id, e.path, e.deleted_at) for e in rows if e.deleted_at]

    # ----- writing -------------------------------------------------------------------------

    @retry_on_conflict
    def create(
        self,
        app_id: int,
        path: str,
        data: bytes = b"",
        source: RevisionSource = RevisionSource.USER,
    ) -> FileInfo:
        path = normalize_path(path)
        self._check_size(path, data)
        with self._store.write_session() as session:
            self._require_app(session, app_id)
            self._require_free(session, app_id, path)
            entry = FileEntry(app_id=app_id, path=path, path_key=path_key(path))
            session.add(entry)
            session.flush()
            rev = self._add_revision(session, entry, data, source, RevisionOperation.CREATE)
            return _file_info(entry, rev)

    @retry_on_conflict
    def write(
        self,
        app_id: int,
        path: str,
        data: bytes,
        source: RevisionSource = RevisionSource.USER,
        message: str = "",
    ) -> FileInfo:
        """Save `data` as the file's new revision, creating the file if needed.

        Saving the same bytes again adds no revision.
        """
        path = normalize_path(path)
        self._check_size(path, data)
        with self._store.write_session() as session:
            self._require_app(session, app_id)
            entry = self._find_live(session, app_id, path)
            if entry is None:
                self._require_free(session, app_id, path)
                entry = FileEntry(app_id=app_id, path=path, path_key=path_key(path))
                session.add(entry)
                session.flush()
                op = RevisionOperation.CREATE
            else:
                current = entry.current_revision
                if current is not None and current.blob_hash == content_hash(data):
                    return _file_info(entry, current)
                op = RevisionOperation.WRITE
            rev = self._add_revision(session, entry, data, source, op, message)
            return _file_info(entry, rev)

    @retry_on_conflict
    def write_many(
        self,
        app_id: int,
        files: Mapping[str, bytes],
        source: RevisionSource,
        message: str = "",
        progress: ProgressCallback | None = None,
    ) -> list[FileInfo]:
        """Write many files in one transaction (imports, v0 versions): all or nothing."""
        normalized: dict[str, bytes] = {}
        keys: dict[str, str] = {}
        for raw, data in files.items():
            path = normalize_path(raw)
            self._check_size(path, data)
            key = path_key(path)
            if key in keys and keys[key] != path:
                raise InvalidPathError(
                    f"'{keys[key]}' and '{path}' differ only by upper/lower case; "
                    "rename one of them."
                )
            keys[key] = path
            normalized[path] = data
        with self._store.write_session() as session:
            self._require_app(session, app_id)
            live = {
                e.path_key: e
                for e in session.scalars(
                    select(FileEntry).where(
                        FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None)
                    )
                )
            }
            current = {
                file_id: (blob_hash, number)
                for file_id, blob_hash, number in session.execute(
                    select(FileEntry.id, FileRevision.blob_hash, FileRevision.number)
                    .join(FileRevision, FileEntry.current_revision_id == FileRevision.id)
                    .where(FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None))
                ).all()
            }
            hashes = {path: content_hash(data) for path, data in normalized.items()}
            self._store_blobs(session, {hashes[p]: d for p, d in normalized.items()})
            # Insert in batches (entries, then revisions, then pointers): one flush per batch
            # instead of one per file keeps a 5,000-file import near a second, and short
            # batches keep each database call brief so the GUI thread gets the GIL often.
            pending: list[tuple[FileEntry, str, bytes, RevisionOperation, int]] = []
            for path, data in sorted(normalized.items()):
                entry = live.get(path_key(path))
                if entry is not None and current.get(entry.id, ("", 0))[0] == hashes[path]:
                    continue
                if entry is not None and entry.path != path:
                    raise InvalidPathError(
                        f"'{path}' differs only by case from the existing '{entry.path}'."
                    )
                if entry is None:
                    self._require_no_file_folder_clash(path, live)
                    entry = FileEntry(app_id=app_id, path=path, path_key=path_key(path))
                    pending.append((entry, path, data, RevisionOperation.CREATE, 0))
                else:
                    last = current.get(entry.id, ("", 0))[1]
                    pending.append((entry, path, data, RevisionOperation.WRITE, last))
            now = utcnow()
            results: list[FileInfo] = []
            for start in range(0, len(pending), WRITE_BATCH):
                batch = pending[start : start + WRITE_BATCH]
                session.add_all(e for e, _p, _d, op, _l in batch if op == RevisionOperation.CREATE)
                session.flush()
                revisions = [
                    FileRevision(
                        file_id=entry.id,
                        number=last + 1,
                        path=path,
                        blob_hash=hashes[path],
                        size=len(data),
                        is_binary=looks_binary(data),
                        source=source,
                        operation=op,
                        message=message,
                        created_at=now,
                    )
                    for entry, path, data, op, last in batch
                ]
                session.add_all(revisions)
                session.flush()
                for (entry, *_), rev in zip(batch, revisions, strict=True):
                    entry.current_revision_id = rev.id
                    entry.updated_at = now
                    results.append(_file_info(entry, rev))
                session.flush()
                if progress:
                    progress(len(results), len(pending))
            return results

    @retry_on_conflict
    def rename(
        self, app_id: int, old: str, new: str, source: RevisionSource = RevisionSource.USER
    ) -> list[FileInfo]:
        """Rename or move a file, or a folder with everything under it."""
        old, new = normalize_path(old), normalize_path(new)
        if old == new:
            return []
        if is_under(new, old):
            raise InvalidPathError(f"Cannot move '{old}' inside itself.")
        with self._store.write_session() as session:
            self._require_app(session, app_id)
            moving = self._entries_at(session, app_id, old)
            if not moving:
                raise FileNotFoundInAppError(f"'{old}' does not exist in this app.")
            moving_ids = {e.id for e in moving}
            results = []
            for entry in moving:
                target = new + entry.path[len(old) :]
                clash = self._find_live(session, app_id, target)
                if clash is not None and clash.id not in moving_ids:
                    raise FileExistsInAppError(f"'{target}' already exists; choose another name.")
                entry.path = target
                entry.path_key = path_key(target)
                current = entry.current_revision
                assert current is not None
                rev = self._new_revision(
                    session,
                    entry,
                    current.blob_hash,
                    None,
                    source,
                    RevisionOperation.RENAME,
                    f"renamed from {old}",
                    size=current.size,
                    is_binary=current.is_binary,
                )
                results.append(_file_info(entry, rev))
            session.flush()
            return results

    @retry_on_conflict
    def delete(self, app_id: int, path: str) -> list[int]:
        """Move a file or a folder's files to the app's trash; returns the file ids."""
        path = normalize_path(path)
        with self._store.write_session() as session:
            entries = self._entries_at(session, app_id, path)
            if not entries:
                raise FileNotFoundInAppError(f"'{path}' does not exist in this app.")
            now = utcnow()
            for entry in entries:
                entry.deleted_at = now
            return [e.id for e in entries]

    @retry_on_conflict
    def undelete(self, app_id: int, file_ids: Iterable[int]) -> list[FileInfo]:
        """Bring deleted files back at their old paths (refused if the path is taken again)."""
        with self._store.write_session() as session:
            results = []
            for file_id in file_ids:
                entry = session.get(FileEntry, file_id)
                if entry is None or entry.app_id != app_id or entry.deleted_at is None:
                    continue
                if self._find_live(session, app_id, entry.path) is not None:
                    raise FileExistsInAppError(
                        f"'{entry.path}' exists again; rename it before restoring the deleted one."
                    )
                entry.deleted_at = None
                session.flush()
                assert entry.current_revision is not None
                results.append(_file_info(entry, entry.current_revision))
            return results

    @retry_on_conflict
    def restore_revision(
        self, app_id: int, path: str, number: int, source: RevisionSource = RevisionSource.USER
    ) -> FileInfo:
        """Make revision `number` the file's content again, as a new revision."""
        path = normalize_path(path)
        with self._store.write_session() as session:
            entry = self._live(session, app_id, path)
            old = session.scalar(
                select(FileRevision).where(
                    FileRevision.file_id == entry.id, FileRevision.number == number
                )
            )
            if old is None:
                raise FileNotFoundInAppError(f"'{path}' has no revision {number}.")
            rev = self._new_revision(
                session,
                entry,
                old.blob_hash,
                None,
                source,
                RevisionOperation.RESTORE,
                f"restored revision {number}",
                size=old.size,
                is_binary=old.is_binary,
            )
            return _file_info(entry, rev)
