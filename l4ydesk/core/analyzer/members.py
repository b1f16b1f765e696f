"""Methods a file offers to others: a class's (`TelegramApi.sendMessage`), an object of functions'
(`mailer.send`), and the calls in other files that reach them through an instance.

A route that builds `new TelegramApi(token)` or takes a client from a factory
(`const client = createWhatsAppClient()`) and calls `client.sendMessage(...)` does what that
method does; the method is found by `Owner.method` in the file the owner is imported from, or
by the method's name alone when a factory there hands out the class's instances.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from tree_sitter import Node

from l4ydesk.core.analyzer.handler_facts import Action, FunctionFacts, ImportRef
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.routing import is_project_spec
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.urls import declared_in_scope

_FUNCTION_VALUES = ("arrow_function", "function_expression", "function")


def _top_statements(src: SourceFile) -> Iterator[Node]:
    for statement in src.tree.root_node.named_children:
        if statement.type == "export_statement":
            inner = statement.child_by_field_name("declaration")
            if inner is None and statement.named_child_count:
                inner = statement.named_children[-1]
            if inner is None:
                continue
            statement = inner
        yield statement


def class_methods(cls: Node, src: SourceFile) -> Iterator[tuple[str, Node]]:
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        name = member.child_by_field_name("name")
        if member.type == "method_definition" and name is not None:
            yield src.text(name), member


def _object_methods(obj: Node, src: SourceFile) -> Iterator[tuple[str, Node]]:
    for member in obj.named_children:
        name = member.child_by_field_name("name") or member.child_by_field_name("key")
        if name is None:
            continue
        if member.type == "method_definition":
            yield src.text(name), member
        elif member.type == "pair":
            value = member.child_by_field_name("value")
            if value is not None and unwrap(value).type in _FUNCTION_VALUES:
                yield src.text(name), unwrap(value)


def member_functions(src: SourceFile) -> list[tuple[str, Node]]:
    """`Class.method` for the file's top-level classes, `name.method` for its top-level
    objects of functions and for a top-level instance of one of its classes
    (`export const api = new ApiClient()`)."""
    found: list[tuple[str, Node]] = []
    classes: dict[str, Node] = {}
    for statement in _top_statements(src):
        name = statement.child_by_field_name("name")
        if statement.type in ("class_declaration", "abstract_class_declaration") and name:
            classes[src.text(name)] = statement
            found.extend((f"{src.text(name)}.{m}", fn) for m, fn in class_methods(statement, src))
    for statement in _top_statements(src):
        if statement.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for decl in statement.named_children:
            var, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
            if var is None or value is None or var.type != "identifier":
                continue
            value = unwrap(value)
            if value.type == "object":
                methods = list(_object_methods(value, src))
            elif value.type == "new_expression":
                made = value.child_by_field_name("constructor")
                cls = classes.get(src.text(made)) if made is not None else None
                methods = list(class_methods(cls, src)) if cls is not None else []
            else:
                continue
            found.extend((f"{src.text(var)}.{m}", fn) for m, fn in methods)
    return found


def member_facts(
    src: SourceFile, actions_of: Callable[[Node], Sequence[Action]]
) -> list[FunctionFacts]:
    """What each method does, for callers in other files (never a server action itself)."""
    return [
        FunctionFacts(src.path, name, tuple(actions_of(fn)), src.evidence(fn), False)
        for name, fn in member_functions(src)
    ]


def member_call(
    segments: list[str], call: Node, src: SourceFile, imports: dict[str, tuple[str, str]]
) -> ImportRef | None:
    """`api.send(...)` with `api` imported from the project, or a local made by an imported
    class or factory (`new Bot(token)`, `await makeClient()`): a call of that file's method."""
    if len(segments) != 2:
        return None
    owner, method = segments
    if owner in imports:
        spec, imported = imports[owner]
    else:
        decl = declared_in_scope(owner, call, src)
        value = decl.child_by_field_name("value") if decl is not None else None
        if value is None:
            return None
        value = unwrap(value)
        if value.type == "await_expression" and value.named_child_count:
            value = unwrap(value.named_children[0])
        field = {"new_expression": "constructor", "call_expression": "function"}.get(value.type)
        maker = value.child_by_field_name(field) if field else None
        if maker is None or maker.type != "identifier" or src.text(maker) not in imports:
            return None
        spec, imported = imports[src.text(maker)]
    if imported == "*" or not is_project_spec(spec):
        return None
    return ImportRef(src.path, spec, f"{imported}.{method}", src.evidence(call))


def method_of(
    functions: Mapping[tuple[str, str], FunctionFacts], path: str, method: str
) -> FunctionFacts | None:
    """A factory's instance (`createClient().send`): the one method so named in the file."""
    found = [f for (p, n), f in functions.items() if p == path and n.endswith(f".{method}")]
    return found[0] if len({f.evidence for f in found}) == 1 else None
