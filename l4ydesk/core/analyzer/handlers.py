"""Follows event handlers, server actions and API routes to the steps they perform.

Everything here is per file and returns plain data (no tree-sitter nodes), so results can be
cached. Calls into other files stay as `ImportRef`s / local `HttpCall`s; the linker resolves them
once every file has been analyzed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.forms import FoundForm, unwrap_handler
from l4ydesk.core.analyzer.function_shapes import is_default_export, is_top_level
from l4ydesk.core.analyzer.guards import guarded

# re-exported: the linker, the pipeline and checkouts read these from here
from l4ydesk.core.analyzer.handler_facts import Action as Action
from l4ydesk.core.analyzer.handler_facts import FunctionFacts as FunctionFacts
from l4ydesk.core.analyzer.handler_facts import ImportRef as ImportRef
from l4ydesk.core.analyzer.handler_facts import RouteFacts as RouteFacts
from l4ydesk.core.analyzer.handler_facts import WorkflowDraft as WorkflowDraft
from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.members import member_call
from l4ydesk.core.analyzer.routing import (
    endpoint_for,
    imports_of,
    is_pages_api,
    is_project_spec,
)
from l4ydesk.core.analyzer.steps import (
    HttpCall,
    Step,
    classify,
    name_only_step,
)
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile, function_name, key
from l4ydesk.core.analyzer.values import humanize, words

MAX_DEPTH = 4
_HANDLER_ATTRS = ("onClick", "onSubmit", "action", "formAction", "onSelect", "onConfirm")
_GENERIC_HANDLERS = frozenset(
    {
        "onsubmit",
        "handlesubmit",
        "submit",
        "onpay",
        "handleclick",
        "onclick",
        "handle",
        "save",
        "handlesave",
        "formaction",
        "action",
        "onconfirm",
        "handleconfirm",
    }
)
_EVENT_PROP = re.compile(r"^on[A-Z]\w*$")
_FORM_SERVICES = frozenset({"@formspree/react", "@web3forms/react", "@getform/react"})
_ROUTE_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@dataclass
class Handlers:
    """Per-file builder of function facts and drafts."""

    src: SourceFile
    evaluator: Evaluator = field(init=False)
    imports: dict[str, tuple[str, str]] = field(init=False)
    aliases: dict[str, str] | None = None

    def __post_init__(self) -> None:
        self.evaluator = Evaluator(self.src)
        self.imports = imports_of(self.src)

    # --- actions of a function ----------------------------------------------------------------

    def actions_of(
        self, fn: Node, depth: int = 0, seen: frozenset[tuple[int, int, str]] = frozenset()
    ) -> list[Action]:
        src = self.src
        out: list[Action] = []
        seen = seen | {key(fn)}
        for call in src.calls_within(fn):
            found = classify(call, src, self.evaluator)
            if found is not None:
                out.append(found)
                continue
            segments = callee_segments(call, src)
            if len(segments) == 2 and self.imports.get(segments[0], ("", ""))[1] == "*":
                spec = self.imports[segments[0]][0]
                if is_project_spec(spec):
                    out.append(ImportRef(src.path, spec, segments[1], src.evidence(call)))
                continue
            if (member := member_call(segments, call, src, self.imports)) is not None:
                out.append(member)  # `client.sendMessage()`: a method of an imported class
                continue
            if len(segments) != 1:
                continue
            out.extend(self._call_of_name(segments[0], call, depth, seen))
        return out

    def _call_of_name(
        self, name: str, call: Node, depth: int, seen: frozenset[tuple[int, int, str]]
    ) -> list[Action]:
        src = self.src
        local = src.function_named(name, near=call)
        if local is not None and not (local.start_byte <= call.start_byte <= local.end_byte):
            if key(local) in seen or depth >= MAX_DEPTH:
                return []
            return self.actions_of(local, depth + 1, seen)
        if local is not None:
            return []  # recursion into itself
        if name not in self.imports:
            return []  # a prop, a hook's function or a global: nothing we can judge
        evidence = src.evidence(call)
        spec, imported = self.imports[name]
        if is_project_spec(spec):
            return [ImportRef(src.path, spec, imported, evidence)]
        step = name_only_step(name, evidence)
        return [step] if step is not None else []

    # --- handlers -------------------------------------------------------------------------------

    def resolve_handler(self, expr: Node) -> tuple[list[Action], str | None, tuple[str, str]]:
        """Actions a handler expression leads to, its name, and an identity for de-duplication."""
        expr = unwrap_handler(unwrap(expr), self.src)
        src = self.src
        if expr.type in FUNCTION_TYPES:
            # an inline arrow that just calls one named function is that function
            calls = [c for c in src.calls_within(expr) if len(callee_segments(c, src)) == 1]
            named = [callee_segments(c, src)[0] for c in calls]
            meaningful = [
                n for n in named if not n.startswith("set") and n not in ("toast", "alert")
            ]
            identity = (src.path, str(expr.start_byte))
            name = meaningful[0] if len(meaningful) == 1 else None
            if name is not None:
                identity = self._identity_of(name, expr)
            return self.actions_of(expr), name, identity
        if expr.type == "identifier":
            name = src.text(expr)
            target = self._alias(name, expr)
            local = src.function_named(target, near=expr)
            if local is not None:
                return self.actions_of(local), target, (src.path, str(local.start_byte))
            service = self._form_service(target)
            if service is not None:
                step = Step("send_email", f"{service} form", src.evidence(expr))
                return [step], target, (src.path, str(expr.start_byte))
            if target in self.imports:
                spec, imported = self.imports[target]
                if is_project_spec(spec):
                    return (
                        [ImportRef(src.path, spec, imported, src.evidence(expr))],
                        target,
                        (spec, imported),
                    )
            return [], target, (src.path, str(expr.start_byte))
        if expr.type == "call_expression":
            return self.actions_of(expr), None, (src.path, str(expr.start_byte))
        return [], None, (src.path, str(expr.start_byte))

    def _identity_of(self, name: str, near: Node) -> tuple[str, str]:
        local = self.src.function_named(name, near=near)
        if local is not None:
            return (self.src.path, str(local.start_byte))
        if name in self.imports:
            spec, imported = self.imports[name]
            return (spec, imported)
        return (self.src.path, str(near.start_byte))

    def _alias(self, name: str, near: Node) -> str:
        """`const [state, formAction] = useFormState(submitTicket, ...)` -> "submitTicket"."""
        if self.aliases is None:
            self.aliases = self._form_state_aliases()
        return self.aliases.get(name, name)

    def _form_service(self, name: str) -> str | None:
        """`const [state, handleSubmit] = useForm("id")` from a form service's package: the
        submit sends the form to that service, which mails it to the owner."""
        if not any(spec in _FORM_SERVICES for spec, _ in self.imports.values()):
            return None
        for decl in self.src.declarators:
            pattern, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
            if pattern is None or value is None or pattern.type != "array_pattern":
                continue
            if name not in (self.src.text(n) for n in pattern.named_children):
                continue
            value = unwrap(value)
            fn = value.child_by_field_name("function") if value.type == "call_expression" else None
            spec = self.imports.get(self.src.text(fn), ("", ""))[0] if fn is not None else ""
            if spec in _FORM_SERVICES:
                return spec
        return None

    def _form_state_aliases(self) -> dict[str, str]:
        aliases: dict[str, str] = {}
        for decl in self.src.declarators:
            pattern = decl.child_by_field_name("name")
            value = decl.child_by_field_name("value")
            if pattern is None or value is None or pattern.type != "array_pattern":
                continue
            value = unwrap(value)
            if value.type != "call_expression":
                continue
            fn = value.child_by_field_name("function")
            args = value.child_by_field_name("arguments")
            if (
                fn is not None
                and self.src.text(fn) in ("useFormState", "useActionState")
                and args is not None
                and args.named_child_count
                and args.named_children[0].type == "identifier"
            ):
                target = self.src.text(args.named_children[0])
                for element in pattern.named_children:
                    aliases[self.src.text(element)] = target
        return aliases

    def form_drafts(self, forms: list[FoundForm]) -> tuple[list[WorkflowDraft], set[int]]:
        drafts: list[WorkflowDraft] = []
        used: set[int] = set()
        for form in forms:
            if form.payment:
                continue
            actions: list[Action] = []
            evidence = [self.src.evidence(form.container)]
            identity: tuple[str, str] | None = None
            posted = self._posted_action(form)
            if posted is not None:
                actions.append(posted)
            for handler in form.handlers:
                used.add(handler.start_byte)
                found, _, ident = self.resolve_handler(handler)
                if found:
                    actions.extend(found)
                    evidence.insert(0, self.src.evidence(handler))
                    identity = identity or ident
            if not actions:
                continue
            rename = form.component.name if form.title is None else None
            drafts.append(
                WorkflowDraft(
                    form.name,
                    "form.submitted",
                    tuple(actions),
                    tuple(evidence),
                    f"{self.src.path}:{form.component.name}",
                    rename,
                    identity or (self.src.path, str(form.container.start_byte)),
                )
            )
        return drafts, used

    def _posted_action(self, form: FoundForm) -> HttpCall | None:
        """`<form action="https://formspree.io/f/x" method="POST">` posts without any script."""
        if not form.explicit:
            return None
        url = jsx.attr_text(form.container, "action", self.src)
        method = (jsx.attr_text(form.container, "method", self.src) or "GET").upper()
        if not url or method != "POST" or not url.startswith(("http://", "https://", "/")):
            return None
        return HttpCall("POST", url, self.src.evidence(form.container))

    def other_drafts(self, used: set[int]) -> list[WorkflowDraft]:
        """Handlers on buttons and elements that are not part of a detected form."""
        drafts: list[WorkflowDraft] = []
        src = self.src
        for el in src.jsx:
            present = jsx.attributes(el, src)
            # any `on...` prop hands a handler on: `onCancel={cancelAppointment}` given to a
            # child card runs when its button is pressed, like an onClick here would
            for attr in [*_HANDLER_ATTRS, *(a for a in present if _EVENT_PROP.match(a))]:
                if attr not in present:
                    continue
                expr = jsx.attr_expression(el, attr, src)
                if expr is None or expr.start_byte in used or expr.type == "string":
                    continue
                used.add(expr.start_byte)
                actions, name, identity = self.resolve_handler(expr)
                if not actions:
                    continue
                label = jsx.text(el, src, dynamic=False, idle=True)
                title = handler_title(name) or label or "Action"
                comp = src.component_of(el).name
                drafts.append(
                    WorkflowDraft(
                        title,
                        None,
                        tuple(actions),
                        (src.evidence(expr), src.evidence(el)),
                        f"{src.path}:{comp}",
                        None,
                        identity,
                    )
                )
        return drafts

    # --- top-level functions and routes -----------------------------------------------------

    def function_facts(self) -> list[FunctionFacts]:
        src = self.src
        file_server = src.has_directive("use server")
        facts: list[FunctionFacts] = []
        for fn in src.functions:
            if not is_top_level(fn):
                continue
            name = function_name(fn, src)
            if name is None:
                continue
            actions = tuple(self.actions_of(fn))
            server = file_server or _body_directive(fn, src, "use server")
            webhook, guard = self._webhook(fn), guarded(fn, src)
            facts.append(
                FunctionFacts(src.path, name, actions, src.evidence(fn), server, webhook, guard)
            )
            if is_default_export(fn):
                facts.append(
                    FunctionFacts(
                        src.path, "default", actions, src.evidence(fn), server, webhook, guard
                    )
                )
        return facts

    def routes(self, facts: list[FunctionFacts]) -> list[RouteFacts]:
        endpoint = endpoint_for(self.src.path)
        if endpoint is None:
            return []
        pages_api = is_pages_api(self.src.path)
        found: list[RouteFacts] = []
        for fact in facts:
            if fact.name in _ROUTE_METHODS:
                found.append(RouteFacts(endpoint, fact.name, fact))
            elif pages_api and fact.name == "default":
                found.append(RouteFacts(endpoint, "*", fact))
        return found

    def _webhook(self, fn: Node) -> str | None:
        for call in self.src.calls_within(fn):
            joined = ".".join(callee_segments(call, self.src)).lower()
            if "constructevent" in joined or "webhooks.verify" in joined:
                return "stripe" if "stripe" in joined or "webhooks" in joined else "webhook"
        return None


def _body_directive(fn: Node, src: SourceFile, directive: str) -> bool:
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return False
    for child in body.named_children:
        if child.type == "expression_statement" and child.named_child_count:
            inner = child.named_children[0]
            return inner.type == "string" and string_value(inner, src) == directive
        return False
    return False


def handler_title(name: str | None) -> str | None:
    if not name or name.lower() in _GENERIC_HANDLERS:
        return None
    tokens = words(name)
    if tokens and tokens[0] in ("handle", "on"):
        tokens = tokens[1:]
    return humanize("_".join(tokens)) if tokens else None
