"""Undoing one self-heal attempt: the files it wrote go back to what they were before it.

An attempt records the local revisions it wrote (`HealAttempt.revision_ids`). For each file the
revision before the attempt's first one becomes current again (a new revision, source user, so
nothing is lost); a file the attempt created goes to the trash. Refused, unless forced, when a
file changed after the attempt: undoing would silently drop those later edits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import FileEntry, FileRevision, RevisionSource


class HealUndoError(L4yError):
    """The attempt could not be undone; the message says why and what to do."""


@dataclass(frozen=True)
class _FileSpan:
    file_id: int
    first_number: int  # the attempt's first revision of the file
    last_id: int  # and its last one


def undo_heal(
    store: Store,
    vfs: VirtualFileSystem,
    app_id: int,
    revision_ids: Iterable[int],
    *,
    force: bool = False,
) -> tuple[str, ...]:
    """Revert the files of one heal attempt; returns the paths written or deleted."""
    spans = _spans(store, app_id, list(revision_ids))
    if not spans:
        raise HealUndoError("That attempt changed no files here; there is nothing to undo.")
    paths: dict[int, str] = {}
    changed: list[str] = []
    with store.session() as session:
        for span in spans:
            entry = session.get(FileEntry, span.file_id)
            if entry is None or entry.deleted_at is not None:
                changed.append(entry.path if entry else f"file {span.file_id}")
                continue
            paths[span.file_id] = entry.path
            if entry.current_revision_id != span.last_id:
                changed.append(entry.path)
    if changed and not force:
        raise HealUndoError(
            f"These files changed after the attempt, so it was not undone: "
            f"{', '.join(sorted(changed))}. Undo anyway to keep the later edits only in history."
        )
    done: list[str] = []
    for span in spans:
        path = paths.get(span.file_id)
        if path is None:
            continue
        if span.first_number == 1:  # the attempt created the file
            vfs.delete(app_id, path)
        else:
            vfs.restore_revision(app_id, path, span.first_number - 1, RevisionSource.USER)
        done.append(path)
    return tuple(done)


def _spans(store: Store, app_id: int, revision_ids: list[int]) -> list[_FileSpan]:
    with store.session() as session:
        rows = session.execute(
            select(FileRevision.id, FileRevision.file_id, FileRevision.number)
            .join(FileEntry, FileEntry.id == FileRevision.file_id)
            .where(FileRevision.id.in_(revision_ids), FileEntry.app_id == app_id)
        ).all()
    by_file: dict[int, list[tuple[int, int]]] = {}
    for rev_id, file_id, number in rows:
        by_file.setdefault(file_id, []).append((number, rev_id))
    spans = []
    for file_id, revs in by_file.items():
        revs.sort()
        spans.append(_FileSpan(file_id, revs[0][0], revs[-1][1]))
    return sorted(spans, key=lambda s: s.file_id)
