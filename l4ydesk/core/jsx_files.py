"""Which `.ts` files hold JSX: valid TSX, but not valid TypeScript.

v0 sometimes writes a context provider's JSX into `lib/auth.ts`; TypeScript reads `<Provider …>`
in a `.ts` file as a type assertion, so the page stops compiling. The compatibility rules rename
such a file to `.tsx`; the local preview says so before `next dev` fails on it.
"""

from __future__ import annotations

from collections.abc import Mapping

from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import first_error_line, parse


def jsx_in_ts_files(files: Mapping[str, bytes]) -> list[str]:
    """The `.ts` files that hold JSX (the local preview warns before `next dev` stops at them)."""
    return sorted(
        path
        for path, data in files.items()
        if path.endswith(".ts")
        and not path.endswith(".d.ts")
        and not path.startswith(("node_modules/", ".next/"))
        and path + "x" not in files
        and holds_jsx(path, data)
    )


def holds_jsx(path: str, data: bytes) -> bool:
    """True when the `.ts` file at `path` is no valid TypeScript but valid TSX with JSX in it."""
    if b"<" not in data:
        return False
    as_ts, as_tsx = dialect_for(path), dialect_for(path + "x")
    if as_ts is None or as_tsx is None:
        return False
    if first_error_line(parse(path, data, as_ts).tree) is None:
        return False  # valid TypeScript: `<T>value` assertions and generics stay as they are
    tsx = parse(path + "x", data, as_tsx)
    return first_error_line(tsx.tree) is None and bool(tsx.jsx)
