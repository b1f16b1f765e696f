"""Finds data sets in code: arrays of object literals (or of calls to a row helper of the same
file), nested or keyed by id, and the rows a `useState` starts from; `record_kinds` says which
record type each holds.
"""

from __future__ import annotations

import re
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.element_rows import element_runs, row_of
from l4ydesk.core.analyzer.factory_rows import factory_row
from l4ydesk.core.analyzer.inline_rows import inline_rows
from l4ydesk.core.analyzer.literals import MAX_ITEMS, Evaluator, property_key, unwrap
from l4ydesk.core.analyzer.record_keys import (
    find_price_key,
    get,
    lower_keys,
)
from l4ydesk.core.analyzer.record_kinds import NAME_KEYS, DataSet, classify
from l4ydesk.core.analyzer.records import is_chart
from l4ydesk.core.analyzer.row_fill import name_by_parts, price_from_markup, price_from_text
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

__all__ = ["DataSet", "classify", "find_datasets"]


def find_datasets(src: SourceFile) -> list[DataSet]:
    evaluator = Evaluator(src)
    sets: list[DataSet] = []
    for decl in src.declarators:
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or value is None:
            continue
        if name_node.type == "array_pattern":
            # `const [rooms, setRooms] = useState<Room[]>([...])`: the sample rows an admin
            # page starts from are its records as much as a constant's
            state = _state_rows(name_node, value, src)
            if state is None:
                continue
            name_node, value = state
        elif name_node.type != "identifier":
            continue
        var_name = src.text(name_node)
        _collect(var_name, frozenset(words(var_name)), unwrap(value), decl, evaluator, src, sets, 0)
    _handed_rows(src, evaluator, sets)
    for row, rows, holder in inline_rows(src):
        written: list[DataSet] = []
        _collect(row, frozenset([*words(row), f"{row}s"]), rows, holder, evaluator, src, written, 0)
        # priced rows written in place are a price list; dated ones, a dashboard's own agenda
        sets.extend(ds for ds in written if classify(ds) == "product")
    _written_elements(src, evaluator, sets)
    name_by_parts(sets)
    _add_featured(src, evaluator, sets)
    price_from_markup(src, sets)
    price_from_text(sets)
    return sets


def _handed_rows(src: SourceFile, evaluator: Evaluator, sets: list[DataSet]) -> None:
    """Rows a page writes straight into a component's attribute (`<ServicePage pricing={[
    {...}, {...}]} />`): the page holds the names and prices, the component only draws them,
    so the rows are the page's, named by the attribute."""
    if not _ARRAY_ATTRIBUTE.search(src.source):
        return  # most files hand no written-out rows to anything: skip the walk
    for el in src.jsx:
        if not jsx.name(el, src)[:1].isupper():
            continue  # an element of the page's own markup takes no rows
        for attr, holder in jsx.attributes(el, src).items():
            value = jsx.attr_expression(el, attr, src)
            if holder is None or value is None or value.type != "array":
                continue
            if attr == "data" and is_chart(src, el):
                continue  # `<BarChart data={[{ name, avgCost }]}>`: points of a chart
            attr_node = holder.parent  # the `pricing={…}` attribute: the rows' declaration
            assert attr_node is not None
            _collect(attr, frozenset(words(attr)), value, attr_node, evaluator, src, sets, 0)


# `pricing={[`: an attribute given an array written out in place
_ARRAY_ATTRIBUTE = re.compile(rb"=\{\s*\[")


def _written_elements(src: SourceFile, evaluator: Evaluator, sets: list[DataSet]) -> None:
    """`<MenuItem name="Margherita" price="$14.99" />` written once per dish: each element is
    a row of the page's own list, its attributes the row's keys; kept when they are goods."""
    for tag, elements, holder in element_runs(src):
        if is_chart(src, elements[0]):
            continue  # `<Bar name=… />` per series: parts of a chart
        read = [(row_of(el, src, evaluator), el) for el in elements]
        rows = [(row, translated, el) for (row, translated), el in read if len(row) >= 2]
        if len(rows) < 2:
            continue
        ds = DataSet(
            tag[:1].lower() + tag[1:],
            frozenset(words(tag)),
            [row for row, _, _ in rows],
            [el for _, _, el in rows],
            holder,
            translated=any(translated for _, translated, _ in rows),
        )
        if classify(ds) == "product":
            sets.append(ds)


