"""Fixtures for the platform API: a real server on 127.0.0.1 over a real store.

`db_url` runs each test on SQLite and on a throwaway PostgreSQL server (tests/platform/
postgres.py); the PostgreSQL half is skipped, saying why, only where no PostgreSQL binaries
exist (`python3 packaging/dev.py test` installs Debian's `postgresql` package where missing).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import migrated_sqlite_url
from tests.platform.postgres import TestPostgres

SECRET = "test-server-secret"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    # Both start at the schema's head as copies of a store migrated once per run: these tests
    # are about the API, and migrating 9 revisions per test was most of their set-up.
    if request.param == "sqlite":
        return migrated_sqlite_url(tmp_path / "l4ydesk.db")
    server: TestPostgres = request.getfixturevalue("postgres")
    return server.new_migrated_database()


@dataclass
class Api:
    """A running platform server, its services and a client; `as_key` adds a key's header."""

    services: Any
    platform: Any
    url: str
    client: httpx.Client
    server: Any

    def key(self, app: str, scopes: str, **kwargs: Any) -> str:
        return str(self.platform.keys.create(app, scopes, **kwargs).key)

    def call(self, method: str, path: str, key: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if key is not None:
            headers["Authorization"] = f"Bearer {key}"
        return self.client.request(method, path, headers=headers, **kwargs)


@pytest.fixture
def api(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings

    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("L4YDESK_DB_URL", db_url)
    monkeypatch.setenv("L4YDESK_SERVER_SECRET", SECRET)
    services = build_services(load_settings())
    platform = build_platform_for(services, dev=True)
    server = BackgroundServer(platform)
    url = server.start()
    client = httpx.Client(base_url=url, timeout=30)
    try:
        yield Api(services, platform, url, client, server)
    finally:
        client.close()
        server.stop()
        services.close()
