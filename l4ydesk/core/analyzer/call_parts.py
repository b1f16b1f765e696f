"""What a call names: the segments of its callee, its first argument, and the table or
collection a write through it goes to.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import string_value, unwrap
from l4ydesk.core.analyzer.syntax import SourceFile


def callee_segments(call: Node, src: SourceFile) -> list[str]:
    """`resend.emails.send(...)` -> ["resend", "emails", "send"]; calls in a chain add "()"."""
    fn = call.child_by_field_name("function") or call.child_by_field_name("constructor")
    segments: list[str] = []
    node = unwrap(fn) if fn is not None else None
    while node is not None:
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            segments.append(src.text(prop) if prop is not None else "")
            node = node.child_by_field_name("object")
        elif node.type == "call_expression":
            node = node.child_by_field_name("function")
        elif node.type in ("identifier", "this"):
            segments.append(src.text(node))
            break
        elif node.type in (
            "parenthesized_expression",
            "await_expression",
            "non_null_expression",
            "as_expression",
        ):
            node = node.named_children[0] if node.named_child_count else None
        else:
            break
    return list(reversed(segments))


def first_arg(call: Node) -> Node | None:
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    named = [a for a in args.named_children if a.type != "comment"]
    return named[0] if named else None


_TABLE_CALLS = frozenset({"from", "collection", "table"})


def table_of(call: Node, src: SourceFile) -> str | None:
    """The table or collection a write goes to: `supabase.from("t").insert(...)`,
    `db.collection("t").add(...)`, `addDoc(collection(db, "t"), ...)`."""
    fn = call.child_by_field_name("function")
    node = unwrap(fn) if fn is not None else None
    candidates: list[Node] = []
    while node is not None and node.type == "member_expression":
        inner = unwrap(node.child_by_field_name("object") or node)
        if inner.type == "call_expression":
            candidates.append(inner)
        node = inner.child_by_field_name("function") if inner.type == "call_expression" else inner
        if node is inner:
            break
    first = first_arg(call)
    if first is not None and unwrap(first).type == "call_expression":
        candidates.append(unwrap(first))
    for inner in candidates:
        segments = callee_segments(inner, src)
        if not segments or segments[-1].lower() not in _TABLE_CALLS:
            continue
        args = inner.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else []:
            text = string_value(unwrap(arg), src) if unwrap(arg).type == "string" else None
            if text:
                return text
    return None
