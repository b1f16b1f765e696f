"""The GitHub fake over real bare repositories in a temporary folder, and a client on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.github_server import FakeGitHub

TOKEN = "ghp_fake0000000000000000000000000000000001"


@pytest.fixture
def github(tmp_path: Path) -> Iterator[FakeGitHub]:
    server = FakeGitHub(tmp_path / "git", token=TOKEN)
    with server:
        yield server
    assert not server.errors, "the fake server hit a bug:\n" + "\n".join(server.errors)
