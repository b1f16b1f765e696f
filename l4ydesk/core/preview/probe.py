"""Loopback ports for the preview server, and the probe that tells when it answers."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import re
import socket
from collections.abc import Callable

from l4ydesk.core.preview.errors import PortTakenError

HOST = "127.0.0.1"
_DRAIN_SECONDS = 30.0
_STATUS_LINE = re.compile(rb"HTTP/\d(\.\d)? \d{3}[ \r\n]")

StepCallback = Callable[[str], None]


def free_port() -> int:
    """A loopback port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def require_free_port(port: int) -> None:
    """Raise PortTakenError when something already listens on loopback `port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # Node.js listens with SO_REUSEADDR; mirror it so a closed port in TIME_WAIT counts
        # as free, while a port somebody listens on still counts as taken.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as error:
            if error.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortTakenError(port) from error
            raise


async def http_answers(
    host: str, port: int, path: str = "/", on_step: StepCallback | None = None
) -> bool:
    """Whether an HTTP server at host:port answers a GET with any status.

    A bare HTTP/1.1 request over asyncio streams: the core layer does not use httpx (remote
    services live in clients/), and a status line is all that readiness needs. `on_step` hears
    "listening" (connected), "answered" (status line) and "served" (page read to its end).
    """
    step = on_step or (lambda _name: None)
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError:
        return False  # not listening yet
    step("listening")
    try:
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/html\r\n"
            "Connection: close\r\n\r\n"
        )
        writer.write(request.encode("ascii"))
        await writer.drain()
        status = await reader.readline()
        if _STATUS_LINE.match(status) is None:
            return False
        step("answered")
        # Read the page to its end, so the server finishes rendering instead of logging an
        # aborted request; a page that streams forever is cut off, it has answered already.
        with contextlib.suppress(OSError, TimeoutError):
            async with asyncio.timeout(_DRAIN_SECONDS):
                while await reader.read(65536):
                    pass
        step("served")
        return True
    except OSError:
        return False
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
