"""Finds forms in JSX: explicit `<form>`s and input groups next to a submit button.

Inputs outside a `<form>` make a form with the nearest button that looks like it submits
("Subscribe", "Book now"); search boxes, filters, lone toggles and size pickers next to "Add to
cart" do not. Each form gets its controls (read by `fields`), buttons, handlers and a title.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.editors import live_editors
from l4ydesk.core.analyzer.fields import (
    Control,
    FormField,
    labels_by_target,
    read_field,
)
from l4ydesk.core.analyzer.form_controls import PAYMENT_ELEMENTS as PAYMENT_ELEMENTS  # cards.py
from l4ydesk.core.analyzer.form_controls import find_controls
from l4ydesk.core.analyzer.form_groups import (
    GroupContext,
    implicit_groups,
    typed_controls,
)
from l4ydesk.core.analyzer.form_titles import component_title, heading_for
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import Component, Nesting, SourceFile, key
from l4ydesk.core.analyzer.translations import translated_label
from l4ydesk.core.analyzer.zod_schemas import zod_fields


@dataclass
class FoundForm:
    """A form as the page shows it, before anyone decided what it is for."""

    container: Node
    explicit: bool
    fields: list[FormField]
    buttons: list[Node]
    handlers: list[Node]
    title: str | None
    name: str
    submit_label: str | None
    component: Component
    payment: bool
    sheet: bool = False  # its inputs repeat in a list's rows, saved at once by the page

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def find_forms(src: SourceFile) -> list[FoundForm]:
    controls = find_controls(src)
    if not controls:
        return []
    context = GroupContext(src, controls, zod_fields(src), labels_by_target(src))
    forms: list[FoundForm] = []
    real_forms = [el for el in src.jsx if is_form_tag(jsx.name(el, src))]
    form_nodes = list(real_forms)
    # shadcn's <Form> is a context provider; it only counts when no real <form> is inside it
    for el in src.jsx:
        if jsx.name(el, src) == "Form" and not any(
            el.start_byte <= f.start_byte and f.end_byte <= el.end_byte for f in real_forms
        ):
            form_nodes.append(el)
    nesting = Nesting([(f.start_byte, f.end_byte) for f in form_nodes])
    members: dict[int, list[Control]] = {}
    loose: list[Control] = []
    for control in controls:
        # a control belongs to the innermost form around it
        owner = next(nesting.containing(control.node.start_byte, control.node.end_byte), None)
        if owner is None:
            if not control.search:
                loose.append(control)
        else:
            members.setdefault(owner, []).append(control)
    for index, form_el in enumerate(form_nodes):
        built = _build(context, form_el, True, members.get(index, []))
        if built is not None:
            forms.append(built)
    grouped: set[tuple[int, int, str]] = set()
    for container, group in implicit_groups(context, loose, typed=typed_controls(src, loose)):
        grouped.update(key(c.node) for c in group)
        built = _build(context, container, False, group)
        if built is not None:
            forms.append(built)
    # a row's own editor (its inputs and "Update" in each row of a list) edits that record only
    taken = grouped | context.row_owned
    rest = [c for c in loose if key(c.node) not in taken]
    for container, group in live_editors(src, rest):
        built = _build(context, container, False, group)
        if built is not None:
            forms.append(built)
    forms.sort(key=lambda f: f.container.start_byte)
    return forms


def is_form_tag(tag: str) -> bool:
    """`form`, and a form an animation or styling library wraps: `motion.form`, `styled.form`."""
    return tag == "form" or tag.endswith(".form")


def _build(
    context: GroupContext, container: Node, explicit: bool, members: list[Control]
) -> FoundForm | None:
    src = context.src
    payment = any(c.tag in PAYMENT_ELEMENTS for c in members)
    fields: list[FormField] = []
    radio_seen: set[str] = set()
    for index, control in enumerate(c for c in members if c.tag not in PAYMENT_ELEMENTS):
        built = read_field(context, control, index, container)
        if built is None:
            continue
        if built.type in ("radio",) and control.tag == "input":
            if built.name in radio_seen:
                continue
            radio_seen.add(built.name)
        fields.append(built)
    if not fields and not payment:
        return None
    if not explicit and all(f.type == "checkbox" for f in fields) and not payment:
        return None  # a lone switch or checkbox with a button is a setting, not a form
    if not explicit and len(members) == 1 and members[0].tag == "Calendar" and not payment:
        return None  # a calendar with a "today" button is navigation
    buttons = context.buttons(container, False)
    handlers = _handlers(src, container, explicit, buttons)
    submit_first = sorted(buttons, key=lambda b: jsx.attr_text(b, "type", src) != "submit")
    submit_label = next(
        (
            t
            for b in submit_first
            if (t := jsx.text(b, src, dynamic=False, idle=True) or translated_label(b, src))
            and any(c.isalpha() for c in t)
        ),
        None,
    )
    component = src.component_of(container)
    first = min((c.node for c in members), key=lambda n: n.start_byte, default=None)
    last = max((c.node.end_byte for c in members), default=None)
    title = heading_for(src, container, first, last)
    name = (
        jsx.attr_text(container, "aria-label", src)
        or title
        or component_title(component)
        or submit_label
        or "Form"
    )
    return FoundForm(
        container,
        explicit,
        fields,
        buttons,
        handlers,
        title,
        name,
        submit_label,
        component,
        payment,
        sheet=not explicit and key(container) in context.sheets,
    )


def _handlers(src: SourceFile, container: Node, explicit: bool, buttons: list[Node]) -> list[Node]:
    found: list[Node] = []
    if explicit:
        for attr in ("onSubmit", "action"):
            expr = jsx.attr_expression(container, attr, src)
            if expr is not None and expr.type not in ("string",):
                found.append(unwrap_handler(expr, src))
    for button in buttons:
        expr = jsx.attr_expression(button, "onClick", src)
        if expr is not None:
            found.append(unwrap_handler(expr, src))
    return found


def unwrap_handler(expr: Node, src: SourceFile) -> Node:
    """`form.handleSubmit(onSubmit)` -> `onSubmit`; other expressions are returned as is."""
    expr = unwrap(expr)
    if expr.type == "call_expression":
        fn = expr.child_by_field_name("function")
        args = expr.child_by_field_name("arguments")
        if (
            fn is not None
            and src.text(fn).endswith("handleSubmit")
            and args is not None
            and args.named_child_count
        ):
            return unwrap(args.named_children[0])
    return expr


# --- fields -----------------------------------------------------------------------------------


# --- zod --------------------------------------------------------------------------------------
