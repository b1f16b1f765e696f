"""Edits one TSX file so a linked form posts to the platform, or a checkout button starts one.

Found with tree-sitter, never by pattern over the text: the `<form>` (or the checkout button)
that starts on the line Connect's evidence names, and the handler in its `onSubmit`. The edit
wraps the handler where it is passed (`onSubmit={l4ySubmitForm(12, handleSubmit)}`), so the
user's function keeps doing what it did (validation, success message, reset) and the wrapper
posts the form's fields once it is done. A shape the edit does not understand leaves the file
as it is and says why in a phrase ("not wired: <reason>").
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile, first_error_line, parse
from l4ydesk.core.publish.scaffold import checkout_cart, pay_button
from l4ydesk.core.publish.scaffold.pay_button import BUTTON_TAGS, LINK_TAGS

SUBMIT_MODULE = "lib/l4y/submit-form"
CHECKOUT_MODULE = "lib/l4y/start-checkout"
SUBMIT_EVENT = "l4ySubmitForm"  # wraps a (event) => … handler
SUBMIT_VALUES = "l4ySubmitValues"  # wraps react-hook-form's (values) => … handler
SUBMIT_FIELDS = "l4ySubmitFields"  # wraps a button's onClick for inputs with no <form>
START_CHECKOUT = "l4yStartCheckout"
HELPERS = frozenset({SUBMIT_EVENT, SUBMIT_VALUES, SUBMIT_FIELDS, START_CHECKOUT})
_FORM_WRAPPERS = frozenset({SUBMIT_EVENT, SUBMIT_VALUES, SUBMIT_FIELDS})


@dataclass(frozen=True)
class Splice:
    start: int
    end: int
    text: bytes


def parsed(path: str, data: bytes) -> SourceFile | None:
    dialect = dialect_for(path)
    return parse(path, data, dialect) if dialect is not None and dialect != "typescript" else None


def breaks_syntax(path: str, before: bytes, after: bytes) -> bool:
    """True when `after` has a syntax error that `before` did not have."""
    old, new = parsed(path, before), parsed(path, after)
    if old is None or new is None:
        return False
    return first_error_line(new.tree) is not None and first_error_line(old.tree) is None


def wire_form(path: str, data: bytes, line: int, form_id: int) -> bytes | str:
    """The file with the `<form>` at `line` posting to form `form_id`; a reason when it cannot."""
    src = parsed(path, data)
    if src is None:
        return "the file is not JSX"
    form = form_at(src, line)
    if form is None:
        return f"no <form> element starts on line {line}"
    return wire_form_element(src, form, form_id)


def form_at(src: SourceFile, line: int) -> Node | None:
    """The `<form>` element that starts on `line`, if one does."""
    return _element_at(src, line, lambda el: jsx.name(el, src) == "form")


def wire_form_element(
    src: SourceFile, form: Node, form_id: int, others: frozenset[int] = frozenset()
) -> bytes | str:
    """The file with `form` posting to form `form_id`; a reason when it cannot. `others`: the
    other forms this publish wires, whose wrappers are theirs to keep."""
    expr = attr_value(form, "onSubmit", src)
    attributes = jsx.attributes(form, src)
    if "action" in attributes:
        action = attributes["action"]
        if action is None or action.type != "string":
            return (
                "the form has its own action (a server action), which already decides where "
                "it posts"
            )
        if expr is None:
            return f"the form posts to {jsx.attr_text(form, 'action', src)} itself"
        # an address beside an onSubmit is the no-script fallback (a form service's URL that
        # the handler posts to with fetch): the handler is what runs, so it is wrapped
    if expr is None:
        # with no handler the browser reloads the page and the visitor's words are lost: post
        # them instead, then the helper empties the form and says it was sent
        added = added_attribute(form, f"onSubmit={{{SUBMIT_EVENT}({form_id}, null)}}")
        return apply_splices(src, [added], SUBMIT_EVENT)
    wired = already_wired(src, expr, form_id, others)
    if isinstance(wired, str):
        return wired
    if wired is not None:
        return apply_splices(src, *wired)
    target, helper = _handler_target(src, expr)
    if isinstance(target, str):
        return target
    return apply_splices(src, wrapped_in(target, f"{helper}({form_id}, "), helper)


def wire_checkout(path: str, data: bytes, line: int, checkout_id: int) -> bytes | str:
    """The file with the button at `line` starting checkout `checkout_id`; a reason if not."""
    src = parsed(path, data)
    if src is None:
        return "the file is not JSX"
    button = _element_at(src, line, lambda el: jsx.name(el, src) in BUTTON_TAGS | LINK_TAGS)
    if button is None:
        return f"no button on the page pays (what was found on line {line} is not a button)"
    if jsx.name(button, src) in LINK_TAGS or jsx.has_attr(button, "href", src):
        return "the checkout button is a link to another page"
    if any(jsx.name(c, src) in LINK_TAGS for c in jsx.jsx_children(button)):
        return "the checkout button wraps a link to another page"
    expr = attr_value(button, "onClick", src)
    # the button may also save the inputs beside it (wire_loose): start the checkout after that
    expr = wrapped_handler(src, expr) or expr
    what = checkout_cart.sold(button)
    if isinstance(what, str):
        return what
    if not what.from_cart:
        # with no cart to vouch for it, only a button that says it pays may charge, and only
        # for what products price
        if not pay_button.pays(button, src):
            words = " ".join(jsx.text(button, src, dynamic=False).split())[:40] or "no words"
            return f"the button on line {line} ('{words}') does not say it pays"
        if what.typed_amount is not None:
            return (
                f"the visitor types the amount ({what.typed_amount}), while a checkout charges "
                "the prices of the products linked to it"
            )
    call = f"{START_CHECKOUT}({checkout_id}, {what.argument})"
    if expr is None and jsx.attr_text(button, "type", src) == "submit":
        return _checkout_on_submit(src, button, call)
    if expr is not None:
        if src.text(expr) == call:
            return data
        return apply_splices(
            src, [Splice(expr.start_byte, expr.end_byte, call.encode())], START_CHECKOUT
        )
    return apply_splices(src, [added_attribute(button, f"onClick={{{call}}}")], START_CHECKOUT)


def _checkout_on_submit(src: SourceFile, button: Node, call: str) -> bytes | str:
    """A submit button's form starts the checkout when submitted (after posting its fields to
    the platform when the form is wired too: `l4ySubmitForm(7, l4yStartCheckout(3, items))`)."""
    form = jsx.jsx_parent(button, src)
    while form is not None and jsx.name(form, src) != "form":
        form = jsx.jsx_parent(form, src)
    if form is None:
        return "the checkout button submits a form that is not in this file"
    expr = attr_value(form, "onSubmit", src)
    if expr is None:
        return apply_splices(src, [added_attribute(form, f"onSubmit={{{call}}}")], START_CHECKOUT)
    if _rhf_argument(src, expr) is not None:
        return "the checkout's form is checked by react-hook-form, whose onSubmit decides"
    target = wrapped_handler(src, expr) or expr
    if src.text(target) == call:
        return src.source
    return apply_splices(
        src, [Splice(target.start_byte, target.end_byte, call.encode())], START_CHECKOUT
    )


def wrapped_handler(src: SourceFile, expr: Node | None) -> Node | None:
    """The app's handler inside one of our wrappers (`l4ySubmitForm(7, handler)`,
    `l4ySubmitFields(12, values, handler)`); None for anything else."""
    if expr is None or expr.type != "call_expression":
        return None
    fn = expr.child_by_field_name("function")
    args = expr.child_by_field_name("arguments")
    count = {SUBMIT_EVENT: 2, SUBMIT_FIELDS: 3}.get(src.text(fn) if fn is not None else "")
    if args is None or count is None or args.named_child_count != count:
        return None
    return args.named_children[count - 1]


def wrapped_in(node: Node, opening: str) -> list[Splice]:
    """`node` wrapped as `opening` + node + `)`: the wrapper gets the app's own expression."""
    return [
        Splice(node.start_byte, node.start_byte, opening.encode()),
        Splice(node.end_byte, node.end_byte, b")"),
    ]


