"""Rows written out in place and mapped straight into markup: `{[{ name: "Safari Class",
price: "KES 4,500" }, ...].map((room) => ...)}`.

The rows have no variable; what each row is, the callback's parameter says (`room`, `guest`,
`item`), as a constant's name says it for rows bound to one. They are the page's own rows as
much as rows in a constant: a price list, the day's arrivals, a booking's paid extras.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile

_MIN_ROWS = 2


def inline_rows(src: SourceFile) -> list[tuple[str, Node, Node]]:
    """(the row's name, the written-out array, the markup expression holding it) per such map."""
    if b"].map(" not in src.source and b"]).map(" not in src.source:
        return []  # most files map only named rows: skip the walk
    found: list[tuple[str, Node, Node]] = []
    for call in src.calls:
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            continue
        prop, obj = fn.child_by_field_name("property"), fn.child_by_field_name("object")
        if prop is None or obj is None or src.text(prop) not in ("map", "flatMap"):
            continue
        rows = unwrap(obj)
        if rows.type != "array":
            continue
        objects = [unwrap(c) for c in rows.named_children if unwrap(c).type == "object"]
        if len(objects) < _MIN_ROWS or any(_reads_run_time(o, src) for o in objects):
            continue
        name = _row_name(call, src)
        holder = _markup_expression(call)
        if name is not None and holder is not None:
            found.append((name, rows, holder))
    return found


def _reads_run_time(row: Node, src: SourceFile) -> bool:
    """True when a value of the row is read from run-time data (`currentData.revenue.rooms`,
    `stats.total`): rows made to lay out figures, not records written out. A constant's value
    (`EXTRA_PRICES.gps`, named in capitals) is written in the code like a literal."""
    for pair in row.named_children:
        value = pair.child_by_field_name("value") if pair.type == "pair" else None
        if value is None or value.type != "member_expression":
            continue
        root = value
        while root.type == "member_expression":
            obj = root.child_by_field_name("object")
            if obj is None:
                break
            root = obj
        if root.type == "identifier" and not src.text(root).isupper():
            return True
    return False


def _row_name(call: Node, src: SourceFile) -> str | None:
    """The callback's first parameter: `(room) =>`, `room =>`, `function (room, i)`."""
    args = call.child_by_field_name("arguments")
    fn = next((a for a in args.named_children if a.type in FUNCTION_TYPES), None) if args else None
    if fn is None:
        return None
    param = fn.child_by_field_name("parameter")
    if param is None:
        params = fn.child_by_field_name("parameters")
        param = params.named_children[0] if params is not None and params.named_children else None
        if param is not None and param.type == "required_parameter":
            param = param.child_by_field_name("pattern")
    if param is None or param.type != "identifier":
        return None  # a destructured row (`({ name, price }) =>`) names nothing
    return src.text(param)


def _markup_expression(call: Node) -> Node | None:
    """The `{...}` of the markup the mapped rows are written into; None outside markup."""
    node = call.parent
    while node is not None and node.type in ("parenthesized_expression", "member_expression"):
        node = node.parent
    return node if node is not None and node.type == "jsx_expression" else None
