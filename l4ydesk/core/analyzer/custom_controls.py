"""Tells a project's own component bound like an input (`<DayPicker value={d} onChange={setD} />`)
from any other component, and what kind of field it is."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

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

_WHEN_PARTS = {"date": "date", "day": "date", "calendar": "date", "time": "time", "slot": "time"}
_BINDINGS = ("onChange", "onValueChange", "onSelect", "onDateChange", "onTimeChange")


def custom_control_type(el: Node, src: SourceFile) -> str | None:
    """A project's own picker bound like an input (`<DeliveryDayPicker value={d}
    onChange={setD} />`): a day or time field, by the words of its name; inside a `<form>`,
    any such component (`<StarRating value={r} onChange={setR} />`) is a picked value of it."""
    tag = jsx.name(el, src)
    if not tag[:1].isupper() or tag in CONTROL_TYPES:
        return None
    bound = (jsx.has_attr(el, "value", src) or jsx.has_attr(el, "selected", src)) and any(
        jsx.has_attr(el, a, src) for a in _BINDINGS
    )
    if not bound:
        # `<Field label="Email" type="email" />` in a `<form>`, where `Field` is a component of
        # the same file that renders an input: a field of that form, typed by its own prop
        # (or one named as an input, `<FloatingInput name="email" label="..." />`, closed on
        # itself: a wrapper that holds its input as a child is read through that child)
        named_input = (
            el.type == "jsx_self_closing_element"
            and words(tag)[-1:] in (["input"], ["field"])
            and tag != "FormField"
        )
        if (
            (tag in _input_wrappers(src) or named_input)
            and any(jsx.has_attr(el, a, src) for a in ("label", "placeholder", "name"))
            and _inside_form(el, src)
        ):
            return (jsx.attr_text(el, "type", src) or "text").lower()
        return None
    found = [_WHEN_PARTS[w] for w in words(tag) if w in _WHEN_PARTS]
    if found:
        return found[0]
    if _inside_form(el, src):
        return "select"
    # `<SelectField value={v} onChange={setV} />` out of any `<form>`, where `SelectField` is a
    # component of the same file whose markup is one native control: that control, bound
    return _wrapped_controls(src).get(tag)


_NATIVE = re.compile(rb"<(select|textarea|input)[\s/>]")
_KINDS = {b"select": "select", b"textarea": "textarea", b"input": "text"}
# a field drawn by its kind (`switch (field.type) { case "select": return <Select ...> }`):
# the library's controls, one per kind, each a way of asking for the one value it is bound to
_LIBRARY = re.compile(rb"<(Input|Textarea|Select|Checkbox|Switch|RadioGroup)[\s/>]")


def _wrapped_controls(src: SourceFile) -> dict[str, str]:
    """Components of the file whose own markup holds exactly one native control, by its kind."""

    def build() -> dict[str, str]:
        found: dict[str, str] = {}
        for c in src.components[1:]:
            if c.node is None or not c.name[:1].isupper():
                continue
            kinds = _NATIVE.findall(c.node.text or b"")
            if len(kinds) == 1:
                found[c.name] = _KINDS[kinds[0]]
            elif not kinds and len(set(_LIBRARY.findall(c.node.text or b""))) >= 2:
                found[c.name] = "text"
        return found

    wrapped: dict[str, str] = src.cached("wrapped_controls", build)
    return wrapped


def _input_wrappers(src: SourceFile) -> frozenset[str]:
    """Components of the file whose own markup is one input (a labelled field wrapper)."""

    def build() -> frozenset[str]:
        return frozenset(
            c.name
            for c in src.components[1:]
            if c.node is not None
            and c.name[:1].isupper()
            and sum((c.node.text or b"").count(t) for t in (b"<input", b"<Input", b"<textarea"))
            == 1
        )

    found: frozenset[str] = src.cached("input_wrappers", build)
    return found


def _inside_form(el: Node, src: SourceFile) -> bool:
    node = el.parent
    while node is not None:
        if node.type == "jsx_element" and jsx.name(node, src) in ("form", "Form"):
            return True
        node = node.parent
    return False
