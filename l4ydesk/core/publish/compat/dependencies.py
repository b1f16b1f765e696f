"""Rule: packages the code imports but package.json does not declare are added, pinned."""

from __future__ import annotations

from l4ydesk.core.publish.compat.manifest import add_dependencies, pinned_version
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import all_imports
from l4ydesk.core.publish.compat.project import PACKAGE_JSON, app_of, resolve

RULE = "missing-dependencies"
# Provided by Next.js itself or by the type checker; never added by hand.
_IMPLIED = frozenset({"next", "react", "react-dom", "server-only", "client-only"})


def missing_packages(fs: FileSet) -> dict[str, list[str]]:
    """Undeclared package -> the files that import it (any package, in or out of the table)."""
    app = app_of(fs)
    declared = app.dependencies()
    missing: dict[str, list[str]] = {}
    for imp in all_imports(fs):
        target = resolve(fs, imp.path, imp.spec)
        if target.kind != "package" or target.package is None:
            continue
        name = target.package
        if name in declared or name in _IMPLIED or name.startswith("@types/"):
            continue
        files = missing.setdefault(name, [])
        if imp.path not in files:
            files.append(imp.path)
    return missing


def add_missing_dependencies(fs: FileSet) -> list[RuleChange]:
    missing = missing_packages(fs)
    additions: dict[str, tuple[str, str]] = {}
    for name in sorted(missing):
        pinned = pinned_version(name)
        if pinned is not None:
            additions[name] = pinned
    if not additions or not add_dependencies(fs, additions):
        return []
    listed = ", ".join(f"{name}@{version}" for name, (_, version) in sorted(additions.items()))
    first = sorted({missing[name][0] for name in additions})[0]
    return [
        RuleChange(
            RULE,
            f"Added {listed} to package.json: imported by the code (e.g. {first}) "
            "but not declared, so the build could not resolve it.",
            (PACKAGE_JSON,),
        )
    ]
