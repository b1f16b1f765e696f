"""Typed errors shared by every remote-service client, each with a sentence a person can act on.

One error type per failure kind, whatever the service: the UI catches these and shows
`user_message`; it never shows a traceback. Nothing here may carry a secret: `detail` (what the
server said) is passed through `redact()` before it is stored, and neither `str()` nor `repr()`
includes request headers.
"""

from __future__ import annotations

from collections.abc import Iterable

from l4ydesk.redaction import redact as redact_secrets

__all__ = [
    "AuthError",
    "InvalidRequestError",
    "NetworkError",
    "NotFoundError",
    "OperationTimeout",
    "PlanLimitError",
    "ProtocolError",
    "RateLimitError",
    "RemoteError",
    "ServerError",
    "StreamInterrupted",
    "error_for_status",
    "redact",
]

_MAX_DETAIL = 300


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Return `text` with known secrets and credential-looking tokens replaced, and shortened.

    Servers sometimes echo a key back in an error body ("invalid key sk-...").
    """
    text = " ".join(redact_secrets(text, secrets).split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


class RemoteError(Exception):
    """A remote service call failed. Subclasses say how; `user_message` says what to do."""

    def __init__(self, service: str, *, status: int | None = None, detail: str = "") -> None:
        self.service = service
        self.status = status
        self.detail = redact(detail)
        super().__init__(self.user_message)

    @property
    def user_message(self) -> str:
        """A sentence for the person at the keyboard: what happened and what they can do."""
        return (
            f"{self.service} answered with an unexpected error{self._status_suffix()}. "
            f"Try again later.{self._detail_suffix()}"
        )

    def _status_suffix(self) -> str:
        return f" (HTTP {self.status})" if self.status is not None else ""

    def _detail_suffix(self) -> str:
        return f" {self.service} said: “{self.detail}”" if self.detail else ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service={self.service!r}, status={self.status!r})"


class AuthError(RemoteError):
    """The service refused our credentials (HTTP 401)."""

    def __init__(
        self,
        service: str,
        *,
        status: int | None = 401,
        detail: str = "",
        credential: str = "API key",
    ) -> None:
        self.credential = credential
        super().__init__(service, status=status, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"Your {self.service} {self.credential} was refused. "
            "Enter a valid key in Settings → Keys."
        )


class PlanLimitError(RemoteError):
    """The account's plan, credits or permissions do not allow the request (HTTP 402/403)."""

    @property
    def user_message(self) -> str:
        what = "is out of credits" if self.status == 402 else "does not allow this request"
        return (
            f"Your {self.service} account {what}. Check the plan and billing in your "
            f"{self.service} account, then try again.{self._detail_suffix()}"
        )


class RateLimitError(RemoteError):
    """Too many requests (HTTP 429); `retry_after` is the wait in seconds the server asked for."""

    def __init__(
        self,
        service: str,
        *,
        status: int | None = 429,
        detail: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(service, status=status, detail=detail)

    @property
    def user_message(self) -> str:
        if self.retry_after is not None:
            seconds = max(1, round(self.retry_after))
            when = f"in {seconds} second{'s' if seconds != 1 else ''}"
        else:
            when = "in a minute"
        return f"{self.service} is receiving too many requests. Try again {when}."


class NotFoundError(RemoteError):
    """The thing asked for does not exist on the service (HTTP 404)."""

    @property
    def user_message(self) -> str:
        return (
            f"{self.service} could not find what was asked for; it may have been deleted. "
            "Refresh and try again."
        )


class InvalidRequestError(RemoteError):
    """The service rejected the request as invalid (other 4xx): usually a bug on our side."""

    @property
    def user_message(self) -> str:
        return (
            f"{self.service} rejected the request{self._status_suffix()}. Check what you "
            f"entered and try again.{self._detail_suffix()}"
        )


class ServerError(RemoteError):
    """The service failed on its side (HTTP 5xx, or an error reported inside a stream)."""

    @property
    def user_message(self) -> str:
        return (
            f"{self.service} is having trouble right now{self._status_suffix()}. "
            "Try again in a few minutes."
        )


class NetworkError(RemoteError):
    """The service could not be reached or the connection failed: refused, timed out, dropped."""

    def __init__(
        self,
        service: str,
        *,
        status: int | None = None,
        detail: str = "",
        timed_out: bool = False,
    ) -> None:
        self.timed_out = timed_out
        super().__init__(service, status=status, detail=detail)

    @property
    def user_message(self) -> str:
        if self.timed_out:
            return (
                f"{self.service} took too long to answer. Check your internet connection "
                "and try again."
            )
        return f"Could not reach {self.service}. Check your internet connection and try again."


class StreamInterrupted(NetworkError):
    """The connection dropped while an answer was streaming; `partial_text` is what arrived."""

    def __init__(
        self,
        service: str,
        *,
        partial_text: str = "",
        detail: str = "",
        timed_out: bool = False,
    ) -> None:
        self.partial_text = partial_text
        super().__init__(service, detail=detail, timed_out=timed_out)

    @property
    def user_message(self) -> str:
        kept = " The part that arrived was kept." if self.partial_text else ""
        return (
            f"The connection to {self.service} dropped while the answer was arriving.{kept} "
            "Check your internet connection and try again."
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(service={self.service!r}, "
            f"partial_chars={len(self.partial_text)})"
        )


class ProtocolError(RemoteError):
    """The service answered with something we cannot understand (malformed or unexpected)."""

    @property
    def user_message(self) -> str:
        return (
            f"{self.service} sent an answer l4ydesk could not understand. Try again; if it "
            "keeps happening, update l4ydesk."
        )


class OperationTimeout(RemoteError):
    """A long-running remote job (e.g. a v0 generation) did not finish in the time allowed."""

    def __init__(self, service: str, *, detail: str = "", waited: float = 0.0) -> None:
        self.waited = waited
        super().__init__(service, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"{self.service} is still working after {round(self.waited)} seconds. "
            "Check again in a moment."
        )


def error_for_status(
    service: str,
    status: int,
    *,
    detail: str = "",
    retry_after: float | None = None,
    credential: str = "API key",
) -> RemoteError:
    """Map an HTTP error status (or an in-stream error code) to the one typed error for it."""
    if status == 401:
        return AuthError(service, status=status, detail=detail, credential=credential)
    if status in (402, 403):
        return PlanLimitError(service, status=status, detail=detail)
    if status == 404:
        return NotFoundError(service, status=status, detail=detail)
    if status == 408:
        return NetworkError(service, status=status, detail=detail, timed_out=True)
    if status == 429:
        return RateLimitError(service, status=status, detail=detail, retry_after=retry_after)
    if status >= 500:
        return ServerError(service, status=status, detail=detail)
    if status >= 400:
        return InvalidRequestError(service, status=status, detail=detail)
    return ProtocolError(service, status=status, detail=detail)
