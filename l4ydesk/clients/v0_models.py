"""The v0 Platform API v1's objects as typed values, and the parsing of its JSON into them.

Shapes: the last v1 OpenAPI document (vercel/v0-sdk ``packages/v0-sdk/openapi.json`` at commit
13faa09): ChatDetail, ChatSummary, VersionDetail, VersionSummary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from l4ydesk.clients.errors import ProtocolError

SERVICE = "v0"


class VersionStatus(StrEnum):
    PENDING = "pending"
    COMPLETED = "completed"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class VersionFile:
    """One file of a generated version: its path in the project and its full text."""

    name: str
    content: str
    locked: bool = False


@dataclass(frozen=True, slots=True)
class ChatVersion:
    """One generation of a chat's app. `files` is empty in list views and while pending."""

    id: str
    status: VersionStatus
    demo_url: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    files: tuple[VersionFile, ...] = ()

    @property
    def is_done(self) -> bool:
        return self.status is not VersionStatus.PENDING

    def file_map(self) -> dict[str, str]:
        """The files as {path: content}."""
        return {f.name: f.content for f in self.files}


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    role: str
    content: str
    type: str = "message"
    created_at: str | None = None
    finish_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Chat:
    """A v0 chat. Summaries from `list_chats` have no messages and versions without files."""

    id: str
    name: str | None
    web_url: str | None
    privacy: str | None
    created_at: str | None
    updated_at: str | None
    project_id: str | None
    latest_version: ChatVersion | None
    messages: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class ChatPage:
    """One page of `list_chats`; `next_offset` is None on the last page."""

    chats: tuple[Chat, ...]
    offset: int
    next_offset: int | None = field(default=None)


def _str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _required_str(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ProtocolError(SERVICE, detail=f"{what} without a {key!r}")
    return value


def as_object(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise ProtocolError(SERVICE, detail=f"expected a {what} object")
    return data


def parse_version(data: Any) -> ChatVersion:
    obj = as_object(data, "version")
    raw_status = obj.get("status")
    try:
        status = VersionStatus(str(raw_status))
    except ValueError:
        raise ProtocolError(SERVICE, detail=f"unknown version status {raw_status!r}") from None
    files: list[VersionFile] = []
    raw_files = obj.get("files") or []
    if not isinstance(raw_files, list):
        raise ProtocolError(SERVICE, detail="version files is not a list")
    for raw in raw_files:
        item = as_object(raw, "file")
        content = item.get("content")
        if not isinstance(content, str):
            raise ProtocolError(SERVICE, detail="file without text content")
        files.append(
            VersionFile(
                name=_required_str(item, "name", "file"),
                content=content,
                locked=bool(item.get("locked", False)),
            )
        )
    return ChatVersion(
        id=_required_str(obj, "id", "version"),
        status=status,
        demo_url=_str(obj, "demoUrl"),
        created_at=_str(obj, "createdAt"),
        updated_at=_str(obj, "updatedAt"),
        files=tuple(files),
    )


def parse_chat(data: Any) -> Chat:
    obj = as_object(data, "chat")
    latest = obj.get("latestVersion")
    messages: list[Message] = []
    for raw in obj.get("messages") or []:
        item = as_object(raw, "message")
        messages.append(
            Message(
                id=_required_str(item, "id", "message"),
                role=_str(item, "role") or "assistant",
                content=_str(item, "content") or "",
                type=_str(item, "type") or "message",
                created_at=_str(item, "createdAt"),
                finish_reason=_str(item, "finishReason"),
            )
        )
    return Chat(
        id=_required_str(obj, "id", "chat"),
        # `title` is the deprecated spelling of `name`; older chats may only have it.
        name=_str(obj, "name") or _str(obj, "title"),
        web_url=_str(obj, "webUrl") or _str(obj, "url"),
        privacy=_str(obj, "privacy"),
        created_at=_str(obj, "createdAt"),
        updated_at=_str(obj, "updatedAt"),
        project_id=_str(obj, "projectId"),
        latest_version=parse_version(latest) if latest is not None else None,
        messages=tuple(messages),
    )
