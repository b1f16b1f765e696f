"""Parses one source file with tree-sitter and indexes the nodes the detectors look at.

One query per grammar collects every JSX element, call, declaration and function in a single pass
in C; detectors then look nodes up by byte range instead of walking the tree again in Python.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePosixPath
from typing import Any

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, Tree

from l4ydesk.core.analyzer import stepwise
from l4ydesk.core.analyzer.function_shapes import is_default_export
from l4ydesk.core.analyzer.model import SNIPPET_MAX_CHARS, Evidence
from l4ydesk.core.analyzer.screening import Dialect
from l4ydesk.core.analyzer.translation_reads import EMPTY, TranslationTable
from l4ydesk.core.syntax_errors import first_error_line as first_error_line  # re-exported

_QUERY = """
(jsx_element) @jsx
(jsx_self_closing_element) @jsx
(call_expression) @call
(new_expression) @call
(variable_declarator) @var
(function_declaration) @func
(arrow_function) @func
(function_expression) @func
(import_statement) @import
"""

_ROUTE_HANDLERS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
FUNCTION_TYPES = frozenset({"function_declaration", "arrow_function", "function_expression"})
_local = threading.local()


@cache
def _language(dialect: Dialect) -> Language:
    if dialect == "tsx":
        return Language(tree_sitter_typescript.language_tsx())
    if dialect == "typescript":
        return Language(tree_sitter_typescript.language_typescript())
    return Language(tree_sitter_javascript.language())


@cache
def _query(dialect: Dialect) -> Query:
    source = _QUERY
    if dialect == "typescript":  # plain .ts has no JSX node types; the query must not name them
        source = "\n".join(line for line in _QUERY.splitlines() if "jsx" not in line)
    return Query(_language(dialect), source)


def _parser(dialect: Dialect) -> Parser:
    # Parsers are not thread-safe; analysis runs in a worker pool, so keep one per thread.
    parsers: dict[Dialect, Parser] | None = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get(dialect)
    if parser is None:
        parser = parsers[dialect] = Parser(_language(dialect))
    return parser


def key(node: Node) -> tuple[int, int, str]:
    """A stable identity for a node: tree-sitter hands out fresh wrapper objects."""
    return (node.start_byte, node.end_byte, node.type)


@dataclass(frozen=True)
class Component:
    """A React component (or the module itself) that owns the nodes inside its byte range."""

    name: str
    start_byte: int
    end_byte: int
    node: Node | None = field(compare=False, repr=False)


class Nesting:
    """Byte ranges that are nested or disjoint (syntax nodes always are), indexed so that
    "which of them contain this node" costs a bisect plus the nesting depth, not a scan."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(ranges)), key=lambda i: (ranges[i][0], -ranges[i][1]))
        self.ids = order
        self.starts = [ranges[i][0] for i in order]
        self.ends = [ranges[i][1] for i in order]
        self.parent = [-1] * len(order)
        stack: list[int] = []
        for pos in range(len(order)):
            while stack and not (
                self.starts[stack[-1]] <= self.starts[pos]
                and self.ends[pos] <= self.ends[stack[-1]]
            ):
                stack.pop()
            self.parent[pos] = stack[-1] if stack else -1
            stack.append(pos)

    def containing(self, start: int, end: int) -> Iterator[int]:
        """Original indices of the ranges containing [start, end), innermost first."""
        pos = bisect.bisect_right(self.starts, start) - 1
        while pos >= 0:
            if self.starts[pos] <= start and end <= self.ends[pos]:
                yield self.ids[pos]
            pos = self.parent[pos]


