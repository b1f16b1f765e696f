"""What the publish wizard accepts on each page, as sentences; plain Python (no Qt).

The rules are the services' own published ones, so a name is refused here rather than by a
remote API halfway through a publish: GitHub's repository and owner names, git's ref-name
rules (`git check-ref-format`), Vercel's project names, and environment variable names.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.scaffold.contract import (
    API_KEY_VAR,
    API_URL_VAR,
    BUILDER_MODE_VAR,
    WEBHOOK_SECRET_VAR,
)

# GitHub: a user or organisation is 1-39 alphanumerics or single hyphens, not at either end.
_OWNER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
# GitHub turns anything else in a repository name into "-": refuse it instead of guessing.
_REPO = re.compile(r"^[A-Za-z0-9._-]{1,100}$")
# Vercel: "up to 100 characters long and must be lowercase ... letters, digits, and '.', '_',
# '-' ... cannot contain the sequence '---'" (Vercel docs, Project name).
_PROJECT = re.compile(r"^[a-z0-9._-]{1,100}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SECRET_WORDS = ("KEY", "SECRET", "TOKEN", "PASSWORD", "PRIVATE", "CREDENTIAL")
_SECRET_PREFIXES = ("sk_", "rk_", "whsec_", "l4y_", "ghp_", "gho_", "github_pat_", "xoxb-")
PUBLIC_PREFIX = "NEXT_PUBLIC_"
# Set by the publish run itself; the wizard shows them and refuses them as extras.
RESERVED_VARS = frozenset({API_URL_VAR, API_KEY_VAR, WEBHOOK_SECRET_VAR, BUILDER_MODE_VAR})


def app_problem(config: PublishConfig) -> str | None:
    name = config.name.strip()
    if not name:
        return "Give the app a name: it is the title visitors see and the default project name."
    if len(name) > 100:
        return f"The name is {len(name)} characters long; keep it to 100."
    if len(config.description) > 500:
        return "Keep the description to 500 characters (it becomes the repository description)."
    return None


def categories_problem(config: PublishConfig) -> str | None:
    if not config.categories:
        return (
            "Choose at least one API category: the published app reads its records through "
            "them. (Connect the app's elements to records to have them chosen for you.)"
        )
    return None


def payments_problem(config: PublishConfig, checkouts_known: bool) -> str | None:
    if config.checkout_ids and "checkout" not in config.categories:
        return (
            "The app sells through checkouts, so it needs the Checkout category: go Back and "
            "tick it, or untick the checkouts here."
        )
    if not checkouts_known and config.checkout_ids:
        return "Those checkouts are no longer connected to the app; untick them."
    return None


def owner_problem(owner: str) -> str | None:
    if owner and not _OWNER.match(owner):
        return (
            f"'{owner}' is not a GitHub account name: use letters, digits and single hyphens "
            "(not at the start or end), up to 39 characters. Leave it empty for your own account."
        )
    return None


def repo_problem(repo: str) -> str | None:
    if not repo:
        return "Name the GitHub repository (new or existing)."
    if not _REPO.match(repo) or repo in (".", "..") or repo.lower().endswith(".git"):
        return (
            f"'{repo}' is not a usable repository name: use letters, digits, '.', '-' and '_' "
            "(up to 100 characters, not ending in .git)."
        )
    return None


def branch_problem(branch: str) -> str | None:
    """git's ref-name rules (git-check-ref-format), said in one sentence."""
    bad = (
        not branch
        or branch == "@"
        or branch.startswith(("/", "-"))
        or branch.endswith(("/", ".", ".lock"))
        or any(token in branch for token in ("..", "//", "@{", "\\"))
        or any(ch in branch for ch in " ~^:?*[")
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in branch)
        or any(part.startswith(".") for part in branch.split("/"))
    )
    if bad:
        return (
            f"'{branch}' is not a valid branch name: no spaces, no '..', none of ~ ^ : ? * [ \\, "
            "and it may not start or end with '/' or end with '.lock'."
        )
    return None


def project_problem(project: str) -> str | None:
    if not project:
        return "Name the Vercel project (new or existing)."
    if not _PROJECT.match(project) or "---" in project:
        return (
            f"'{project}' is not a Vercel project name: lowercase letters, digits, '.', '_' and "
            "'-' only (no '---'), up to 100 characters."
        )
    return None


