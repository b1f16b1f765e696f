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
    root_directory: str = ""  # `rootDirectory`: the repository folder it builds ("" for the top)


@dataclass(frozen=True)
class Deployment:
    id: str
    url: str  # host name without scheme, as Vercel gives it
    state: ReadyState
    target: str | None = None  # "production" or None (a preview)
    meta: dict[str, str] = field(default_factory=dict)
    error_message: str | None = None
    aliases: tuple[str, ...] = ()  # `alias`: the domains assigned to it (production ones)
    alias_assigned: bool = False  # `aliasAssigned`: Vercel has finished assigning them

    @property
    def web_url(self) -> str:
        """The deployment's own address (https as Vercel serves it, http for a local fake)."""
        return _web(self.url)

    @property
    def production_url(self) -> str:
        """The address visitors and webhooks should use: the production domain.

        The deployment's own URL is behind Vercel Authentication under the default Standard
        Protection ("protects preview deployments and deployment URLs; the production domain
        remains publicly accessible"), so a production deployment is recorded by its alias:
        the project's shortest *.vercel.app domain (not a per-branch "-git-" one), else a custom
        domain, else its own URL when no alias was assigned."""
        if not self.aliases:
            return self.web_url
        vercel_app = [a for a in self.aliases if a.endswith(".vercel.app") and "-git-" not in a]
        if vercel_app:
            return _web(min(vercel_app, key=lambda a: (len(a), a)))
        return _web(self.aliases[0])


def _web(host: str) -> str:
    if not host:
        return ""
    name = host.split("/", 1)[0].rsplit(":", 1)[0]
    scheme = "http" if name in ("127.0.0.1", "localhost") else "https"
    return f"{scheme}://{host}"


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
