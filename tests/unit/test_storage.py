"""The local store: migrations, SQLite settings, and the databases it must refuse."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from l4ydesk.storage.db import (
    BUSY_TIMEOUT_MS,
    CorruptDatabaseError,
    NewerDatabaseError,
    Store,
    head_revision,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
    finally:
        store.close()
    # Opening again is a no-op migration.
    Store(f"sqlite:///{tmp_path / 'a.db'}").close()


def test_database_from_a_newer_version_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version of l4ydesk"):
        Store(f"sqlite:///{path}")
    assert _digest(path) == before


def test_corrupt_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError, match="left untouched"):
        Store(f"sqlite:///{path}")
    assert _digest(path) == before


def test_damaged_pages_are_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    store = Store(f"sqlite:///{path}")
    with store.engine.begin() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    store.close()
    data = bytearray(path.read_bytes())
    # Keep the header, scribble over the schema page and what follows.
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError):
        Store(f"sqlite:///{path}")
    assert _digest(path) == before


def test_the_heads_read_from_the_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from l4ydesk.storage.db import alembic_config, scripted_heads

    assert scripted_heads() == frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.db'}"
    probe = (
        "import sys; from l4ydesk.storage.db import Store; "
        f"Store({url!r}).close(); print('alembic' in sys.modules)"
    )

    def alembic_imported() -> str:
        run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    # A database an older l4ydesk left at 0002.
    from alembic import command
    from sqlalchemy import create_engine

    from l4ydesk.storage.db import alembic_config

    engine = create_engine(url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    engine.dispose()
    assert alembic_imported() == "True"  # behind: migrated to head
    assert alembic_imported() == "False"  # at head: one query, no Alembic
    store = Store(url)
    try:
        with store.engine.connect() as conn2:
            version = conn2.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
    finally:
        store.close()
