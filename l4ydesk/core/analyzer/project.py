"""Reads a project folder from disk into the path -> bytes mapping the analyzer takes."""

from __future__ import annotations

from pathlib import Path

_SKIPPED_DIRS = frozenset(
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
        "__pycache__",
    }
)


# No hand-written source file is this large; a bigger one is data or a bundle, not read whole.
ANALYZE_MAX_FILE_BYTES = 2 * 1024 * 1024


def load_project(
    root: Path,
    max_files: int = 20_000,
    max_file_bytes: int = ANALYZE_MAX_FILE_BYTES,
    skipped: list[tuple[str, str]] | None = None,
) -> dict[str, bytes]:
    """Every file under `root` (skipping dependency and build folders), keyed by POSIX path
    relative to `root`. Unreadable files are left out rather than failing the whole load;
    files over `max_file_bytes` are left out too, each with a note in `skipped`."""
    files: dict[str, bytes] = {}
    stack = [root]
    while stack and len(files) < max_files:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                continue  # a link out of the project could pull in half the disk
            if entry.is_dir():
                if entry.name not in _SKIPPED_DIRS:
                    stack.append(entry)
            elif entry.is_file():
                relative = entry.relative_to(root).as_posix()
                try:
                    size = entry.stat().st_size
                    if size > max_file_bytes:
                        if skipped is not None:
                            skipped.append((relative, _too_large(size, max_file_bytes)))
                        continue
                    files[relative] = entry.read_bytes()
                except OSError:
                    continue
    return files


def _too_large(size: int, limit: int) -> str:
    return (
        f"not analyzed: {size / 1_048_576:.1f} MB is over the {limit / 1_048_576:.0f} MB "
        "limit for a source file"
    )


def has_sources(files: dict[str, bytes]) -> bool:
    """Whether any file is one the analyzer reads (a script, or JSON data it may use)."""
    from l4ydesk.core.analyzer.screening import data_json_name, dialect_for

    return any(dialect_for(p) is not None or data_json_name(p) is not None for p in files)
