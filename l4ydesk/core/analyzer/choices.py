"""Which sample sets of a page are the choices of a configurator (size, paper, finish, frame):
each set is looked up by a choice the visitor made, and the prices of two or more such sets
make up one price. Its rows are options of the configured product, not products (round-11
settled point); a wizard that picks one priced service (and a stylist) stays a catalog."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.record_keys import find_price_key
from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.syntax import SourceFile

_STATE_HOOKS = frozenset({"useState", "React.useState"})
_EQUALS = frozenset({"===", "=="})


def configured_choices(src: SourceFile, sets: list[DataSet]) -> frozenset[str]:
    """Names of the priced sets the page picks rows of by a chosen value, when there are two or
    more of them (one priced pick is a catalog item chosen, not a product configured)."""
    chosen = _chosen_values(src)
    if not chosen:
        return frozenset()
    picked = {name for call in src.calls if (name := _picked_set(src, call, chosen))}
    priced = {
        ds.var_name
        for ds in sets
        if ds.var_name in picked and (find_price_key(ds.keys, ds.items) or _adjusts_price(ds))
    }
    return frozenset(priced) if len(priced) >= 2 else frozenset()


def _chosen_values(src: SourceFile) -> set[str]:
    """`const [size, setSize] = useState(...)`: values the visitor chooses on the page."""
    chosen: set[str] = set()
    for call in src.calls:
        fn = call.child_by_field_name("function")
        holder = call.parent
        if fn is None or src.text(fn) not in _STATE_HOOKS or holder is None:
            continue
        if holder.type != "variable_declarator":
            continue
        pattern = holder.child_by_field_name("name")
        if pattern is None or pattern.type != "array_pattern" or not pattern.named_child_count:
            continue
        first = pattern.named_children[0]
        if first.type == "identifier":
            chosen.add(src.text(first))
    return chosen


def _picked_set(src: SourceFile, call: Node, chosen: set[str]) -> str | None:
    """`sizes.find((s) => s.id === size)`: the set whose row a chosen value points at."""
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "member_expression":
        return None
    owner, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
    args = call.child_by_field_name("arguments")
    if owner is None or owner.type != "identifier" or prop is None or src.text(prop) != "find":
        return None
    arrow = unwrap(args.named_children[0]) if args is not None and args.named_child_count else None
    if arrow is None or arrow.type != "arrow_function":
        return None
    row = _only_parameter(src, arrow)
    body = arrow.child_by_field_name("body")
    body = unwrap(body) if body is not None else None
    if row is None or body is None or body.type != "binary_expression":
        return None
    operator = body.child_by_field_name("operator")
    sides = [body.child_by_field_name("left"), body.child_by_field_name("right")]
    if operator is None or src.text(operator) not in _EQUALS or None in sides:
        return None
    for near, far in (sides, sides[::-1]):
        assert near is not None and far is not None
        of_row = near.type == "member_expression" and _object_name(src, near) == row
        if of_row and far.type == "identifier" and src.text(far) in chosen:
            return src.text(owner)
    return None


def _only_parameter(src: SourceFile, arrow: Node) -> str | None:
    single = arrow.child_by_field_name("parameter")
    if single is not None:
        return src.text(single) if single.type == "identifier" else None
    params = arrow.child_by_field_name("parameters")
    if params is None or params.named_child_count != 1:
        return None
    param = params.named_children[0]
    pattern = param.child_by_field_name("pattern") if param.type == "required_parameter" else param
    return src.text(pattern) if pattern is not None and pattern.type == "identifier" else None


def _object_name(src: SourceFile, member: Node) -> str | None:
    obj = member.child_by_field_name("object")
    return src.text(obj) if obj is not None and obj.type == "identifier" else None


def _adjusts_price(ds: DataSet) -> bool:
    """`priceMultiplier`, `priceAdjustment`, `extraCost`: a choice that changes a price."""
    return any(re.search(r"price|cost|surcharge", k) for k in ds.keys)
