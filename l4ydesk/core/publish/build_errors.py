"""Reads the errors out of a real `next build` log (webpack or Turbopack, Next.js 14 to 16) and
finds the deterministic fix for the ones a compatibility rule covers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from l4ydesk.core.publish.compat import CompatResult, NotAnAppError, apply_rules
from l4ydesk.core.publish.compat.project import package_name

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
_TIMESTAMP = re.compile(r"^(?:\[?\d{2}:\d{2}:\d{2}(?:\.\d+)?\]?\s+)")
_SOURCE = r"[\w@.\[\]()+~/-]+\.(?:tsx|ts|jsx|js|mjs|cjs|mts|cts|css|scss|sass|json|mdx)"
_LOCATION = re.compile(rf"^(?:\.\/|\/)?(?P<file>{_SOURCE})(?::(?P<line>\d+):(?P<col>\d+))?$")
_SWC_FRAME = re.compile(rf",-\[(?P<file>{_SOURCE}):(?P<line>\d+):(?P<col>\d+)\]")
_PRERENDER = re.compile(r'Error occurred prerendering page "(?P<route>[^"]+)"')
_CANT_RESOLVE = re.compile(r"Can't resolve '(?P<spec>[^']+)'")
_NO_EXPORT = re.compile(
    r"""(?:'(?P<a>\w+)' is not exported from '[^']*?(?P<from>[\w@/.-]+)'"""
    r"""|'"(?P<from2>[^"]+)"' has no exported member named '(?P<b>\w+)')"""
)
_FONT = re.compile(
    r"next/font|Unknown font `|Failed to fetch font|font-data|Unknown weight|subsets"
)
_TAILWIND = re.compile(
    r"@tailwind|@layer \w+` is used but no matching|Cannot apply unknown utility class|"
    r"class does not exist|tailwindcss|@theme|@custom-variant|@utility|@apply",
)
_HOOK = re.compile(
    r"needs? \"?`?(?P<hook>use\w+|createContext|Component)`?\"?|"
    r"(?P<hook2>use[A-Z]\w*) is not a function|"
    r"Event handlers cannot be passed to Client Component props|"
    r"\"use client\""
)
_TAILWIND_ERROR = re.compile(
    r"Cannot apply unknown utility class|is used but no matching `@tailwind|"
    r"`@tailwind \w+` is no longer available|class does not exist"
)
# Lines that end an error's message block in webpack's output.
_BLOCK_END = re.compile(
    r"^(File was processed with|[✓⚠⨯▲] |Import trace for requested module:|"
    r"https://nextjs\.org/docs|> Build failed|"
    r"Next\.js build worker exited|> Build error occurred|Failed to compile\.|"
    r"Error: Turbopack build failed|\s*at )"
)
_GENERIC_HEADLINES = frozenset(
    {"Ecmascript file had an error", "Parsing ecmascript source code failed"}
)
_SWC_PREFIX = re.compile(r"^Error:\s+x\s+")
_CODE_FRAME = re.compile(r"^\s*(>?\s*\d+\s*\||\|)")


@dataclass(frozen=True)
class BuildError:
    """One error of a failed build. `file` is relative to the app when the log says where."""

    file: str | None
    line: int | None
    column: int | None
    message: str
    kind: str  # type, jsx-component, module-not-found, missing-export, syntax, tailwind, css,
    # use-client, prerender, font, unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "kind": self.kind,
        }

    def location(self) -> str:
        where = self.file or "(no file)"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where


def clean_log(log: str) -> list[str]:
    """The log's lines without colours, carriage-return progress and timestamps."""
    lines = []
    for raw in _ANSI.sub("", log).replace("\r\n", "\n").split("\n"):
        line = raw.rsplit("\r", 1)[-1]
        lines.append(_TIMESTAMP.sub("", line).rstrip())
    return lines


def parse_build_errors(log: str, *, root: str | None = None) -> list[BuildError]:
    """The distinct errors in a `next build` log, in the order they appear. `root` (the
    folder the build ran in) is cut from absolute paths; Vercel's `/vercel/path0/` always is."""
    lines = clean_log(log)
    found: list[BuildError] = []
    in_trace = False
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        # "Import trace for requested module:" lists importers, not errors.
        in_trace = (in_trace and bool(line)) or line.startswith("Import trace")
        if in_trace:
            i += 1
            continue
        prerender = _PRERENDER.search(line)
        location = _LOCATION.match(line)
        if prerender:
            detail = _next_text(lines, i + 1, 1)
            message = f'prerendering "{prerender.group("route")}": {detail}'.rstrip(": ")
            found.append(BuildError(None, None, None, message, _prerender_kind(detail)))
        elif location:
            message_lines = _message_block(lines, i + 1)
            if message_lines:
                message = _SWC_PREFIX.sub("", " ".join(message_lines))
                where = _frame_location(lines, i + 1, location, root)
                found.append(BuildError(*where, _tidy(message), classify(message)))
        elif line.startswith("Error: ") and _TAILWIND_ERROR.search(line):
            # Tailwind v4 throws from PostCSS without a location (Turbopack prints it bare).
            found.append(BuildError(None, None, None, line.removeprefix("Error: "), "tailwind"))
        elif line.startswith(("Error:   x ", "Error: x ", "  x ")) and not found_swc(found, line):
            message = line.split(" x ", 1)[1].strip()
            found.append(BuildError(*_swc_location(lines, i + 1, root), message, classify(message)))
        i += 1
    return _dedupe(found)


def found_swc(found: list[BuildError], line: str) -> bool:
    message = _SWC_PREFIX.sub("", line).strip()
    return any(e.message == message for e in found)