def _sellers(ds: DataSet) -> bool:
    """True when every row holds a list of its own named, priced rows (a salon's services, a
    restaurant's dishes): the rows are businesses on a marketplace or directory (round-11
    settled point), neither contacts nor products; what they list is sold."""

    def sells(value: Any) -> bool:
        rows = [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        return (
            bool(rows)
            and find_price_key(set().union(*rows), rows) is not None
            and any(get(r, *NAME_KEYS) for r in rows)
        )

    return bool(ds.items) and all(any(sells(v) for v in item.values()) for item in ds.items)


def _add_featured(src: SourceFile, evaluator: Evaluator, sets: list[DataSet]) -> None:
    """A lone object written with the same keys as the rows of a set in the same file (the
    featured event above the list of upcoming ones) is one more row of that set."""
    typed = [ds for ds in sets if classify(ds) is not None]
    if not typed:
        return
    for decl in src.declarators:
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or name_node.type != "identifier" or value is None:
            continue
        node = unwrap(value)
        if node.type != "object" or any(_within(decl, ds.decl) for ds in typed):
            continue
        item = lower_keys(evaluator.evaluate(node))
        if not isinstance(item, dict) or len(item) < 3:
            continue
        for ds in typed:
            keys = set(item)
            if keys <= ds.keys and any(
                len(keys & set(row)) * 5 >= len(row) * 4 for row in ds.items
            ):
                ds.items.append(item)
                ds.item_nodes.append(node)
                break


def _within(inner: Node, outer: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def _state_rows(pattern: Node, value: Node, src: SourceFile) -> tuple[Node, Node] | None:
    """The state's name and its first value, when a `useState` starts from an array literal."""
    call = unwrap(value)
    if call.type != "call_expression":
        return None
    fn = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if fn is None or args is None or not src.text(fn).endswith("useState"):
        return None
    first = next((c for c in args.named_children if c.type != "comment"), None)
    name = next((c for c in pattern.named_children if c.type == "identifier"), None)
    if first is None or name is None or unwrap(first).type != "array":
        return None
    return name, first


_LANGUAGE = re.compile(r"^[a-z]{2}([-_][A-Za-z]{2})?$")
# how deep records may sit: `translations.es.rooms.items[]`, `hotels[].rooms[]`
_MAX_NESTING = 4


def _collect(
    var_name: str,
    tokens: frozenset[str],
    value: Any,
    decl: Node,
    evaluator: Evaluator,
    src: SourceFile,
    sets: list[DataSet],
    depth: int,
) -> None:
    """Data sets in a literal and in the arrays and objects nested in it.

    Records are often nested (rooms inside hotels, menu items inside categories, texts inside a
    translation table) or keyed by id (`{ "e1": {...}, "e2": {...} }`); each nesting is read as
    its own data set, named by its key.
    """
    if depth > _MAX_NESTING:
        return
    children: list[tuple[str, Any]] = []
    if value.type in ("array", "nested"):
        elements = [unwrap(c) for c in value.named_children if c.type != "comment"][:MAX_ITEMS]
        found = _dataset(var_name, tokens, elements, decl, evaluator)
        if found is not None and classify(found) == "contact" and _sellers(found):
            found = None  # businesses listed with their own priced services: the services sell
        if found is not None and getattr(value, "single", False) and classify(found) == "contact":
            found = None  # the one person of each record (its manager, its host) is its detail
        if found is not None:
            sets.append(found)
            if classify(found) is not None:
                return  # arrays inside records are their sizes, tiers or lines, not records
        objects = [e for e in elements if e.type == "object"]
        children = list(_nested_by_key(objects, src).items())
    elif value.type == "object":
        pairs = [
            (property_key(p, src), unwrap(v))
            for p in value.named_children
            if p.type == "pair" and (v := p.child_by_field_name("value")) is not None
        ]
        objects = [v for k, v in pairs if k is not None and v.type == "object"]
        if (
            len(objects) >= 2
            and len(objects) * 2 > len(pairs)
            and _alike(objects, src)
            and not _server_route(src.path)
        ):
            # keyed by id: the values are the records
            found = _dataset(var_name, tokens, objects, decl, evaluator)
            if found is not None and classify(found) is not None:
                sets.append(found)
                return
        if len(pairs) >= 2 and all(k is not None and _LANGUAGE.match(k) for k, _ in pairs):
            pairs = pairs[:1]  # a translation table: every language repeats the same records
        children = [(k, v) for k, v in pairs if k is not None and v.type in ("array", "object")]
    for key_name, nested in children:
        _collect(
            f"{var_name}.{key_name}",
            _tokens_for(key_name, tokens),
            nested,
            decl,
            evaluator,
            src,
            sets,
            depth + 1,
        )


class _Nested:
    """Array elements gathered from the same key of several records (a fake array node)."""

    type = "nested"

    def __init__(self, elements: list[Node], single: bool = False) -> None:
        self.named_children = elements
        self.single = single  # one object per record (`manager: {...}`), not a list in each


def _nested_by_key(objects: list[Node], src: SourceFile) -> dict[str, Any]:
    """`[{ rooms: [...] }, { rooms: [...] }]` -> {"rooms": every room}; nested objects too."""
    arrays: dict[str, list[Node]] = {}
    singles: dict[str, list[Node]] = {}
    for obj in objects:
        for pair in obj.named_children:
            if pair.type != "pair":
                continue
            key_name = property_key(pair, src)
            value = pair.child_by_field_name("value")
            if key_name is None or value is None:
                continue
            value = unwrap(value)
            if value.type == "array":
                arrays.setdefault(key_name, []).extend(
                    unwrap(c) for c in value.named_children if c.type != "comment"
                )
            elif value.type == "object":
                singles.setdefault(key_name, []).append(value)
    found: dict[str, Any] = {k: _Nested(v) for k, v in arrays.items()}
    for key_name, values in singles.items():
        if key_name not in found and len(values) * 2 > len(objects):
            found[key_name] = _Nested(values, single=True)
    return found


def _server_route(path: str) -> bool:
    """A route handler's lookup table prices what a page already shows; it is no catalog."""
    parts = path.split("/")
    return "api" in parts[:-1] or parts[-1].startswith("route.")


def _alike(objects: list[Node], src: SourceFile) -> bool:
    """Objects that share most of their keys: records of one kind, not a settings object."""
    key_sets = [
        {property_key(p, src) for p in o.named_children if p.type == "pair"} for o in objects
    ]
    common = set.intersection(*key_sets) if key_sets else set()
    return len(common) >= 2


def _tokens_for(key_name: str, parent: frozenset[str]) -> frozenset[str]:
    own = frozenset(words(key_name))
    if not own or own <= _GENERIC_KEYS:
        return own | parent
    # what sits inside figures or quotes is figures or quotes too (`metrics[i].before`)
    return own | (parent & _HOLDS_NO_RECORDS)


_HOLDS_NO_RECORDS = frozenset(
    {"metrics", "stats", "statistics", "kpis", "figures", "testimonials", "reviews"}
)


_GENERIC_KEYS = frozenset({"items", "list", "data", "cards", "options", "entries", "values"})


def _dataset(
    var_name: str, tokens: frozenset[str], elements: list[Node], decl: Node, evaluator: Evaluator
) -> DataSet | None:
    items: list[dict[str, Any]] = []
    nodes: list[Node] = []
    for element in elements:
        if element.type == "object":
            value = lower_keys(evaluator.evaluate(element))
        elif element.type == "call_expression":
            # `p(1001, "Lamp", 19.99)` with `p` a row helper of the same file
            value = lower_keys(factory_row(element, evaluator))
        else:
            continue
        if isinstance(value, dict) and value:
            items.append(value)
            nodes.append(element)
    if not items or len(items) * 2 < len(elements):
        return None
    return DataSet(var_name, tokens, items, nodes, decl)
