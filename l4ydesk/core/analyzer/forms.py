"""Finds forms in JSX: explicit `<form>`s and input groups next to a submit button, with fields.

A field gets its name from `name`/`id`, a react-hook-form `FormField`, or `register("x")`; its
label from `<Label htmlFor>`, a wrapping `<label>`, a lone label beside it, `aria-label` or the
placeholder. Zod schemas in the same file say which fields are required.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.syntax import Component, Nesting, SourceFile, key
from l4ydesk.core.analyzer.values import humanize, is_time_text, snake, words

CONTROL_TYPES: dict[str, str] = {
    "input": "text",
    "Input": "text",
    "textarea": "textarea",
    "Textarea": "textarea",
    "select": "select",
    "Select": "select",
    "Checkbox": "checkbox",
    "Switch": "checkbox",
    "RadioGroup": "radio",
    "Calendar": "date",
    "DatePicker": "date",
    "DateRangePicker": "date_range",
    "Slider": "number",
    "ToggleGroup": "select",
    "InputOTP": "text",
    "PhoneInput": "tel",
    "Combobox": "select",
}
PAYMENT_ELEMENTS = frozenset(
    {
        "PaymentElement",
        "CardElement",
        "CardNumberElement",
        "AddressElement",
        "ExpressCheckoutElement",
        "EmbeddedCheckout",
        "PayPalButtons",
        "LinkAuthenticationElement",
    }
)
_OPTION_TAGS = {
    "select": "option",
    "Select": "SelectItem",
    "RadioGroup": "RadioGroupItem",
    "ToggleGroup": "ToggleGroupItem",
    "Combobox": "CommandItem",
}
_SKIPPED_INPUT_TYPES = frozenset({"hidden", "submit", "button", "reset", "image"})
_SEARCH = re.compile(r"\b(search|filter|find|query|lookup)\b", re.I)
_DISMISS = re.compile(
    r"^(cancel|close|back|previous|prev|remove|delete|clear|reset|edit|view|copy|download|print|"
    r"show|hide|more|less|skip|undo|\+|-|x|×)\b",
    re.I,
)
COMMERCE = re.compile(
    r"\b(add to (cart|bag|basket)|buy|checkout|check out|pay|purchase|place order|"
    r"order now|get tickets?|buy tickets?)\b",
    re.I,
)
_TRIGGERS = frozenset(
    {
        "DialogTrigger",
        "SheetTrigger",
        "PopoverTrigger",
        "DropdownMenuTrigger",
        "DrawerTrigger",
        "AlertDialogTrigger",
        "TooltipTrigger",
        "CollapsibleTrigger",
        "AccordionTrigger",
    }
)
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
            "name": self.name,
            "type": self.type,
            "required": self.required,
            "label": self.label,
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
    context = _Context(src, controls, _zod_fields(src), _labels_by_target(src))
    forms: list[FoundForm] = []
    real_forms = [el for el in src.jsx if jsx.name(el, src) == "form"]
    form_nodes = list(real_forms)
    # shadcn's <Form> is a context provider; it only counts when no real <form> is inside it
    for el in src.jsx:
        if jsx.name(el, src) == "Form" and not any(
            el.start_byte <= f.start_byte and f.end_byte <= el.end_byte for f in real_forms
        ):
            form_nodes.append(el)
    nesting = Nesting([(f.start_byte, f.end_byte) for f in form_nodes])
    members: dict[int, list[_Control]] = {}
    loose: list[_Control] = []
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
    for container, group in _implicit_groups(context, loose, typed=_typed(src, loose)):
        built = _build(context, container, False, group)
        if built is not None:
            forms.append(built)
    forms.sort(key=lambda f: f.container.start_byte)
    return forms


@dataclass
class _Context:
    """What every form of a file shares, plus caches for the per-control climbs."""

    src: SourceFile
    controls: list[_Control]
    zod: dict[str, tuple[str | None, bool, list[str]]]
    labels: dict[str, str]
    _starts: list[int] = field(default_factory=list)
    _button_nodes: list[Node] = field(default_factory=list)
    _button_starts: list[int] = field(default_factory=list)
    _is_action: dict[tuple[tuple[int, int, str], bool], bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [c.node.start_byte for c in self.controls]
        self._button_nodes = [el for el in self.src.jsx if _is_button_tag(el, self.src)]
        self._button_starts = [b.start_byte for b in self._button_nodes]

    def controls_in(self, node: Node) -> int:
        # syntax nodes nest: a control that starts inside `node` also ends inside it
        return bisect.bisect_left(self._starts, node.end_byte) - bisect.bisect_left(
            self._starts, node.start_byte
        )

    def buttons(self, scope: Node, commerce_ok: bool, *, first: bool = False) -> list[Node]:
        """Action buttons inside `scope` (just the first one with `first`)."""
        lo = bisect.bisect_left(self._button_starts, scope.start_byte)
        hi = bisect.bisect_left(self._button_starts, scope.end_byte)
        found: list[Node] = []
        for button in self._button_nodes[lo:hi]:
            if button.end_byte > scope.end_byte:
                continue
            slot = (key(button), commerce_ok)
            if slot not in self._is_action:
                self._is_action[slot] = is_action_button(button, self.src, commerce_ok=commerce_ok)
            if self._is_action[slot]:
                found.append(button)
                if first:
                    break
        return found


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
    # a control inside another control (a custom Select wrapping an input) is one field;
    # `found` is in source order, so an inner control follows the outer one it sits in
    outer: list[_Control] = []
    for control in found:
        if outer and control.node.end_byte <= outer[-1].node.end_byte:
            continue
        outer.append(control)
    return outer


def _is_search(el: Node, src: SourceFile) -> bool:
    if (jsx.attr_text(el, "type", src) or "").lower() == "search":
        return True
    for attr in ("placeholder", "aria-label", "name", "id"):
        value = jsx.attr_text(el, attr, src)
        if value and _SEARCH.search(value):
            return True
    return False


def _is_button_tag(el: Node, src: SourceFile) -> bool:
    tag = jsx.name(el, src)
    if tag in ("Button", "button"):
        return True
    return tag == "input" and (jsx.attr_text(el, "type", src) or "") == "submit"


def is_action_button(el: Node, src: SourceFile, *, commerce_ok: bool = False) -> bool:
    if jsx.has_attr(el, "href", src):
        return False
    if jsx.has_attr(el, "asChild", src) and any(
        jsx.name(c, src) in ("Link", "a") for c in jsx.jsx_children(el)
    ):
        return False
    parent: Node | None = el
    for _ in range(3):  # <PopoverTrigger asChild><FormControl><Button> opens, never submits
        parent = jsx.jsx_parent(parent, src) if parent is not None else None
        if parent is not None and jsx.name(parent, src) in _TRIGGERS:
            return False
    if src.in_map_callback(el):
        return False
    label = jsx.text(el, src, dynamic=False, idle=True) or jsx.attr_text(el, "value", src) or ""
    is_submit = (jsx.attr_text(el, "type", src) or "") == "submit"
    if not label:
        return is_submit
    if _DISMISS.search(label):
        return False
    if COMMERCE.search(label) and not is_submit:
        return commerce_ok and not re.search(r"add to (cart|bag|basket)", label, re.I)
    return is_submit or not re.match(r"^(add|new|create new)\b", label, re.I)


def _typed(src: SourceFile, controls: list[_Control]) -> set[tuple[int, int, str]]:
    """Controls a visitor types into (not pickers): only they make a form of a pay button."""
    found: set[tuple[int, int, str]] = set()
    for control in controls:
        input_type = (jsx.attr_text(control.node, "type", src) or "text").lower()
        if control.tag in ("textarea", "Textarea") or (
            control.tag in ("input", "Input")
            and input_type in ("text", "email", "tel", "url", "password", "number")
        ):
            found.add(key(control.node))
    return found


def _implicit_groups(
    context: _Context, loose: list[_Control], typed: set[tuple[int, int, str]]
) -> list[tuple[Node, list[_Control]]]:
    containers: list[tuple[Node, _Control]] = []
    # a pay button next to an address field submits details; next to a size picker it does not
    commerce_ok = len(typed) >= 1
    for control in loose:
        container = _implicit_container(context, control.node, commerce_ok)
        if container is not None:
            containers.append((container, control))
    # nested containers (a row with "Add line" inside a card with "Send") are one form: sweep
    # them in source order, outer ones first, and fold each into the outer one it sits in
    containers.sort(key=lambda p: (p[0].start_byte, -p[0].end_byte))
    groups: list[tuple[Node, list[_Control]]] = []
    for container, control in containers:
        if groups and _contains(groups[-1][0], container):
            groups[-1][1].append(control)
        else:
            groups.append((container, [control]))
    return groups


def _implicit_container(context: _Context, node: Node, commerce_ok: bool = False) -> Node | None:
    src = context.src
    comp = src.component_of(node)
    current: Node | None = node
    for _ in range(MAX_CLIMB):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            return None
        if context.buttons(current, commerce_ok, first=True):
            return current
    return None


def _build(
    context: _Context, container: Node, explicit: bool, members: list[_Control]
) -> FoundForm | None:
    src = context.src
    payment = any(c.tag in PAYMENT_ELEMENTS for c in members)
    fields: list[FormField] = []
    radio_seen: set[str] = set()
    for index, control in enumerate(c for c in members if c.tag not in PAYMENT_ELEMENTS):
        built = _field(context, control, index, container)
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
        (t for b in submit_first if (t := jsx.text(b, src, dynamic=False, idle=True))), None
    )
    component = src.component_of(container)
    title = heading_for(src, container)
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
    )


def component_title(component: Component) -> str | None:
    if component.name == "<module>" or component.name.endswith("Page"):
        return None
    return humanize(component.name)


def heading_for(src: SourceFile, node: Node) -> str | None:
    """The heading a person would read as this element's title."""
    for el in src.headings_within(node):
        if not src.in_map_callback(el, below=node):
            text = jsx.text(el, src)
            if text:
                return text
    comp = src.component_of(node)
    current: Node | None = node
    for _ in range(5):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            break
        before = [
            el
            for el in src.headings_before(node, current)
            if not src.in_map_callback(el, below=current)
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
        if (
            fn is not None
            and src.text(fn).endswith("handleSubmit")
            and args is not None
            and args.named_child_count
        ):
            return unwrap(args.named_children[0])
    return expr


# --- fields -----------------------------------------------------------------------------------


def _field(context: _Context, control: _Control, index: int, container: Node) -> FormField | None:
    src, zod, labels = context.src, context.zod, context.labels
    el, tag = control.node, control.tag
    field_type = CONTROL_TYPES[tag]
    if tag == "input" or tag == "Input":
        field_type = (jsx.attr_text(el, "type", src) or "text").lower()
    if tag == "Calendar" and (jsx.attr_text(el, "mode", src) or "") == "range":
        field_type = "date_range"
    element_id = jsx.attr_text(el, "id", src) or _trigger_id(src, el)
    form_field = _enclosing_form_field(src, el, container)
    form_field_name = jsx.attr_text(form_field, "name", src) if form_field is not None else None
    label = _label(context, el, element_id, form_field, container)
    placeholder = jsx.attr_text(el, "placeholder", src)
    name = (
        jsx.attr_text(el, "name", src)
        or form_field_name
        or element_id
        or _registered_name(src, el)
        or (snake(label) if label else None)
        or jsx.bound_name(el, ("value", "checked", "selected", "defaultValue"), src)
        or snake(placeholder or "")
        or f"{field_type}_{index + 1}"
    )
    label = label or placeholder
    required = (
        _bool_attr(src, el, "required")
        or _bool_attr(src, el, "aria-required")
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
    """The react-hook-form `<FormField>` / `<Controller>` whose render prop holds `el`."""

    def build() -> tuple[list[Node], Nesting]:
        found = [e for e in src.jsx if jsx.name(e, src) in ("FormField", "Controller")]
        return found, Nesting([(e.start_byte, e.end_byte) for e in found])

    fields, nesting = src.cached("form_fields", build)
    for index in nesting.containing(el.start_byte, el.end_byte):
        found: Node = fields[index]
        return found if found.start_byte >= container.start_byte else None
    return None


def _registered_name(src: SourceFile, el: Node) -> str | None:
    for spread in jsx.spread_expressions(el):
        spread = unwrap(spread)
        if spread.type != "call_expression":
            continue
        fn = spread.child_by_field_name("function")
        args = spread.child_by_field_name("arguments")
        if (
            fn is not None
            and src.text(fn).split(".")[-1] == "register"
            and args is not None
            and args.named_child_count
        ):
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


def _label(
    context: _Context,
    el: Node,
    element_id: str | None,
    form_field: Node | None,
    container: Node,
) -> str | None:
    src, labels = context.src, context.labels
    if form_field is not None:
        for inner in src.jsx_within(form_field):
            if jsx.name(inner, src) == "FormLabel":
                return jsx.text(inner, src) or None
    if element_id and element_id in labels:
        return labels[element_id] or None
    current: Node | None = el
    for _ in range(3):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < container.start_byte:
            break
        tag = jsx.name(current, src)
        if tag in ("label", "Label", "FormLabel"):
            return jsx.text(current, src) or None
        if context.controls_in(current) > 1:
            break
        for child in jsx.jsx_children(current):
            if jsx.name(child, src) in ("Label", "label", "FormLabel") and not jsx.has_attr(
                child, "htmlFor", src
            ):
                text = jsx.text(child, src)
                if text:
                    return text
    return jsx.attr_text(el, "aria-label", src)


def _options(
    src: SourceFile, el: Node, tag: str, labels: dict[str, str]
) -> tuple[list[str], str | None]:
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
    for _ in range(12):  # the .map() is right around the option; do not climb to the root
        if current is None:
            break
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
        inner = (
            node.child_by_field_name("function")
            if node.type == "call_expression"
            else node.child_by_field_name("object")
        )
        if inner is None:
            break
        node = unwrap(inner)
    return src.text(node)


def options_are_times(options: list[str]) -> bool:
    return bool(options) and all(is_time_text(o) for o in options)


def looks_like_time_field(f: FormField) -> bool:
    """A field where the visitor picks a time of day (a time input or a list of slots)."""
    tokens = set(words(f.name)) | set(words(f.options_source or ""))
    return (
        f.type in ("time", "datetime-local")
        or options_are_times(f.options)
        or bool(tokens & {"time", "slot", "slots", "seating", "seatings", "start"})
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
