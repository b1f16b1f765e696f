"""Rows a page writes out in groups: a catalogue by category, a menu by course.

`const services = { spa: [...], events: [...] }` and `const menu = [{ category: "Drinks",
items: [...] }]` hold one list cut into groups; the rows of each group are the page's own, as
much as rows written in one array. Rows inside one record (`order.items`, an order's lines next
to its total and date) are not: they are that record's detail.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import property_key, unwrap
from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.syntax import SourceFile


def grouped_rows(src: SourceFile, ds: DataSet) -> bool:
    """True when the data set is one group (`services.spa`) of a list written out in groups."""
    _, _, key = ds.var_name.partition(".")
    if not key or "." in key or ds.decl.type != "variable_declarator":
        return False
    value = ds.decl.child_by_field_name("value")
    if value is None:
        return False
    value = unwrap(value)
    if value.type == "object":
        # every value an array: groups by key, not a record with fields beside its rows
        values = _pair_values(value, src)
        return len(values) >= 2 and all(v.type == "array" for _, v in values)
    if value.type == "array":
        # groups that hold only their title beside the rows: no figure, date or state of their own
        groups = [unwrap(e) for e in value.named_children if e.type != "comment"]
        return len(groups) >= 2 and all(
            g.type == "object" and _a_group(_pair_values(g, src), key) for g in groups
        )
    return False


def _pair_values(obj: Node, src: SourceFile) -> list[tuple[str, Node]]:
    found = []
    for pair in obj.named_children:
        value = pair.child_by_field_name("value") if pair.type == "pair" else None
        key = property_key(pair, src) if value is not None else None
        if key is not None and value is not None:
            found.append((key, unwrap(value)))
    return found


def _a_group(values: list[tuple[str, Node]], rows_key: str) -> bool:
    rows = [v for k, v in values if k == rows_key]
    others = [v for k, v in values if k not in (rows_key, "id")]
    return (
        len(rows) == 1
        and rows[0].type == "array"
        and all(v.type in ("string", "template_string", "identifier") for v in others)
    )
