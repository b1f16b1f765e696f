"""What the rules need to know about an app: its package.json, path aliases and module lookup."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.paths import nested_app_hint
from l4ydesk.core.publish.compat.model import FileSet

PACKAGE_JSON = "package.json"
DEPENDENCY_SECTIONS = (
    "dependencies",
    "devDependencies",
    "peerDependencies",
    "optionalDependencies",
)
SCRIPT_EXTENSIONS = (".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs")
_RESOLVE_SUFFIXES = ("", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs", ".json", ".d.ts")
_INDEX_SUFFIXES = tuple(f"/index{ext}" for ext in SCRIPT_EXTENSIONS)
NODE_BUILTINS = frozenset(
    [
        "assert",
        "async_hooks",
        "buffer",
        "child_process",
        "cluster",
        "console",
        "constants",
        "crypto",
        "dgram",
        "dns",
        "domain",
        "events",
        "fs",
        "http",
        "http2",
        "https",
        "inspector",
        "module",
        "net",
        "os",
        "path",
        "perf_hooks",
        "process",
        "punycode",
        "querystring",
        "readline",
        "repl",
        "stream",
        "string_decoder",
        "sys",
        "timers",
        "tls",
        "trace_events",
        "tty",
        "url",
        "util",
        "v8",
        "vm",
        "wasi",
        "worker_threads",
        "zlib",
    ]
)
_LINE_COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


class NotAnAppError(ValueError):
    """The files are not a JavaScript app the rules can work on."""


def loose_json(text: str) -> Any:
    """JSON as tsconfig.json allows it: comments and trailing commas."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        stripped = _LINE_COMMENT.sub(lambda m: m.group(1) or "", text)
        return json.loads(_TRAILING_COMMA.sub(r"\1", stripped))


def package_name(spec: str) -> str | None:
    """The npm package a bare import names (`@radix-ui/react-dialog/x` → `@radix-ui/react-dialog`),
    or None for Node built-ins and paths."""
    if spec.startswith((".", "/", "node:")) or not spec:
        return None
    parts = spec.split("/")
    if spec.startswith("@"):
        return "/".join(parts[:2]) if len(parts) >= 2 and parts[1] else None
    if parts[0] in NODE_BUILTINS:
        return None
    return parts[0]


def major_version(spec: str | None) -> int | None:
    """The major version a package.json range asks for (`^4.1.9` → 4); None when unknown."""
    if not spec:
        return None
    match = re.search(r"(\d+)", spec.split("||")[-1])
    return int(match.group(1)) if match else None


