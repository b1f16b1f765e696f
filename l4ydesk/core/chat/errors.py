"""Errors of the builder chat; `sentence_for` (from `core.sentences`) words them all."""

from __future__ import annotations

from l4ydesk.clients.errors import (
    AuthError,
    NetworkError,
    PlanLimitError,
    RateLimitError,
    StreamInterrupted,
)
from l4ydesk.core.chat.usage import ActionRefused
from l4ydesk.core.errors import L4yError
from l4ydesk.core.sentences import missing_key_sentence, sentence_for

__all__ = [
    "ChatError",
    "ConflictNotFoundError",
    "MissingKeyError",
    "UndoError",
    "keeps_draft",
    "sentence_for",
]


class ChatError(L4yError):
    """A chat use case could not be done; the message says why and what to do."""


class MissingKeyError(ChatError):
    """No API key is stored for the service a message needs."""

    def __init__(self, service: str) -> None:
        self.service = service
        super().__init__(missing_key_sentence(service))


class ConflictNotFoundError(ChatError):
    pass


class UndoError(ChatError):
    pass


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
