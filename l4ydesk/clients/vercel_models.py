"""What the Vercel client returns (no httpx here, so core/ may import it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from l4ydesk.clients.errors import InvalidRequestError


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

    @property
    def web_url(self) -> str:
        """The address to open: https as Vercel serves it, http for a local fake on 127.0.0.1."""
        if not self.url:
            return ""
        host = self.url.split("/", 1)[0].rsplit(":", 1)[0]
        scheme = "http" if host in ("127.0.0.1", "localhost") else "https"
        return f"{scheme}://{self.url}"


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


class DomainNotVerifiedError(InvalidRequestError):
    """Vercel checked the domain's verification TXT record and did not find it (yet)."""

    def __init__(self, domain: str, detail: str = "") -> None:
        self.domain = domain  # before super(): the message names it
        super().__init__("Vercel", status=400, detail=detail)

    @property
    def user_message(self) -> str:
        return (
            f"Vercel has not verified {self.domain} yet: it could not see the TXT record. "
            "DNS changes can take a while to spread; try again in a few minutes."
            f"{self._detail_suffix()}"
        )
