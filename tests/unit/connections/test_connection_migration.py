"""Migration 0002 (connection runs): applies on a fresh store, matches the model, downgrades."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from l4ydesk.storage.db import Store, alembic_config, known_revisions
from l4ydesk.storage.models import Base


def test_fresh_store_has_the_connection_runs_table(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert "0002" in known_revisions()
        inspector = inspect(store.engine)
        assert {c["name"] for c in inspector.get_columns("connection_runs")} == {
            "id", "app_id", "outcomes", "created_at", "undone_at", "finished_at",
        }  # fmt: skip
        assert [fk["referred_table"] for fk in inspector.get_foreign_keys("connection_runs")] == [
            "builder_apps"
        ]
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # Only this migration's table is checked here; other tables have their own owners.
        assert [d for d in diffs if "connection_runs" in repr(d)] == []
        assert [d for d in diffs if "object_links" in repr(d)] == []
    finally:
        store.close()


def test_downgrade_to_0001_and_upgrade_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'down.db'}"
    store = Store(url)
    try:
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        inspector = inspect(store.engine)
        assert "connection_runs" not in inspector.get_table_names()
        assert "object_links" in inspector.get_table_names()
    finally:
        store.close()
    reopened = Store(url)  # migrates forward again on open
    try:
        assert "connection_runs" in inspect(reopened.engine).get_table_names()
    finally:
        reopened.close()


def test_0004_keeps_the_first_of_duplicated_connections(tmp_path: Path) -> None:
    """Stores that met the old race hold an element twice; the unique index still applies."""
    url = f"sqlite:///{tmp_path / 'dup.db'}"
    store = Store(url)
    config = alembic_config()
    try:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
            conn.exec_driver_sql("INSERT INTO workspaces (id, name, created_at) VALUES (1, 'w', 0)")
            conn.exec_driver_sql(
                "INSERT INTO builder_apps (id, workspace_id, name, slug, status, created_at, "
                "updated_at) VALUES (1, 1, 'a', 'a', 'draft', 0, 0)"
            )
            for record in (1, 2):
                conn.exec_driver_sql(
                    "INSERT INTO ontology_objects (id, workspace_id, type, name, properties, "
                    f"status, created_at, updated_at) VALUES ({record}, 1, 'product', 'Mug', "
                    "'{}', 'active', 0, 0)"
                )
                conn.exec_driver_sql(
                    "INSERT INTO object_links (from_object_id, app_id, link_type, properties, "
                    f"created_at) VALUES ({record}, 1, 'used_in_app', "
                    '\'{"item_key": "product:abc"}\', 0)'
                )
    finally:
        store.close()
    reopened = Store(url)
    try:
        with reopened.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT from_object_id, item_key FROM object_links ORDER BY id"
            ).all()
        assert rows == [(1, "product:abc"), (2, None)]
    finally:
        reopened.close()


def test_0004_brings_file_names_to_nfc_and_keeps_twins(tmp_path: Path) -> None:
    import unicodedata

    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.vfs import VirtualFileSystem

    url = f"sqlite:///{tmp_path / 'nfd.db'}"
    store = Store(url)
    app_id = AppCatalog(store).create("Mac app").app_id
    nfd = unicodedata.normalize("NFD", "café.tsx")
    nfc = unicodedata.normalize("NFC", "café.tsx")
    config = alembic_config()
    try:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
        # As an older l4ydesk stored them: the NFD name and its NFC twin, both live.
        vfs = VirtualFileSystem(store, 1024)
        vfs.write(app_id, "a.ts", b"x")
        with store.engine.begin() as conn:
            for name in (nfd, nfc):
                conn.exec_driver_sql(
                    "INSERT INTO files (app_id, path, path_key, created_at, updated_at) "
                    f"VALUES ({app_id}, '{name}', '{name.casefold()}', 0, 0)"
                )
    finally:
        store.close()
    reopened = Store(url)
    try:
        with reopened.engine.connect() as conn:
            paths = [r[0] for r in conn.exec_driver_sql("SELECT path FROM files ORDER BY id")]
        assert paths[0] == "a.ts"
        assert all(unicodedata.is_normalized("NFC", p) for p in paths)
        assert nfc in paths and any(p.startswith("café~") for p in paths)
    finally:
        reopened.close()