def _message_block(lines: list[str], start: int) -> list[str]:
    """The message lines after a location line: up to a blank line, a code frame or an end.
    Turbopack's generic headline ("Ecmascript file had an error") is followed by the code
    frame and then the real explanation, which is taken too."""
    out = _text_run(lines, start)
    if out and out[0] in _GENERIC_HEADLINES:
        for offset in range(start + 1, min(len(lines), start + 40)):
            if not lines[offset].strip() and offset + 1 < len(lines) and lines[offset + 1].strip():
                explanation = _text_run(lines, offset + 1)
                if explanation:
                    return explanation
    return out


def _text_run(lines: list[str], start: int) -> list[str]:
    out: list[str] = []
    for line in lines[start : start + 12]:
        text = line.strip()
        if not text:
            if out:
                break
            continue
        if _BLOCK_END.match(line) or _CODE_FRAME.match(line) or _LOCATION.match(text):
            break
        out.append(text)
    return out


def _frame_location(
    lines: list[str], start: int, location: re.Match[str], root: str | None
) -> tuple[str, int | None, int | None]:
    file = _relative(location.group("file"), root)
    if location.group("line"):
        return file, int(location.group("line")), int(location.group("col"))
    # webpack prints `./file` alone, then the message; a parse error carries `(line:col)`,
    # an SWC error a `,-[/abs/file:line:col]` frame.
    for line in lines[start : start + 12]:
        match = re.search(r"\((\d+):(\d+)\)\s*$", line) if line is lines[start] else None
        frame = _SWC_FRAME.search(line)
        if match:
            return file, int(match.group(1)), int(match.group(2))
        if frame and _relative(frame.group("file"), root) == file:
            return file, int(frame.group("line")), int(frame.group("col"))
    return file, None, None


def _swc_location(
    lines: list[str], start: int, root: str | None
) -> tuple[str | None, int | None, int | None]:
    for line in lines[start : start + 12]:
        match = _SWC_FRAME.search(line)
        if match:
            return (
                _relative(match.group("file"), root),
                int(match.group("line")),
                int(match.group("col")),
            )
    return None, None, None


def _relative(path: str, root: str | None) -> str:
    path = path.removeprefix("./")
    for prefix in ([root.rstrip("/") + "/"] if root else []) + ["/vercel/path0/"]:
        if prefix != "/" and ("/" + path).startswith(prefix):
            return ("/" + path)[len(prefix) :]
        if path.startswith(prefix):
            return path[len(prefix) :]
    return path


def _next_text(lines: list[str], start: int, count: int) -> str:
    texts = [line.strip() for line in lines[start : start + 6] if line.strip()]
    return " ".join(texts[:count])


def _tidy(message: str) -> str:
    message = re.sub(r"\s+", " ", message).strip()
    # webpack repeats the absolute path in CSS errors: "Syntax error: /abs/app/x.css `@layer…"
    return re.sub(r"(Syntax error: )/\S+\.css ", r"\1", message)


def _prerender_kind(detail: str) -> str:
    return "use-client" if _HOOK.search(detail) else "prerender"


def classify(message: str) -> str:
    if _CANT_RESOLVE.search(message) or message.startswith("Module not found"):
        return "module-not-found"
    if _NO_EXPORT.search(message):
        return "missing-export"
    if _HOOK.search(message) and "Type error" not in message:
        return "use-client"
    if _FONT.search(message):
        return "font"
    if "cannot be used as a JSX component" in message:
        return "jsx-component"
    if message.startswith("Type error"):
        return "type"
    if _TAILWIND.search(message):
        return "tailwind"
    if "Syntax error" in message or "Module parse failed" in message or "Expected" in message:
        return "syntax"
    if "CssSyntaxError" in message or "Parsing css" in message:
        return "css"
    return "unknown"


def _dedupe(errors: list[BuildError]) -> list[BuildError]:
    seen: set[tuple[str | None, str]] = set()
    out: list[BuildError] = []
    for error in errors:
        key = (error.file, error.message)
        if key in seen:
            continue
        # webpack prints a CSS error twice: once with `file:line:col`, once with `(line:col)`.
        if any(e.file == error.file and e.message in error.message for e in out):
            continue
        seen.add(key)
        out.append(error)
    return out


# Which rules can fix which kind of error (the rule names of compat.RULES).
_RULES_FOR = {
    "use-client": ("use-client",),
    "prerender": ("use-client",),
    "tailwind": ("tailwind-version",),
    "css": ("tailwind-version",),
    "font": ("geist-fonts", "missing-dependencies"),
    "missing-export": ("lucide-icons",),
    "type": ("lucide-icons",),
}


def rules_for(error: BuildError) -> tuple[str, ...]:
    if error.kind == "module-not-found":
        match = _CANT_RESOLVE.search(error.message)
        spec = match.group("spec") if match else ""
        if spec == "tailwindcss" or spec.startswith(("tw-animate-css", "@tailwindcss/")):
            return ("postcss-plugins", "tailwind-version", "missing-dependencies")
        if package_name(spec) is not None and not spec.startswith(("@/", "~/")):
            return ("geist-fonts", "missing-dependencies")
        if "components/ui/" in spec:
            return ("shadcn-components", "use-client", "missing-dependencies")
        return ("local-images",)
    if error.kind == "type" and (error.file or "").startswith("tailwind.config."):
        return ("tailwind-version",)
    if error.kind == "type" and "has no exported member" not in error.message:
        return ()
    return _RULES_FOR.get(error.kind, ())


def fix_for(error: BuildError, files: Mapping[str, bytes]) -> CompatResult | None:
    """The compatibility rules' fix for this error, or None when no rule covers it (then the
    self-heal asks the AI). Only the rules that match the error's kind run."""
    rules = rules_for(error)
    if not rules:
        return None
    try:
        result = apply_rules(files, only=rules)
    except NotAnAppError:
        return None
    return result if result.changes else None
