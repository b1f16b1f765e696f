"""A small real HTTP server on 127.0.0.1 that fakes of remote services build on.

It listens on an ephemeral port in a background thread, records every request (method, path,
query, headers, body) so a test can assert what a client sent, and answers either from a queue
of scripted responses (faults first: statuses, Retry-After, delays, dropped connections) or from
the subclass's `route()`, which implements the documented behaviour of the real API.

Responses:
- `Reply`: a whole response (status, JSON or bytes body, headers), optionally after a delay.
- `Stream`: a chunked response written piece by piece, for SSE; `drop_after` cuts the
  connection mid-body without the closing chunk, as a dropped network would.
- `Drop`: close the connection without answering at all.

Delays wait on an event that `stop()` sets, so a test never sleeps and teardown is immediate.
"""

from __future__ import annotations

import contextlib
import json as jsonlib
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "Drop",
    "FakeHTTPServer",
    "Pause",
    "RecordedRequest",
    "Reply",
    "Response",
    "Stream",
    "json_reply",
]

_NO_JSON = object()


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names lower-cased
    body: bytes

    def json(self) -> Any:
        return jsonlib.loads(self.body) if self.body else None


@dataclass(frozen=True)
class Reply:
    status: int = 200
    json: Any = _NO_JSON
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Pause:
    """A wait between two chunks of a `Stream`."""

    seconds: float


@dataclass(frozen=True)
class Stream:
    status: int = 200
    chunks: Sequence[bytes | Pause] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    drop_after: int | None = None  # cut the connection after this many byte chunks


@dataclass(frozen=True)
class Drop:
    """Close the connection without any response (after `delay` seconds)."""

    delay: float = 0.0


Response = Reply | Stream | Drop
Matcher = Callable[[RecordedRequest], bool]


def json_reply(status: int, data: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status=status, json=data, headers=dict(headers or {}))


class _Server(ThreadingMixIn, HTTPServer):
    # Non-daemon handler threads, joined by server_close(): no thread outlives a test.
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    fake: FakeHTTPServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up early (a timeout test, a dropped stream) is expected;
        # anything else is a bug in the fake and must reach the test.
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            self.fake.errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked bodies, as real APIs use
    timeout = 10  # an idle keep-alive connection never pins a thread for long
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.fake._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on recorded requests, not on stderr."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        fake = self.server.fake
        fake._record(request)
        try:
            response = fake._respond(request)
        except Exception:  # a bug in a fake must fail the test, not hang it
            fake.errors.append(traceback.format_exc())
            response = json_reply(500, {"error": {"message": "fake server bug"}})
        self._write(response)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve
    do_PROPFIND = do_REPORT = _serve  # WebDAV and CalDAV (RFC 4918, RFC 4791)

    def _write(self, response: Response) -> None:
        fake = self.server.fake
        if isinstance(response, Drop):
            fake.wait(response.delay)
            self.close_connection = True
            return
        if isinstance(response, Reply):
            fake.wait(response.delay)
            body = response.body
            headers = dict(response.headers)
            if response.json is not _NO_JSON:
                body = jsonlib.dumps(response.json).encode()
                headers.setdefault("Content-Type", "application/json")
            self.send_response(response.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        sent = 0
        for piece in response.chunks:
            if isinstance(piece, Pause):
                fake.wait(piece.seconds)
                continue
            if response.drop_after is not None and sent >= response.drop_after:
                break
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.flush()
            sent += 1
        if response.drop_after is not None:
            self.close_connection = True  # no closing chunk: the client sees a cut body
            return
        self.wfile.write(b"0\r\n\r\n")


class FakeHTTPServer:
    """Base of the fakes. Subclasses override `authorize()` and `route()`.

    Use as a context manager, or `start()`/`stop()`; `base_url` is ``http://127.0.0.1:PORT``.
    """

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.errors: list[str] = []  # tracebacks from route(); a test should see none
        self._script: list[tuple[Matcher, Response]] = []
        self._lock = threading.Lock()
        self._route_lock = threading.Lock()  # fakes keep plain dicts; serve one route at a time
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-http"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            # Wake handler threads blocked on a keep-alive read so they can end now.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def wait(self, seconds: float) -> None:
        """Pause a response; returns early when the server stops."""
        if seconds > 0:
            self._stopping.wait(seconds)

    # scripting ------------------------------------------------------------------------------

    def enqueue(
        self, *responses: Response, path: str | None = None, method: str | None = None
    ) -> None:
        """Answer the next matching requests with `responses`, in order, before `route()`.

        `path` matches as a prefix; `method` exactly. Unmatched requests go to `route()`.
        """

        def matches(request: RecordedRequest) -> bool:
            return (path is None or request.path.startswith(path)) and (
                method is None or request.method == method.upper()
            )

        with self._lock:
            self._script.extend((matches, response) for response in responses)

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [
                r
                for r in self.requests
                if r.path == path and (method is None or r.method == method.upper())
            ]

    # for subclasses -------------------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        """Return a refusal to answer with, or None to let the request through."""
        return None

    def route(self, request: RecordedRequest) -> Response:
        return json_reply(404, {"error": {"message": f"no route for {request.path}"}})

    # internals ------------------------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _respond(self, request: RecordedRequest) -> Response:
        refusal = self.authorize(request)
        if refusal is not None:
            return refusal
        with self._lock:
            for position, (matches, response) in enumerate(self._script):
                if matches(request):
                    del self._script[position]
                    return response
        with self._route_lock:
            return self.route(request)

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)
