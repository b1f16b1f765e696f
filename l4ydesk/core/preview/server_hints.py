"""Sentences for what `next dev` prints when the app's own code stops a page from compiling.

The dev server's output is long (a stack per error); the console adds one sentence a person can
act on: which file of the app, which line, what the tool refused, and that the fix belongs in the
app (the same error stops the app's own `next build`, so a preview cannot work around it).
"""

from __future__ import annotations

import re
from pathlib import Path

_CSS_ERROR = re.compile(
    r"CssSyntaxError: (?:[\w@/.-]+: )?(?P<path>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<what>.+)"
)
# Tailwind's own words, and what they mean for the file.
_TAILWIND_FIXES = (
    (
        "`@utility` cannot be nested",
        "Tailwind 4 wants every `@utility` at the top level of the stylesheet, not inside "
        "`@layer` or another block: move those rules out of it",
    ),
    (
        "Cannot apply unknown utility class",
        "the class used with `@apply` does not exist in this Tailwind version or its theme",
    ),
)


def css_error_sentence(line: str, root: Path) -> str | None:
    """One sentence for a CSS compile error in the app's own files, else None."""
    match = _CSS_ERROR.search(line)
    if match is None:
        return None
    path = Path(match["path"])
    try:
        shown = path.relative_to(root).as_posix()
    except ValueError:
        shown = path.name
    if shown.startswith("node_modules/"):
        return None  # a package's CSS: nothing the app's author can change here
    what = match["what"].strip().rstrip(".")
    # Tailwind reports some errors at 1:1 (the whole file): no line is better than a wrong one.
    where = "" if (match["line"], match["col"]) == ("1", "1") else f", line {match['line']}"
    fix = next((text for key, text in _TAILWIND_FIXES if key in what), "")
    return (
        f"The app's stylesheet {shown} does not compile ({what}{where}). This is "
        f"in the app's own code and stops its own `next build` the same way"
        + (f"; {fix}" if fix else "")
        + ". Fix the file (the chat can) and save: the preview reloads."
    )


def jsx_in_ts_sentence(path: str) -> str:
    return (
        f"{path} holds JSX, which TypeScript reads only in a .tsx file, so the page stops "
        f"compiling at its first tag. Rename it to {path}x (imports need no change; publishing "
        "renames it for you)."
    )