@dataclass
class SourceFile:
    """A parsed file with its nodes indexed by kind, sorted by position."""

    path: str
    source: bytes
    dialect: Dialect
    tree: Tree
    jsx: list[Node]
    calls: list[Node]
    declarators: list[Node]
    functions: list[Node]
    imports: list[Node]
    components: list[Component]
    map_callbacks: list[tuple[int, int]]
    table: TranslationTable = EMPTY  # the project's translation table (translation_reads)
    _jsx_starts: list[int] = field(default_factory=list, repr=False)
    _call_starts: list[int] = field(default_factory=list, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._jsx_starts = [n.start_byte for n in self.jsx]
        self._call_starts = [n.start_byte for n in self.calls]

    # --- text and positions -----------------------------------------------------------------

    def text(self, node: Node) -> str:
        return self.source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def evidence(self, node: Node) -> Evidence:
        snippet = " ".join(self.text(node).split())
        if len(snippet) > SNIPPET_MAX_CHARS:
            snippet = snippet[: SNIPPET_MAX_CHARS - 1] + "…"
        return Evidence(self.path, node.start_point.row + 1, node.end_point.row + 1, snippet)

    @property
    def stem(self) -> str:
        return PurePosixPath(self.path).stem

    # --- lookups by range -------------------------------------------------------------------

    def jsx_within(self, node: Node) -> list[Node]:
        """JSX elements strictly inside `node`, in source order."""
        return _inside(self.jsx, self._jsx_starts, node)

    def calls_within(self, node: Node) -> list[Node]:
        """Calls inside `node` (and `node` itself if it is a call), in source order."""
        lo = bisect.bisect_left(self._call_starts, node.start_byte)
        hi = bisect.bisect_left(self._call_starts, node.end_byte)
        return [n for n in self.calls[lo:hi] if n.end_byte <= node.end_byte]

    def component_of(self, node: Node) -> Component:
        nesting: Nesting = self.cached(
            "components", lambda: Nesting([(c.start_byte, c.end_byte) for c in self.components[1:]])
        )
        for index in nesting.containing(node.start_byte, node.end_byte):
            return self.components[index + 1]
        return self.components[0]

    def jsx_parent(self, el: Node) -> Node | None:
        """The innermost JSX element strictly around `el`, found without walking up the tree
        (tree-sitter computes `parent` from the root, so climbing deep trees is quadratic)."""
        nesting: Nesting = self.cached(
            "jsx", lambda: Nesting([(n.start_byte, n.end_byte) for n in self.jsx])
        )
        for index in nesting.containing(el.start_byte, el.end_byte):
            candidate = self.jsx[index]
            if (candidate.start_byte, candidate.end_byte) != (el.start_byte, el.end_byte):
                return candidate
        return None

    def in_map_callback(self, node: Node, *, below: Node | None = None) -> bool:
        """True when `node` is rendered per item of a `.map()` (inside `below`, if given)."""
        nesting: Nesting = self.cached("maps", lambda: Nesting(self.map_callbacks))
        floor = below.start_byte if below is not None else -1
        return any(
            self.map_callbacks[i][0] >= floor
            for i in nesting.containing(node.start_byte, node.end_byte)
        )

    def headings_before(self, node: Node, scope: Node, last: int = 8) -> list[Node]:
        """The `last` heading elements inside `scope` that end before `node`, in source order."""
        headings, starts = self._headings()
        lo = bisect.bisect_right(starts, scope.start_byte)
        hi = bisect.bisect_left(starts, node.start_byte)
        return [h for h in headings[max(lo, hi - last) : hi] if h.end_byte <= node.start_byte]

    def headings_within(self, node: Node) -> list[Node]:
        headings, starts = self._headings()
        return _inside(headings, starts, node)

    def _headings(self) -> tuple[list[Node], list[int]]:
        def build() -> tuple[list[Node], list[int]]:
            from l4ydesk.core.analyzer.jsx import is_heading  # jsx imports this module

            found = [el for el in self.jsx if is_heading(el, self)]
            return found, [h.start_byte for h in found]

        found: tuple[list[Node], list[int]] = self.cached("headings", build)
        return found

    def function_named(self, name: str, near: Node | None = None) -> Node | None:
        """The function declared as `name`, preferring one in the same component as `near`."""
        return self._prefer_near(self.functions_named(name), near)

    def functions_named(self, name: str) -> list[Node]:
        """Every function of the file known as `name` (see `function_name`)."""

        def build() -> dict[str, list[Node]]:
            table: dict[str, list[Node]] = {}
            for fn in self.functions:
                fn_name = function_name(fn, self)
                if fn_name:
                    table.setdefault(fn_name, []).append(fn)
            return table

        table: dict[str, list[Node]] = self.cached("functions", build)
        return table.get(name, [])

    def declarator_named(self, name: str, near: Node | None = None) -> Node | None:
        def build() -> dict[str, list[Node]]:
            table: dict[str, list[Node]] = {}
            for decl in self.declarators:
                var = decl.child_by_field_name("name")
                if var is not None and var.type == "identifier":
                    table.setdefault(self.text(var), []).append(decl)
            return table

        table: dict[str, list[Node]] = self.cached("declarators", build)
        return self._prefer_near(table.get(name), near)

    def _prefer_near(self, found: list[Node] | None, near: Node | None) -> Node | None:
        if not found:
            return None
        if near is not None and len(found) > 1:
            comp = self.component_of(near)
            for candidate in found:
                if comp.start_byte <= candidate.start_byte and candidate.end_byte <= comp.end_byte:
                    return candidate
        return found[0]

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        """Build a per-file index once; files are analyzed once, so this never goes stale."""
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    def has_directive(self, directive: str) -> bool:
        """True for a file-level "use server" / "use client" directive."""
        for child in self.tree.root_node.children:
            if child.type == "comment":
                continue
            if child.type == "expression_statement" and child.named_child_count == 1:
                inner = child.named_children[0]
                if inner.type == "string" and self.text(inner).strip("'\"") == directive:
                    return True
                continue
            return False
        return False


def _inside(nodes: list[Node], starts: list[int], node: Node) -> list[Node]:
    lo = bisect.bisect_right(starts, node.start_byte)
    hi = bisect.bisect_left(starts, node.end_byte)
    return [n for n in nodes[lo:hi] if n.end_byte <= node.end_byte]


def function_name(fn: Node, src: SourceFile) -> str | None:
    """The name a function is known by: its own, its variable's, or its wrapper's variable's."""
    name = fn.child_by_field_name("name")
    if name is not None and fn.type == "function_declaration":
        return src.text(name)
    parent = fn.parent
    # forwardRef((props, ref) => ...) and memo(function X() {...}) are named by their variable
    while parent is not None and parent.type in (
        "arguments",
        "call_expression",
        "parenthesized_expression",
    ):
        parent = parent.parent
    if parent is not None and parent.type == "variable_declarator":
        var = parent.child_by_field_name("name")
        if var is not None and var.type == "identifier":
            return src.text(var)
    if parent is not None and parent.type in ("pair", "assignment_expression"):
        left = parent.child_by_field_name("key") or parent.child_by_field_name("left")
        if left is not None:
            return src.text(left).split(".")[-1]
    if name is not None:
        return src.text(name)
    return None


def _components(
    src_path: str, source: bytes, root: Node, functions: list[Node], src: SourceFile
) -> list[Component]:
    comps = [Component("<module>", 0, len(source), None)]
    for fn in functions:
        name = function_name(fn, src)
        if name is None and is_default_export(fn):
            name = _default_name(src_path)
        # PascalCase names are components; route handlers (GET, POST) are not
        if name and name[0].isupper() and name not in _ROUTE_HANDLERS:
            comps.append(Component(name, fn.start_byte, fn.end_byte, fn))
    return comps


def _default_name(path: str) -> str:
    pure = PurePosixPath(path)
    base = pure.parent.name if pure.stem in ("page", "index", "layout", "route") else pure.stem
    base = base.strip("[]()") or "Page"
    return "".join(part.capitalize() for part in base.replace("_", "-").split("-")) + "Page"


def _map_callbacks(calls: list[Node], src: SourceFile) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for call in calls:
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            continue
        prop = fn.child_by_field_name("property")
        if prop is None or src.text(prop) not in ("map", "flatMap"):
            continue
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        for arg in args.named_children:
            if arg.type in FUNCTION_TYPES:
                ranges.append((arg.start_byte, arg.end_byte))
    return ranges


def parse(
    path: str, source: bytes, dialect: Dialect, table: TranslationTable = EMPTY
) -> SourceFile:
    """Parse and index a file; tree-sitter recovers from syntax errors, so this never fails."""
    tree = stepwise.parse_tree(_parser(dialect), source)
    captures = stepwise.captures(_query(dialect), tree.root_node)

    def sorted_capture(name: str) -> list[Node]:
        return sorted(captures.get(name, []), key=lambda n: (n.start_byte, -n.end_byte))

    src = SourceFile(
        path=path,
        source=source,
        dialect=dialect,
        tree=tree,
        jsx=sorted_capture("jsx"),
        calls=sorted_capture("call"),
        declarators=sorted_capture("var"),
        functions=sorted_capture("func"),
        imports=sorted_capture("import"),
        components=[],
        map_callbacks=[],
        table=table,
    )
    src.components = _components(path, source, tree.root_node, src.functions, src)
    src.map_callbacks = _map_callbacks(src.calls, src)
    return src
