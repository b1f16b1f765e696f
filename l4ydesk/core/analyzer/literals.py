"""Evaluates JavaScript literals (strings, numbers, arrays, objects) into Python values.

Generated apps keep their catalog in code (`const products = [{ name, price }]`); this turns such
literals into plain data. Anything that needs running code (calls, imports, arithmetic) becomes an
`Unresolved` placeholder carrying its source text, so callers can still see what it was.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.translation_reads import language_branch, localized, translated

MAX_DEPTH = 24
# rows read of one array (a data set): the largest catalogue seen in a real app held ~540 rows in
# one array; 2,000 costs ~0.1 s more CPU in the worker than 500 on the largest array a 1 MB
# file can hold, and the Connect panel shows a project's thousands of rows anyway
# (bench/analyzer_throughput.py, bench/connect_panel_stall.py ROWS=; ROUND9-ana9r.md)
MAX_ITEMS = 2000

_WRAPPERS = frozenset(
    {
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "type_assertion",
    }
)


@dataclass(frozen=True)
class Unresolved:
    """A value only running the code would know, e.g. `formatPrice(p.price)`."""

    text: str


def unwrap(node: Node) -> Node:
    """Strip parentheses and TypeScript casts (`x as const`, `x satisfies T`, `x!`)."""
    while node.type in _WRAPPERS and node.named_child_count:
        node = node.named_children[0]
    return node


def string_value(node: Node, src: SourceFile) -> str | None:
    """The value of a string literal or a template without substitutions."""
    node = unwrap(node)
    if node.type == "string":
        parts: list[str] = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(src.text(child))
            elif child.type == "escape_sequence":
                parts.append(_unescape(src.text(child)))
        return "".join(parts)
    if node.type == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        return "".join(
            src.text(c) if c.type == "string_fragment" else _unescape(src.text(c))
            for c in node.named_children
        )
    return None


def template_text(node: Node, src: SourceFile) -> str:
    """A template's text with each substitution shown as `{expr}`."""
    node = unwrap(node)
    if node.type != "template_string":
        return string_value(node, src) or ""
    parts: list[str] = []
    for child in node.named_children:
        if child.type == "template_substitution":
            parts.append("{" + src.text(child)[2:-1].strip() + "}")
        else:
            parts.append(src.text(child))
    return "".join(parts)


def _unescape(text: str) -> str:
    try:
        return codecs.decode(text, "unicode_escape")
    except (UnicodeDecodeError, ValueError):
        return text[1:] if text.startswith("\\") else text


def property_key(pair: Node, src: SourceFile) -> str | None:
    key_node = pair.child_by_field_name("key")
    if key_node is None:
        return None
    if key_node.type in ("property_identifier", "identifier", "number"):
        return src.text(key_node)
    if key_node.type == "string":
        return string_value(key_node, src)
    return None


class Evaluator:
    """Evaluates literals in one file, resolving identifiers to module- or scope-level consts."""

    def __init__(self, src: SourceFile) -> None:
        self.src = src
        self._resolving: set[str] = set()

    def evaluate(self, node: Node | None, depth: int = 0) -> Any:
        if node is None:
            return None
        if depth > MAX_DEPTH:
            return Unresolved("…")
        node = unwrap(node)
        kind = node.type
        if kind in ("string", "template_string"):
            value = string_value(node, self.src)
            return value if value is not None else Unresolved(template_text(node, self.src))
        if kind == "number":
            return _number(self.src.text(node))
        if kind == "true":
            return True
        if kind == "false":
            return False
        if kind in ("null", "undefined"):
            return None
        if kind == "unary_expression" and self.src.text(node).startswith("-"):
            inner = self.evaluate(node.named_children[-1], depth + 1)
            return -inner if isinstance(inner, int | float) else Unresolved(self.src.text(node))
        if kind == "array":
            return self._array(node, depth)
        if kind == "object":
            return self._object(node, depth)
        if kind == "identifier":
            return self._identifier(node, depth)
        if kind == "new_expression":
            return self._new_date(node, depth)
        if (said := translated(node, self.src)) is not None:
            return said  # `name: t("menu.margherita")`: the words of the project's table
        if (seen := language_branch(node, self.src)) is not None:
            return self.evaluate(seen, depth + 1)  # `lang === "de" ? a : b`: the visitor's branch
        return Unresolved(self.src.text(node)[:200])

    def _new_date(self, node: Node, depth: int) -> Any:
        """`new Date(2025, 5, 15)` or `new Date("2025-06-15")` written in sample data is that
        day (months count from 0), as an ISO date; any other construction stays unresolved."""
        ctor = node.child_by_field_name("constructor")
        args = node.child_by_field_name("arguments")
        if ctor is None or args is None or self.src.text(ctor) != "Date":
            return Unresolved(self.src.text(node)[:200])
        values = [self.evaluate(a, depth + 1) for a in args.named_children[:7]]
        if len(values) == 1 and isinstance(values[0], str):
            return values[0]
        numbers = [v for v in values[:3] if isinstance(v, int) and not isinstance(v, bool)]
        if len(values) >= 3 and len(numbers) == 3 and 1900 < numbers[0] < 2200:
            year, month, day = numbers
            if 0 <= month <= 11 and 1 <= day <= 31:
                return f"{year:04d}-{month + 1:02d}-{day:02d}"
        return Unresolved(self.src.text(node)[:200])

    def _array(self, node: Node, depth: int) -> list[Any]:
        items: list[Any] = []
        for child in node.named_children[:MAX_ITEMS]:
            if child.type == "comment":
                continue
            if child.type == "spread_element":
                spread = self.evaluate(child.named_children[0], depth + 1)
                if isinstance(spread, list):
                    items.extend(spread)
                continue
            items.append(self.evaluate(child, depth + 1))
        return items

    def _object(self, node: Node, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for child in node.named_children[:MAX_ITEMS]:
            if child.type == "pair":
                name = property_key(child, self.src)
                if name is not None:
                    result[name] = self.evaluate(child.child_by_field_name("value"), depth + 1)
            elif child.type == "shorthand_property_identifier":
                name = self.src.text(child)
                result[name] = self._lookup(name, child, depth)
            elif child.type == "spread_element":
                spread = self.evaluate(child.named_children[0], depth + 1)
                if isinstance(spread, dict):
                    result.update(spread)
        return localized(result, self.src)  # `nameEn` / `nameDe`: the visitor's `name`

    def _identifier(self, node: Node, depth: int) -> Any:
        return self._lookup(self.src.text(node), node, depth)

    def _lookup(self, name: str, near: Node, depth: int) -> Any:
        if name in self._resolving:
            return Unresolved(name)
        decl = self.src.declarator_named(name, near)
        value_node = decl.child_by_field_name("value") if decl is not None else None
        if value_node is None:
            return Unresolved(name)
        self._resolving.add(name)
        try:
            return self.evaluate(value_node, depth + 1)
        finally:
            self._resolving.discard(name)


def _number(text: str) -> int | float | Unresolved:
    cleaned = text.replace("_", "")
    try:
        if cleaned.lower().startswith(("0x", "0o", "0b")):
            return int(cleaned, 0)
        value = float(cleaned)
    except ValueError:
        return Unresolved(text)
    return (
        int(value)
        if value.is_integer() and "." not in cleaned and "e" not in cleaned.lower()
        else value
    )
