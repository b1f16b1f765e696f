"""Events a chat turn reports while it runs, for a Qt panel or a command line to render.

A turn takes an `EventSink` (a plain callable) and calls it in order; the sink must not block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from l4ydesk.clients.v0_agent_models import PendingTask
from l4ydesk.core.chat.usage import ChatAction
from l4ydesk.core.chat.values import ActionUsage, Conflict, FileChanges, TurnResult


@dataclass(frozen=True)
class StatusChanged:
    """A new stage of the turn (`stage` is a short key, `text` a sentence to show)."""

    stage: str
    text: str


@dataclass(frozen=True)
class AnswerDelta:
    """A piece of the answer's text, as it streams."""

    text: str


@dataclass(frozen=True)
class ToolCallStarted:
    call_id: str
    tool: str
    path: str | None


@dataclass(frozen=True)
class ToolCallFinished:
    """A tool call ran; `summary` is its result in a line (or the error sentence)."""

    call_id: str
    tool: str
    path: str | None
    ok: bool
    summary: str


@dataclass(frozen=True)
class FilesChanged:
    changes: FileChanges


@dataclass(frozen=True)
class ConflictFound:
    conflict: Conflict


@dataclass(frozen=True)
class UsageReported:
    action: ChatAction
    usage: ActionUsage


@dataclass(frozen=True)
class V0VersionReady:
    version_id: str
    demo_url: str | None


@dataclass(frozen=True)
class V0TaskWaiting:
    """v0 stopped to ask the user (questions, a plan, an integration, a permission); the turn
    goes on once `ChatService.answer_v0_task` gets the answer."""

    app_id: int
    task: PendingTask


@dataclass(frozen=True)
class TurnFinished:
    result: TurnResult


ChatEvent = (
    StatusChanged
    | AnswerDelta
    | ToolCallStarted
    | ToolCallFinished
    | FilesChanged
    | ConflictFound
    | UsageReported
    | V0VersionReady
    | V0TaskWaiting
    | TurnFinished
)
EventSink = Callable[[ChatEvent], None]


def ignore_events(event: ChatEvent) -> None:
    """The sink used when the caller does not listen."""
