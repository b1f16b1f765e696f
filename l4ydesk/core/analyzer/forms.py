"""Finds forms in JSX: explicit `<form>`s and input groups next to a submit button, with fields.

A field gets its name from `name`/`id`, a react-hook-form `FormField`, or `register("x")`; its
label from `<Label htmlFor>`, a wrapping `<label>`, a lone label beside it, `aria-label` or the
placeholder. Zod schemas in the same file say which fields are required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.syntax import Component, SourceFile, key
from l4ydesk.core.analyzer.values import humanize, is_time_text, snake, words

CONTROL_TYPES: dict[str, str] = {
    "input": "text", "Input": "text", "textarea": "textarea", "Textarea": "textarea",
    "select": "select", "Select": "select", "Checkbox": "checkbox", "Switch": "checkbox",
    "RadioGroup": "radio", "Calendar": "date", "DatePicker": "date", "DateRangePicker":
    "date_range", "Slider": "number", "ToggleGroup": "select", "InputOTP": "text",
    "PhoneInput": "tel", "Combobox": "select",
}
PAYMENT_ELEMENTS = frozenset({
    "PaymentElement", "CardElement", "CardNumberElement", "AddressElement",
    "ExpressCheckoutElement", "EmbeddedCheckout", "PayPalButtons", "LinkAuthenticationElement",
})
_OPTION_TAGS = {"select": "option", "Select": "SelectItem", "RadioGroup": "RadioGroupItem",
                "ToggleGroup": "ToggleGroupItem", "Combobox": "CommandItem"}
_SKIPPED_INPUT_TYPES = frozenset({"hidden", "submit", "button", "reset", "image"})
_SEARCH = re.compile(r"\b(search|filter|find|query|lookup)\b", re.I)
_DISMISS = re.compile(
    r"^(cancel|close|back|previous|prev|remove|delete|clear|reset|edit|view|copy|download|print|"
    r"show|hide|more|less|skip|undo|\+|-|x|×)\b", re.I,
)
COMMERCE = re.compile(
    r"\b(add to (cart|bag|basket)|buy|checkout|check out|pay|purchase|place order|"
    r"order now|get tickets?|buy tickets?)\b", re.I,
)
_TRIGGERS = frozenset({
    "DialogTrigger", "SheetTrigger", "PopoverTrigger", "DropdownMenuTrigger", "DrawerTrigger",
    "AlertDialogTrigger", "TooltipTrigger", "CollapsibleTrigger", "AccordionTrigger",
})
MAX_CLIMB = 6


@dataclass
class FormField:
    name: str
    type: str
    required: bool
    label: str | None
    options: list[str] = field(default_factory=list)
    options_source: str | None = None
    node: Node | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "name": self.name, "type": self.type, "required": self.required, "label": self.label,
        }
        if self.options:
            data["options"] = list(self.options)
        if self.options_source:
            data["options_from"] = self.options_source
        return data


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

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


@dataclass(frozen=True)
class _Control:
    node: Node
    tag: str
    search: bool


def find_forms(src: SourceFile) -> list[FoundForm]:
    controls = _controls(src)
    if not controls:
        return []
    zod = _zod_fields(src)
    labels = _labels_by_target(src)
    forms: list[FoundForm] = []
    form_nodes = [el for el in src.jsx if jsx.name(el, src) == "form"]
    # shadcn's <Form> is a context provider; it only counts when no real <form> is inside it
    for el in src.jsx:
        if jsx.name(el, src) == "Form" and not any(
            jsx.name(inner, src) == "form" for inner in src.jsx_within(el)
        ):
            form_nodes.append(el)
    claimed: set[tuple[int, int, str]] = set()
    for form_el in form_nodes:
        inside = [c for c in controls if _contains(form_el, c.node)
                  and not any(_contains(other, c.node) and _contains(form_el, other)
                              and key(other) != key(form_el) for other in form_nodes)]
        claimed.update(key(c.node) for c in inside)
        built = _build(src, form_el, True, inside, zod, labels)
        if built is not None:
            forms.append(built)
    loose = [c for c in controls if key(c.node) not in claimed and not c.search]
    for container, members in _implicit_groups(src, loose):
        built = _build(src, container, False, members, zod, labels)
        if built is not None:
            forms.append(built)
    return forms


def _contains(outer: Node, inner: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def _controls(src: SourceFile) -> list[_Control]:
    found: list[_Control] = []
    for el in src.jsx:
        tag = jsx.name(el, src)
        if tag in PAYMENT_ELEMENTS:
            found.append(_Control(el, tag, False))
            continue
        if tag not in CONTROL_TYPES:
            continue
        if tag == "input":
            input_type = (jsx.attr_text(el, "type", src) or "text").lower()
            if input_type in _SKIPPED_INPUT_TYPES:
                continue
        found.append(_Control(el, tag, _is_search(el, src)))
    # a control inside another control (a custom Select wrapping an input) is one field
    outer = [c for c in found if not any(
        key(o.node) != key(c.node) and _contains(o.node, c.node) for o in found
    )]
    return outer


def _is_search(el: Node, src: SourceFile) -> bool:
    if (jsx.attr_text(el, "type", src) or "").lower() == "search":
        return True
    for attr in ("placeholder", "aria-label", "name", "id"):
        value = jsx.attr_text(el, attr, src)
        if value and _SEARCH.search(value):
            return True
    return False


def action_buttons(src: SourceFile, scope: Node) -> list[Node]:
    """Buttons inside `scope` that look like they submit something."""
    found: list[Node] = []
    for el in [scope, *src.jsx_within(scope)]:
        tag = jsx.name(el, src)
        submit_input = tag == "input" and (jsx.attr_text(el, "type", src) or "") == "submit"
        if tag not in ("Button", "button") and not submit_input:
            continue
        if is_action_button(el, src):
            found.append(el)
    return found


def is_action_button(el: Node, src: SourceFile) -> bool:
    if jsx.has_attr(el, "href", src):
        return False
    if jsx.has_attr(el, "asChild", src) and any(
        jsx.name(c, src) in ("Link", "a") for c in jsx.jsx_children(el)
    ):
        return False
    parent: Node | None = el
    for _ in range(3):  # <PopoverTrigger asChild><FormControl><Button> opens, never submits
        parent = jsx.jsx_parent(parent) if parent is not None else None
        if parent is not None and jsx.name(parent, src) in _TRIGGERS:
            return False
    if src.in_map_callback(el):
        return False
    label = jsx.text(el, src, dynamic=False, idle=True) or jsx.attr_text(el, "value", src) or ""
    is_submit = (jsx.attr_text(el, "type", src) or "") == "submit"
    if not label:
        return is_submit
    if _DISMISS.search(label) or (COMMERCE.search(label) and not is_submit):
        return False
    return is_submit or not re.match(r"^(add|new|create new)\b", label, re.I)


def _implicit_groups(src: SourceFile, loose: list[_Control]) -> list[tuple[Node, list[_Control]]]:
    containers: list[tuple[Node, _Control]] = []
    for control in loose:
        container = _implicit_container(src, control.node)
        if container is not None:
            containers.append((container, control))
    groups: list[tuple[Node, list[_Control]]] = []
    # nested containers (a row with "Add line" inside a card with "Send") are one form
    for container, control in sorted(containers, key=lambda p: p[0].start_byte - p[0].end_byte):
        for i, (existing, members) in enumerate(groups):
            if _contains(existing, container):
                members.append(control)
                break
            if _contains(container, existing):
                groups[i] = (container, [*members, control])
                break
        else:
            groups.append((container, [control]))
    return groups


def _implicit_container(src: SourceFile, node: Node) -> Node | None:
    comp = src.component_of(node)
    current: Node | None = node
    for _ in range(MAX_CLIMB):
        current = jsx.jsx_parent(current) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            return None
        if action_buttons(src, current):
            return current
    return None


def _build(src: SourceFile, container: Node, explicit: bool, members: list[_Control],
           zod: dict[str, tuple[str | None, bool, list[str]]],
           labels: dict[str, str]) -> FoundForm | None:
    payment = any(c.tag in PAYMENT_ELEMENTS for c in members)
    fields: list[FormField] = []
    radio_seen: set[str] = set()
    for index, control in enumerate(c for c in members if c.tag not in PAYMENT_ELEMENTS):
        built = _field(src, control, index, container, zod, labels)
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
    buttons = action_buttons(src, container)
    handlers = _handlers(src, container, explicit, buttons)
    submit_first = sorted(buttons, key=lambda b: jsx.attr_text(b, "type", src) != "submit")
    submit_label = next(
        (t for b in submit_first if (t := jsx.text(b, src, dynamic=False, idle=True))), None
    )
    component = src.component_of(container)
    title = heading_for(src, container)
    name = (jsx.attr_text(container, "aria-label", src) or title
            or component_title(component) or submit_label or "Form")
    return FoundForm(container, explicit, fields, buttons, handlers, title, name, submit_label,
                     component, payment)


def component_title(component: Component) -> str | None:
    if component.name == "<module>" or component.name.endswith("Page"):
        return None
    return humanize(component.name)


def heading_for(src: SourceFile, node: Node) -> str | None:
    """The heading a person would read as this element's title."""
    for el in src.jsx_within(node):
        if jsx.is_heading(el, src) and not src.in_map_callback(el, below=node):
            text = jsx.text(el, src)
            if text:
                return text
    comp = src.component_of(node)
    current: Node | None = node
    for _ in range(5):
        current = jsx.jsx_parent(current) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            break
        before = [
            el for el in src.jsx_within(current)
            if el.end_byte <= node.start_byte and jsx.is_heading(el, src)
            and not src.in_map_callback(el, below=current)
        ]
        for el in reversed(before):
            text = jsx.text(el, src)
            if text:
                return text
    return None


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
        if fn is not None and src.text(fn).endswith("handleSubmit") and args is not None \
                and args.named_child_count:
            return unwrap(args.named_children[0])
    return expr


