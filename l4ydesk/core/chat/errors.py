"""Errors of the builder chat, and the one place a failure becomes the sentence shown for it."""

from __future__ import annotations

from l4ydesk.clients.errors import (
    AuthError,
    NetworkError,
    PlanLimitError,
    RateLimitError,
    RemoteError,
    StreamInterrupted,
)
from l4ydesk.core.chat.usage import ActionRefused
from l4ydesk.core.errors import L4yError


class ChatError(L4yError):
    """A chat use case could not be done; the message says why and what to do."""


class MissingKeyError(ChatError):
    """No API key is stored for the service a message needs."""

    def __init__(self, service: str) -> None:
        self.service = service
        super().__init__(f"No {service} API key is set. Add your {service} key in Settings → Keys.")


class ConflictNotFoundError(ChatError):
    pass


class UndoError(ChatError):
    pass


def sentence_for(error: BaseException) -> str:
    """The sentence a person sees for an expected failure."""
    if isinstance(error, AuthError) and error.status is None:
        # The transport raises this when the key callable gave nothing: a missing key.
        return str(MissingKeyError(error.service))
    if isinstance(error, RemoteError):
        return error.user_message
    return str(error)


def keeps_draft(error: BaseException) -> bool:
    """Whether a failure before the service took the message means "send it later".

    Offline, rate limited, out of credits, or a missing or refused key: the text stays a draft
    so nothing typed is lost, and `send_drafts` tries again once the cause is fixed.
    """
    if isinstance(error, StreamInterrupted):
        return False  # the service had the message already
    return isinstance(
        error,
        NetworkError
        | AuthError
        | RateLimitError
        | PlanLimitError
        | MissingKeyError
        | ActionRefused,
    )
