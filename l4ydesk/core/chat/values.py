"""Value types of the builder chat: providers, message states, conflicts, turn outcomes."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Provider(enum.StrEnum):
    """Who answers: the v0 Platform API, or the built-in AI agent (through OpenRouter)."""

    V0 = "v0"
    AI = "ai"

    @property
    def label(self) -> str:
        return "v0" if self is Provider.V0 else "the built-in AI"


class MessageStatus(enum.StrEnum):
    """Where a message is: queued offline, on its way, answered, cut short, or failed."""

    DRAFT = "draft"
    SENDING = "sending"
    SENT = "sent"
    PARTIAL = "partial"
    FAILED = "failed"


class ConflictChoice(enum.StrEnum):
    """How to settle a file both the user and v0 changed."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class Conflict:
    """A file v0 changed that the user also changed locally since the last sync.

    `mine` is the app's current text (None: the user deleted it); `theirs` is v0's text
    (None: v0 deleted it). Nothing was written for this path until it is resolved.
    """

    path: str
    mine: str | None
    theirs: str | None
    version_id: str


@dataclass(frozen=True)
class FileChanges:
    """Which paths a turn wrote, deleted and renamed (old, new)."""

    written: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.written or self.deleted or self.renamed)

    def __add__(self, other: FileChanges) -> FileChanges:
        return FileChanges(
            tuple(dict.fromkeys(self.written + other.written)),
            tuple(dict.fromkeys(self.deleted + other.deleted)),
            self.renamed + other.renamed,
        )

    @property
    def count(self) -> int:
        return len(self.written) + len(self.deleted) + len(self.renamed)

    def describe(self) -> str:
        if not self:
            return "no files changed"
        parts = []
        if self.written:
            parts.append(f"{len(self.written)} written ({_paths(self.written)})")
        if self.deleted:
            parts.append(f"{len(self.deleted)} deleted ({_paths(self.deleted)})")
        if self.renamed:
            moves = [f"{old} → {new}" for old, new in self.renamed]
            parts.append(f"{len(self.renamed)} renamed ({_paths(moves)})")
        return ", ".join(parts)


def _paths(paths: tuple[str, ...] | list[str], limit: int = 8) -> str:
    shown = ", ".join(paths[:limit])
    return shown if len(paths) <= limit else f"{shown}, and {len(paths) - limit} more"


@dataclass(frozen=True)
class ActionUsage:
    """What one action consumed: tokens and cost (OpenRouter credits) and files changed.

    `completed` is False when the action was cut short (dropped connection, cancelled, failed),
    so a credits capability can decide what to charge for it.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost: float | None = None
    files_changed: int = 0
    completed: bool = True

    def __add__(self, other: ActionUsage) -> ActionUsage:
        cost = (
            None
            if self.cost is None and other.cost is None
            else ((self.cost or 0.0) + (other.cost or 0.0))
        )
        return ActionUsage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.total_tokens + other.total_tokens,
            cost,
            self.files_changed + other.files_changed,
            self.completed and other.completed,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "cost": self.cost,
            "files_changed": self.files_changed,
        }

    def describe(self) -> str:
        if not self.total_tokens and self.cost is None:
            return "no token usage reported"
        text = f"{self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion tokens"
        return text + (f", cost {self.cost:.6f} credits" if self.cost is not None else "")


@dataclass(frozen=True)
class TurnResult:
    """The outcome of sending one message, for the chat panel and the command line.

    `status` is the turn's state: sent (answered), partial (answer cut short and kept), failed,
    or draft (not sent; kept to send later). `error` is the sentence saying why, if not sent.
    """

    turn_id: int
    app_id: int
    provider: Provider
    status: MessageStatus
    answer: str = ""
    error: str | None = None
    changes: FileChanges = field(default_factory=FileChanges)
    conflicts: tuple[Conflict, ...] = ()
    usage: ActionUsage = field(default_factory=ActionUsage)
    version_id: str | None = None
    demo_url: str | None = None

    def summary(self) -> str:
        """A few human lines: what happened, files changed, conflicts, usage."""
        who = self.provider.label
        head = {
            MessageStatus.SENT: f"{who} answered.",
            MessageStatus.PARTIAL: f"The answer from {who} is incomplete.",
            MessageStatus.FAILED: "The message failed.",
            MessageStatus.DRAFT: "The message was not sent; it is kept as a draft.",
            MessageStatus.SENDING: "The message is still being sent.",
        }[self.status]
        # "v0" keeps its lower case; other sentences start with a capital.
        lines = [head if head.startswith("v0") else head[0].upper() + head[1:]]
        if self.error:
            lines.append(self.error)
        lines.append(f"Files: {self.changes.describe()}.")
        if self.conflicts:
            paths = ", ".join(c.path for c in self.conflicts)
            lines.append(
                f"Conflicts: {len(self.conflicts)} file(s) you edited locally were not "
                f"overwritten ({paths}); choose keep_mine, take_theirs or keep_both for each."
            )
        if self.provider is Provider.AI or self.usage.total_tokens:
            lines.append(f"Usage: {self.usage.describe()}.")
        if self.demo_url:
            lines.append(f"Preview: {self.demo_url}")
        return "\n".join(lines)


@dataclass(frozen=True)
class ChatMessageView:
    """A stored chat message as the panel shows it; `note` explains drafts and cut answers."""

    message_id: int
    turn_id: int | None
    provider: Provider
    role: str
    content: str
    status: MessageStatus
    note: str
    model: str
    usage: dict[str, Any]
    created_at: datetime
    changes: FileChanges = field(default_factory=FileChanges)  # set on answers
    undoable: bool = False