# --- fields -----------------------------------------------------------------------------------

def _field(src: SourceFile, control: _Control, index: int, container: Node,
           zod: dict[str, tuple[str | None, bool, list[str]]],
           labels: dict[str, str]) -> FormField | None:
    el, tag = control.node, control.tag
    field_type = CONTROL_TYPES[tag]
    if tag == "input" or tag == "Input":
        field_type = (jsx.attr_text(el, "type", src) or "text").lower()
    if tag == "Calendar" and (jsx.attr_text(el, "mode", src) or "") == "range":
        field_type = "date_range"
    element_id = jsx.attr_text(el, "id", src) or _trigger_id(src, el)
    form_field = _enclosing_form_field(src, el, container)
    form_field_name = jsx.attr_text(form_field, "name", src) if form_field is not None else None
    label = _label(src, el, element_id, form_field, labels, container)
    placeholder = jsx.attr_text(el, "placeholder", src)
    name = (
        jsx.attr_text(el, "name", src) or form_field_name or element_id
        or _registered_name(src, el) or (snake(label) if label else None)
        or jsx.bound_name(el, ("value", "checked", "selected", "defaultValue"), src)
        or snake(placeholder or "") or f"{field_type}_{index + 1}"
    )
    label = label or placeholder
    required = (
        _bool_attr(src, el, "required") or _bool_attr(src, el, "aria-required")
        or bool(label and label.rstrip().endswith("*"))
    )
    options, options_source = _options(src, el, tag, labels)
    if name in zod:
        zod_type, zod_required, zod_options = zod[name]
        required = required or zod_required
        if zod_type and field_type in ("text",):
            field_type = zod_type
        if zod_options and not options:
            options = zod_options
    return FormField(name, field_type, required, label, options, options_source, el)