def added_attribute(el: Node, attribute: str) -> Splice:
    """`attribute` (`onClick={…}`) written right after the element's tag name."""
    tag = jsx.opening(el).child_by_field_name("name")
    assert tag is not None  # every opening element has a name
    return Splice(tag.end_byte, tag.end_byte, f" {attribute}".encode())


def _element_at(src: SourceFile, line: int, wanted: Callable[[Node], bool]) -> Node | None:
    for el in src.jsx:
        if el.start_point.row + 1 == line and wanted(el):
            return el
    return None


def attr_value(el: Node, attr: str, src: SourceFile) -> Node | None:
    """The expression in `attr={…}` exactly as written (parentheses included)."""
    value = jsx.attributes(el, src).get(attr)
    if value is None or value.type != "jsx_expression":
        return None
    inner = [c for c in value.named_children if c.type != "comment"]
    return inner[0] if inner else None


def already_wired(
    src: SourceFile, expr: Node, form_id: int, others: frozenset[int] = frozenset()
) -> tuple[list[Splice], str] | str | None:
    """Splices that set the id of an existing wrapper (none when it is right) and its name;
    None when the form is not wired yet. A wrapper that posts one of `others` (another form
    linked in the same publish) is that form's: the reason why this one is not wired there,
    rather than a change of id that the other form's wiring would undo."""
    for node in (expr, _rhf_argument(src, expr)):
        if node is None or node.type != "call_expression":
            continue
        fn = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if fn is None or args is None or src.text(fn) not in _FORM_WRAPPERS:
            continue
        first = args.named_children[0] if args.named_child_count else None
        if first is None or src.text(first) == str(form_id):
            return [], src.text(fn)
        if src.text(first).isdigit() and int(src.text(first)) in others:
            return f"it already posts the form #{src.text(first)}, linked in the same app"
        return [Splice(first.start_byte, first.end_byte, str(form_id).encode())], src.text(fn)
    return None


