"""How the v0 compatibility rules do on public v0 projects (bench/data/analyzer_real/).

    .venv/bin/python bench/compat_real.py CHECKOUTS [--verbose]

CHECKOUTS holds one checked-out project per folder (`bench/analyzer_real.py --how-to-fetch`
prints the commands; the code is never stored here). Prints, per project and in total:

1. As published: how many projects each rule changes, what it changed (read the list with
   --verbose to judge each change), whether a second pass changes nothing (idempotence), and
   the time per project.
2. Breakages v0 really makes, done on purpose to each project, one at a time, and whether the
   rules undo each one exactly (the same file, the same fix) and touch nothing else:
   a used `components/ui/*` file removed; `"use client"` removed from a client component that
   a server page renders; the stylesheet switched to the other Tailwind major's syntax; an
   imported package removed from package.json; Tailwind removed from package.json while the
   PostCSS config runs it; an imported lucide icon misspelt; a component
   with JSX saved as `.ts`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l4ydesk.core.analyzer.project import load_project
from l4ydesk.core.publish.compat import NotAnAppError, apply_rules
from l4ydesk.core.publish.compat.css_imports import used_stylesheets
from l4ydesk.core.publish.compat.model import FileSet
from l4ydesk.core.publish.compat.modules import all_imports, parsed
from l4ydesk.core.publish.compat.postcss_plugins import named_plugins
from l4ydesk.core.publish.compat.project import app_of, resolve
from l4ydesk.core.publish.compat.shadcn import template
from l4ydesk.core.publish.compat.tailwind import postcss_file, tailwind_major
from l4ydesk.core.publish.compat.use_client import client_reason, server_entries

V3 = "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n"
V4_IMPORT = re.compile(r"""^@import ["']tailwindcss["'];?\n""", re.M)
# A v3 directive line; `@plugin "@tailwindcss/typography"` is v4 and must not count.
V3_LINE = re.compile(rb"^@tailwind\s", re.M)
V3_BLOCK = re.compile(r"^@tailwind base;?\n@tailwind components;?\n@tailwind utilities;?\n", re.M)


@dataclass
class Trial:
    kind: str
    project: str
    undone: bool
    clean: bool  # no change outside what the breakage needs
    note: str = ""


Breaker = Callable[
    [str, dict[str, bytes]],
    "tuple[dict[str, bytes], Callable[[dict[str, bytes]], bool], str] | None",
]


def _used_ui(files: dict[str, bytes]) -> list[str]:
    fs = FileSet(files)
    counts: Counter[str] = Counter()
    for imp in all_imports(fs):
        target = resolve(fs, imp.path, imp.spec)
        if target.resolved and "components/ui/" in target.resolved:
            counts[target.resolved] += 1
    return [p for p, _ in counts.most_common() if template(Path(p).stem) is not None]


def break_ui(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    used = _used_ui(files)
    if not used:
        return None
    victim = used[0]
    broken = {p: d for p, d in files.items() if p != victim}
    return broken, (lambda out: victim in out), victim


def break_use_client(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    fs = FileSet(files)
    for entry in server_entries(fs):
        src = parsed(fs, entry)
        if src is None or src.has_directive("use client"):
            continue
        for imp in all_imports(fs):
            if imp.path != entry:
                continue
            target = resolve(fs, entry, imp.spec).resolved
            child = parsed(fs, target) if target else None
            if child is None or not child.has_directive("use client"):
                continue
            text = files[target].decode("utf-8", "replace")
            stripped = re.sub(r"""^\ufeff?\s*(["'])use client\1;?[ \t]*\n""", "", text, count=1)
            if stripped == text:
                continue
            probe = FileSet({**files, target: stripped.encode()})
            src2 = parsed(probe, target)
            from l4ydesk.core.publish.compat.modules import imports_of

            if src2 is None or client_reason(src2, imports_of(probe, target)) is None:
                continue
            return (
                {**files, target: stripped.encode()},
                (
                    lambda out, t=target: (
                        out.get(t, b"").lstrip(b"\xef\xbb\xbf \n").startswith(b'"use client"')
                    )
                ),
                target,
            )
    return None


def break_tailwind(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    fs = FileSet(files)
    major = tailwind_major(fs)
    for sheet in used_stylesheets(fs):
        css = files[sheet].decode("utf-8", "replace")
        if major == 4 and V4_IMPORT.search(css):
            broken = V4_IMPORT.sub(V3, css, count=1)
            return (
                {**files, sheet: broken.encode()},
                (
                    lambda out, s=sheet: (
                        b'@import "tailwindcss";' in out[s] and not V3_LINE.search(out[s])
                    )
                ),
                sheet,
            )
        if major == 3 and V3_BLOCK.search(css):
            broken = V3_BLOCK.sub('@import "tailwindcss";\n', css, count=1)
            return (
                {**files, sheet: broken.encode()},
                (
                    lambda out, s=sheet: (
                        out[s].count(b"@tailwind ") >= 3 and b'@import "tailwindcss"' not in out[s]
                    )
                ),
                sheet,
            )
    return None


def break_dependency(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    fs = FileSet(files)
    declared = app_of(fs).package.get("dependencies", {})
    imported = Counter(
        t.package for i in all_imports(fs) if (t := resolve(fs, i.path, i.spec)).package
    )
    for package in (
        "lucide-react",
        "clsx",
        "class-variance-authority",
        "tailwind-merge",
        "date-fns",
        "recharts",
    ):
        if package in declared and imported[package]:
            data = json.loads(files["package.json"])
            del data["dependencies"][package]
            broken = {**files, "package.json": (json.dumps(data, indent=2) + "\n").encode()}
            return (
                broken,
                (
                    lambda out, p=package: (
                        p in json.loads(out["package.json"]).get("dependencies", {})
                    )
                ),
                package,
            )
    return None


def break_tailwind_undeclared(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    """Tailwind dropped from package.json while the PostCSS config still runs it, as a project
    that only ever ran in v0's sandbox (which installs Tailwind itself) arrives."""
    fs = FileSet(files)
    major = tailwind_major(fs)
    plugins = named_plugins(fs.text(postcss_file(fs) or "") or "")
    if major not in (3, 4) or not plugins & {"tailwindcss", "@tailwindcss/postcss"}:
        return None
    data = json.loads(files["package.json"])
    for section in ("dependencies", "devDependencies"):
        data.get(section, {}).pop("tailwindcss", None)
        data.get(section, {}).pop("@tailwindcss/postcss", None)
    broken = {**files, "package.json": (json.dumps(data, indent=2) + "\n").encode()}

    def undone(out: dict[str, bytes]) -> bool:
        package = json.loads(out["package.json"])
        return tailwind_major(FileSet({"package.json": out["package.json"]})) == major and all(
            p in {**package.get("dependencies", {}), **package.get("devDependencies", {})}
            for p in plugins & {"tailwindcss", "@tailwindcss/postcss"}
        )

    return broken, undone, f"tailwindcss@{major}"


def break_icon(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    fs = FileSet(files)
    for imp in all_imports(fs):
        if imp.spec == "lucide-react" and imp.names:
            icon = imp.names[0][0]
            if not icon[:1].isupper() or len(icon) < 5:
                continue
            typo = icon[:-1] + icon[-1] * 2  # ArrowRight → ArrowRightt
            data = files[imp.path]
            statement = data[imp.start : imp.end].replace(icon.encode(), typo.encode(), 1)
            broken = {**files, imp.path: data[: imp.start] + statement + data[imp.end :]}
            # Right when the typo now names the icon, or the same icon without its Icon suffix.
            fixes = {
                f"{icon} as {typo}".encode(),
                f"{icon.removesuffix('Icon')} as {typo}".encode(),
            }
            return (
                broken,
                (lambda out, p=imp.path, f=fixes: any(x in out[p] for x in f)),
                f"{imp.path}: {icon}",
            )
    return None


def break_extension(name: str, files: dict[str, bytes]):  # type: ignore[no-untyped-def]
    """A component with JSX saved as `.ts`, as v0 sometimes writes a context provider."""
    for path in sorted(files):
        if not path.startswith("components/") or not path.endswith(".tsx"):
            continue
        if "/ui/" in path or b"<" not in files[path] or path[:-1] in files:
            continue
        moved = path[:-1]
        broken = {p: d for p, d in files.items() if p != path}
        broken[moved] = files[path]
        return (
            broken,
            # its content is checked by "clean": the same as the rules make of the unbroken app
            (lambda out, p=path, m=moved: p in out and m not in out),
            f"{path} saved as .ts",
        )
    return None


BREAKERS = {
    "missing ui component": break_ui,
    "use client removed": break_use_client,
    "other Tailwind syntax": break_tailwind,
    "package undeclared": break_dependency,
    "Tailwind undeclared": break_tailwind_undeclared,
    "misspelt lucide icon": break_icon,
    "JSX saved as .ts": break_extension,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkouts", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.checkouts.is_dir():
        parser.error("give the folder holding the checked-out projects")
    touched: Counter[str] = Counter()
    apps = 0
    idempotent = 0
    times: list[float] = []
    trials: list[Trial] = []
    for folder in sorted(p for p in args.checkouts.iterdir() if p.is_dir()):
        files = load_project(folder, max_file_bytes=64 * 1024 * 1024)
        try:
            start = time.perf_counter()
            result = apply_rules(files)
            times.append(time.perf_counter() - start)
        except NotAnAppError:
            print(f"  {folder.name}: not an app at the top (no package.json); skipped")
            continue
        apps += 1
        again = apply_rules(result.files)
        idempotent += not again.changes and again.files == result.files
        for rule in {c.rule for c in result.changes}:
            touched[rule] += 1
        if args.verbose:
            for change in result.changes:
                print(f"  {folder.name}: {change.rule}: {change.description}")
        for kind, breaker in BREAKERS.items():
            made = breaker(folder.name, files)
            if made is None:
                continue
            broken, undone, what = made
            out = apply_rules(broken)
            # Clean: apart from what the breakage needs, the result equals the rules' output
            # on the unbroken project.
            extra = {p for p in out.files if out.files.get(p) != result.files.get(p)}
            ok = undone(out.files)
            clean = ok and len(extra) <= 1
            trials.append(Trial(kind, folder.name, ok, clean, what))
            if args.verbose or not ok:
                print(
                    f"  {folder.name}: {kind} ({what}): {'undone' if ok else 'NOT undone'}"
                    f"{'' if clean or not ok else f', also changed {sorted(extra)}'}"
                )
    print(
        f"\nprojects: {apps}; idempotent on every one: {idempotent}/{apps}; "
        f"time per project: median {sorted(times)[len(times) // 2] * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    print("as published, projects each rule changed:")
    for rule, count in sorted(touched.items()):
        print(f"  {rule:22s} {count}")
    if not touched:
        print("  (none)")
    print("breakages undone by the rules (exactly, with nothing else changed):")
    for kind in BREAKERS:
        mine = [t for t in trials if t.kind == kind]
        if mine:
            print(
                f"  {kind:22s} {sum(t.undone for t in mine)}/{len(mine)} undone, "
                f"{sum(t.clean for t in mine)}/{len(mine)} clean"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
