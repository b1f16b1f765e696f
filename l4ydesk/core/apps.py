"""Builder apps of a workspace: create, rename, duplicate, delete, find by id or slug."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4ydesk.core.errors import AppNotFoundError, L4yError
from l4ydesk.storage.db import Store, retry_on_conflict
from l4ydesk.storage.models import (
    AppStatus,
    BuilderApp,
    FileEntry,
    FileRevision,
    RevisionOperation,
    RevisionSource,
    Workspace,
    utcnow,
)

DEFAULT_WORKSPACE_NAME = "My workspace"


@dataclass(frozen=True)
class AppInfo:
    app_id: int
    name: str
    slug: str
    status: AppStatus
    file_count: int
    created_at: datetime
    updated_at: datetime


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:60] or "app"


def local_workspace_id(session: Session) -> int:
    """The local workspace's id, in `session`; the workspace is created on first use."""
    workspace = session.scalar(select(Workspace).order_by(Workspace.id).limit(1))
    if workspace is None:
        workspace = Workspace(name=DEFAULT_WORKSPACE_NAME)
        session.add(workspace)
        session.flush()
    return workspace.id


class AppCatalog:
    """The builder apps of the local workspace."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def workspace_id(self) -> int:
        """The local workspace, created on first use."""
        with self._store.session() as session:
            found = session.scalar(select(Workspace.id).order_by(Workspace.id).limit(1))
        if found is not None:
            return found
        # Two first starts at once must not make two workspaces: check again under the lock.
        with self._store.write_session() as session:
            workspace = session.scalar(select(Workspace).order_by(Workspace.id).limit(1))
            if workspace is None:
                workspace = Workspace(name=DEFAULT_WORKSPACE_NAME)
                session.add(workspace)
                session.flush()
            return workspace.id

    def list_apps(self) -> list[AppInfo]:
        workspace_id = self.workspace_id()
        with self._store.session() as session:
            counts = dict(
                session.execute(
                    select(FileEntry.app_id, func.count(FileEntry.id))
                    .where(FileEntry.deleted_at.is_(None))
                    .group_by(FileEntry.app_id)
                ).all()
            )
            apps = session.scalars(
                select(BuilderApp)
                .where(BuilderApp.workspace_id == workspace_id)
                .order_by(func.lower(BuilderApp.name))
            ).all()
            return [_info(app, counts.get(app.id, 0)) for app in apps]

    def get(self, app_id: int) -> AppInfo:
        with self._store.session() as session:
            return _info(self._require(session, app_id), self._count(session, app_id))

    def find(self, name_or_slug: str) -> AppInfo:
        """Look an app up by id, slug or exact name (for the command line)."""
        with self._store.session() as session:
            query = select(BuilderApp).where(
                (BuilderApp.slug == name_or_slug) | (BuilderApp.name == name_or_slug)
            )
            app = session.scalar(query)
            if app is None and name_or_slug.isdigit():
                app = session.get(BuilderApp, int(name_or_slug))
            if app is None:
                raise AppNotFoundError(
                    f"No app named '{name_or_slug}'. Run 'l4ydesk apps list' to see the apps."
                )
            return _info(app, self._count(session, app.id))

    @retry_on_conflict
    def create(self, name: str) -> AppInfo:
        name = _clean_name(name)
        workspace_id = self.workspace_id()
        with self._store.write_session() as session:
            app = BuilderApp(
                workspace_id=workspace_id,
                name=name,
                slug=self._free_slug(session, workspace_id, slugify(name)),
                status=AppStatus.DRAFT,
            )
            session.add(app)
            session.flush()
            return _info(app, 0)

    @retry_on_conflict
    def rename(self, app_id: int, name: str) -> AppInfo:
        name = _clean_name(name)
        with self._store.write_session() as session:
            app = self._require(session, app_id)
            app.name = name
            app.slug = self._free_slug(session, app.workspace_id, slugify(name), app.id)
            session.flush()
            return _info(app, self._count(session, app_id))

    @retry_on_conflict
    def duplicate(self, app_id: int, name: str | None = None) -> AppInfo:
        """A new draft app with a copy of every live file (sharing the stored contents)."""
        with self._store.write_session() as session:
            source = self._require(session, app_id)
            copy_name = _clean_name(name or f"{source.name} copy")
            copy = BuilderApp(
                workspace_id=source.workspace_id,
                name=copy_name,
                slug=self._free_slug(session, source.workspace_id, slugify(copy_name)),
                status=AppStatus.DRAFT,
            )
            session.add(copy)
            session.flush()
            rows = session.execute(
                select(FileEntry, FileRevision)
                .join(FileRevision, FileEntry.current_revision_id == FileRevision.id)
                .where(FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None))
            ).all()
            entries = [FileEntry(app_id=copy.id, path=e.path, path_key=e.path_key) for e, _ in rows]
            session.add_all(entries)
            session.flush()
            now = utcnow()
            revisions = [
                FileRevision(
                    file_id=new.id,
                    number=1,
                    path=rev.path,
                    blob_hash=rev.blob_hash,
                    size=rev.size,
                    is_binary=rev.is_binary,
                    source=RevisionSource.IMPORT,
                    operation=RevisionOperation.CREATE,
                    message=f"copied from {source.name}",
                    created_at=now,
                )
                for new, (_, rev) in zip(entries, rows, strict=True)
            ]
            session.add_all(revisions)
            session.flush()
            for entry, rev in zip(entries, revisions, strict=True):
                entry.current_revision_id = rev.id
            session.flush()
            return _info(copy, len(entries))

    @retry_on_conflict
    def delete(self, app_id: int) -> None:
        """Delete the app with its files and history (the UI asks for confirmation first)."""
        with self._store.write_session() as session:
            app = self._require(session, app_id)
            # Break the file → current revision cycle so the cascade can run.
            for entry in session.scalars(select(FileEntry).where(FileEntry.app_id == app_id)):
                entry.current_revision_id = None
            session.flush()
            session.delete(app)

    @staticmethod
    def _require(session: Session, app_id: int) -> BuilderApp:
        app = session.get(BuilderApp, app_id)
        if app is None:
            raise AppNotFoundError("That app no longer exists.")
        return app

    @staticmethod
    def _count(session: Session, app_id: int) -> int:
        return (
            session.scalar(
                select(func.count(FileEntry.id)).where(
                    FileEntry.app_id == app_id, FileEntry.deleted_at.is_(None)
                )
            )
            or 0
        )

    @staticmethod
    def _free_slug(
        session: Session, workspace_id: int, base: str, own_id: int | None = None
    ) -> str:
        taken = set(
            session.scalars(
                select(BuilderApp.slug).where(
                    BuilderApp.workspace_id == workspace_id, BuilderApp.id != (own_id or -1)
                )
            )
        )
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise L4yError("An app needs a name.")
    if len(name) > 200:
        raise L4yError("App names are limited to 200 characters.")
    return name


def _info(app: BuilderApp, file_count: int) -> AppInfo:
    return AppInfo(
        app.id, app.name, app.slug, app.status, file_count, app.created_at, app.updated_at
    )
