"""The one HTTP policy for every remote service: timeouts, bounded retries, typed errors.

Each client (v0, OpenRouter, later GitHub, Vercel, Stripe...) owns a `Transport` built with its
base URL and credential, and never talks to httpx directly. The policy:

- Bounded retries with exponential backoff and jitter for 429, 5xx and connection failures.
- 429 is always safe to retry (the server did no work). 5xx and failures after the request was
  sent are retried only for idempotent requests: GET/HEAD/OPTIONS/PUT/DELETE, or any request
  carrying an idempotency key. A connection that never opened is safe to retry for any method.
- `Retry-After` (seconds or an HTTP date) is honoured; when it asks for longer than
  `RetryPolicy.max_wait`, we do not sleep: the `RateLimitError` carries `retry_after` so the UI
  can tell the person when to try again.
- The credential is read per request (a str or a zero-arg callable, so a key changed in Settings
  applies at once) and is never logged or put into an error.
"""

from __future__ import annotations

import abc
import asyncio
import email.utils
import functools
import logging
import math
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC
from types import TracebackType
from typing import Any, Self

import certifi
import httpx

from l4ydesk import __version__
from l4ydesk.clients.errors import (
    AuthError,
    NetworkError,
    ProtocolError,
    RateLimitError,
    RemoteError,
    error_for_status,
    redact,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiKey",
    "RetryPolicy",
    "SleepFn",
    "Transport",
    "network_error",
    "parse_retry_after",
]

log = logging.getLogger(__name__)

ApiKey = str | Callable[[], str]
SleepFn = Callable[[float], Awaitable[None]]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# PROPFIND and REPORT (WebDAV, CalDAV) only read.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PROPFIND", "REPORT"})
# These fail before the request reaches the server, so a retry cannot repeat any work.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: attempts in total, backoff shape, and the longest wait we sit through."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_backoff: float = 8.0
    max_wait: float = 30.0
    jitter: float = 0.2

    def backoff(self, attempt: int, rand: float) -> float:
        """Delay before retry number `attempt` (1-based); `rand` in [0, 1) spreads clients out."""
        delay: float = min(self.max_backoff, self.base_delay * 2.0 ** (attempt - 1))
        return min(self.max_backoff, delay * (1.0 + self.jitter * (2.0 * rand - 1.0)))


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date), or None."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def network_error(
    service: str, exc: httpx.TransportError, secrets: tuple[str, ...] = ()
) -> NetworkError:
    """The typed error for a connection-level failure (refused, timed out, dropped)."""
    detail = redact(f"{type(exc).__name__}: {exc}", secrets)
    return NetworkError(service, detail=detail, timed_out=isinstance(exc, httpx.TimeoutException))


def _error_detail(response: httpx.Response) -> str:
    """The server's own explanation from an error body, when it gave one we can read."""
    try:
        data = response.json()
    except ValueError:
        content_type = response.headers.get("content-type", "")
        return response.text[:300] if content_type.startswith("text/plain") else ""
    if not isinstance(data, dict):
        return ""
    error = data.get("error")
    message: object = None
    if isinstance(error, dict):
        message = error.get("message")
    elif isinstance(error, str):
        message = error
    if message is None:
        message = data.get("message")
    return message if isinstance(message, str) else ""


class AsyncClosing(abc.ABC):
    """`async with client:` closes it on the way out; every client and the transport use it."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @abc.abstractmethod
    async def aclose(self) -> None:
        """Release connections; safe to call twice."""


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: loading the CA bundle takes ~20-50 ms, which would
    otherwise happen on the event loop (and so the GUI thread) for every new client."""
    return ssl.create_default_context(cafile=certifi.where())


