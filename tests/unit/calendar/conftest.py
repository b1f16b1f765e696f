"""Fixtures for the calendar: a real SQLite store, its resource book and booking desk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from l4ydesk.core.calendar import BookingDesk, ResourceBook
from l4ydesk.storage.db import Store

# A fixed "now" so notice and horizon do not depend on the day the tests run.
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def resources(store: Store) -> ResourceBook:
    return ResourceBook(store)


@pytest.fixture
def desk(store: Store) -> BookingDesk:
    return BookingDesk(store, now=lambda: NOW)
