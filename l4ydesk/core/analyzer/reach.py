"""Which files the running app can show: routes, and what they import, transitively.

v0 leaves old copies behind (`page-old.tsx`, `card-new.tsx`, a component nobody imports);
what those files describe is offered as "Maybe", not as something the app shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from l4ydesk.core.analyzer.routing import resolve_spec

# files Next.js (app or pages router) runs by their name and place
_ENTRY = re.compile(
    r"(^|/)(src/)?app/(.*/)?(page|layout|template|route|default|loading|error|not-found)"
    r"\.(tsx|ts|jsx|js|mjs)$"
    r"|(^|/)(src/)?pages/(?!.*(^|/)_).*\.(tsx|ts|jsx|js)$"
    r"|(^|/)(src/)?(middleware|instrumentation)\.(ts|js)$"
    r"|(^|/)(src/)?(App|main|index)\.(tsx|jsx|ts|js)$"
)


def is_entry(path: str) -> bool:
    return bool(_ENTRY.search(path))


def reachable(imports: Sequence[tuple[str, Iterable[str]]]) -> set[str]:
    """Paths reachable from the app's entry files through project imports.

    `imports` pairs each analyzed file with the project import specifiers it uses. A project
    without any entry file (a folder of components) counts as reachable everywhere.
    """
    paths = {path for path, _ in imports}
    specs = {path: list(found) for path, found in imports}
    todo = [p for p in paths if is_entry(p)]
    if not todo:
        return paths
    seen = set(todo)
    while todo:
        path = todo.pop()
        for spec in specs.get(path, ()):
            target = resolve_spec(path, spec, paths)
            if target is not None and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen
