"""The path an app's pages are served under, read from `basePath` in its Next.js config.

Apps made for GitHub Pages set `basePath: "/<repository>"`; `next dev` then answers `/` with a
404 and serves the home page at the base path, so the preview has to open it there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CONFIG_NAMES = (
    "next.config.js",
    "next.config.mjs",
    "next.config.cjs",
    "next.config.ts",
    "next.config.mts",
)
# Only a plain string literal: a value computed from the environment (`isProd ? "/x" : ""`)
# is not known before the app runs, and in development it is usually empty anyway.
_BASE_PATH = re.compile(r"""\bbasePath\s*:\s*(['"`])(/[^'"`$\s]*)\1\s*[,}\n]""")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def config_base_path(files: Mapping[str, bytes]) -> tuple[str, str] | None:
    """(base path, config file) when the app's top-level Next.js config sets one, else None."""
    for name in CONFIG_NAMES:
        raw = files.get(name)
        if raw is None:
            continue
        text = raw.decode("utf-8", errors="replace")
        text = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", text))
        found = _BASE_PATH.search(text)
        if found is None:
            return None
        path = found.group(2).rstrip("/")
        return (path, name) if path else None
    return None
