"""The publish wizard's answers for one app: what a publish run (window or `l4ydesk publish`) reads.

Plain data, saved as JSON per app (see `config_store.py`) so that closing the wizard keeps the
answers and the headless command can run from them. No secret is ever part of it: the GitHub and
Vercel tokens and the app's platform key live in the keyring.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from l4ydesk.core.ontology import ONTOLOGY


class VisitorAuth(enum.StrEnum):
    NONE = "none"
    PLATFORM = "platform"  # sign-in through the platform API


class StripeMode(enum.StrEnum):
    TEST = "test"
    LIVE = "live"


@dataclass(frozen=True)
class GitHubTarget:
    owner: str = ""  # a user or an organisation; empty: the token's user
    repo: str = ""
    branch: str = "main"
    create: bool = True  # create the repository when it does not exist yet
    private: bool = True


@dataclass(frozen=True)
class VercelTarget:
    project: str = ""
    team_id: str = ""  # empty: the token's personal account
    create: bool = True


@dataclass(frozen=True)
class PublishConfig:
    name: str = ""
    description: str = ""
    # API categories of the ontology ("products", "forms", ...): each gives the key's scopes.
    categories: tuple[str, ...] = ()
    visitor_auth: VisitorAuth = VisitorAuth.NONE
    checkout_ids: tuple[int, ...] = ()  # checkout records the app sells through
    stripe_mode: StripeMode = StripeMode.TEST
    github: GitHubTarget = field(default_factory=GitHubTarget)
    vercel: VercelTarget = field(default_factory=VercelTarget)
    platform_url: str = ""  # where the published app reaches `l4ydesk serve`
    # Extra server-side variables the user adds; values that are secrets do not belong here.
    extra_env: tuple[tuple[str, str], ...] = ()
    custom_domains: tuple[str, ...] = ()

    def scopes(self) -> tuple[str, ...]:
        """Exactly the key scopes the chosen categories need: read for all, write where used."""
        scopes: list[str] = []
        for category in self.categories:
            scopes.append(f"{category}:read")
            if category in WRITING_CATEGORIES:
                scopes.append(f"{category}:write")
        if self.visitor_auth is VisitorAuth.PLATFORM:  # sign-up/in/out write, who-am-I reads
            scopes.extend(("auth:read", "auth:write"))
        return tuple(scopes)

    def with_changes(self, **changes: Any) -> PublishConfig:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PublishConfig:
        known = {t.api_category for t in ONTOLOGY}
        categories = tuple(c for c in data.get("categories", ()) if c in known)
        return cls(
            name=str(data.get("name", "")),
            description=str(data.get("description", "")),
            categories=categories,
            visitor_auth=VisitorAuth(data.get("visitor_auth", VisitorAuth.NONE)),
            checkout_ids=tuple(int(i) for i in data.get("checkout_ids", ())),
            stripe_mode=StripeMode(data.get("stripe_mode", StripeMode.TEST)),
            github=GitHubTarget(**data.get("github", {})),
            vercel=VercelTarget(**data.get("vercel", {})),
            platform_url=str(data.get("platform_url", "")),
            extra_env=tuple((str(k), str(v)) for k, v in data.get("extra_env", ())),
            custom_domains=tuple(str(d) for d in data.get("custom_domains", ())),
        )


# Categories a visitor writes to from a published app (submissions, bookings, orders).
WRITING_CATEGORIES = frozenset({"forms", "crm", "tickets", "bookings", "checkout"})
