"""What the virtual file system hands back: file, revision and trash records, and blob hashes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from l4ydesk.storage.models import FileEntry, FileRevision, RevisionOperation, RevisionSource


@dataclass(frozen=True)
class FileInfo:
    file_id: int
    path: str
    size: int
    is_binary: bool
    revision: int
    content_hash: str
    source: RevisionSource
    updated_at: datetime


@dataclass(frozen=True)
class RevisionInfo:
    revision_id: int
    number: int
    path: str
    size: int
    is_binary: bool
    content_hash: str
    source: RevisionSource
    operation: RevisionOperation
    message: str
    created_at: datetime


@dataclass(frozen=True)
class DeletedFile:
    file_id: int
    path: str
    deleted_at: datetime


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_info(entry: FileEntry, rev: FileRevision) -> FileInfo:
    return FileInfo(
        file_id=entry.id,
        path=entry.path,
        size=rev.size,
        is_binary=rev.is_binary,
        revision=rev.number,
        content_hash=rev.blob_hash,
        source=rev.source,
        updated_at=rev.created_at,
    )
