"""Rule: imported `components/ui/*` files that do not exist are written, from a shadcn-style
template when there is one, else as a small accessible component per imported name."""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePosixPath

from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import Import, all_imports
from l4ydesk.core.publish.compat.project import relative_spec, resolve
from l4ydesk.resource_paths import resource

RULE = "shadcn-components"
_UI = re.compile(r"(^|/)components/ui/([\w-]+)$")
_EXPORTS = re.compile(
    r"export\s*\{([^}]*)\}|export\s+(?:const|function|class|interface|type)\s+(\w+)"
)
_TEMPLATE_IMPORT = re.compile(r'from "@/(lib/utils|components/ui/[\w-]+)"')
_MAX_ROUNDS = 4  # templates import other templates (alert-dialog → button); a chain is short


@cache
def template(name: str) -> str | None:
    path = resource("compat", "shadcn", f"{name}.tsx")
    return path.read_text(encoding="utf-8") if path.is_file() else None


@cache
def utils_template() -> str:
    return resource("compat", "shadcn", "utils.ts").read_text(encoding="utf-8")


def template_exports(text: str) -> set[str]:
    names: set[str] = set()
    for group, single in _EXPORTS.findall(text):
        if single:
            names.add(single)
        for part in group.split(","):
            part = part.strip().removeprefix("type ").strip()
            if part:
                names.add(part.split(" as ")[-1].strip())
    return names


def missing_ui_imports(fs: FileSet) -> dict[str, list[Import]]:
    """Where a missing ui component would live (no extension) → the imports naming it."""
    missing: dict[str, list[Import]] = {}
    for imp in all_imports(fs):
        target = resolve(fs, imp.path, imp.spec)
        if target.kind != "local" or target.resolved is not None or target.candidate is None:
            continue
        if _UI.search(target.candidate):
            missing.setdefault(target.candidate, []).append(imp)
    return missing


def add_missing_components(fs: FileSet) -> list[RuleChange]:
    changes: list[RuleChange] = []
    for _ in range(_MAX_ROUNDS):
        missing = missing_ui_imports(fs)
        if not missing:
            break
        for base, imports in sorted(missing.items()):
            changes.append(_write_component(fs, base, imports))
    return changes


def _write_component(fs: FileSet, base: str, imports: list[Import]) -> RuleChange:
    typescript = "tsconfig.json" in fs.files or any(
        i.path.endswith((".ts", ".tsx")) for i in imports
    )
    path = base + (".tsx" if typescript else ".jsx")
    name = PurePosixPath(base).name
    wanted = sorted({exported for imp in imports for exported, _ in imp.names})
    defaults = any(imp.default for imp in imports)
    text = template(name) if typescript else None
    written: list[str] = [path]
    alias = any(imp.spec.startswith("@/") for imp in imports)
    if text is not None:
        text = _localise(fs, path, text, written, alias=alias)
        extra = [n for n in wanted if n not in template_exports(text)]
        if extra:
            text += "\n" + generic_module(extra, typescript=True, header=False)
        how = "from the shadcn/ui template"
    else:
        text = generic_module(wanted, typescript=typescript, default=defaults)
        text = _localise(fs, path, text, written, alias=alias)
        how = "as a minimal accessible component per imported name"
    fs.write(path, text)
    importers = sorted({imp.path for imp in imports})
    return RuleChange(
        RULE,
        f"Wrote {path} {how}: imported by {', '.join(importers)} but missing.",
        tuple(written),
    )


def _localise(fs: FileSet, path: str, text: str, written: list[str], *, alias: bool) -> str:
    """Point the template's `@/…` imports at the app's files (through `@/` when the app's own
    imports use it, else relatively) and write lib/utils when `cn` is nowhere to be found."""

    def replace(match: re.Match[str]) -> str:
        wanted = match.group(1)
        target = resolve(fs, path, "@/" + wanted)
        found = target.resolved
        if found is None and wanted == "lib/utils":
            found = _ensure_utils(fs, target.candidate or wanted, written)
        if alias:
            return f'from "@/{wanted}"'
        return f'from "{relative_spec(path, found or (target.candidate or wanted) + ".tsx")}"'

    return _TEMPLATE_IMPORT.sub(replace, text)


def _ensure_utils(fs: FileSet, base: str, written: list[str]) -> str:
    path = base + ".ts"
    if fs.write(path, utils_template()):
        written.append(path)
    return path


_ELEMENTS = (
    (("Trigger", "Button", "Close", "Action", "Cancel"), "button"),
    (("Title",), "h2"),
    (("Description", "Caption"), "p"),
    (("Label",), "label"),
)


def _element(name: str) -> str:
    for suffixes, element in _ELEMENTS:
        if name.endswith(suffixes):
            return element
    return "div"


def generic_module(
    names: list[str], *, typescript: bool, default: bool = False, header: bool = True
) -> str:
    """A module exporting each name: PascalCase → a forwardRef component on a fitting element,
    `useX` → a hook returning an empty object, `xVariants` → a class-name function."""
    lines = (
        ['import * as React from "react";\n\nimport { cn } from "@/lib/utils";\n'] if header else []
    )
    exported: list[str] = []
    for name in names or ["Component"]:
        exported.append(name)
        if name[:1].isupper():
            lines.append(_component(name, typescript))
        elif name.startswith("use"):
            sig = "(): Record<string, unknown>" if typescript else "()"
            lines.append(f"function {name}{sig} {{\n  return {{}};\n}}\n")
        else:
            sig = "(..._args: unknown[]): string" if typescript else "(..._args)"
            lines.append(f'function {name}{sig} {{\n  return "";\n}}\n')
    lines.append(f"export {{ {', '.join(exported)} }};\n")
    if default:
        first = next((n for n in exported if n[:1].isupper()), exported[0])
        lines.append(f"export default {first};\n")
    return "\n".join(lines)


def _component(name: str, typescript: bool) -> str:
    element = _element(name)
    slot = re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
    extra = ' type="button"' if element == "button" else ""
    if typescript:
        props = "React.HTMLAttributes<HTMLElement> & { asChild?: boolean; [key: string]: unknown }"
        head = f"const {name} = React.forwardRef<HTMLElement, {props}>(\n"
        ref = "ref as React.Ref<never>"
        # the index signature makes the destructured className `unknown` to TypeScript
        classes = "cn(className as string | undefined)"
    else:
        classes = "cn(className)"
        head = f"const {name} = React.forwardRef(\n"
        ref = "ref"
    return (
        f"{head}  ({{ className, asChild: _asChild, ...props }}, ref) => (\n"
        f'    <{element}{extra} ref={{{ref}}} data-slot="{slot}" className={{{classes}}} '
        "{...props} />\n  ),\n);\n"
        f'{name}.displayName = "{name}";\n'
    )
