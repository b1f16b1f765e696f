"""The app's own back end: a configured base URL that names only "the API", the app's own
address (localhost, the deployment's URL), and the words of the app's own routes; any other
address is a service outside the app (moved out of effects.py, behaviour unchanged)."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.step_words import DATA_ROOTS
from l4ydesk.core.analyzer.values import words


def url_parts(url: str) -> list[str]:
    """The static parts of a URL (host, then path segments), ids and query left out."""
    url = url.split("?", 1)[0].split("#", 1)[0]
    if "://" in url:
        url = url.split("://", 1)[1]
    return [p for p in url.split("/") if p and not p.startswith(("{", "$", ":", "["))]


# words of a configured base URL that say only "the app's own back end"
_OWN_BASE = frozenset(
    {
        "next",
        "public",
        "api",
        "url",
        "base",
        "backend",
        "server",
        "host",
        "endpoint",
        "app",
        "site",
        "vite",
        "react",
        "origin",
        "domain",
        "v1",
        "v2",
        "local",
        "internal",
        "uri",
        # the deployment's own address under its host's or framework's name
        "vercel",
        "netlify",
        "nextauth",
        "deploy",
        "deployment",
        "prod",
        "production",
        "dev",
        "staging",
        "web",
        "frontend",
        "client",
        "root",
        "path",
    }
)


def names_a_service(url: str) -> bool:
    """A base URL whose setting names something besides an API (`{env:CHATWOOT_API_URL}`,
    `{env:N8N_HOST}`) points at that service; `{env:NEXT_PUBLIC_API_URL}` is the app's own."""
    m = re.match(r"\{env:(\w+)\}", url)
    if m is None:
        return False
    parts = set(words(m.group(1)))
    # a database's or a CMS's address stores the app's own records
    return not parts & (DATA_ROOTS | _OWN_STORES) and bool(parts - _OWN_BASE)


_OWN_STORES = frozenset(
    {"firebase", "appwrite", "strapi", "directus", "hasura", "graphql", "cms", "storage"}
)


_OWN_ADDRESS = re.compile(
    r"^(?:https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?|\{env:(\w+)\})(/.*)$"
)


def own_path(url: str) -> str | None:
    """`/api/x` for a call to the app's own address (`http://localhost:3000/api/x`,
    `{env:NEXT_PUBLIC_APP_URL}/api/x`); None for any other address."""
    m = _OWN_ADDRESS.match(url)
    if m is None or (m.group(1) and set(words(m.group(1))) - _OWN_BASE):
        return None
    return m.group(2)


def own_route_words(target: str) -> list[str]:
    """The words of the app's own route a call goes to (`/api/auth/request-otp`); none else."""
    url = target.partition(" ")[2]
    path = url if url.startswith("/") else own_path(url)
    return [w for part in url_parts(path) for w in words(part)] if path else []
