"""Tags JSX elements with `data-l4y-src="path:line:col"`, linking preview clicks to source.

Host elements (`<form>`, `<div>`) are tagged, and so are component elements (`<CardHeader>`):
a shadcn-style component spreads its props after its own attributes, so the usage site's tag
wins over the primitive's, and a click inside the booking form reports the booking form's
file instead of `components/ui/card.tsx`. Components that do not pass props on ignore it.

Only the copies written to the local preview's workspace are tagged, never the app's own files
and never what is published. Each opening tag gets the attribute right after its tag name; every
other byte of the file stays as it was, and no line breaks are added, so line numbers in the
preview's error messages still match the user's file.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, QueryCursor

from l4ydesk.core.syntax_errors import first_error_line

SOURCE_ATTRIBUTE = "data-l4y-src"

# .js may hold JSX too (Next.js accepts it); plain .ts cannot, and its grammar reads `<T>x` as a
# type assertion, so it is left alone.
_DIALECTS = {".tsx": "tsx", ".jsx": "javascript", ".js": "javascript"}

_QUERY = """
(jsx_opening_element name: (identifier) @name) @tag
(jsx_self_closing_element name: (identifier) @name) @tag
"""

# Characters that a JSX string attribute carries literally. JSX decodes HTML entities such as
# `&amp;` inside strings, so a path with `&` (or anything unusual) goes in as a JS string instead.
_PLAIN_VALUE = re.compile(r"[A-Za-z0-9_./:@()\[\]+,~ -]*\Z")
_BOM = b"\xef\xbb\xbf"
_local = threading.local()


@dataclass(frozen=True)
class TagResult:
    """The tagged text of one file and what happened to it.

    `problem` is a sentence when the file was left untouched because it does not parse.
    """

    source: bytes
    tagged: int = 0
    already_tagged: int = 0
    problem: str | None = None

    @property
    def changed(self) -> bool:
        return self.tagged > 0


def can_tag(path: str) -> bool:
    """Whether files at `path` may hold JSX that gets tagged."""
    return PurePosixPath(path).suffix.lower() in _DIALECTS


def tag_source(path: str, source: bytes) -> TagResult:
    """Return `source` with every host element tagged with its position in `source`.

    A file that does not parse is returned untouched with a `problem`: it cannot build anyway,
    and the preview's error message should show the user's code exactly as written.
    """
    dialect = _DIALECTS.get(PurePosixPath(path).suffix.lower())
    if dialect is None or b"<" not in source:
        return TagResult(source)
    tree = _parser(dialect).parse(source)
    # A bare `&` in JSX text is an error to the grammar, not to React: such a file is tagged.
    error_line = first_error_line(tree)
    if error_line is not None:
        return TagResult(source, problem=_syntax_problem(path, error_line))
    inserts: list[tuple[int, bytes]] = []
    already = 0
    for _pattern, captures in QueryCursor(_query(dialect)).matches(tree.root_node):
        tag, name = captures["tag"][0], captures["name"][0]
        if not _is_taggable(name):
            continue
        if _has_source_attribute(tag):
            already += 1
            continue
        line, column = _position(source, tag)
        # `<Select<string> …>`: the attribute goes after the type arguments, not inside them.
        type_arguments = [c for c in tag.children if c.type == "type_arguments"]
        at = type_arguments[0].end_byte if type_arguments else name.end_byte
        inserts.append((at, _attribute(f"{path}:{line}:{column}")))
    if not inserts:
        return TagResult(source, already_tagged=already)
    return TagResult(_apply(source, inserts), tagged=len(inserts), already_tagged=already)


# React's own components warn about (or reject) props they do not know; context providers
# pass nothing to the DOM. Neither gets a tag.
_UNTAGGED_COMPONENTS = frozenset({b"Fragment", b"Suspense", b"StrictMode", b"Profiler"})


def _is_taggable(name: Node) -> bool:
    # React's rule: a lowercase first letter is a DOM element ("div", "my-widget"); anything
    # else is a component (member expressions like motion.div never reach here).
    text = name.text or b""
    if text[:1].islower():
        return True
    return text not in _UNTAGGED_COMPONENTS and not text.endswith((b"Provider", b"Context"))


def _has_source_attribute(tag: Node) -> bool:
    for attribute in tag.children_by_field_name("attribute"):
        if attribute.type != "jsx_attribute" or not attribute.children:
            continue
        if attribute.children[0].text == SOURCE_ATTRIBUTE.encode():
            return True
    return False


def _position(source: bytes, node: Node) -> tuple[int, int]:
    """1-based line and column in characters (tree-sitter counts columns in bytes)."""
    row, byte_column = node.start_point
    line_start = node.start_byte - byte_column
    prefix = source[line_start : node.start_byte]
    if line_start == 0 and prefix.startswith(_BOM):
        prefix = prefix[len(_BOM) :]  # editors do not show the byte-order mark as a column
    return row + 1, len(prefix.decode("utf-8", errors="replace")) + 1


def _attribute(value: str) -> bytes:
    if _PLAIN_VALUE.match(value):
        return f' {SOURCE_ATTRIBUTE}="{value}"'.encode()
    return f" {SOURCE_ATTRIBUTE}={{{json.dumps(value)}}}".encode()


def _apply(source: bytes, inserts: list[tuple[int, bytes]]) -> bytes:
    parts: list[bytes] = []
    last = 0
    for offset, text in sorted(inserts):
        parts.append(source[last:offset])
        parts.append(text)
        last = offset
    parts.append(source[last:])
    return b"".join(parts)


def _syntax_problem(path: str, line: int) -> str:
    # tree-sitter recovers from errors by wrapping whole statements, so only the line is a
    # fair hint; the preview's own compiler says exactly where.
    return (
        f"{path} has a syntax error near line {line}, so its elements are not linked to the "
        "source until it is fixed."
    )


@cache
def _language(dialect: str) -> Language:
    if dialect == "tsx":
        return Language(tree_sitter_typescript.language_tsx())
    return Language(tree_sitter_javascript.language())


@cache
def _query(dialect: str) -> Query:
    return Query(_language(dialect), _QUERY)


def _parser(dialect: str) -> Parser:
    # Parsers are not thread-safe and workspaces are written from worker threads.
    parsers: dict[str, Parser] | None = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get(dialect)
    if parser is None:
        parser = parsers[dialect] = Parser(_language(dialect))
    return parser
