"""Resolves what one file points at in another: import specifiers, API route endpoints."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from l4ydesk.core.analyzer.literals import string_value
from l4ydesk.core.analyzer.syntax import SourceFile

_ROUTE_FILE = re.compile(r"(?:^|/)app/(?P<route>(?:.*/)?)route\.(?:ts|js|tsx|jsx|mjs)$")


_PAGES_API = re.compile(r"(?:^|/)pages/(?P<route>api/.*)\.(?:ts|js|tsx|jsx|mjs)$")


def imports_of(src: SourceFile) -> dict[str, tuple[str, str]]:
    """Local name -> (module specifier, imported name; "default" or "*" for those forms)."""
    found: dict[str, tuple[str, str]] = {}
    for imp in src.imports:
        source = imp.child_by_field_name("source")
        spec = string_value(source, src) if source is not None else None
        if not spec:
            continue
        for clause in imp.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    found[src.text(part)] = (spec, "default")
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        found[src.text(ident)] = (spec, "*")
                elif part.type == "named_imports":
                    for spec_node in part.named_children:
                        if spec_node.type != "import_specifier":
                            continue
                        imported = spec_node.child_by_field_name("name")
                        alias = spec_node.child_by_field_name("alias") or imported
                        if imported is not None and alias is not None:
                            found[src.text(alias)] = (spec, src.text(imported))
    return found


def is_project_spec(spec: str) -> bool:
    return spec.startswith((".", "@/", "~/", "/"))


def is_pages_api(path: str) -> bool:
    """A Pages Router API file (`pages/api/x.ts`), whose default export handles every method."""
    return _PAGES_API.search(path.replace("\\", "/")) is not None


def endpoint_for(path: str) -> str | None:
    """`app/api/subscribe/route.ts` -> "/api/subscribe"; None for files that are not routes."""
    normalized = path.replace("\\", "/")
    match = _ROUTE_FILE.search(normalized) or _PAGES_API.search(normalized)
    if match is None:
        return None
    route = match.group("route").strip("/")
    parts = [p for p in route.split("/") if p and not (p.startswith("(") and p.endswith(")"))]
    if parts and parts[-1] == "index":
        parts.pop()
    return "/" + "/".join(parts)


_APP_PAGE = re.compile(r"(?:^|/)app/(?P<route>.*?)/?page\.[jt]sx?$")
_PAGES_PAGE = re.compile(r"(?:^|/)pages/(?P<route>(?!api/).*?)\.[jt]sx?$")


def page_route(path: str) -> str | None:
    """`app/(shop)/checkout/page.tsx` -> "/checkout"; None for files that are no pages."""
    normalized = path.replace("\\", "/")
    match = _APP_PAGE.search(normalized) or _PAGES_PAGE.search(normalized)
    if match is None:
        return None
    parts = [
        p
        for p in match.group("route").split("/")
        if p and not (p.startswith("(") and p.endswith(")"))
    ]
    if parts and parts[-1] == "index":
        parts.pop()
    return "/" + "/".join(parts)


def route_matches(endpoint: str, url: str) -> bool:
    """Whether a fetched URL ("/api/book/${id}?x=1") hits an endpoint ("/api/book/[id]")."""
    path = re.sub(r"^\{[^}]*\}", "", url).split("?")[0].split("#")[0].rstrip("/")
    want = [p for p in endpoint.split("/") if p]
    have = [p for p in path.split("/") if p]
    if not want or len(want) != len(have):
        return (
            bool(want)
            and bool(have)
            and want[-1].startswith("[...")
            and len(have) >= len(want) - 1
            and have[: len(want) - 1] == want[:-1]
        )
    for w, h in zip(want, have, strict=True):
        if w.startswith("[") or h.startswith("{"):
            continue
        if w != h:
            return False
    return True


def resolve_spec(from_path: str, spec: str, paths: set[str]) -> str | None:
    """The project file an import specifier points at, trying the usual extensions."""
    if spec.startswith((".", "/")):
        base = PurePosixPath(from_path).parent
        joined = str(PurePosixPath(*_normalize((base / spec).parts)))
        candidates = [joined]
    else:
        bare = spec[2:]
        candidates = [bare, f"src/{bare}"]
    tails = _tails(paths)
    for candidate in candidates:
        for suffix in (
            "",
            ".ts",
            ".tsx",
            ".js",
            ".jsx",
            ".mjs",
            "/index.ts",
            "/index.tsx",
            "/index.js",
            "/index.jsx",
        ):
            wanted = candidate + suffix
            if wanted in paths:
                return wanted
            found = tails.get(wanted)
            if found is not None:
                return found
    return None


_tails_of: tuple[set[str] | None, int, dict[str, str]] = (None, 0, {})


def _tails(paths: set[str]) -> dict[str, str]:
    """Each path under every folder it is in ("src/lib/a.ts" -> "lib/a.ts", "a.ts"), to the
    first such path in order. Built once per set of paths: a project's linking resolves
    thousands of specifiers against the same set, and scanning it for each was quadratic."""
    global _tails_of
    held, size, index = _tails_of
    if held is not paths or size != len(paths):
        index = {}
        for path in sorted(paths):
            parts = path.split("/")
            for i in range(1, len(parts)):
                index.setdefault("/".join(parts[i:]), path)
        _tails_of = (paths, len(paths), index)
    return index


def _normalize(parts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part not in (".", ""):
            out.append(part)
    return out or ["."]


# a route segment that only exists to try the set-up (`/api/test-email`, `/api/email/test`,
# `/api/test-db`): account machinery, no automation of the business
_TRIAL_WORDS = frozenset({"test", "tests", "testing", "debug"})


def is_trial_endpoint(endpoint: str) -> bool:
    """Whether an endpoint ("/api/email/test") is there to try a connection, not to serve."""
    return any(_TRIAL_WORDS & set(re.split(r"[-_.]", part.lower())) for part in endpoint.split("/"))
