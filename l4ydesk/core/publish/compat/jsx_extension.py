"""Rule: a `.ts` file holding JSX becomes `.tsx`.

v0 sometimes writes a context provider's JSX into `lib/auth.ts`. TypeScript reads `<Provider …>`
in a `.ts` file as a type assertion, so `next dev` and `next build` stop with "Expected '>'",
and no edit of the file's text fixes it (the AI self-heal can only edit text). Imports name the
module without its extension, so renaming it is the whole fix. A file is renamed only when it
fails to parse as TypeScript and parses cleanly as TSX with JSX in it, and no `.tsx` of that
name exists.
"""

from __future__ import annotations

from l4ydesk.core.jsx_files import jsx_in_ts_files
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.project import app_of

RULE = "jsx-extension"


def rename_jsx_files(fs: FileSet) -> list[RuleChange]:
    changes: list[RuleChange] = []
    sources = {path: fs.files[path] for path in app_of(fs).sources}
    for path in jsx_in_ts_files(sources):
        target = path + "x"
        fs.rename(path, target)
        changes.append(
            RuleChange(
                RULE,
                f"Renamed {path} to {target}: it holds JSX, which TypeScript only reads in a "
                ".tsx file (the build stopped at its first tag). Imports need no change.",
                (path, target),
            )
        )
    return changes
