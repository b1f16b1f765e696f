"""Reads one form field from JSX: its name, type, label, whether it is required, its options.

A field gets its name from `name`/`id`, a react-hook-form `FormField`, or `register("x")`, else
from its label or the state it is bound to; its label from `<Label htmlFor>`, a wrapping
`<label>`, a lone label beside it or `aria-label`. Zod schemas in the file say what is required.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, machinery_words

# re-exported: other modules read the control tags and custom pickers from here
from l4ydesk.core.analyzer.custom_controls import CONTROL_TYPES as CONTROL_TYPES
from l4ydesk.core.analyzer.custom_controls import custom_control_type as custom_control_type
from l4ydesk.core.analyzer.literals import Evaluator, string_value, unwrap
from l4ydesk.core.analyzer.syntax import Nesting, SourceFile
from l4ydesk.core.analyzer.values import is_time_text, snake, words

# "e-mail" in the languages v0 apps are written in (`e-mail` splits into "e" and "mail")
_EMAIL_WORDS = frozenset(
    {"email", "mail", "correo", "courriel", "emailadres", "emailadresse", "posta", "eposta"}
)
_EMAIL_CJK = ("メール", "邮箱", "電子郵件", "이메일")
# ...and in scripts written without Latin letters: Arabic says "electronic mail" ("بريدك
# الإلكتروني"; mail alone, "البريدي", is the postal code), Persian, Hindi, Thai, Hebrew,
# Russian ("эл. почта")
_EMAIL_SCRIPT = re.compile(
    r"بريد\S*\s+(ال)?[إا]لكترون|ایمیل|إيميل|ईमेल|อีเมล|אימייל|דוא\"ל|"
    r"эл(ектронн\w*)?\.?\s*почт",
    re.I,
)


# `Select` is shadcn's Radix select (SelectItem) or a styled native select (option)
_OPTION_TAGS: dict[str, tuple[str, ...]] = {
    "select": ("option",),
    "Select": ("SelectItem", "option"),
    "RadioGroup": ("RadioGroupItem",),
    "ToggleGroup": ("ToggleGroupItem",),
    "Combobox": ("CommandItem",),
}


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


@dataclass(frozen=True)
class Control:
    node: Node
    tag: str
    search: bool


def read_field(
    context: FieldContext, control: Control, index: int, container: Node
) -> FormField | None:
    src, zod, labels = context.src, context.zod, context.labels
    el, tag = control.node, control.tag
    if _bool_attr(src, el, "readOnly"):
        return None  # a box that shows a value to copy (a phone number) takes no entry
    field_type = CONTROL_TYPES.get(tag) or custom_control_type(el, src) or "text"
    if tag == "input" or tag == "Input":
        field_type = (jsx.attr_text(el, "type", src) or _shown_password(el, src) or "text").lower()
    if tag == "Calendar" and (jsx.attr_text(el, "mode", src) or "") == "range":
        field_type = "date_range"
    element_id = jsx.attr_text(el, "id", src) or _trigger_id(src, el)
    form_field = _enclosing_form_field(src, el, container)
    form_field_name = jsx.attr_text(form_field, "name", src) if form_field is not None else None
    label = _label(context, el, element_id, form_field, container)
    if label is None and tag[:1].isupper() and tag not in CONTROL_TYPES:
        label = jsx.attr_text(el, "label", src)  # a field wrapper takes its label as a prop
    placeholder = jsx.attr_text(el, "placeholder", src)
    registered, registered_required = _registration(src, el)
    name = (
        jsx.attr_text(el, "name", src)
        or form_field_name
        or element_id
        or registered
        or (snake(label) if label else None)
        or jsx.bound_name(el, ("value", "checked", "selected", "defaultValue"), src)
        or snake(placeholder or "")
        or f"{field_type}_{index + 1}"
    )
    label = label or placeholder
    if (
        field_type == "text"
        and _asks_for_email(f"{name} {label or ''}")
        # "Search by name, e-mail or ID" looks rows up by an e-mail; it asks for none
        and not machinery_words.SEARCH_OR_FILTER.search(label or "")
    ):
        field_type = "email"  # `<Input placeholder="Tu correo electrónico" />` wants an e-mail
    required = (
        _bool_attr(src, el, "required")
        or _bool_attr(src, el, "aria-required")
        or registered_required
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


def _asks_for_email(text: str) -> bool:
    return (
        bool(set(words(text)) & _EMAIL_WORDS)
        or any(w in text for w in _EMAIL_CJK)
        or _EMAIL_SCRIPT.search(text) is not None
    )


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


def _registration(src: SourceFile, el: Node) -> tuple[str | None, bool]:
    """`{...register("email", { required: true })}` -> ("email", True)."""
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
            options = (
                Evaluator(src).evaluate(args.named_children[1])
                if (args.named_child_count > 1)
                else None
            )
            # `required: "Please enter..."` is a message, and just as required as `true`
            required = isinstance(options, dict) and bool(options.get("required"))
            return string_value(args.named_children[0], src), required
    return None, False


def labels_by_target(src: SourceFile) -> dict[str, str]:
    labels: dict[str, str] = {}
    for el in src.jsx:
        if jsx.name(el, src) in ("Label", "label", "FormLabel"):
            target = jsx.attr_text(el, "htmlFor", src)
            if target:
                labels.setdefault(target, jsx.text(el, src))
    return labels


def _label(
    context: FieldContext,
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
    option_tags = _OPTION_TAGS.get(tag)
    if option_tags is None:
        return [], None
    options: list[str] = []
    source: str | None = None
    for inner in src.jsx_within(el):
        if jsx.name(inner, src) not in option_tags:
            continue
        if src.in_map_callback(inner, below=el):
            source = source or _mapped_array(src, inner)
            continue
        value = jsx.attr_text(inner, "value", src)
        if value == "":
            continue  # `<option value="" disabled>Choose a time</option>` is a placeholder
        value = value or jsx.text(inner, src)
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


@dataclass
class FieldContext:
    """What reading the fields of one file's forms needs: controls, zod schemas, labels."""

    src: SourceFile
    controls: list[Control]
    zod: dict[str, tuple[str | None, bool, list[str]]]
    labels: dict[str, str]
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [c.node.start_byte for c in self.controls]

    def controls_in(self, node: Node) -> int:
        # syntax nodes nest: a control that starts inside `node` also ends inside it
        return bisect.bisect_left(self._starts, node.end_byte) - bisect.bisect_left(
            self._starts, node.start_byte
        )


def _shown_password(el: Node, src: SourceFile) -> str | None:
    """`type={visible ? "text" : "password"}`: a password with a show/hide eye is a password."""
    expr = jsx.attr_expression(el, "type", src)
    if expr is None or expr.type not in ("ternary_expression", "conditional_expression"):
        return None
    said = {src.text(c).strip("\"'`") for c in expr.named_children if c.type == "string"}
    return "password" if "password" in said else None