class Transport(AsyncClosing):
    """An httpx.AsyncClient wrapped in the shared retry and error policy, for one service.

    `service` is the name people know the service by ("v0", "OpenRouter"); it appears in error
    sentences. Close the transport (`aclose()` or `async with`) when the client is done.
    """

    def __init__(
        self,
        service: str,
        base_url: str,
        *,
        api_key: ApiKey | None = None,
        credential: str = "API key",
        auth_scheme: str = "Bearer",
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: SleepFn = asyncio.sleep,
        idempotency_header: str = "Idempotency-Key",
        now: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.service = service
        self.retry = retry or RetryPolicy()
        self._api_key = api_key
        self._credential = credential
        self._auth_scheme = auth_scheme
        self._sleep = sleep
        self._idempotency_header = idempotency_header
        self._now = now
        self._rand = rand
        default_headers = {"User-Agent": f"l4ydesk/{__version__}", "Accept": "application/json"}
        default_headers.update(headers or {})
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers=default_headers,
            timeout=timeout,
            transport=http_transport,
            follow_redirects=False,
            verify=shared_ssl_context(),
        )

    async def aclose(self) -> None:
        """Close the pooled connections. Safe to call twice."""
        await self._client.aclose()

    @property
    def is_closed(self) -> bool:
        return self._client.is_closed

    def _current_key(self) -> str | None:
        if self._api_key is None:
            return None
        key = self._api_key() if callable(self._api_key) else self._api_key
        if not key:
            raise AuthError(
                self.service, status=None, detail="no key is set", credential=self._credential
            )
        return key

    def _secrets(self) -> tuple[str, ...]:
        try:
            key = self._current_key()
        except RemoteError:
            return ()
        return (key,) if key else ()

    def network_error(self, exc: httpx.TransportError) -> NetworkError:
        """Map a connection failure to a NetworkError, with our secret scrubbed from it."""
        return network_error(self.service, exc, self._secrets())

    def _build(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        idempotency_key: str | None,
        timeout: httpx.Timeout | float | None,
        content: bytes | None = None,
    ) -> httpx.Request:
        request_headers = dict(headers or {})
        key = self._current_key()
        if key is not None:
            request_headers["Authorization"] = f"{self._auth_scheme} {key}"
        if idempotency_key is not None:
            request_headers[self._idempotency_header] = idempotency_key
        extensions = {}
        if timeout is not None:
            as_timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            extensions["timeout"] = as_timeout.as_dict()
        return self._client.build_request(
            method,
            path,
            params=params,
            json=json,
            content=content,
            headers=request_headers,
            extensions=extensions,
        )

    def _status_error(self, response: httpx.Response) -> RemoteError:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self._now)
        detail = redact(_error_detail(response), self._secrets())
        return error_for_status(
            self.service,
            response.status_code,
            detail=detail,
            retry_after=retry_after,
            credential=self._credential,
        )

    async def _send(
        self,
        method: str,
        path: str,
        *,
        stream: bool,
        params: Mapping[str, str | int] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send with retries. The returned response is read, unless `stream` is set."""
        method = method.upper()
        idempotent = method in _IDEMPOTENT_METHODS or idempotency_key is not None
        attempts = max(1, self.retry.max_attempts)
        for attempt in range(1, attempts + 1):
            last = attempt == attempts
            request = self._build(
                method,
                path,
                params=params,
                json=json,
                headers=headers,
                idempotency_key=idempotency_key,
                timeout=timeout,
                content=content,
            )
            response: httpx.Response | None = None
            try:
                response = await self._client.send(request, stream=True)
                if not stream or response.status_code >= 400:
                    await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                if last or not (idempotent or isinstance(exc, _NOT_SENT_ERRORS)):
                    raise self.network_error(exc) from exc
                delay = self.retry.backoff(attempt, self._rand())
                log.info(
                    "%s %s %s failed (%s); retry %d in %.1f s",
                    self.service,
                    method,
                    request.url.path,
                    type(exc).__name__,
                    attempt,
                    delay,
                )
                await self._sleep(delay)
                continue

            if response.status_code < 400:
                return response
            error = self._status_error(response)
            status = response.status_code
            if last or not (status == 429 or (status >= 500 and idempotent)):
                raise error
            # The error's own wait (a service may read it from other headers than Retry-After).
            retry_after = (
                error.retry_after
                if isinstance(error, RateLimitError)
                else parse_retry_after(response.headers.get("Retry-After"), self._now)
            )
            if retry_after is not None and retry_after > self.retry.max_wait:
                # Sleeping that long would freeze whatever waits on us; let the UI say when.
                raise error
            delay = self.retry.backoff(attempt, self._rand())
            if retry_after is not None:
                delay = retry_after
            log.info(
                "%s %s %s answered %d; retry %d in %.1f s",
                self.service,
                method,
                request.url.path,
                status,
                attempt,
                delay,
            )
            await self._sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send a request under the retry policy and return the successful, fully read response.

        `content` is a raw body (XML, iCalendar) for services that do not speak JSON."""
        return await self._send(
            method,
            path,
            stream=False,
            params=params,
            json=json,
            headers=headers,
            idempotency_key=idempotency_key,
            timeout=timeout,
            content=content,
        )

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        content: bytes | None = None,
    ) -> Any:
        """Like `request`, and decode the JSON body (ProtocolError when it is not JSON); a
        DELETE answered with no body (204 No Content) gives None."""
        response = await self.request(
            method,
            path,
            params=params,
            json=json,
            headers=headers,
            idempotency_key=idempotency_key,
            timeout=timeout,
            content=content,
        )
        if method == "DELETE" and not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise ProtocolError(
                self.service, status=response.status_code, detail="the answer was not JSON"
            ) from exc

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """Open a streaming response. Retries apply only until the first body byte is read.

        Failures while reading the body are the caller's to map (see `network_error`): only
        the caller knows what partial result to keep.
        """
        response = await self._send(
            method,
            path,
            stream=True,
            params=params,
            json=json,
            headers=headers,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )
        try:
            yield response
        finally:
            await response.aclose()
