"""Running the platform app with uvicorn: in the foreground (`l4ydesk serve`) or on a thread.

The socket is bound before uvicorn starts, so port 0 works (the OS picks a free port) and the
address announced is the one really listened on.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable

import uvicorn

from l4ydesk.core.platform.service import Platform
from l4ydesk.server.app import create_app
from l4ydesk.server.middleware import RequestLog

# Keep-alive and header limits: a slow or stuck client cannot hold a worker for long.
KEEP_ALIVE_SECONDS = 5


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when the
    # protocol says TCP, and without it each response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def make_server(platform: Platform, request_log: RequestLog | None = None) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(platform, request_log=request_log),
        log_config=None,  # l4ydesk's logging, whose redaction applies
        access_log=False,  # the app's own log leaves out query strings and headers
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        limit_concurrency=200,
        server_header=False,
        lifespan="on",
    )
    return uvicorn.Server(config)


def serve(
    platform: Platform, sock: socket.socket, on_ready: Callable[[str], None] | None = None
) -> None:
    """Serve until interrupted (Ctrl+C / SIGTERM); `on_ready(url)` once it accepts requests."""
    server = make_server(platform)

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.02)
        if server.started and on_ready is not None:
            on_ready(url_of(sock))
        await task

    asyncio.run(main())


class BackgroundServer:
    """The platform server on a thread of its own (the window's "Platform API" item, tests)."""

    def __init__(self, platform: Platform, host: str = "127.0.0.1", port: int = 0) -> None:
        self.request_log = RequestLog()
        self._sock = bind(host, port)
        self.url = url_of(self._sock)
        self._server = make_server(platform, self.request_log)
        self._thread = threading.Thread(target=self._run, name="l4y-platform-server", daemon=True)
        self._ready = threading.Event()
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._sock]))
        except BaseException as exc:  # reported through `error`, the thread must not die loud
            self.error = exc
        finally:
            self._ready.set()

    def start(self, timeout: float = 15.0) -> str:
        self._thread.start()
        deadline = threading.Event()
        waited = 0.0
        while not self._server.started and self._thread.is_alive() and waited < timeout:
            deadline.wait(0.02)
            waited += 0.02
        if not self._server.started:
            self.stop()
            raise RuntimeError(f"The platform server did not start ({self.error or 'timeout'}).")
        return self.url

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and self._server.started

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()
