"""What the Vercel client returns (no httpx here, so core/ may import it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ReadyState(enum.StrEnum):
    """Vercel's `readyState` of a deployment."""

    QUEUED = "QUEUED"
    INITIALIZING = "INITIALIZING"
    BUILDING = "BUILDING"
    READY = "READY"
    ERROR = "ERROR"
    CANCELED = "CANCELED"

    @property
    def finished(self) -> bool:
        return self in (ReadyState.READY, ReadyState.ERROR, ReadyState.CANCELED)


@dataclass(frozen=True)
class VercelProject:
    id: str
    name: str
    repo: str | None = None  # "owner/name" of the linked GitHub repository


@dataclass(frozen=True)
class Deployment:
    id: str
    url: str  # host name without scheme, as Vercel gives it
    state: ReadyState
    target: str | None = None  # "production" or None (a preview)
    meta: dict[str, str] = field(default_factory=dict)
    error_message: str | None = None


@dataclass(frozen=True)
class BuildEvent:
    """One line of a deployment's build log."""

    created: int  # milliseconds since the epoch
    type: str  # "stdout", "stderr", "command", ...
    text: str


@dataclass(frozen=True)
class DnsRecord:
    type: str  # "TXT", "CNAME", "A"
    name: str
    value: str


@dataclass(frozen=True)
class ProjectDomain:
    name: str
    verified: bool
    verification: tuple[DnsRecord, ...] = ()  # the records to create before Vercel verifies
