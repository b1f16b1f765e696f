r"""Reads where a call goes: a URL argument with the file's consts and configured bases filled in.

`fetch(url)` with `const url = \`${base}/refund\`` and `const base = process.env.API` reads
"{env:API}/refund": enough to tell the app's own routes, a configured back end and another
service apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import template_text, unwrap
from l4ydesk.core.analyzer.routing import imports_of, is_project_spec
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
        decl = declared_in_scope(src.text(node), node, src)
        value = decl.child_by_field_name("value") if decl is not None else None
        if value is not None and unwrap(value).type in _URL_VALUES:
            return url_text(value, src, depth + 1)
        base = _kept_by(unwrap(value), src) if value is not None else None
        if base is not None:
            return url_text(base, src, depth + 1)  # `(process.env.API || "https://…").trim()`
        held = held_by_this(unwrap(value), src) if value is not None else None
        if held is not None:
            return url_text(held, src, depth + 1)  # `const url = this.endpoint("send")`
        if decl is None and (imported := _imported(src.text(node), src)) is not None:
            # a constant of another file (`import { HOOK_URL } from "@/lib/config"`): the
            # linker fills it in from that file's exported URLs
            return "{import:" + imported + "}"
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
    if node.type in ("member_expression", "call_expression") and depth < _MAX_URL_DEPTH:
        # `${this.baseUrl}/send`, `this.endpoint("send")`: what the class set or returns
        held = held_by_this(node, src)
        if held is not None:
            return url_text(held, src, depth + 1)
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


def declared_in_scope(name: str, node: Node, src: SourceFile) -> Node | None:
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


def held_by_this(node: Node, src: SourceFile) -> Node | None:
    """The value behind `this.x` (a field's initializer, or what the constructor assigns it) or
    behind `this.m(...)` (what method `m` returns), in the class around `node`."""
    target = node.child_by_field_name("function") if node.type == "call_expression" else node
    if target is None or target.type != "member_expression":
        return None
    owner, prop = target.child_by_field_name("object"), target.child_by_field_name("property")
    if owner is None or prop is None or owner.type != "this":
        return None
    body = node.parent
    while body is not None and body.type != "class_body":
        body = body.parent
    if body is None:
        return None
    name = src.text(prop)
    for member in body.named_children:
        named = member.child_by_field_name("name") or member.child_by_field_name("property")
        if named is None:
            continue
        if node.type == "call_expression":
            if member.type == "method_definition" and src.text(named) == name:
                return _returned(member)
        elif member.type in ("public_field_definition", "field_definition"):
            value = member.child_by_field_name("value")
            if src.text(named) == name and value is not None:
                return value
        elif member.type == "method_definition" and src.text(named) == "constructor":
            assigned = _assigned_to_this(member, name, src)
            if assigned is not None:
                return assigned
    return None


def _returned(fn: Node) -> Node | None:
    body = fn.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        if statement.type == "return_statement" and statement.named_child_count:
            return statement.named_children[0]
    return None


def _assigned_to_this(fn: Node, name: str, src: SourceFile) -> Node | None:
    body = fn.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        inner = statement.named_children[0] if statement.named_child_count else None
        if statement.type != "expression_statement" or inner is None:
            continue
        if inner.type != "assignment_expression":
            continue
        left = inner.child_by_field_name("left")
        if left is not None and src.text(left) == f"this.{name}":
            return inner.child_by_field_name("right")
    return None


def _imported(name: str, src: SourceFile) -> str | None:
    """`spec#name` for a name the file imports from another file of the project."""
    table: dict[str, tuple[str, str]] = src.cached("imports_of", lambda: imports_of(src))
    spec, imported = table.get(name, ("", ""))
    return f"{spec}#{imported}" if is_project_spec(spec) and imported != "*" else None


def exported_urls(src: SourceFile) -> tuple[tuple[str, str], ...]:
    """The file's exported constants that hold an address (`export const HOOK =
    "https://..."`), for calls in other files that import them."""
    found: list[tuple[str, str]] = []
    for statement in src.tree.root_node.named_children:
        if statement.type != "export_statement":
            continue
        inner = statement.child_by_field_name("declaration")
        if inner is None or inner.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for decl in inner.named_children:
            var, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
            if var is None or value is None or unwrap(value).type not in _URL_VALUES:
                continue
            text = url_text(value, src)
            if "://" in text or text.startswith(("/", "{env:")):
                found.append((src.text(var), text))
    return tuple(found)


def filled_import(url: str, urls_of: Callable[[str], Mapping[str, str]]) -> str:
    """`{import:@/lib/config#HOOK}/x` with the address HOOK holds in that file (`urls_of`
    gives a specifier's file's exported addresses), else the constant's name."""
    marker, _, rest = url.partition("}")
    spec, _, name = marker.removeprefix("{import:").rpartition("#")
    held = urls_of(spec).get(name)
    return (held if held is not None else name) + rest


# string methods that tidy an address without changing where it points
_TIDY = frozenset({"replace", "replaceAll", "trim", "trimEnd", "trimStart", "toString"})


def _kept_by(node: Node, src: SourceFile) -> Node | None:
    """The address a tidying call starts from: `base.replace(/\\/$/, "")` keeps `base`."""
    fn = node.child_by_field_name("function") if node.type == "call_expression" else None
    if fn is None or fn.type != "member_expression":
        return None
    prop, owner = fn.child_by_field_name("property"), fn.child_by_field_name("object")
    if prop is None or owner is None or src.text(prop) not in _TIDY:
        return None
    return owner
