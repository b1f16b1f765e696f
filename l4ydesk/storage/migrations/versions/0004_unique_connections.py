"""one connection per app element, and connection runs that say when they finished

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 23:00:00.000000

`object_links.item_key` copies the element key out of the link's JSON properties so a unique
index can hold what must be unique: an element of an app is connected at most once, whatever
writers race. Links duplicated before this migration keep the first one as the element's link;
the later copies lose their key (they stay as plain links, so nothing is deleted).

File names are kept in NFC from now on (a name typed on macOS is decomposed, NFD): stored
names are brought to NFC with their path keys, so they are found under the one spelling. A live
file whose NFC name is already taken by its twin keeps its bytes under "name~ID.ext".
"""

from __future__ import annotations

import json
import posixpath
import unicodedata
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("object_links", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_key", sa.String(length=200), nullable=True))
    with op.batch_alter_table("connection_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True))
    bind = op.get_bind()
    links = sa.table(
        "object_links",
        sa.column("id", sa.Integer),
        sa.column("app_id", sa.Integer),
        sa.column("properties", sa.JSON),
        sa.column("item_key", sa.String),
    )
    runs = sa.table("connection_runs", sa.column("created_at"), sa.column("finished_at"))
    bind.execute(runs.update().values(finished_at=runs.c.created_at))
    seen: set[tuple[int, str]] = set()
    rows = bind.execute(
        sa.select(links.c.id, links.c.app_id, links.c.properties)
        .where(links.c.app_id.is_not(None))
        .order_by(links.c.id)
    ).all()
    for link_id, app_id, properties in rows:
        key = _item_key(properties)
        if key is None or (app_id, key) in seen:
            continue
        seen.add((app_id, key))
        bind.execute(links.update().where(links.c.id == link_id).values(item_key=key))
    _files_to_nfc(bind)
    op.create_index(
        "uq_link_item_key",
        "object_links",
        ["app_id", "item_key"],
        unique=True,
        sqlite_where=sa.text("item_key IS NOT NULL"),
        postgresql_where=sa.text("item_key IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_link_item_key", table_name="object_links")
    with op.batch_alter_table("connection_runs", schema=None) as batch_op:
        batch_op.drop_column("finished_at")
    with op.batch_alter_table("object_links", schema=None) as batch_op:
        batch_op.drop_column("item_key")


def _item_key(properties: Any) -> str | None:
    if isinstance(properties, str):  # a JSON column read through a plain table is text
        properties = json.loads(properties)
    key = properties.get("item_key") if isinstance(properties, dict) else None
    return key if isinstance(key, str) and key else None


def _files_to_nfc(bind: sa.engine.Connection) -> None:
    files = sa.table(
        "files",
        sa.column("id", sa.Integer),
        sa.column("app_id", sa.Integer),
        sa.column("path", sa.String),
        sa.column("path_key", sa.String),
        sa.column("deleted_at", sa.DateTime),
    )
    rows = bind.execute(
        sa.select(files.c.id, files.c.app_id, files.c.path, files.c.deleted_at).order_by(files.c.id)
    ).all()
    taken = {
        (app_id, path.casefold())
        for _id, app_id, path, deleted in rows
        if deleted is None and unicodedata.is_normalized("NFC", path)
    }
    for file_id, app_id, path, deleted in rows:
        if unicodedata.is_normalized("NFC", path):
            continue
        new = unicodedata.normalize("NFC", path)
        if deleted is None and (app_id, new.casefold()) in taken:
            stem, ext = posixpath.splitext(new)
            new = f"{stem}~{file_id}{ext}"
        if deleted is None:
            taken.add((app_id, new.casefold()))
        bind.execute(
            files.update()
            .where(files.c.id == file_id)
            .values(path=new, path_key=unicodedata.normalize("NFC", new).casefold())
        )
