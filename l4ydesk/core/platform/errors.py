"""Errors of the platform API use cases; each maps to one HTTP status in server/."""

from __future__ import annotations

from dataclasses import dataclass

from l4ydesk.core.errors import L4yError


class PlatformError(L4yError):
    """A platform request was refused; `str()` is the sentence sent back."""

    status = 400


class NotAuthenticatedError(PlatformError):
    status = 401


class PaymentRequiredError(PlatformError):
    """The workspace's credits do not cover what was asked (a workflow run)."""

    status = 402


class ForbiddenError(PlatformError):
    status = 403


class NotFoundError(PlatformError):
    status = 404


class ConflictError(PlatformError):
    status = 409


class RateLimitedError(PlatformError):
    status = 429

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PaymentProviderError(PlatformError):
    status = 502


@dataclass(frozen=True)
class FieldProblem:
    """One failing input field: its dotted location and what is wrong with it."""

    field: str
    message: str


class InvalidInputError(PlatformError):
    """Input that does not fit the schema; lists every failing field."""

    status = 422

    def __init__(self, problems: list[FieldProblem], message: str | None = None) -> None:
        self.problems = problems
        names = ", ".join(p.field for p in problems) or "the body"
        super().__init__(message or f"Some fields are not valid: {names}. Fix them and resend.")
