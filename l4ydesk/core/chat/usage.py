"""The usage hook point: every chargeable chat action is announced before and reported after.

A later credits capability implements `UsageHooks` to check a balance (raise `ActionRefused`
in `before_action`) and charge (`after_action`) without this package changing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from l4ydesk.core.chat.values import ActionUsage
from l4ydesk.core.errors import L4yError


class ActionKind(enum.StrEnum):
    AI_MESSAGE = "ai_message"  # one request to the model (an agent turn makes several)
    AGENT_TOOL = "agent_tool"  # one file tool the agent called
    V0_MESSAGE = "v0_message"  # one message to v0 and the version it produced


@dataclass(frozen=True)
class ChatAction:
    """What is about to happen: `tool` and `path` are set for agent tool calls."""

    kind: ActionKind
    app_id: int
    provider: str
    model: str
    tool: str | None = None
    path: str | None = None


class ActionRefused(L4yError):
    """Raised by `before_action` to refuse an action; its message is shown to the user."""


class UsageHooks(Protocol):
    def before_action(self, action: ChatAction) -> None:
        """Called before the action; raise ActionRefused to stop it."""

    def after_action(self, action: ChatAction, usage: ActionUsage) -> None:
        """Called once the action ended (also when cut short: `usage.completed` is False)."""


class NoUsageHooks:
    """The default: every action is allowed and nothing is counted."""

    def before_action(self, action: ChatAction) -> None:
        return None

    def after_action(self, action: ChatAction, usage: ActionUsage) -> None:
        return None
