"""Fixtures for client-versus-fake tests: fake servers, a recording sleep, and guards.

- `async def` tests run on a fresh asyncio loop each (no plugin needed).
- Every test may connect only to loopback addresses: the real internet is unreachable.
- A test that leaves threads running, or whose fake hit a bug, fails.
"""

from __future__ import annotations

import asyncio
import inspect
import ipaddress
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.http_server import FakeHTTPServer
from tests.fakes.openrouter_server import FakeOpenRouterServer
from tests.fakes.v0_server import FakeV0Server


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    kwargs = {name: pyfuncitem.funcargs[name] for name in names}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True


def is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX and friends never leave the machine
    try:
        return bool(ipaddress.ip_address(address[0]).is_loopback)
    except ValueError:
        return bool(address[0] in ("localhost", "ip6-localhost"))


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if not is_loopback(address):
            raise ConnectionRefusedError(f"integration tests stay on loopback, not {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not is_loopback(address):
            raise ConnectionRefusedError(f"integration tests stay on loopback, not {address!r}")
        return real_connect_ex(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        # Refuse names too, so a forgotten base_url fails here instead of asking DNS.
        if host is not None and not is_loopback(
            (host.decode() if isinstance(host, bytes) else host,)
        ):
            raise socket.gaierror(f"integration tests stay on loopback, not {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in leftover:
        # asyncio's child watcher thread ends just after it reaps a process that was already
        # waited for; on a loaded machine that can be a moment after the test.
        if thread.name.startswith("asyncio-waitpid"):
            thread.join(5)
    leftover = [t for t in leftover if t.is_alive()]
    assert not leftover, f"threads left running: {leftover}"


class RecordingSleep:
    """An injectable sleep that returns at once and remembers what it was asked to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


def _serve(server: FakeHTTPServer) -> Iterator[Any]:
    with server:
        yield server
    assert not server.errors, "the fake server hit a bug:\n" + "\n".join(server.errors)


@pytest.fixture
def http_server() -> Iterator[FakeHTTPServer]:
    """A bare fake: every answer is scripted by the test with `enqueue()`."""
    yield from _serve(FakeHTTPServer())


@pytest.fixture
def v0_server() -> Iterator[FakeV0Server]:
    yield from _serve(FakeV0Server())


@pytest.fixture
def openrouter_server() -> Iterator[FakeOpenRouterServer]:
    yield from _serve(FakeOpenRouterServer())
