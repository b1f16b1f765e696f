"""Rule: a lucide-react icon that does not exist is imported as the nearest one that does
(`import { Foo } …` → `import { Bar as Foo } …`, so the JSX that uses it is untouched)."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import all_imports, parsed
from l4ydesk.resource_paths import resource

RULE = "lucide-icons"
LUCIDE = "lucide-react"
# Type exports and helpers of the package, not icons.
_NOT_ICONS = frozenset(
    {"Icon", "icons", "createLucideIcon", "LucideIcon", "LucideProps", "IconNode", "SVGAttributes"}
)
# Names people reach for that lucide does not have, and no spelling is near: a fixed choice.
_SYNONYMS = {
    "whatsapp": "MessageCircle",
    "tiktok": "Music",
    "spinner": "LoaderCircle",
    "google": "Chrome",
    "x": "Twitter",
}
_WORDS = re.compile(r"[A-Z][a-z]*|[0-9]+|[a-z]+")
# The last capitalised word; after any letter or digit, so a one-letter icon (`X`) counts.
_LAST_WORD = re.compile(r"(?<=[A-Za-z0-9])[A-Z][a-z]+$")


@cache
def lucide_names() -> frozenset[str]:
    text = resource("compat", "lucide-icons.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _words(name: str) -> str:
    return " ".join(w for w in _WORDS.findall(name) if w.lower() not in ("icon", "lucide")).lower()


@cache
def _choices() -> dict[str, str]:
    return {name: _words(name) for name in sorted(lucide_names())}


def exists(name: str) -> bool:
    names = lucide_names()
    return (
        name in names
        or name in _NOT_ICONS
        or (name.endswith("Icon") and name[:-4] in names)
        or (name.startswith("Lucide") and name[6:] in names)
    )


def nearest_icon(name: str) -> str:
    """The existing icon whose name is nearest to `name` (deterministic: ties go to the
    alphabetically first name)."""
    base = _without_icon_suffix(name)
    if base in lucide_names():  # `XIconn` is `X`, not a synonym of the word "x"
        return base
    words = _words(base)
    if words.replace(" ", "") in _SYNONYMS:
        return _SYNONYMS[words.replace(" ", "")]
    best = process.extractOne(words, _choices(), scorer=fuzz.ratio)
    assert best is not None  # the list is never empty
    return str(best[2])


def _without_icon_suffix(name: str) -> str:
    """`ImageIconn` → `Image`: every icon is exported as `XIcon` too, and a misspelt suffix
    otherwise pulls the match towards icons with a similar last word (`ImageDown`)."""
    match = _LAST_WORD.search(name)
    if match and fuzz.ratio(match.group(0).lower(), "icon") >= 80:
        return name[: match.start()]
    return name


def fix_icons(fs: FileSet) -> list[RuleChange]:
    changes: list[RuleChange] = []
    by_file: dict[str, dict[tuple[int, int], list[str]]] = {}
    for imp in all_imports(fs):
        if imp.spec != LUCIDE or imp.type_only:
            continue
        for exported, _local in imp.names:
            if not exists(exported):
                statements = by_file.setdefault(imp.path, {})
                statements.setdefault((imp.start, imp.end), []).append(exported)
    for path, statements in sorted(by_file.items()):
        src = parsed(fs, path)
        if src is None:
            continue
        text = src.source
        swaps: list[str] = []
        # Splice statements last first, so the byte offsets of the earlier ones stay valid.
        for (start, end), names in sorted(statements.items(), reverse=True):
            statement = text[start:end].decode("utf-8")
            for name in names:
                near = nearest_icon(name)
                statement = _swap(statement, name, near)
                swaps.append(f"{name} → {near}")
            text = text[:start] + statement.encode("utf-8") + text[end:]
        fs.write(path, text)
        swaps.sort()
        changes.append(
            RuleChange(
                RULE,
                f"{path}: lucide-react has no such icon; imported the nearest existing one "
                f"instead ({'; '.join(swaps)}).",
                (path,),
            )
        )
    return changes


def _swap(statement: str, name: str, near: str) -> str:
    """`{ Name }` → `{ Near as Name }`; `{ Name as X }` → `{ Near as X }`."""
    return re.sub(
        rf"(?<![\w$]){re.escape(name)}(\s+as\s+[\w$]+)?(?![\w$])",
        lambda m: f"{near}{m.group(1) or f' as {name}'}",
        statement,
        count=1,
    )