def _bool_attr(src: SourceFile, el: Node, attr: str) -> bool:
    attrs = jsx.attributes(el, src)
    if attr not in attrs:
        return False
    value = attrs[attr]
    return value is None or src.text(value).strip("{}\"' ") in ("true", "")


def _trigger_id(src: SourceFile, el: Node) -> str | None:
    for inner in src.jsx_within(el):
        if jsx.name(inner, src) in ("SelectTrigger", "PopoverTrigger", "Button"):
            found = jsx.attr_text(inner, "id", src)
            if found:
                return found
    return None


def _enclosing_form_field(src: SourceFile, el: Node, container: Node) -> Node | None:
    current = el.parent
    for _ in range(16):
        if current is None or current.start_byte < container.start_byte:
            return None
        if current.type in ("jsx_element", "jsx_self_closing_element") and \
                jsx.name(current, src) in ("FormField", "Controller"):
            return current
        current = current.parent
    return None


def _registered_name(src: SourceFile, el: Node) -> str | None:
    for spread in jsx.spread_expressions(el):
        spread = unwrap(spread)
        if spread.type != "call_expression":
            continue
        fn = spread.child_by_field_name("function")
        args = spread.child_by_field_name("arguments")
        if fn is not None and src.text(fn).split(".")[-1] == "register" and args is not None \
                and args.named_child_count:
            return string_value(args.named_children[0], src)
    return None


