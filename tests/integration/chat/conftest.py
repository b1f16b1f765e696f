"""Fixtures for chat use cases: a real store on tmp_path, the fake v0 and OpenRouter servers,
client factories pointed at them (switchable to a dead port or a missing key), and hooks that
record what they were told."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.clients.openrouter import OpenRouterClient
from l4ydesk.clients.v0 import V0Client
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.chat import (
    ActionRefused,
    ActionUsage,
    ChatAction,
    ChatEvent,
    ChatModelApi,
    ChatService,
    MissingKeyError,
    V0Api,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.conftest import migrated_sqlite_url
from tests.fakes.openrouter_server import FakeOpenRouterServer
from tests.fakes.v0_server import FakeV0Server
from tests.integration.conftest import RecordingSleep


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(migrated_sqlite_url(tmp_path / "l4ydesk.db"))
    yield opened
    opened.close()


@pytest.fixture
def vfs(store: Store) -> VirtualFileSystem:
    return VirtualFileSystem(store, max_file_bytes=1024 * 1024)


@pytest.fixture
def app_id(store: Store) -> int:
    return AppCatalog(store).create("Bakery").app_id


def dead_url() -> str:
    """A loopback URL where nothing listens: connecting is refused, as when offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@dataclass
class Endpoints:
    """Where the factories point and with which key; tests flip these to go offline."""

    v0_url: str
    v0_key: str | None
    ai_url: str
    ai_key: str | None
    built: list[str] = field(default_factory=list)


@pytest.fixture
def endpoints(v0_server: FakeV0Server, openrouter_server: FakeOpenRouterServer) -> Endpoints:
    return Endpoints(
        v0_url=v0_server.url("/v1"),
        v0_key=v0_server.api_key,
        ai_url=openrouter_server.url("/api/v1"),
        ai_key=openrouter_server.api_key,
    )


class RecordingHooks:
    """Usage hooks that remember every call and can refuse chosen actions."""

    def __init__(self) -> None:
        self.before: list[ChatAction] = []
        self.after: list[tuple[ChatAction, ActionUsage]] = []
        self.refuse: Callable[[ChatAction], str | None] = lambda action: None

    def before_action(self, action: ChatAction) -> None:
        self.before.append(action)
        reason = self.refuse(action)
        if reason:
            raise ActionRefused(reason)

    def after_action(self, action: ChatAction, usage: ActionUsage) -> None:
        self.after.append((action, usage))


@pytest.fixture
def hooks() -> RecordingHooks:
    return RecordingHooks()


ChatFactory = Callable[..., ChatService]


@pytest.fixture
def make_chat(
    store: Store,
    vfs: VirtualFileSystem,
    endpoints: Endpoints,
    sleep: RecordingSleep,
    hooks: RecordingHooks,
) -> ChatFactory:
    """Build a ChatService as the composition root would (a new one = an app restart)."""

    def v0_client() -> V0Api:
        if not endpoints.v0_key:
            raise MissingKeyError("v0")
        endpoints.built.append("v0")
        return V0Client(endpoints.v0_key, base_url=endpoints.v0_url, sleep=sleep)

    def ai_client() -> ChatModelApi:
        if not endpoints.ai_key:
            raise MissingKeyError("OpenRouter")
        endpoints.built.append("ai")
        return OpenRouterClient(endpoints.ai_key, base_url=endpoints.ai_url, sleep=sleep)

    def make(**options: Any) -> ChatService:
        options.setdefault("hooks", hooks)
        return ChatService(store, vfs, v0_client=v0_client, ai_client=ai_client, **options)

    return make


@pytest.fixture
def chat(make_chat: ChatFactory) -> ChatService:
    return make_chat()


class EventLog(list[ChatEvent]):
    """An event sink that keeps the events, for asserting what a panel would have seen."""

    def __call__(self, event: ChatEvent) -> None:
        self.append(event)

    def of(self, kind: type[Any]) -> list[Any]:
        return [e for e in self if isinstance(e, kind)]


@pytest.fixture
def events() -> EventLog:
    return EventLog()
