"""Which stylesheets an app's code imports, so the rules edit those and not stale copies."""

from __future__ import annotations

from l4ydesk.core.publish.compat.model import FileSet
from l4ydesk.core.publish.compat.modules import all_imports
from l4ydesk.core.publish.compat.project import app_of, resolve

CSS_SUFFIXES = (".css",)


def used_stylesheets(fs: FileSet) -> list[str]:
    """CSS files imported by the app's code; every CSS file with Tailwind at-rules when the
    code imports none (a pages/ app importing through _app.js resolves like any other)."""
    imported = set()
    for imp in all_imports(fs):
        if imp.spec.endswith(CSS_SUFFIXES):
            target = resolve(fs, imp.path, imp.spec)
            if target.resolved is not None:
                imported.add(target.resolved)
    if imported:
        return sorted(imported)
    nested = app_of(fs).nested_roots
    return sorted(
        p
        for p in fs.files
        if p.endswith(CSS_SUFFIXES)
        and not p.startswith(nested)
        and "node_modules/" not in p
        and not p.startswith(("out/", ".next/", "public/"))
        and "@tailwind" in (fs.text(p) or "")
    )