def _labels_by_target(src: SourceFile) -> dict[str, str]:
    labels: dict[str, str] = {}
    for el in src.jsx:
        if jsx.name(el, src) in ("Label", "label", "FormLabel"):
            target = jsx.attr_text(el, "htmlFor", src)
            if target:
                labels.setdefault(target, jsx.text(el, src))
    return labels


def _label(src: SourceFile, el: Node, element_id: str | None, form_field: Node | None,
           labels: dict[str, str], container: Node) -> str | None:
    if form_field is not None:
        for inner in src.jsx_within(form_field):
            if jsx.name(inner, src) == "FormLabel":
                return jsx.text(inner, src) or None
    if element_id and element_id in labels:
        return labels[element_id] or None
    current: Node | None = el
    for _ in range(3):
        current = jsx.jsx_parent(current) if current is not None else None
        if current is None or current.start_byte < container.start_byte:
            break
        tag = jsx.name(current, src)
        if tag in ("label", "Label", "FormLabel"):
            return jsx.text(current, src) or None
        controls = [c for c in src.jsx_within(current) if jsx.name(c, src) in CONTROL_TYPES]
        if len(controls) > 1:
            break
        for child in jsx.jsx_children(current):
            if jsx.name(child, src) in ("Label", "label", "FormLabel") and \
                    not jsx.has_attr(child, "htmlFor", src):
                text = jsx.text(child, src)
                if text:
                    return text
    return jsx.attr_text(el, "aria-label", src)


def _options(src: SourceFile, el: Node, tag: str,
             labels: dict[str, str]) -> tuple[list[str], str | None]:
    option_tag = _OPTION_TAGS.get(tag)
    if option_tag is None:
        return [], None
    options: list[str] = []
    source: str | None = None
    for inner in src.jsx_within(el):
        if jsx.name(inner, src) != option_tag:
            continue
        if src.in_map_callback(inner, below=el):
            source = source or _mapped_array(src, inner)
            continue
        value = jsx.attr_text(inner, "value", src) or jsx.text(inner, src)
        if value and value not in options:
            options.append(value)
    return options, source


def _mapped_array(src: SourceFile, inner: Node) -> str | None:
    """The array an option list is rendered from: `services.map(...)` -> "services"."""
    current = inner.parent
    while current is not None:
        if current.type == "call_expression":
            fn = current.child_by_field_name("function")
            if fn is not None and fn.type == "member_expression":
                prop = fn.child_by_field_name("property")
                if prop is not None and src.text(prop) == "map":
                    obj = fn.child_by_field_name("object")
                    if obj is not None:
                        return _root_identifier(obj, src)
        current = current.parent
    return None


def _root_identifier(node: Node, src: SourceFile) -> str:
    node = unwrap(node)
    while node.type in ("call_expression", "member_expression"):
        inner = node.child_by_field_name("function") if node.type == "call_expression" \
            else node.child_by_field_name("object")
        if inner is None:
            break
        node = unwrap(inner)
    return src.text(node)


def options_are_times(options: list[str]) -> bool:
    return bool(options) and all(is_time_text(o) for o in options)


def looks_like_time_field(f: FormField) -> bool:
    """A field where the visitor picks a time of day (a time input or a list of slots)."""
    tokens = set(words(f.name)) | set(words(f.options_source or ""))
    return f.type in ("time", "datetime-local") or options_are_times(f.options) or bool(
        tokens & {"time", "slot", "slots", "seating", "seatings", "start"}
    )


# --- zod --------------------------------------------------------------------------------------

def _zod_fields(src: SourceFile) -> dict[str, tuple[str | None, bool, list[str]]]:
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


def _zod_chain(node: Node, src: SourceFile,
               evaluator: Evaluator) -> tuple[str | None, bool, list[str]]:
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
