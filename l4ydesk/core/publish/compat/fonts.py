"""Rule: Geist comes from whichever source the app can build with. The `geist` package when it
is declared; otherwise next/font/google (Geist is a Google font from Next.js 15.1 on), and the
package, added to package.json, for older Next.js versions."""

from __future__ import annotations

from l4ydesk.core.publish.compat.manifest import add_dependencies, pinned_version
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import Import, imports_of, parsed
from l4ydesk.core.publish.compat.project import PACKAGE_JSON, app_of, version_tuple

RULE = "geist-fonts"
GOOGLE = "next/font/google"
GEIST_IN_GOOGLE = (15, 1, 0)
# geist's export → (next/font/google function, CSS variable the geist package sets)
_PACKAGE_FONTS = {
    "geist/font/sans": ("GeistSans", "Geist", "--font-geist-sans"),
    "geist/font/mono": ("GeistMono", "Geist_Mono", "--font-geist-mono"),
}
_GOOGLE_TO_PACKAGE = {google: (spec, name) for spec, (name, google, _) in _PACKAGE_FONTS.items()}


def geist_from_google(fs: FileSet) -> bool | None:
    """True/False when the app's Next.js has/lacks Geist in next/font/google; None if unknown."""
    version = version_tuple(app_of(fs).version_of("next"))
    if version is None:
        spec = app_of(fs).version_of("next")
        return True if spec in ("latest", "canary") else None
    return version >= GEIST_IN_GOOGLE


def align_geist(fs: FileSet) -> list[RuleChange]:
    app = app_of(fs)
    google_ok = geist_from_google(fs)
    changes: list[RuleChange] = []
    for path in app.sources:
        imports = imports_of(fs, path)
        package_imports = [i for i in imports if i.spec in _PACKAGE_FONTS and not i.type_only]
        if package_imports and not app.has_dependency("geist") and google_ok:
            changes.append(_to_google(fs, path, package_imports))
            continue
        google = [
            i
            for i in imports
            if i.spec == GOOGLE and any(n in _GOOGLE_TO_PACKAGE for n, _ in i.names)
        ]
        if google and google_ok is False:
            change = _to_package(fs, path, google[0])
            if change is not None:
                changes.append(change)
    return changes


def _to_google(fs: FileSet, path: str, imports: list[Import]) -> RuleChange:
    """`import { GeistSans } from "geist/font/sans"` → the same font from next/font/google,
    bound to the same name with the same CSS variable, so `GeistSans.variable` still works."""
    text = fs.files[path]
    loaders: list[str] = []
    consts: list[str] = []
    for imp in imports:
        export, google, variable = _PACKAGE_FONTS[imp.spec]
        for exported, local in imp.names:
            if exported == export:
                loaders.append(google)
                consts.append(
                    f'const {local} = {google}({{ subsets: ["latin"], variable: "{variable}" }});'
                )
    loaders = sorted(set(loaders))
    # 1. The geist imports go; the next/font/google import takes the first one's place.
    replacement = f'import {{ {", ".join(loaders)} }} from "{GOOGLE}";\n'.encode()
    ordered = sorted(imports, key=lambda i: i.start)
    for imp in reversed(ordered):
        line_start = text.rfind(b"\n", 0, imp.start) + 1
        new_line = replacement if imp is ordered[0] else b""
        text = text[:line_start] + new_line + text[_line_end(text, imp.end) :]
    fs.write(path, text)
    # 2. The loader calls go after the last import (next/font wants them at module scope).
    last = max(i.end for i in imports_of(fs, path))
    at = _line_end(text, last)
    fs.write(path, text[:at] + ("\n" + "\n".join(consts) + "\n").encode() + text[at:])
    return RuleChange(
        RULE,
        f"{path}: Geist came from the geist package, which package.json does not declare; it "
        f"now comes from next/font/google ({', '.join(loaders)}) under the same names.",
        (path,),
    )


def _to_package(fs: FileSet, path: str, imp: Import) -> RuleChange | None:
    """Next.js older than 15.1 has no Geist in next/font/google: use the geist package."""
    src = parsed(fs, path)
    pin = pinned_version("geist")
    if src is None or pin is None:
        return None
    geist_locals = {
        local: _GOOGLE_TO_PACKAGE[name] for name, local in imp.names if name in _GOOGLE_TO_PACKAGE
    }
    text = src.source
    spans: list[tuple[int, int, bytes]] = []
    for call in src.calls:
        fn = call.child_by_field_name("function")
        if fn is not None and src.text(fn) in geist_locals:
            spans.append((call.start_byte, call.end_byte, geist_locals[src.text(fn)][1].encode()))
    others = [(n, local) for n, local in imp.names if n not in _GOOGLE_TO_PACKAGE]
    statement = ""
    if others:
        listed = ", ".join(n if n == local else f"{n} as {local}" for n, local in others)
        statement = f'import {{ {listed} }} from "{GOOGLE}";\n'
    statement += "".join(
        f'import {{ {name} }} from "{spec}";\n' for spec, name in sorted(set(geist_locals.values()))
    )
    spans.append((imp.start, _line_end(text, imp.end), statement.encode()))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    fs.write(path, text)
    paths = [path]
    if not app_of(fs).has_dependency("geist") and add_dependencies(fs, {"geist": pin}):
        paths.append(PACKAGE_JSON)
    return RuleChange(
        RULE,
        f"{path}: this Next.js has no Geist in next/font/google (it came in 15.1); the font "
        f"now comes from the geist package {pin[1]}.",
        tuple(paths),
    )


def _line_end(text: bytes, pos: int) -> int:
    """Just past the newline ending the line that `pos` is on (or the end of the text)."""
    end = text.find(b"\n", pos)
    return len(text) if end < 0 else end + 1
