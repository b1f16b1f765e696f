"""What the chat panel says: message headers, status lines, usage, cards and the key banner.

Kept apart from the widgets so the sentences are in one place and testable without a display.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from l4ydesk.core.chat import ChatMessageView, FileChanges, MessageStatus, Provider

DRAFT_LABEL = "Draft — will be sent when online"
PARTIAL_LABEL = "Answer cut short"
FAILED_LABEL = "Not sent"
SENDING_LABEL = "Sending…"
EMPTY_CHAT = (
    "Describe the app you want, or what to change in it. v0 builds whole versions; the "
    "built-in AI edits the files directly."
)
NO_APP = "Open or create an app to chat about it."


class StatusKind(enum.StrEnum):
    """How a status line looks: a draft, a warning (cut short), an error, or a quiet note."""

    DRAFT = "draft"
    WARNING = "warning"
    ERROR = "error"
    NOTE = "note"


@dataclass(frozen=True)
class StatusLine:
    kind: StatusKind
    label: str  # the short badge ("Draft — will be sent when online"); may be empty
    detail: str  # the sentence saying why or what next; may be empty


def provider_label(provider: Provider) -> str:
    return "v0" if provider is Provider.V0 else "Built-in AI"


def header_text(view: ChatMessageView) -> str:
    """ "You → v0", "Built-in AI · openai/gpt-4o-mini", with the time it was written."""
    when = view.created_at.astimezone().strftime("%H:%M")
    if view.role == "user":
        return f"You → {provider_label(view.provider)} · {when}"
    who = provider_label(view.provider)
    if view.provider is Provider.AI and view.model:
        who += f" · {view.model}"
    return f"{who} · {when}"


def streaming_header(provider: Provider, model: str) -> str:
    who = provider_label(provider)
    return f"{who} · {model}" if provider is Provider.AI and model else who


def status_line(view: ChatMessageView, *, answered: bool) -> StatusLine | None:
    """The line under a message saying where it is; None when there is nothing to say.

    `answered` says whether the message's turn has an answer in the chat (a question that v0
    accepted but never answered carries the reason itself).
    """
    note = view.note
    if view.status is MessageStatus.DRAFT:
        return StatusLine(StatusKind.DRAFT, DRAFT_LABEL, note)
    if view.status is MessageStatus.SENDING:
        return StatusLine(StatusKind.NOTE, SENDING_LABEL, "")
    if view.status is MessageStatus.PARTIAL:
        return StatusLine(StatusKind.WARNING, PARTIAL_LABEL, note)
    if view.status is MessageStatus.FAILED:
        label = FAILED_LABEL if view.role == "user" else "Failed"
        return StatusLine(StatusKind.ERROR, label, note or "The message failed.")
    if note:
        unanswered_question = view.role == "user" and not answered
        return StatusLine(StatusKind.ERROR if unanswered_question else StatusKind.NOTE, "", note)
    return None


def can_retry(view: ChatMessageView, *, answered: bool) -> bool:
    """Failed and cut-short messages, and questions accepted but left unanswered."""
    if view.status in (MessageStatus.FAILED, MessageStatus.PARTIAL):
        return True
    return (
        view.role == "user"
        and view.status is MessageStatus.SENT
        and bool(view.note)
        and (not answered)
    )


def usage_text(usage: Mapping[str, Any]) -> str:
    """ "1,234 tokens · 0.000420 credits" for an answer that reported usage, else ""."""
    parts: list[str] = []
    total = usage.get("total_tokens")
    if isinstance(total, int) and total > 0:
        parts.append(f"{total:,} tokens")
    cost = usage.get("cost")
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        parts.append(f"{cost:.6f} credits")
    return " · ".join(parts)


def changes_title(changes: FileChanges) -> str:
    count = changes.count
    return f"Edited {count} file{'s' if count != 1 else ''}"


def streaming_status(status: str, has_text: bool) -> str:
    """The grey line of an answer still arriving."""
    return status if status else ("" if has_text else "Waiting for the answer…")


def tool_line(tool: str, path: str | None, state: str) -> str:
    """One line of the agent's activity: "✓ edit_file app/page.tsx"."""
    mark = {"running": "…", "ok": "✓", "failed": "✗"}[state]
    return f"{mark} {tool}{' ' + path if path else ''}"


def drafts_button_text(count: int) -> str:
    return f"Send drafts ({count})"
