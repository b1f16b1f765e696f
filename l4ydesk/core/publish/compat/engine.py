"""Runs the compatibility rules over an app's files, in an order where no rule undoes another."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from l4ydesk.core.publish.compat.dependencies import add_missing_dependencies
from l4ydesk.core.publish.compat.fonts import align_geist
from l4ydesk.core.publish.compat.icons import fix_icons
from l4ydesk.core.publish.compat.images import fix_images
from l4ydesk.core.publish.compat.jsx_extension import rename_jsx_files
from l4ydesk.core.publish.compat.model import CompatResult, FileSet, Rule
from l4ydesk.core.publish.compat.postcss_plugins import declare_postcss_plugins
from l4ydesk.core.publish.compat.project import app_of
from l4ydesk.core.publish.compat.shadcn import add_missing_components
from l4ydesk.core.publish.compat.tailwind import align_tailwind
from l4ydesk.core.publish.compat.use_client import add_use_client

# Order matters: a renamed file must be in place before any rule reads sources by path; Tailwind
# must be declared before its version is read; written
# components may import packages and need "use client" checks, so the dependency rule, which
# only reads imports, runs last.
RULES: tuple[tuple[str, Rule], ...] = (
    ("jsx-extension", rename_jsx_files),
    ("postcss-plugins", declare_postcss_plugins),
    ("tailwind-version", align_tailwind),
    ("geist-fonts", align_geist),
    ("shadcn-components", add_missing_components),
    ("lucide-icons", fix_icons),
    ("local-images", fix_images),
    ("use-client", add_use_client),
    ("missing-dependencies", add_missing_dependencies),
)


def apply_rules(files: Mapping[str, bytes], *, only: Sequence[str] | None = None) -> CompatResult:
    """Apply every rule (or those named in `only`) once, in order. Deterministic and
    idempotent: applying them to the result changes nothing. Raises NotAnAppError (a sentence)
    when there is no usable package.json."""
    fs = FileSet(files)
    app_of(fs)  # fail early, with the sentence, before any rule runs
    changes = []
    for name, rule in RULES:
        if only is None or name in only:
            changes.extend(rule(fs))
    return CompatResult(fs.files, changes)
