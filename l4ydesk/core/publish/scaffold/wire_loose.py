"""Wires a form that has no `<form>` element: inputs next to the button that saves them.

The analyzer groups such inputs with their button (`forms.find_forms`) and names each field as
the form record does. A field's value is what its input shows: a controlled input's `value={…}`
(`checked`, `selected`) read where the button is, or a plain input's own value in the page,
found through a `data-l4y-field` attribute the edit gives it (on a shadcn `<Select>` with no
value, its trigger, which shows the chosen item's words). The button's `onClick` is wrapped
(a button without one gets one):

    onClick={l4ySubmitFields(12, (shown) => ({ "name": form.name, "email": shown("email") }), save)}

so a click posts the values as they are at that moment, and the app's own handler runs once the
platform accepted them, as a wired `<form>`'s does. A shape it cannot read safely (a picker that
keeps its value to itself, a value out of the button's reach, only a step's "Next") is left as
it is, with the reason.
"""

from __future__ import annotations

import json
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.form_groups import contains, is_action_button
from l4ydesk.core.analyzer.forms import FoundForm, find_forms
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile
from l4ydesk.core.publish.scaffold import wire_edits
from l4ydesk.core.publish.scaffold.wire_edits import SUBMIT_FIELDS, Splice

FIELD_ATTR = "data-l4y-field"
# what a controlled input shows, by the prop it takes it from
_VALUE_PROPS = ("value", "checked", "selected", "date")
# plain inputs whose value the page itself holds (shadcn's pass their props to the element)
_PLAIN_TAGS = frozenset({"input", "Input", "textarea", "Textarea", "select"})
# a step's button moves on and saves nothing yet; posting there would send half a form
_NEXT_STEP = re.compile(
    r"^(next|continue|weiter|siguiente|continuar|suivant|continuer|avanti|avançar|próximo|"
    r"volgende|verder|tiếp|次へ|下一步)(?!\w)",
    re.I,
)


# what a saving button says, first word, in the languages v0 apps are written in; "Add item" and
# "Preview" beside it act on the form without saving it
_SAVING = re.compile(
    r"^(save|submit|send|book|reserve|confirm|create|register|subscribe|request|update|"
    r"place|pay|apply|guardar|enviar|reservar|confirmar|crear|registrar|solicitar|pagar|"
    r"salvar|criar|enregistrer|envoyer|réserver|confirmer|créer|speichern|senden|buchen|"
    r"bestätigen|erstellen|salva|invia|prenota|conferma|crea|opslaan|verzenden|boeken|"
    r"bevestigen|lưu|gửi|đặt|xác nhận|tạo|保存|送信|予約|確定|作成|登録)(?!\w)",
    re.I,
)


def wire_form_at(
    path: str, data: bytes, line: int, form_id: int, others: frozenset[int] = frozenset()
) -> bytes | str:
    """The file with the form at `line` posting to form `form_id`; a reason when it cannot.

    A `<form>` element is wired through its onSubmit (wire_edits); inputs without one through
    the button that saves them. `others`: the other forms wired in the same publish."""
    src = wire_edits.parsed(path, data)
    if src is None:
        return "the file is not JSX"
    form = wire_edits.form_at(src, line)
    if form is not None:
        return wire_edits.wire_form_element(src, form, form_id, others)
    loose = [
        f for f in find_forms(src) if not f.explicit and f.container.start_point.row + 1 == line
    ]
    if not loose:
        return f"no <form> element starts on line {line}"
    return _wire_loose(src, loose[0], form_id, others)


