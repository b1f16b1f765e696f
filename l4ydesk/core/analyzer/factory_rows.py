"""Reads sample rows built by a factory function of the same file as the objects they build.

Generated catalogs sometimes write each row as a call, `p(1001, "Lamp", 19.99)`, to a helper
declared beside them, `const p = (id, name, price) => ({ id, name, price, inStock: true })`.
Such a call is the object the helper returns with its parameters replaced by the arguments; when
the helper returns no object literal, the call is read as its parameters named by position.
Bounded on purpose: only helpers of the same file with plain parameters, only literal arguments,
never a call inside a call, never more than `MAX_PARAMS` parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import Evaluator, Unresolved, property_key, unwrap
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile

__all__ = ["MAX_PARAMS", "factory_row"]

MAX_PARAMS = 24  # a helper with more positional parameters than this builds no sample row
_MIN_ARGS = 2  # one value alone is no row
# argument kinds read as they are written: everything else (names, calls, arithmetic) stays
# unresolved, so a row never depends on running code
_LITERALS = frozenset(
    {
        "string",
        "template_string",
        "number",
        "true",
        "false",
        "null",
        "undefined",
        "unary_expression",
        "array",
        "object",
        "new_expression",
    }
)


@dataclass(frozen=True)
class _Factory:
    """A helper's parameters (name, default node) and what it returns, one entry per key:
    ("param", index), ("value", evaluated constant) or ("spread", evaluated object)."""

    params: tuple[tuple[str, Node | None], ...]
    shape: tuple[tuple[str, str, Any], ...] | None


def factory_row(call: Node, evaluator: Evaluator) -> dict[str, Any] | None:
    """The object a call to a same-file row helper builds, or None when it is no such call."""
    src = evaluator.src
    fn = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if fn is None or args is None or fn.type != "identifier" or args.type != "arguments":
        return None
    factory = _factory_named(src.text(fn), evaluator)
    if factory is None:
        return None
    arg_nodes = [a for a in args.named_children if a.type != "comment"]
    if len(arg_nodes) < _MIN_ARGS or any(a.type == "spread_element" for a in arg_nodes):
        return None
    values: list[Any] = []
    for i, (_, default) in enumerate(factory.params):
        if i < len(arg_nodes):
            node = unwrap(arg_nodes[i])
            if node.type in _LITERALS:
                values.append(evaluator.evaluate(node))
            else:
                values.append(Unresolved(src.text(node)[:200]))
        elif default is not None:
            values.append(evaluator.evaluate(default))
        else:
            values.append(None)
    if factory.shape is None:
        return {name: value for (name, _), value in zip(factory.params, values, strict=True)}
    row: dict[str, Any] = {}
    for key, how, payload in factory.shape:
        if how == "param":
            row[key] = values[payload]
        elif how == "spread":
            row.update(payload)
        else:
            row[key] = payload
    return row


def _factory_named(name: str, evaluator: Evaluator) -> _Factory | None:
    """The row helper called `name` in this file, read once per file."""
    src = evaluator.src
    known: dict[str, _Factory | None] = src.cached("row_factories", dict)
    if name not in known:
        candidates = src.functions_named(name)
        # two helpers of one name (in two components) leave the call ambiguous: read neither
        known[name] = _read_factory(candidates[0], evaluator) if len(candidates) == 1 else None
    return known[name]


def _read_factory(fn: Node, evaluator: Evaluator) -> _Factory | None:
    if fn.type not in FUNCTION_TYPES or fn.child_by_field_name("parameters") is None:
        return None  # `x => ...`: one value alone is no row
    params = _plain_params(fn, evaluator.src)
    if params is None or not _MIN_ARGS <= len(params) <= MAX_PARAMS:
        return None
    if evaluator.src.jsx_within(fn):
        return None  # a helper that draws markup renders rows; the rows are read where they are
    body = fn.child_by_field_name("body")
    returned = _returned_object(body) if body is not None else None
    if returned is None:
        return _Factory(params, None)
    index = {name: i for i, (name, _) in enumerate(params)}
    shape: list[tuple[str, str, Any]] = []
    src = evaluator.src
    for child in returned.named_children:
        if child.type == "shorthand_property_identifier":
            name = src.text(child)
            # a shorthand that is no parameter names a variable of the helper's own body
            shape.append(
                (name, "param", index[name]) if name in index else (name, "value", Unresolved(name))
            )
        elif child.type == "pair":
            key = property_key(child, src)
            value = child.child_by_field_name("value")
            if key is None or value is None:
                continue
            value = unwrap(value)
            if value.type == "identifier" and src.text(value) in index:
                shape.append((key, "param", index[src.text(value)]))
            else:
                shape.append((key, "value", evaluator.evaluate(value)))
        elif child.type == "spread_element" and child.named_children:
            spread = child.named_children[0]
            if not (spread.type == "identifier" and src.text(spread) in index):
                merged = evaluator.evaluate(spread)
                if isinstance(merged, dict):
                    shape.append(("", "spread", merged))
    return _Factory(params, tuple(shape))


def _plain_params(fn: Node, src: SourceFile) -> tuple[tuple[str, Node | None], ...] | None:
    """Each parameter's name and default; None when one is destructured or a rest."""
    params_node = fn.child_by_field_name("parameters")
    if params_node is None:
        return None
    found: list[tuple[str, Node | None]] = []
    for param in params_node.named_children:
        if param.type == "comment":
            continue
        if param.type in ("required_parameter", "optional_parameter"):  # TypeScript
            pattern = param.child_by_field_name("pattern")
            default = param.child_by_field_name("value")
        elif param.type == "assignment_pattern":  # JavaScript `rating = 4.5`
            pattern = param.child_by_field_name("left")
            default = param.child_by_field_name("right")
        else:
            pattern, default = param, None
        if pattern is None or pattern.type != "identifier":
            return None
        found.append((src.text(pattern), default))
        if len(found) > MAX_PARAMS:
            return None
    return tuple(found)


def _returned_object(body: Node) -> Node | None:
    """The object literal a function returns: its expression body or its last top-level
    `return { ... }`."""
    node = unwrap(body)
    if node.type == "object":
        return node
    if node.type != "statement_block":
        return None
    for statement in reversed(node.named_children):
        if statement.type == "return_statement" and statement.named_children:
            value = unwrap(statement.named_children[0])
            return value if value.type == "object" else None
    return None
