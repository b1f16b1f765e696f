"""Fixtures for connect-mode tests: the record book and the connector on the unit-test store."""

from __future__ import annotations

import pytest

from l4ydesk.core.connections import Connector
from l4ydesk.core.records import RecordBook
from l4ydesk.storage.db import Store


@pytest.fixture
def book(store: Store) -> RecordBook:
    return RecordBook(store)


@pytest.fixture
def connector(store: Store) -> Connector:
    return Connector(store)
