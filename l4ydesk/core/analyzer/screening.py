"""Decides whether a file is worth parsing, and turns its bytes into text the parser can take.

Generated apps ship images, lockfiles and bundled vendor code next to their sources; parsing
those wastes time and yields nonsense, so they are ignored or skipped with a reason here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal

from l4ydesk.core.analyzer.model import FileProblem

Dialect = Literal["tsx", "typescript", "javascript"]

_DIALECTS: dict[str, Dialect] = {
    ".tsx": "tsx",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".jsx": "javascript",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
}
_IGNORED_DIRS = frozenset(
    {
        "node_modules",
        ".next",
        ".git",
        ".vercel",
        ".turbo",
        "dist",
        "build",
        "out",
        "coverage",
    }
)


@dataclass(frozen=True)
class AnalyzerLimits:
    """Size limits; a file over them is skipped with a reason instead of slowing everyone down."""

    max_file_bytes: int = 1_000_000
    # Hand-written TSX rarely has lines over a few hundred characters; bundles have megabytes.
    max_line_chars: int = 5_000
    max_average_line_chars: int = 250


@dataclass(frozen=True)
class Screened:
    """A file that passed screening: its dialect and UTF-8 bytes, plus any warning to report."""

    dialect: Dialect
    source: bytes
    problem: FileProblem | None = None


def dialect_for(path: str) -> Dialect | None:
    """The grammar a path is parsed with, or None for files the analyzer does not read."""
    pure = PurePosixPath(path.replace("\\", "/"))
    if any(part in _IGNORED_DIRS for part in pure.parts[:-1]):
        return None
    return _DIALECTS.get(pure.suffix.lower())


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.1


# JSON an app reads as data (`menu.json`, `products.json`), not tooling configuration
_CONFIG_JSON = re.compile(
    r"^(package(-lock)?|tsconfig.*|jsconfig|components|vercel|netlify|now|manifest|"
    r"site\.webmanifest|\.?eslintrc.*|\.?prettierrc.*|turbo|lerna|nx|project|app|"
    r"composer|renovate|biome|deno|bun|firebase|\.?babelrc|expected|labels|.*\.config)\.json$",
    re.I,
)
MAX_JSON_BYTES = 200_000


def data_json_name(path: str) -> str | None:
    """For a JSON data file, the identifier its content is read as bound to (`menu`)."""
    pure = PurePosixPath(path.replace("\\", "/"))
    if pure.suffix.lower() != ".json" or _CONFIG_JSON.match(pure.name):
        return None
    if any(part in _IGNORED_DIRS or part.startswith(".") for part in pure.parts[:-1]):
        return None
    stem = re.sub(r"\W+", "_", pure.stem).strip("_")
    return stem if stem and not stem[0].isdigit() else f"data_{stem}"


def is_binary_asset(problem: FileProblem) -> bool:
    """An image, font or other binary asset: skipped by nature, not a file that failed to read."""
    return problem.kind == "binary" and dialect_for(problem.path) is None


def screen(path: str, data: bytes, limits: AnalyzerLimits) -> Screened | FileProblem | None:
    """Screen one file: Screened to parse it, FileProblem to skip it, None to ignore it."""
    dialect = dialect_for(path)
    json_name = data_json_name(path) if dialect is None else None
    if json_name is not None and 0 < len(data) <= MAX_JSON_BYTES and not looks_binary(data):
        # `const menu = <the JSON>` on the first line keeps every line number where it was
        text = data.decode("utf-8-sig", errors="replace")
        if text.lstrip()[:1] in ("[", "{"):
            return Screened("javascript", f"const {json_name} = {text}".encode())
        return None
    if dialect is None:
        # A binary asset is still worth a line in the report: the user may wonder about it.
        if data and looks_binary(data) and not _under_ignored_dir(path):
            return FileProblem(path, "binary", "Skipped: this is a binary file, not source code.")
        return None
    if looks_binary(data):
        return FileProblem(path, "binary", "Skipped: the file contains binary data.")
    if path.endswith((".min.js", ".min.mjs")) or _looks_minified(data, limits):
        return FileProblem(
            path,
            "minified",
            "Skipped: the file looks minified or bundled (very long lines); "
            "analyze its source instead.",
        )
    if len(data) > limits.max_file_bytes:
        return FileProblem(
            path,
            "too_large",
            f"Skipped: {len(data) / 1_000_000:.1f} MB is more than the "
            f"{limits.max_file_bytes / 1_000_000:.1f} MB the analyzer reads per file.",
        )
    problem: FileProblem | None = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        text = data.decode("utf-8", errors="replace")
        problem = FileProblem(
            path,
            "not_utf8",
            f"The file is not valid UTF-8 (first bad byte on line {line}); it was analyzed "
            "with the bad bytes replaced. Save it as UTF-8 to fix this.",
            line=line,
            analyzed=True,
        )
    return Screened(dialect, text.encode("utf-8"), problem)


def _under_ignored_dir(path: str) -> bool:
    return any(part in _IGNORED_DIRS for part in PurePosixPath(path).parts[:-1])


def _looks_minified(data: bytes, limits: AnalyzerLimits) -> bool:
    lines = data.count(b"\n") + 1
    if len(data) / lines <= limits.max_average_line_chars:
        return False
    return any(len(line) > limits.max_line_chars for line in data.split(b"\n"))
