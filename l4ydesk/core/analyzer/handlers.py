"""Follows event handlers, server actions and API routes to the steps they perform.

Everything here is per file and returns plain data (no tree-sitter nodes), so results can be
cached. Calls into other files stay as `ImportRef`s / local `HttpCall`s; the linker resolves them
once every file has been analyzed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.forms import FoundForm, unwrap_handler
from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.steps import HttpCall, Step, callee_segments, classify, name_only_step
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
_ROUTE_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_ROUTE_FILE = re.compile(r"(?:^|/)app/(?P<route>(?:.*/)?)route\.(?:ts|js|tsx|jsx|mjs)$")
_PAGES_API = re.compile(r"(?:^|/)pages/(?P<route>api/.*)\.(?:ts|js|tsx|jsx|mjs)$")


@dataclass(frozen=True)
class ImportRef:
    """A call to a function imported from another file of the project."""

    path: str
    spec: str
    name: str
    evidence: Evidence


Action = Step | HttpCall | ImportRef


@dataclass(frozen=True)
class FunctionFacts:
    """What a top-level function does, for callers in other files."""

    path: str
    name: str
    actions: tuple[Action, ...]
    evidence: Evidence
    server_action: bool
    webhook: str | None = None


@dataclass(frozen=True)
class RouteFacts:
    """An API route handler and the endpoint it serves."""

    endpoint: str
    method: str
    facts: FunctionFacts


@dataclass(frozen=True)
class WorkflowDraft:
    """An entry point (a form submit, a click) and the actions it starts, before linking."""

    name: str
    trigger: str | None
    actions: tuple[Action, ...]
    evidence: tuple[Evidence, ...]
    component: str
    rename_from: str | None = None
    identity: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class CheckoutDraft:
    """Payment cues found in one component; the linker decides if they make a checkout."""

    path: str
    component: str
    name: str | None
    cues: tuple[tuple[str, float], ...]
    refs: tuple[HttpCall | ImportRef, ...]
    providers: tuple[str, ...]
    subscription: bool
    evidence: tuple[Evidence, ...]


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
                if _is_project_spec(spec):
                    out.append(ImportRef(src.path, spec, segments[1], src.evidence(call)))
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
        if _is_project_spec(spec):
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
            if target in self.imports:
                spec, imported = self.imports[target]
                if _is_project_spec(spec):
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
            for attr in _HANDLER_ATTRS:
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
            if not _is_top_level(fn):
                continue
            name = function_name(fn, src)
            if name is None:
                continue
            actions = tuple(self.actions_of(fn))
            server = file_server or _body_directive(fn, src, "use server")
            facts.append(
                FunctionFacts(src.path, name, actions, src.evidence(fn), server, self._webhook(fn))
            )
            if _is_default_export(fn):
                facts.append(
                    FunctionFacts(
                        src.path, "default", actions, src.evidence(fn), server, self._webhook(fn)
                    )
                )
        return facts

    def routes(self, facts: list[FunctionFacts]) -> list[RouteFacts]:
        endpoint = endpoint_for(self.src.path)
        if endpoint is None:
            return []
        pages_api = _PAGES_API.search(self.src.path.replace("\\", "/")) is not None
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

    # --- checkout cues ------------------------------------------------------------------------

    def checkout_drafts(self, payment_button: re.Pattern[str]) -> list[CheckoutDraft]:
        src = self.src
        drafts: list[CheckoutDraft] = []
        stripe_imported = any(
            spec.startswith(("@stripe/", "stripe")) for spec, _ in self.imports.values()
        )
        for comp in src.components[1:]:
            if comp.node is None:
                continue
            cues: list[tuple[str, float]] = []
            evidence: list[Evidence] = []
            providers: set[str] = set()
            subscription = False
            refs: list[HttpCall | ImportRef] = []
            for el in src.jsx_within(comp.node):
                tag = jsx.name(el, src)
                if tag in (
                    "PaymentElement",
                    "CardElement",
                    "CardNumberElement",
                    "EmbeddedCheckout",
                    "ExpressCheckoutElement",
                    "Elements",
                    "EmbeddedCheckoutProvider",
                ):
                    cues.append(("payment_element", 0.9))
                    providers.add("stripe")
                    evidence.append(src.evidence(el))
                elif tag in ("PayPalButtons", "PayPalScriptProvider"):
                    cues.append(("payment_element", 0.9))
                    providers.add("paypal")
                    evidence.append(src.evidence(el))
                href = jsx.attr_text(el, "href", src)
                if href and _PAYMENT_LINK.search(href):
                    cues.append(("payment_link", 0.9))
                    providers.add("paypal" if "paypal" in href else "stripe")
                    evidence.append(src.evidence(el))
                if tag in ("Button", "button"):
                    label = jsx.text(el, src, dynamic=False, idle=True)
                    if (
                        label
                        and payment_button.search(label)
                        and (jsx.has_attr(el, "onClick", src) or jsx.has_attr(el, "type", src))
                    ):
                        cues.append(("buy_button", 0.5))
                        evidence.append(src.evidence(el))
                        subscription = subscription or "subscription" in label.lower()
            text = jsx.text(comp.node, src, dynamic=False).lower() if comp.node else ""
            if "cart" in text and ("subtotal" in text or "total" in text):
                cues.append(("cart", 0.3))
            for action in self.actions_of(comp.node):
                if isinstance(action, Step) and action.kind == "payment":
                    cues.append(("payment_call", 0.9))
                    providers.add(
                        "stripe"
                        if "stripe" in action.target.lower() or stripe_imported
                        else "manual"
                    )
                    evidence.append(action.evidence)
                elif isinstance(action, HttpCall | ImportRef):
                    refs.append(action)
            if not cues and not refs:
                continue
            heading = next(
                (
                    jsx.text(el, src)
                    for el in src.jsx_within(comp.node)
                    if jsx.is_heading(el, src) and not src.in_map_callback(el)
                ),
                None,
            )
            drafts.append(
                CheckoutDraft(
                    src.path,
                    f"{src.path}:{comp.name}",
                    heading or None,
                    tuple(cues),
                    tuple(refs),
                    tuple(sorted(providers)),
                    subscription,
                    tuple(evidence[:4]),
                )
            )
        return drafts


_PAYMENT_LINK = re.compile(
    r"buy\.stripe\.com|checkout\.stripe\.com|paypal\.(com|me)|lemonsqueezy\.com/checkout|"
    r"gumroad\.com|checkout\.paddle",
    re.I,
)


def imports_of(src: SourceFile) -> dict[str, tuple[str, str]]:
    """Local name -> (module specifier, imported name; "default" or "*" for those forms)."""
    found: dict[str, tuple[str, str]] = {}
    for imp in src.imports:
        source = imp.child_by_field_name("source")
        spec = string_value(source, src) if source is not None else None
        if not spec:
            continue
        for clause in imp.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    found[src.text(part)] = (spec, "default")
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        found[src.text(ident)] = (spec, "*")
                elif part.type == "named_imports":
                    for spec_node in part.named_children:
                        if spec_node.type != "import_specifier":
                            continue
                        imported = spec_node.child_by_field_name("name")
                        alias = spec_node.child_by_field_name("alias") or imported
                        if imported is not None and alias is not None:
                            found[src.text(alias)] = (spec, src.text(imported))
    return found


def _is_project_spec(spec: str) -> bool:
    return spec.startswith((".", "@/", "~/", "/"))


def _is_top_level(fn: Node) -> bool:
    parent = fn.parent
    for _ in range(6):
        if parent is None:
            return False
        if parent.type == "program":
            return True
        if parent.type in (
            "export_statement",
            "lexical_declaration",
            "variable_declaration",
            "variable_declarator",
            "call_expression",
            "arguments",
        ):
            parent = parent.parent
            continue
        return False
    return False


def _is_default_export(fn: Node) -> bool:
    parent = fn.parent
    return (
        parent is not None
        and parent.type == "export_statement"
        and any(c.type == "default" for c in parent.children)
    )


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


def endpoint_for(path: str) -> str | None:
    """`app/api/subscribe/route.ts` -> "/api/subscribe"; None for files that are not routes."""
    normalized = path.replace("\\", "/")
    match = _ROUTE_FILE.search(normalized) or _PAGES_API.search(normalized)
    if match is None:
        return None
    route = match.group("route").strip("/")
    parts = [p for p in route.split("/") if p and not (p.startswith("(") and p.endswith(")"))]
    if parts and parts[-1] == "index":
        parts.pop()
    return "/" + "/".join(parts)


def route_matches(endpoint: str, url: str) -> bool:
    """Whether a fetched URL ("/api/book/${id}?x=1") hits an endpoint ("/api/book/[id]")."""
    path = re.sub(r"^\{[^}]*\}", "", url).split("?")[0].split("#")[0].rstrip("/")
    want = [p for p in endpoint.split("/") if p]
    have = [p for p in path.split("/") if p]
    if not want or len(want) != len(have):
        return (
            bool(want)
            and bool(have)
            and want[-1].startswith("[...")
            and len(have) >= len(want) - 1
            and have[: len(want) - 1] == want[:-1]
        )
    for w, h in zip(want, have, strict=True):
        if w.startswith("[") or h.startswith("{"):
            continue
        if w != h:
            return False
    return True


def resolve_spec(from_path: str, spec: str, paths: set[str]) -> str | None:
    """The project file an import specifier points at, trying the usual extensions."""
    if spec.startswith((".", "/")):
        base = PurePosixPath(from_path).parent
        joined = str(PurePosixPath(*_normalize((base / spec).parts)))
        candidates = [joined]
    else:
        bare = spec[2:]
        candidates = [bare, f"src/{bare}"]
    for candidate in candidates:
        for suffix in (
            "",
            ".ts",
            ".tsx",
            ".js",
            ".jsx",
            ".mjs",
            "/index.ts",
            "/index.tsx",
            "/index.js",
            "/index.jsx",
        ):
            wanted = candidate + suffix
            if wanted in paths:
                return wanted
            for path in paths:
                if path.endswith("/" + wanted):
                    return path
    return None


def _normalize(parts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part not in (".", ""):
            out.append(part)
    return out or ["."]


def handler_title(name: str | None) -> str | None:
    if not name or name.lower() in _GENERIC_HANDLERS:
        return None
    tokens = words(name)
    if tokens and tokens[0] in ("handle", "on"):
        tokens = tokens[1:]
    return humanize("_".join(tokens)) if tokens else None
