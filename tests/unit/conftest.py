"""Fixtures for domain tests: a real SQLite store in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.conftest import migrated_sqlite_url


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(migrated_sqlite_url(tmp_path / "l4ydesk.db"))
    yield opened
    opened.close()


@pytest.fixture
def catalog(store: Store) -> AppCatalog:
    return AppCatalog(store)


@pytest.fixture
def vfs(store: Store) -> VirtualFileSystem:
    return VirtualFileSystem(store, max_file_bytes=1024 * 1024)


@pytest.fixture
def transfer(vfs: VirtualFileSystem) -> FileTransfer:
    return FileTransfer(vfs)


@pytest.fixture
def app_id(catalog: AppCatalog) -> int:
    return catalog.create("Test shop").app_id
