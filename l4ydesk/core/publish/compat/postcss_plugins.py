"""Rule: the PostCSS plugins an app's config names are declared in package.json.

v0's sandbox installs Tailwind for every app, so a v0 project may run there with a PostCSS
config naming `tailwindcss` and no Tailwind in package.json; anywhere else the install leaves it
out and every page fails with "Cannot find module 'tailwindcss'". The plugin's name decides the
major: `tailwindcss` runs only as v3's plugin, `@tailwindcss/postcss` is v4's.
"""

from __future__ import annotations

import re

from l4ydesk.core.publish.compat.manifest import add_dependencies, pinned_version, tailwind_version
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.project import PACKAGE_JSON, app_of
from l4ydesk.core.publish.compat.tailwind import postcss_file

RULE = "postcss-plugins"
# A plugin named as a key (`tailwindcss: {}`, `"autoprefixer": {}`) or a string in a list.
_NAMED = re.compile(
    r"""(?<![\w@/.-])(["']?)(@tailwindcss/postcss|tailwindcss|autoprefixer)\1\s*[:,\]]"""
)


def named_plugins(text: str) -> set[str]:
    return {match.group(2) for match in _NAMED.finditer(text)}


def declare_postcss_plugins(fs: FileSet) -> list[RuleChange]:
    name = postcss_file(fs)
    text = fs.text(name) if name else None
    if name is None or text is None:
        return []
    app = app_of(fs)
    needed: dict[str, tuple[str, str]] = {}
    plugins = named_plugins(text)
    tailwind_declared = app.has_dependency("tailwindcss")
    if "@tailwindcss/postcss" in plugins and not app.has_dependency("@tailwindcss/postcss"):
        pin = pinned_version("@tailwindcss/postcss")
        if pin is not None:
            needed["@tailwindcss/postcss"] = pin
        if not tailwind_declared:
            needed["tailwindcss"] = ("devDependencies", tailwind_version(4))
    elif "tailwindcss" in plugins and not tailwind_declared:
        needed["tailwindcss"] = ("devDependencies", tailwind_version(3))
    if "autoprefixer" in plugins and not app.has_dependency("autoprefixer"):
        pin = pinned_version("autoprefixer")
        if pin is not None:
            needed["autoprefixer"] = pin
    if not needed or not add_dependencies(fs, needed):
        return []
    them = "them" if len(needed) > 1 else "it"
    listed = ", ".join(f"{package}@{version}" for package, (_, version) in sorted(needed.items()))
    return [
        RuleChange(
            RULE,
            f"Added {listed} to package.json: {name} runs {them} as "
            f"{'PostCSS plugins' if len(needed) > 1 else 'a PostCSS plugin'} but package.json "
            f"does not declare {them}, so every page would fail to compile its styles.",
            (PACKAGE_JSON,),
        )
    ]