def _rhf_argument(src: SourceFile, expr: Node) -> Node | None:
    """`form.handleSubmit(onSubmit)` / `handleSubmit(onSubmit)` (react-hook-form): `onSubmit`."""
    if expr.type != "call_expression":
        return None
    fn = expr.child_by_field_name("function")
    args = expr.child_by_field_name("arguments")
    if fn is None or args is None or src.text(fn).split(".")[-1] != "handleSubmit":
        return None
    return args.named_children[0] if args.named_child_count else None


def _handler_target(src: SourceFile, expr: Node) -> tuple[Node | str, str]:
    """The node to wrap and the wrapper's name, or a reason it cannot be wrapped."""
    helper = SUBMIT_EVENT
    rhf = _rhf_argument(src, expr)
    if rhf is not None:
        expr, helper = rhf, SUBMIT_VALUES
    elif expr.type == "call_expression":
        fn = expr.child_by_field_name("function")
        if fn is not None and src.text(fn) == START_CHECKOUT:
            return expr, helper  # the checkout starts once the fields are posted
        return "its onSubmit is built by a call the wiring does not know", helper
    if expr.type in FUNCTION_TYPES:
        return expr, helper
    if expr.type == "identifier":
        name = src.text(expr)
        fn = src.function_named(name, near=expr)
        if fn is None:
            declarator = src.declarator_named(name, near=expr)
            value = declarator.child_by_field_name("value") if declarator is not None else None
            if value is None or value.type not in FUNCTION_TYPES | {"call_expression"}:
                reason = f"its onSubmit handler '{name}' is defined elsewhere (a prop or an import)"
                return reason, helper
        return expr, helper
    return f"its onSubmit handler ({src.text(expr)[:40]}) is defined elsewhere", helper


def apply_splices(src: SourceFile, splices: list[Splice], helper: str) -> bytes:
    data = src.source
    splices = [*splices, *_import_splices(src, helper)]
    for splice in sorted(splices, key=lambda s: s.start, reverse=True):
        data = data[: splice.start] + splice.text + data[splice.end :]
    return data


def import_line(path: str, helper: str) -> str:
    module = CHECKOUT_MODULE if helper == START_CHECKOUT else SUBMIT_MODULE
    # relative, so it resolves whatever the app's "@/" alias points at (src/ or the root)
    spec = posixpath.relpath(module, posixpath.dirname(path) or ".")
    spec = spec if spec.startswith(".") else f"./{spec}"
    return f'import {{ {helper} }} from "{spec}";'


def _import_splices(src: SourceFile, helper: str) -> list[Splice]:
    line = import_line(src.path, helper)
    if line.encode() in src.source:
        return []
    top = [s for s in src.imports if s.parent is not None and s.parent.type == "program"]
    if top:
        end = max(s.end_byte for s in top)
        return [Splice(end, end, f"\n{line}".encode())]
    at = 0
    for child in src.tree.root_node.children:  # after "use client" and comments
        if child.type == "comment" or (
            child.type == "expression_statement"
            and child.named_child_count == 1
            and child.named_children[0].type == "string"
        ):
            at = child.end_byte
            continue
        break
    return [Splice(at, at, (f"\n{line}" if at else f"{line}\n").encode())]