def _wire_loose(
    src: SourceFile, form: FoundForm, form_id: int, others: frozenset[int]
) -> bytes | str:
    buttons = _saving_buttons(src, form)
    if isinstance(buttons, str):
        return buttons
    handlers = [wire_edits.attr_value(b, "onClick", src) for b in buttons]
    rewired = [wire_edits.already_wired(src, h, form_id, others) for h in handlers if h is not None]
    taken = next((r for r in rewired if isinstance(r, str)), None)
    if taken is not None:
        return taken
    if rewired and all(r is not None for r in rewired):
        fixes = [splice for r in rewired if isinstance(r, tuple) for splice in r[0]]
        return wire_edits.apply_splices(src, fixes, SUBMIT_FIELDS) if fixes else src.source
    values: list[str] = []
    splices: list[Splice] = []
    for field in form.fields:
        name = json.dumps(field.name, ensure_ascii=False)
        shown = _controlled_value(src, field.node)
        if shown is not None:
            if not all(_in_reach(shown, button) for button in buttons):
                return f"the value of '{field.name}' is out of the button's reach"
            values.append(f"{name}: {src.text(shown)}")
        elif field.node is not None and jsx.name(field.node, src) in _PLAIN_TAGS:
            values.append(f"{name}: shown({name})")
            splices.extend(_marked(src, field.node, field.name))
        elif field.node is not None and (trigger := _select_trigger(src, field.node)) is not None:
            # a select that keeps its choice to itself shows it in its trigger
            values.append(f"{name}: shown({name})")
            splices.extend(_marked(src, trigger, field.name))
        else:
            return (
                f"the input '{field.name}' keeps its value to itself (a picker with no value={{…}})"
            )
    if not values:
        return "the inputs have no fields the platform can store"
    thunk = "(shown) => ({ " + ", ".join(values) + " })"
    for button, handler in zip(buttons, handlers, strict=True):
        if handler is not None:
            splices += wire_edits.wrapped_in(handler, f"{SUBMIT_FIELDS}({form_id}, {thunk}, ")
        else:
            call = f"onClick={{{SUBMIT_FIELDS}({form_id}, {thunk}, null)}}"
            splices.append(wire_edits.added_attribute(button, call))
    return wire_edits.apply_splices(src, splices, SUBMIT_FIELDS)


def _saving_buttons(src: SourceFile, form: FoundForm) -> list[Node] | str:
    """The buttons that save the inputs: one, or several that call the same handler with a
    saving word ("Save invoice" at the top and the bottom); not a step's "Next", not a choice
    in a list, not "Preview" or "Add item" beside them."""
    home = _function_around(form.container)
    # the analyzer leaves out "Place order" and "Pay" (a checkout's); here they save the inputs
    around = form.buttons or [
        el
        for el in src.jsx
        if contains(form.container, el) and is_action_button(el, src, commerce_ok=True)
    ]
    buttons = [b for b in around if _function_around(b) == home]
    steps = [b for b in buttons if _NEXT_STEP.match(_label(src, b))]
    saving = [b for b in buttons if b not in steps]
    if not saving and steps:
        label = _label(src, steps[0])
        return f"its button '{label}' moves to a next step, which saves nothing yet"
    acting = [b for b in saving if wire_edits.attr_value(b, "onClick", src) is not None]
    if len(acting) > 1:
        return _one_saving_action(src, acting)
    if acting:
        return acting
    if len(saving) != 1:
        return "no button next to the inputs saves them"
    if jsx.has_attr(saving[0], "href", src) or jsx.has_attr(saving[0], "asChild", src):
        return "the button next to the inputs is a link to another page"
    return saving


def _one_saving_action(src: SourceFile, acting: list[Node]) -> list[Node] | str:
    worded = [b for b in acting if _SAVING.match(_label(src, b))]
    calls = {src.text(h) for b in worded if (h := wire_edits.attr_value(b, "onClick", src))}
    if len(calls) != 1:
        return "several buttons act on the inputs, so which one saves them is not clear"
    return worded


def _label(src: SourceFile, button: Node) -> str:
    return (jsx.text(button, src, dynamic=False, idle=True) or "").strip()


def _controlled_value(src: SourceFile, control: Node | None) -> Node | None:
    if control is None:
        return None
    for prop in _VALUE_PROPS:
        value = jsx.attr_expression(control, prop, src)
        if value is not None and value.type not in ("string", "template_string"):
            return value
    return None


def _select_trigger(src: SourceFile, control: Node) -> Node | None:
    """The trigger of a shadcn (Radix) `<Select>` with no `value={…}`: the button that shows
    the chosen item's words (or its placeholder, marked `data-placeholder`)."""
    if jsx.name(control, src) != "Select":
        return None
    return next(
        (el for el in src.jsx if contains(control, el) and jsx.name(el, src) == "SelectTrigger"),
        None,
    )


def _marked(src: SourceFile, control: Node, name: str) -> list[Splice]:
    """The attribute the page finds a plain input by (none when it has it already)."""
    if jsx.attr_text(control, FIELD_ATTR, src) == name:
        return []
    return [
        wire_edits.added_attribute(control, f"{FIELD_ATTR}={json.dumps(name, ensure_ascii=False)}")
    ]


def _function_around(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_TYPES:
        parent = parent.parent
    return parent


def _in_reach(value: Node, button: Node) -> bool:
    """The value's names are the button's too: the innermost function around the value (a
    list's row callback, a child component) also holds the button."""
    around = _function_around(value)
    return around is None or (
        around.start_byte <= button.start_byte and button.end_byte <= around.end_byte
    )
