"""Fields a form declares in a zod schema: each `z.object({...})` key's type, whether it is
required, and the options of its enum, read from the chain of calls on its value.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.syntax import SourceFile


def zod_fields(src: SourceFile) -> dict[str, tuple[str | None, bool, list[str]]]:
    """Field name -> (type, required, options) from every `z.object({...})` in the file."""
    fields: dict[str, tuple[str | None, bool, list[str]]] = {}
    evaluator = Evaluator(src)
    for call in src.calls:
        fn = call.child_by_field_name("function")
        if fn is None or src.text(fn) != "z.object":
            continue
        args = call.child_by_field_name("arguments")
        if args is None or not args.named_child_count:
            continue
        obj = unwrap(args.named_children[0])
        if obj.type != "object":
            continue
        for pair in obj.named_children:
            if pair.type != "pair":
                continue
            key_node = pair.child_by_field_name("key")
            value = pair.child_by_field_name("value")
            if key_node is None or value is None:
                continue
            name = string_value(key_node, src) if key_node.type == "string" else src.text(key_node)
            if name:
                fields[name] = _zod_chain(value, src, evaluator)
    return fields


def _zod_chain(
    node: Node, src: SourceFile, evaluator: Evaluator
) -> tuple[str | None, bool, list[str]]:
    methods: list[str] = []
    options: list[str] = []
    current: Node | None = unwrap(node)
    while current is not None and current.type == "call_expression":
        fn = current.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            break
        prop = fn.child_by_field_name("property")
        method = src.text(prop) if prop is not None else ""
        methods.append(method)
        if method in ("enum", "nativeEnum"):
            args = current.child_by_field_name("arguments")
            if args is not None and args.named_child_count:
                value = evaluator.evaluate(args.named_children[0])
                if isinstance(value, list):
                    options = [str(v) for v in value if isinstance(v, str)]
        current = fn.child_by_field_name("object")
    optional = any(m in ("optional", "nullable", "nullish", "default") for m in methods)
    zod_type = None
    if "email" in methods:
        zod_type = "email"
    elif "number" in methods:
        zod_type = "number"
    elif "date" in methods:
        zod_type = "date"
    elif "boolean" in methods:
        zod_type = "checkbox"
    elif "enum" in methods:
        zod_type = "select"
    return zod_type, not optional, options
