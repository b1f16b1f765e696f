"""Rows written as repeated elements: `<PricingCard title="Basic" price="$9" />` three times in
a page, or `<MenuItem name="Margherita" price="$14.99" />` per dish.

The page holds the names and prices; the component only draws whatever it is given, so each
element is one row of the page's own list, as an object in a written-out array is. What the
rows are, `classify` decides from the attribute names as it does for object keys (a statistic
tile's `value` and `change` are figures, not prices).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.literals import Evaluator
from l4ydesk.core.analyzer.record_keys import lower_keys
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.translation_reads import translated

_MIN_ROWS = 2
# values read as written: literals, and lists or objects of them (`features={["A", "B"]}`)
_LITERALS = frozenset(
    {"string", "template_string", "number", "array", "object", "true", "false", "unary_expression"}
)
# a translation read (`title={t.basicPlan}`) shows the table's words
_READS = frozenset({"member_expression", "subscript_expression", "call_expression"})
# an element that is chosen or bound to a value is one option of a picker, not an offer
_PICKED = frozenset(
    {"value", "checked", "selected", "isselected", "active", "isactive", "onselect"}
    | {"onchange", "onvaluechange", "oncheckedchange"}
)


def element_runs(src: SourceFile) -> list[tuple[str, list[Node], Node]]:
    """(the component's tag, its elements, their enclosing element) per run of alike elements
    written side by side outside any `.map()`, each giving two values or more as attributes."""
    if b"price" not in src.source.lower() and b"cost" not in src.source.lower():
        return []  # rows without a price are no goods: skip the walk
    runs: dict[tuple[str, int], list[Node]] = defaultdict(list)
    holders: dict[tuple[str, int], Node] = {}
    for el in src.jsx:
        tag = jsx.name(el, src)
        if not tag[:1].isupper() or src.in_map_callback(el):
            continue
        holder = jsx.jsx_parent(el, src)
        if holder is None:
            continue
        runs[(tag, holder.start_byte)].append(el)
        holders[(tag, holder.start_byte)] = holder
    found: list[tuple[str, list[Node], Node]] = []
    for (tag, start), elements in runs.items():
        if len(elements) < _MIN_ROWS:
            continue
        if any({a.lower() for a in jsx.attributes(el, src)} & _PICKED for el in elements):
            continue
        found.append((tag, elements, holders[(tag, start)]))
    return found


def row_of(el: Node, src: SourceFile, evaluator: Evaluator) -> tuple[dict[str, Any], bool]:
    """The element's attributes that hold written values, lower-cased as object keys are, and
    whether any of them is read from the project's translation table."""
    row: dict[str, Any] = {}
    read = False
    for attr in jsx.attributes(el, src):
        value = jsx.attr_expression(el, attr, src)
        if value is None:
            continue
        if value.type in _LITERALS:
            row[attr] = evaluator.evaluate(value)
        elif value.type in _READS and (words := translated(value, src)) is not None:
            row[attr] = words
            read = True
    lowered: dict[str, Any] = lower_keys(row)
    return lowered, read
