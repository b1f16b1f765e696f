"""Maps a line of a file as it was built back to the same line of the app's own file.

The scaffold wires some files before they are committed (an import line, a changed `onSubmit`),
so a build error's line number counts lines the user's file does not have. The error shown to a
person, and to the model that fixes it, must name the line of the file they can edit.
"""

from __future__ import annotations

import difflib


def source_line(built: bytes, source: bytes, line: int) -> int:
    """The 1-based line of `source` that line `line` of `built` came from.

    A line the scaffold added maps to the line it was added before; a line it changed maps to
    the line it replaced.
    """
    built_lines = built.decode("utf-8", "replace").splitlines()
    source_lines = source.decode("utf-8", "replace").splitlines()
    index = line - 1
    matcher = difflib.SequenceMatcher(None, built_lines, source_lines, autojunk=False)
    for tag, b1, b2, s1, s2 in matcher.get_opcodes():
        if not b1 <= index < b2:
            continue
        offset = index - b1
        if tag == "equal" or offset < s2 - s1:
            return s1 + offset + 1
        return min(s2 + 1, max(len(source_lines), 1))
    return min(line, max(len(source_lines), 1))
