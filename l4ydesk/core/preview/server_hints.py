"""Sentences for what `next dev` prints when the app's own code stops a page from compiling.

The dev server's output is long (a stack per error); the console adds one sentence a person can
act on: which file of the app, which line, what the tool refused, and that the fix belongs in the
app (the same error stops the app's own `next build`, so a preview cannot work around it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_FIX_AND_SAVE = "Fix the file (the chat can) and save: the preview reloads."
_OWN_CODE = f"This is in the app's own code and fails its own deploy the same way. {_FIX_AND_SAVE}"
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


def css_error_sentence(line: str, root: Path, prefix: str = "") -> str | None:
    """One sentence for a CSS compile error in the app's own files, else None (`prefix`: the
    app's folder in its repository, so the sentence names the file as the store does)."""
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
        f"The app's stylesheet {prefix}{shown} does not compile ({what}{where}). This is "
        f"in the app's own code and stops its own `next build` the same way"
        + (f"; {fix}" if fix else "")
        + f". {_FIX_AND_SAVE}"
    )


def jsx_in_ts_sentence(path: str) -> str:
    return (
        f"{path} holds JSX, which TypeScript reads only in a .tsx file, so the page stops "
        f"compiling at its first tag. Rename it to {path}x (imports need no change; publishing "
        "renames it for you)."
    )


# `next dev` marks an error with ⨯: a file that does not compile names itself on that line
# (`⨯ ./app/page.tsx:462:41`, what failed on the next); an error thrown while rendering names
# its kind (`⨯ ReferenceError: window is not defined`) and the frame on the next line.
_COMPILE_HEAD = re.compile(r"⨯ \./(?P<path>[^\s:]+):(?P<line>\d+):\d+\s*$")
_THROWN_HEAD = re.compile(r"⨯ (?P<what>(?:\w+Error|Error): .+?)\s*$")
_FRAME = re.compile(r"^\s*at (?:\S+ )?\(?(?P<path>[^\s():]+):(?P<line>\d+):\d+\)?\s*$")
# browser-only globals a server render has none of, and where they belong
_BROWSER_ONLY = re.compile(
    r"\b(window|document|localStorage|sessionStorage|navigator) is not defined"
)


@dataclass(frozen=True)
class AppError:
    """An error in the app's own code: the sentence to show, and where to look."""

    sentence: str
    path: str
    line: int


def server_error(previous: str, line: str, prefix: str = "") -> AppError | None:
    """The error `next dev` prints in the app's own code, else None.

    `previous` is the line before `line`: both halves of the error are needed. `prefix` is the
    app's folder in its repository: the error's path is then named as the store names it.
    """
    head = _COMPILE_HEAD.search(previous)
    if head is not None and line.strip():
        if head["path"].startswith("node_modules/"):
            return None
        what = line.strip().rstrip(".")
        path = prefix + head["path"]
        sentence = f"{path} does not compile (line {head['line']}: {what}). {_OWN_CODE}"
        return AppError(sentence, path, int(head["line"]))
    thrown, frame = _THROWN_HEAD.search(previous), _FRAME.match(line)
    if thrown is None or frame is None or "node_modules" in frame["path"]:
        return None
    what = thrown["what"].rstrip(".")
    browser = _BROWSER_ONLY.search(what)
    hint = (
        f" `{browser[1]}` exists only in the browser: read it in useEffect or an event handler."
        if browser
        else ""
    )
    path = prefix + frame["path"]
    sentence = (
        f"The page stops on the server at {path}, line {frame['line']} ({what}).{hint} {_OWN_CODE}"
    )
    return AppError(sentence, path, int(frame["line"]))
