"""The steps the virtual file system's operations share: lookups, clash checks, blobs, revisions.

Each step works inside the caller's session, so an operation stays one short transaction.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.errors import (
    AppNotFoundError,
    FileExistsInAppError,
    FileNotFoundInAppError,
    FileTooLargeError,
)
from l4ydesk.core.paths import path_key
from l4ydesk.core.sniff import looks_binary
from l4ydesk.core.vfs_records import RevisionInfo, content_hash
from l4ydesk.storage.db import Store, insert_ignoring_duplicates
from l4ydesk.storage.models import (
    Blob,
    BuilderApp,
    FileEntry,
    FileRevision,
    RevisionOperation,
    RevisionSource,
    utcnow,
)

WRITE_BATCH = 200


class VfsRows:
    """The store and size limit of a file system, and the steps its operations share."""

    def __init__(self, store: Store, max_file_bytes: int) -> None:
        self._store = store
        self.max_file_bytes = max_file_bytes

    def _check_size(self, path: str, data: bytes) -> None:
        if len(data) > self.max_file_bytes:
            raise FileTooLargeError(
                f"'{path}' is {len(data) / 1_048_576:.1f} MB; files larger than "
                f"{self.max_file_bytes / 1_048_576:.0f} MB are not stored. "
                "Keep large assets on a CDN and link to them."
            )

    def _require_app(self, session: Session, app_id: int) -> BuilderApp:
        app = session.get(BuilderApp, app_id)
        if app is None:
            raise AppNotFoundError("That app no longer exists.")
        return app

    @staticmethod
    def _require_no_file_folder_clash(path: str, live: Mapping[str, FileEntry]) -> None:
        parts = path_key(path).split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if prefix in live:
                raise FileExistsInAppError(
                    f"'{live[prefix].path}' is a file, so it cannot hold '{path}'."
                )

    def _find_live(self, session: Session, app_id: int, path: str) -> FileEntry | None:
        return session.scalar(
            select(FileEntry).where(
                FileEntry.app_id == app_id,
                FileEntry.path_key == path_key(path),
                FileEntry.deleted_at.is_(None),
            )
        )

    def _live(self, session: Session, app_id: int, path: str) -> FileEntry:
        entry = self._find_live(session, app_id, path)
        if entry is None or entry.path != path:
            raise FileNotFoundInAppError(f"'{path}' does not exist in this app.")
        return entry

    def _require_free(self, session: Session, app_id: int, path: str) -> None:
        clash = self._find_live(session, app_id, path)
        if clash is not None:
            if clash.path == path:
                raise FileExistsInAppError(f"'{path}' already exists.")
            raise FileExistsInAppError(
                f"'{clash.path}' already exists and differs only by upper/lower case from "
                f"'{path}'; choose another name."
            )
        # A file cannot also be a folder, and the other way round.
        parts = path.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if self._find_live(session, app_id, prefix) is not None:
                raise FileExistsInAppError(f"'{prefix}' is a file, so it cannot hold '{path}'.")
        if self._entries_at(session, app_id, path, folders_only=True):
            raise FileExistsInAppError(f"'{path}' is a folder; choose another name.")

    def _entries_at(
        self, session: Session, app_id: int, path: str, folders_only: bool = False
    ) -> list[FileEntry]:
        key = path_key(path)
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = select(FileEntry).where(
            FileEntry.app_id == app_id,
            FileEntry.deleted_at.is_(None),
            FileEntry.path_key.like(escaped + "/%", escape="\\")
            if folders_only
            else (FileEntry.path_key == key) | FileEntry.path_key.like(escaped + "/%", escape="\\"),
        )
        return list(session.scalars(query.order_by(FileEntry.path)))

    def _blob(self, session: Session, blob_hash: str) -> bytes:
        blob = session.get(Blob, blob_hash)
        assert blob is not None, "revision without blob"
        return blob.data

    def _store_blobs(self, session: Session, blobs: Mapping[str, bytes]) -> None:
        hashes = list(blobs)
        existing: set[str] = set()
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            existing.update(session.scalars(select(Blob.hash).where(Blob.hash.in_(chunk))))
        missing = [h for h in hashes if h not in existing]
        # Insert-or-ignore: another process may store the same bytes between our read and
        # our insert (every shadcn app shares components/ui/*); its row is the same row.
        for start in range(0, len(missing), WRITE_BATCH):
            chunk = missing[start : start + WRITE_BATCH]
            rows = [{"hash": h, "size": len(blobs[h]), "data": blobs[h]} for h in chunk]
            insert_ignoring_duplicates(session, Blob.__table__, rows, ["hash"])  # type: ignore[arg-type]

    def _add_revision(
        self,
        session: Session,
        entry: FileEntry,
        data: bytes,
        source: RevisionSource,
        op: RevisionOperation,
        message: str = "",
    ) -> FileRevision:
        digest = content_hash(data)
        self._store_blobs(session, {digest: data})
        return self._new_revision(session, entry, digest, data, source, op, message)

    def _new_revision(
        self,
        session: Session,
        entry: FileEntry,
        digest: str,
        data: bytes | None,
        source: RevisionSource,
        op: RevisionOperation,
        message: str = "",
        size: int | None = None,
        is_binary: bool | None = None,
    ) -> FileRevision:
        if entry.id is None:
            session.flush()
        last = entry.current_revision.number if entry.current_revision is not None else 0
        rev = FileRevision(
            file_id=entry.id,
            number=last + 1,
            path=entry.path,
            blob_hash=digest,
            size=len(data) if data is not None else (size or 0),
            is_binary=looks_binary(data) if data is not None else bool(is_binary),
            source=source,
            operation=op,
            message=message,
            created_at=utcnow(),
        )
        session.add(rev)
        session.flush()
        entry.current_revision = rev
        entry.updated_at = rev.created_at
        return rev

    def _history(self, session: Session, file_id: int) -> list[RevisionInfo]:
        revs = session.scalars(
            select(FileRevision)
            .where(FileRevision.file_id == file_id)
            .order_by(FileRevision.number.desc())
        ).all()
        return [
            RevisionInfo(
                r.id,
                r.number,
                r.path,
                r.size,
                r.is_binary,
                r.blob_hash,
                r.source,
                r.operation,
                r.message,
                r.created_at,
            )
            for r in revs
        ]