def version_tuple(spec: str | None) -> tuple[int, ...] | None:
    if not spec:
        return None
    match = re.search(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", spec)
    if not match:
        return None
    return tuple(int(g) if g else 0 for g in match.groups())


@dataclass(frozen=True)
class AliasPattern:
    prefix: str  # the part before `*`, e.g. "@/"
    wildcard: bool
    targets: tuple[str, ...]  # folder paths relative to the app root, `*` removed


@dataclass
class App:
    """The app's manifest and module layout, derived from the current files."""

    package: dict[str, Any]
    aliases: list[AliasPattern]
    sources: list[str]
    nested_roots: tuple[str, ...] = field(default=())

    def dependencies(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for section in DEPENDENCY_SECTIONS:
            value = self.package.get(section)
            if isinstance(value, dict):
                for name, spec in value.items():
                    found.setdefault(str(name), str(spec))
        return found

    def has_dependency(self, name: str) -> bool:
        return name in self.dependencies()

    def version_of(self, name: str) -> str | None:
        return self.dependencies().get(name)


def app_of(fs: FileSet) -> App:
    """The app's facts (cached until the next write)."""
    result: App = fs.cached("app", lambda: _read_app(fs))
    return result


def _read_app(fs: FileSet) -> App:
    text = fs.text(PACKAGE_JSON)
    if text is None:
        hint = nested_app_hint(fs.files)
        raise NotAnAppError(
            "There is no package.json at the top of the app, so it is not a JavaScript app the "
            "compatibility rules can check."
            + (hint or " Add one (a Next.js app has next, react and react-dom).")
        )
    try:
        package = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotAnAppError(
            f"package.json is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "fix it first, since every rule reads the app's dependencies from it."
        ) from exc
    if not isinstance(package, dict):
        raise NotAnAppError("package.json does not hold a JSON object; fix it first.")
    nested = tuple(
        sorted(
            str(PurePosixPath(p).parent) + "/"
            for p in fs.files
            if PurePosixPath(p).name == PACKAGE_JSON and p != PACKAGE_JSON and dialect_ok(p)
        )
    )
    sources = sorted(
        p
        for p in fs.files
        if dialect_for(p) is not None
        and not p.startswith(nested)
        and not p.startswith(("public/", "_next/"))
    )
    return App(package, _aliases(fs), sources, nested)


def dialect_ok(path: str) -> bool:
    """False for paths inside dependency or build folders (their package.json is not an app)."""
    return dialect_for(path.rsplit("/", 1)[0] + "/x.js") is not None if "/" in path else True


def _aliases(fs: FileSet) -> list[AliasPattern]:
    options: dict[str, Any] = {}
    for name in ("tsconfig.json", "jsconfig.json"):
        text = fs.text(name)
        if text is None:
            continue
        try:
            config = loose_json(text)
        except json.JSONDecodeError:
            continue
        if isinstance(config, dict) and isinstance(config.get("compilerOptions"), dict):
            options = config["compilerOptions"]
            break
    base = _clean(str(options.get("baseUrl", ".")))
    patterns: list[AliasPattern] = []
    paths = options.get("paths")
    if isinstance(paths, dict):
        for pattern, targets in paths.items():
            if not isinstance(targets, list):
                continue
            wildcard = str(pattern).endswith("*")
            cleaned = tuple(
                _clean(_join(base, str(t).rstrip("*"))) for t in targets if isinstance(t, str)
            )
            patterns.append(AliasPattern(str(pattern).rstrip("*"), wildcard, cleaned))
    if not patterns:  # Next.js apps without paths still commonly mean "@/" = the root
        patterns.append(AliasPattern("@/", True, ("src/",) if _has_src(fs) else ("",)))
    # Longest prefix first, as TypeScript does.
    return sorted(patterns, key=lambda a: -len(a.prefix))


def _has_src(fs: FileSet) -> bool:
    return any(p.startswith(("src/app/", "src/pages/")) for p in fs.files)


def _join(base: str, target: str) -> str:
    return target if not base else f"{base}/{target}"


def _clean(path: str) -> str:
    """A folder path relative to the root: no leading "./", trailing "/" kept for folders."""
    trailing = path.endswith("/")
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and parts:
            parts.pop()
        else:
            parts.append(part)
    joined = "/".join(parts)
    return joined + "/" if trailing and joined else joined


@dataclass(frozen=True)
class Target:
    """Where an import points: the file it resolves to, or where it would be if it existed."""

    kind: str  # "local" (relative or alias), "package", "builtin", "url"
    resolved: str | None  # an existing file
    candidate: str | None  # for a missing local module: the path it names, without extension
    package: str | None = None


def resolve(fs: FileSet, importer: str, spec: str) -> Target:
    """Resolve an import as Next.js does for app code (relative, tsconfig paths, bare)."""
    if spec.startswith(("http:", "https:", "data:")):
        return Target("url", None, None)
    if spec.startswith("node:"):
        return Target("builtin", None, None)
    if spec.startswith("."):
        folder = str(PurePosixPath(importer).parent)
        base = _clean(_join("" if folder == "." else folder, spec))
        return Target("local", _find(fs, base), base)
    app = app_of(fs)
    for alias in app.aliases:
        if (alias.wildcard and spec.startswith(alias.prefix)) or spec == alias.prefix:
            rest = spec[len(alias.prefix) :] if alias.wildcard else ""
            candidates = [_clean(f"{t}{rest}") for t in alias.targets] or [rest]
            for base in candidates:
                found = _find(fs, base)
                if found is not None:
                    return Target("local", found, base)
            return Target("local", None, candidates[0])
    name = package_name(spec)
    if name is None:
        return Target("builtin", None, None)
    return Target("package", None, None, name)


def _find(fs: FileSet, base: str) -> str | None:
    for suffix in _RESOLVE_SUFFIXES + _INDEX_SUFFIXES:
        if base + suffix in fs.files:
            return base + suffix
    if base.endswith(".js"):  # ESM-style TypeScript imports name the emitted file
        for ext in (".ts", ".tsx"):
            if base[:-3] + ext in fs.files:
                return base[:-3] + ext
    return None


def relative_path(from_file: str, to_file: str, *, strip_script: bool = False) -> str:
    """`to_file` as a relative reference from `from_file` ("./x", "../lib/y"); with
    `strip_script`, without a script extension, as imports of modules are written."""
    source = PurePosixPath(from_file).parent.parts
    target = list(PurePosixPath(to_file).parts)
    common = 0
    while common < min(len(source), len(target) - 1) and source[common] == target[common]:
        common += 1
    rest = target[common:]
    if strip_script:
        rest[-1] = next(
            (rest[-1][: -len(ext)] for ext in SCRIPT_EXTENSIONS if rest[-1].endswith(ext)),
            rest[-1],
        )
    spec = "/".join([".."] * (len(source) - common) + rest)
    return spec if spec.startswith("..") else f"./{spec}"


def relative_spec(from_path: str, to_path: str) -> str:
    """A relative import from one file to another, without the script extension."""
    return relative_path(from_path, to_path, strip_script=True)
