"""One object written out on its own (`const invoice = { ... }`), not a list of rows: what a
one-off invoice is read from. Split from `datasets`, which reads lists of rows."""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import Evaluator, unwrap
from l4ydesk.core.analyzer.record_keys import lower_keys
from l4ydesk.core.analyzer.syntax import SourceFile


def single_objects(src: SourceFile) -> list[tuple[str, dict[str, Any], Node]]:
    """Module- or component-level `const x = { ... }` objects, for one-off invoices."""
    evaluator = Evaluator(src)
    found: list[tuple[str, dict[str, Any], Node]] = []
    for decl in src.declarators:
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or value is None or unwrap(value).type != "object":
            continue
        data = lower_keys(evaluator.evaluate(value))
        if isinstance(data, dict):
            found.append((src.text(name_node), data, decl))
    return found
