"""Opening the local store: engine, SQLite pragmas, Alembic migrations, and the refusals.

A database written by a newer l4ydesk is refused (never migrated down or overwritten), and a
file that is not a readable SQLite database is reported and left exactly as it is. Start-up
checks the schema version with one query against the heads read from the migration files;
Alembic (about 0.1 s to import) is imported only when a migration must run.
"""

from __future__ import annotations

import ast
import functools
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from sqlalchemy import Engine, Table, create_engine, event, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from l4ydesk.store_errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    StoreBusyError,
    StoreError,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Writers queue for the write lock (BEGIN IMMEDIATE); every write transaction is kept short
# (imports and connect runs commit in batches), so 30 s is a queue of many, not one long hold.
BUSY_TIMEOUT_MS = 30_000
WRITE_ATTEMPTS = 5
P = ParamSpec("P")
T = TypeVar("T")

__all__ = ["CorruptDatabaseError", "NewerDatabaseError", "Store", "StoreBusyError", "StoreError"]


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def scripted_heads() -> frozenset[str]:
    """The head revisions, read from the migration files' `revision`/`down_revision` lines.

    The same answer as Alembic's ScriptDirectory for these plain files, without importing it."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = {m.group(1): m.group(2) for m in _ASSIGNMENT.finditer(source)}
        if "revision" not in found:
            continue
        revisions.add(str(ast.literal_eval(found["revision"])))
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents.update([down] if isinstance(down, str) else (down or ()))
    return frozenset(revisions - parents)


def schema_is_current(engine: Engine) -> bool:
    """One query: is the database exactly at this version's heads?"""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError):  # a new database: no version table yet
        return False
    return frozenset(rows) == scripted_heads()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not a healthy SQLite database, without touching it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise CorruptDatabaseError(
            f"The l4ydesk database at {path} is not a database file (it may be damaged). "
            "It was left untouched: move it aside or restore it from a backup, then start again."
        )
    try:
        # Read-only URI so a damaged file is never written (no journal recovery by us).
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"The l4ydesk database at {path} could not be read ({exc}). It was left untouched: "
            "move it aside or restore it from a backup, then start again."
        ) from exc
    if not result or result[0] != "ok":
        raise CorruptDatabaseError(
            f"The l4ydesk database at {path} is damaged ({result[0] if result else 'no answer'}). "
            "It was left untouched: move it aside or restore it from a backup, then start again."
        )


def create_store_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            db_path = Path(parsed.database)
            db_path.parent.mkdir(parents=True, exist_ok=True)
            check_sqlite_file(db_path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to this version's head; refuse a schema from a newer version."""
    if schema_is_current(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    unknown = [rev for rev in current if rev not in known_revisions()]
    if unknown:
        raise NewerDatabaseError(
            "This database was written by a newer version of l4ydesk "
            f"(schema {', '.join(unknown)}). It was not changed. "
            "Install the newer l4ydesk to open it."
        )
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


class Store:
    """The opened, migrated local store: hands out short-lived sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_store_engine(url)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A transaction that holds the write lock from its first statement.

        On SQLite a transaction otherwise reads first and takes the lock only at its first
        write, so two processes can both read "not there yet" and both insert; `BEGIN
        IMMEDIATE` makes the second one wait until the first has committed. PostgreSQL gets the
        same from unique constraints (and FOR UPDATE where a use case locks a row).
        """
        with self._sessions.begin() as session:
            take_write_lock(session)
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _is_transient(exc: DBAPIError) -> bool:
    """A failure that retrying the whole transaction can cure: a lock or a lost race."""
    if isinstance(exc, IntegrityError):
        return True  # a concurrent writer inserted the same unique row first; re-read
    if isinstance(exc, OperationalError):
        text_ = str(exc.orig).lower()
        if "locked" in text_ or "busy" in text_:
            return True
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in {"40001", "40P01"}  # PostgreSQL serialization failure, deadlock


def retry_on_conflict(func: Callable[P, T]) -> Callable[P, T]:
    """Run a method whose whole body is one transaction again when the database says so.

    The body must be safe to repeat: it re-reads what it depends on in its new transaction.
    A lock that outlasts every attempt becomes StoreBusyError (a sentence, nothing written).
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return func(*args, **kwargs)
            except (OperationalError, IntegrityError) as exc:
                if not _is_transient(exc):
                    raise
                if attempt == WRITE_ATTEMPTS - 1:
                    if isinstance(exc, IntegrityError):
                        raise
                    raise StoreBusyError() from exc
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    return wrapper


def take_write_lock(session: Session) -> None:
    """Hold the database write lock from here on, before anything is read.

    On SQLite: `BEGIN IMMEDIATE` unless the connection's transaction has already begun (a use
    case nested in another's transaction keeps that one). PostgreSQL needs nothing here; its
    use cases lock rows (FOR UPDATE, an UPDATE of a lock row) or rely on unique constraints.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    raw: Any = conn.connection.dbapi_connection
    if raw is not None and not raw.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def insert_ignoring(session: Session, table: Any, keys: Sequence[str]) -> Any:
    """An INSERT into `table` that keeps the row already there when a key exists (any writer):
    `ON CONFLICT DO NOTHING` on SQLite and PostgreSQL. Add `.values()` / `.returning()`."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql_insert(table).on_conflict_do_nothing(index_elements=keys)
    if dialect == "sqlite":
        return sqlite_insert(table).on_conflict_do_nothing(index_elements=keys)
    raise RuntimeError(f"l4ydesk stores its data in SQLite or PostgreSQL, not {dialect}")


def insert_ignoring_duplicates(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> None:
    """INSERT rows, silently keeping the row already there when a key exists (any writer)."""
    if rows:
        session.execute(insert_ignoring(session, table, keys), rows)