def team_problem(team_id: str) -> str | None:
    if team_id and not re.match(r"^[A-Za-z0-9_-]{1,64}$", team_id):
        return f"'{team_id}' is not a Vercel team id or slug (team_… from the team's settings)."
    return None


def target_problem(config: PublishConfig) -> str | None:
    github, vercel = config.github, config.vercel
    return (
        owner_problem(github.owner)
        or repo_problem(github.repo)
        or branch_problem(github.branch)
        or project_problem(vercel.project)
        or team_problem(vercel.team_id)
    )


def looks_secret(name: str, value: str) -> bool:
    upper = name.upper()
    return any(word in upper for word in _SECRET_WORDS) or value.startswith(_SECRET_PREFIXES)


# Names that only resolve inside a home or office network (RFC 6762, RFC 8375, common use).
_LOCAL_SUFFIXES = (".local", ".lan", ".home.arpa", ".internal", ".localdomain", ".localhost")


def _only_on_this_network(host: str) -> bool:
    """A private, loopback or link-local address, or a name that resolves only on a LAN."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host or host.lower().endswith(_LOCAL_SUFFIXES)
    return not address.is_global


def env_problem(config: PublishConfig) -> str | None:
    url = config.platform_url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return (
            "Give the platform URL the published app calls, e.g. https://api.example.com "
            "(where `l4ydesk serve` is reachable from the internet)."
        )
    if parts.hostname in ("localhost", "127.0.0.1", "::1", "0.0.0.0"):
        return (
            f"{url} is this computer: Vercel's servers cannot reach it. Use the address where "
            "`l4ydesk serve` is reachable from the internet."
        )
    if _only_on_this_network(parts.hostname):
        return (
            f"{url} is an address on this network only: Vercel's servers cannot reach it, so "
            "the published app's build and pages would fail. Use the address where "
            "`l4ydesk serve` is reachable from the internet."
        )
    seen: set[str] = set()
    for name, value in config.extra_env:
        if not _ENV_NAME.match(name):
            return (
                f"'{name}' is not a variable name: letters, digits and '_', not starting with a "
                "digit."
            )
        if name in seen:
            return f"{name} is set twice; keep one."
        seen.add(name)
        if name in RESERVED_VARS:
            return f"{name} is set by the publish run itself; remove it from the extras."
        if name.startswith(PUBLIC_PREFIX) and looks_secret(name, value):
            return (
                f"{name} looks like a secret, and NEXT_PUBLIC_ variables are sent to every "
                f"visitor's browser. Rename it without {PUBLIC_PREFIX} so it stays on the server."
            )
    return None


# A host name label (RFC 1123): 1-63 letters, digits and hyphens, not starting or ending with one.
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
MAX_CUSTOM_DOMAINS = 5  # the Agency plan's limit (core/tiers.py); Enterprise asks us


def domain_problem(name: str) -> str | None:
    """One custom domain as typed: a bare host name, no scheme, path or port."""
    host = name.strip().lower().rstrip(".")
    if "://" in host or "/" in host or ":" in host:
        return (
            f"'{name}' is an address, not a domain name: enter only the host, e.g. "
            "shop.example.com (no https://, no path)."
        )
    labels = host.split(".")
    if len(labels) < 2 or len(host) > 253 or not all(_LABEL.match(label) for label in labels):
        return (
            f"'{name}' is not a domain name: use letters, digits, hyphens and dots, like "
            "shop.example.com."
        )
    if labels[-1].isdigit():
        return f"'{name}' is an IP address; enter the domain name that points to the app."
    return None


def domains_problem(config: PublishConfig) -> str | None:
    seen: set[str] = set()
    for name in config.custom_domains:
        problem = domain_problem(name)
        if problem is not None:
            return problem
        host = name.strip().lower().rstrip(".")
        if host in seen:
            return f"{host} is listed twice; keep one."
        seen.add(host)
    if len(seen) > MAX_CUSTOM_DOMAINS:
        extra = len(seen) - MAX_CUSTOM_DOMAINS
        return f"Up to {MAX_CUSTOM_DOMAINS} custom domains per app; remove {extra}."
    return None
