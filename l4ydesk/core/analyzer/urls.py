r"""Reads where a call goes: a URL argument with the file's consts and configured bases filled in.

`fetch(url)` with `const url = \`${base}/refund\`` and `const base = process.env.API` reads
"{env:API}/refund": enough to tell the app's own routes, a configured back end and another
service apart.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import template_text, unwrap
from l4ydesk.core.analyzer.syntax import SourceFile

_MAX_URL_DEPTH = 6
_URL_VALUES = (
    "string",
    "template_string",
    "identifier",
    "binary_expression",
    "member_expression",
    "ternary_expression",
)


def url_text(node: Node, src: SourceFile, depth: int = 0) -> str:
    """A URL argument as text, with consts of the file filled in: `url` declared as
    `${apiBase}/refund` and `apiBase` as `${process.env.API}/v2` reads "{env:API}/v2/refund"."""
    node = unwrap(node)
    if node.type == "identifier" and depth < _MAX_URL_DEPTH:
        decl = _declared_in_scope(src.text(node), node, src)
        value = decl.child_by_field_name("value") if decl is not None else None
        if value is not None and unwrap(value).type in _URL_VALUES:
            return url_text(value, src, depth + 1)
        return src.text(node)
    if node.type == "binary_expression" and depth < _MAX_URL_DEPTH:
        # `process.env.API_URL || "http://localhost:3000"`: the fallback says whose server it is
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if right is not None and unwrap(right).type in ("string", "template_string"):
            fallback = template_text(right, src)
            if fallback.startswith(("http://", "https://", "/")):
                return fallback
        if left is not None:
            return url_text(left, src, depth + 1)
    if node.type == "ternary_expression" and depth < _MAX_URL_DEPTH:
        # `kind === "a" ? "/api/pay/a" : "/api/pay/b"`: both go the same way; the first says how
        first = node.child_by_field_name("consequence")
        if first is not None:
            return url_text(first, src, depth + 1)
    if node.type == "member_expression" and src.text(node).startswith(
        ("process.env.", "import.meta.env.")
    ):
        return "{env:" + src.text(node).rsplit(".", 1)[-1] + "}"
    if node.type != "template_string":
        return template_text(node, src) if node.type == "string" else src.text(node)
    parts: list[str] = []
    for child in node.named_children:
        if child.type != "template_substitution":
            parts.append(src.text(child))
            continue
        inner = child.named_children[0] if child.named_child_count else None
        if inner is not None and depth < _MAX_URL_DEPTH and not parts:
            # only a leading substitution decides where the call goes; later ones are ids
            parts.append(url_text(inner, src, depth + 1))
        else:
            parts.append("{" + src.text(child)[2:-1].strip() + "}")
    return "".join(parts)


def _declared_in_scope(name: str, node: Node, src: SourceFile) -> Node | None:
    """The declaration of `name` that `node` sees: the last one before it in the nearest
    enclosing block that has one (each function may declare its own `url`)."""
    scope = node.parent
    while scope is not None:
        if scope.type in ("statement_block", "program"):
            found: Node | None = None
            for statement in scope.named_children:
                if statement.start_byte >= node.start_byte:
                    break
                if statement.type == "export_statement" and statement.named_child_count:
                    statement = statement.named_children[-1]
                if statement.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for decl in statement.named_children:
                    var = decl.child_by_field_name("name")
                    if var is not None and src.text(var) == name:
                        found = decl
            if found is not None:
                return found
        scope = scope.parent
    return None
