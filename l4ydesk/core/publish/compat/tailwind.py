"""Rule: the app's stylesheets and PostCSS config speak the Tailwind major its package.json has."""

from __future__ import annotations

import json
import re

from l4ydesk.core.publish.compat.css_imports import used_stylesheets
from l4ydesk.core.publish.compat.manifest import add_dependencies, pinned_version
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.project import (
    PACKAGE_JSON,
    app_of,
    major_version,
    relative_path,
)
from l4ydesk.core.publish.compat.tailwind_css import (
    V3Conversion,
    is_v3_css,
    is_v4_css,
    to_v3,
    to_v4,
)

RULE = "tailwind-version"
CONFIG_NAMES = tuple(f"tailwind.config.{ext}" for ext in ("ts", "js", "mjs", "cjs", "mts", "cts"))
POSTCSS_NAMES = (
    "postcss.config.mjs",
    "postcss.config.js",
    "postcss.config.cjs",
    "postcss.config.ts",
    ".postcssrc.json",
    ".postcssrc",
)
_V4_PLUGIN = re.compile(r"""(["'])@tailwindcss/postcss\1(\s*:)""")
_V3_PLUGIN = re.compile(r"""(?<![\w@/-])(["']?)tailwindcss\1(\s*:)""")
_PLAIN_PLUGIN = re.compile(r"(tailwindcss\s*:\s*\{\s*\},?)")
_DARK_MODE_LIST = re.compile(r"""(\bdarkMode\s*:\s*)\[\s*(["'])class\2\s*,?\s*\]""")
_CONTENT = ("app", "components", "pages", "src", "lib", "hooks")


def tailwind_major(fs: FileSet) -> int | None:
    """The Tailwind major the app installs: from `tailwindcss`, else `@tailwindcss/postcss`."""
    app = app_of(fs)
    spec = app.version_of("tailwindcss")
    if spec is not None:
        if spec.strip() in ("latest", "*", "next", ""):
            return 4
        return major_version(spec)
    return 4 if app.has_dependency("@tailwindcss/postcss") else None


def config_file(fs: FileSet) -> str | None:
    return next((name for name in CONFIG_NAMES if name in fs.files), None)


def postcss_file(fs: FileSet) -> str | None:
    return next((name for name in POSTCSS_NAMES if name in fs.files), None)


def align_tailwind(fs: FileSet) -> list[RuleChange]:
    major = tailwind_major(fs)
    if major not in (3, 4):
        return []
    changes: list[RuleChange] = []
    for path in used_stylesheets(fs):
        css = fs.text(path)
        if css is None:
            continue
        if major == 3 and is_v4_css(css):
            changes.extend(_css_to_v3(fs, path, to_v3(css)))
        elif major == 4 and is_v3_css(css):
            config = config_file(fs)
            spec = relative_path(path, config) if config else None
            new_css, did = to_v4(css, spec)
            if fs.write(path, new_css):
                changes.append(
                    RuleChange(
                        RULE,
                        f"{path}: Tailwind v3 syntax in a v4 app ({'; '.join(did)}).",
                        (path,),
                    )
                )
    changes.extend(_postcss(fs, major))
    if major == 4:
        changes.extend(_v4_config_types(fs))
    return changes


def _v4_config_types(fs: FileSet) -> list[RuleChange]:
    """v4's `Config` type refuses v3's `darkMode: ["class"]` (it wants `["class", selector]`),
    so `next build` fails type-checking tailwind.config.ts; `"class"` means the same in both."""
    name = config_file(fs)
    text = fs.text(name) if name else None
    if name is None or text is None or not _DARK_MODE_LIST.search(text):
        return []
    fs.write(name, _DARK_MODE_LIST.sub(r'\1"class"', text))
    return [
        RuleChange(
            RULE,
            f'{name}: darkMode: ["class"] does not type-check against Tailwind v4\'s Config; '
            'darkMode: "class" means the same.',
            (name,),
        )
    ]


def _css_to_v3(fs: FileSet, path: str, conv: V3Conversion) -> list[RuleChange]:
    if not fs.write(path, conv.css):
        return []
    paths = [path]
    did = list(conv.did)
    plugins = list(conv.plugins)
    if conv.used_tw_animate:
        plugins.append("tailwindcss-animate")
    if config_file(fs) is None:
        name = _write_config(fs, conv, plugins)
        paths.append(name)
        did.append(f"wrote {name} with the theme and plugins the CSS declared")
        needed = {
            p: pin
            for p in plugins
            if not app_of(fs).has_dependency(p) and (pin := pinned_version(p))
        }
        if needed and add_dependencies(fs, needed):
            paths.append(PACKAGE_JSON)
    return [
        RuleChange(
            RULE, f"{path}: Tailwind v4 syntax in a v3 app ({'; '.join(did)}).", tuple(paths)
        )
    ]


def _write_config(fs: FileSet, conv: V3Conversion, plugins: list[str]) -> str:
    esm = app_of(fs).package.get("type") == "module"
    name = "tailwind.config.js"
    content = [f"./{folder}/**/*.{{js,ts,jsx,tsx,mdx}}" for folder in _CONTENT]
    theme = {"extend": conv.theme} if conv.theme else {"extend": {}}
    body = json.dumps({"darkMode": ["class"], "content": content, "theme": theme}, indent=2)[:-2]
    unique = list(dict.fromkeys(plugins))
    if esm:
        imports = "".join(f'import plugin{i} from "{p}";\n' for i, p in enumerate(unique))
        listed = ", ".join(f"plugin{i}" for i in range(len(unique)))
        text = f"{imports}\n/** @type {{import('tailwindcss').Config}} */\nexport default "
    else:
        imports = ""
        listed = ", ".join(f'require("{p}")' for p in unique)
        text = "/** @type {import('tailwindcss').Config} */\nmodule.exports = "
    text = f'{imports}{text}{body},\n  "plugins": [{listed}]\n}};\n'.lstrip("\n")
    fs.write(name, text)
    return name


def _postcss(fs: FileSet, major: int) -> list[RuleChange]:
    name = postcss_file(fs)
    app = app_of(fs)
    if name is None:
        return []
    text = fs.text(name) or ""
    if major == 3 and _V4_PLUGIN.search(text):
        new = _V4_PLUGIN.sub(lambda m: f"tailwindcss{m.group(2)}", text, count=1)
        if app.has_dependency("autoprefixer") and "autoprefixer" not in new:
            new = _PLAIN_PLUGIN.sub(r"\1\n    autoprefixer: {},", new, count=1)
        fs.write(name, new)
        return [
            RuleChange(
                RULE,
                f"{name}: the v4 PostCSS plugin @tailwindcss/postcss in a v3 app → tailwindcss.",
                (name,),
            )
        ]
    if major == 4 and _V3_PLUGIN.search(text) and not _V4_PLUGIN.search(text):
        new = _V3_PLUGIN.sub(lambda m: f'"@tailwindcss/postcss"{m.group(2)}', text, count=1)
        fs.write(name, new)
        paths = [name]
        pin = pinned_version("@tailwindcss/postcss")
        if pin and not app.has_dependency("@tailwindcss/postcss"):
            add_dependencies(fs, {"@tailwindcss/postcss": pin})
            paths.append(PACKAGE_JSON)
        return [
            RuleChange(
                RULE,
                f"{name}: v4 runs as the @tailwindcss/postcss plugin, not tailwindcss.",
                tuple(paths),
            )
        ]
    return []
