"""Finds forms in JSX: explicit `<form>`s and input groups next to a submit button.

Inputs outside a `<form>` make a form with the nearest button that looks like it submits
("Subscribe", "Book now"); search boxes, filters, lone toggles and size pickers next to "Add to
cart" do not. Each form gets its controls (read by `fields`), buttons, handlers and a title.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.editors import live_editors
from l4ydesk.core.analyzer.fields import (
    Control,
    FieldContext,
    FormField,
    labels_by_target,
    read_field,
    zod_fields,
)
from l4ydesk.core.analyzer.form_controls import PAYMENT_ELEMENTS as PAYMENT_ELEMENTS  # cards.py
from l4ydesk.core.analyzer.form_controls import find_controls
from l4ydesk.core.analyzer.form_titles import component_title, heading_for
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import Component, Nesting, SourceFile, key
from l4ydesk.core.analyzer.translations import translated_label

_DISMISS = re.compile(
    r"^(cancel|close|back|previous|prev|remove|delete|clear|reset|edit|view|copy|download|print|"
    r"show|hide|more|less|skip|undo|\+|-|x|×)\b"
    # the same in the languages v0 apps are written in: a dialog's way out submits nothing
    r"|^(cancelar|cerrar|volver|atr[aá]s|annuler|fermer|retour|abbrechen|schlie(ß|ss)en|"
    r"zur[uü]ck|annulla|chiudi|indietro|fechar|voltar|annuleren|sluiten|terug|h[uủ]y|đóng|"
    r"quay l[aạ]i|iptal|kapat|geri|tilbake|avbryt|lukk|bekor qilish|batal|tutup|kembali)(?!\w)"
    r"|^(キャンセル|閉じる|戻る|取消|关闭|返回|취소|닫기)",
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


def find_forms(src: SourceFile) -> list[FoundForm]:
    controls = find_controls(src)
    if not controls:
        return []
    context = _Context(src, controls, zod_fields(src), labels_by_target(src))
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
    for container, group in _implicit_groups(context, loose, typed=_typed(src, loose)):
        grouped.update(key(c.node) for c in group)
        built = _build(context, container, False, group)
        if built is not None:
            forms.append(built)
    for container, group in live_editors(src, [c for c in loose if key(c.node) not in grouped]):
        built = _build(context, container, False, group)
        if built is not None:
            forms.append(built)
    forms.sort(key=lambda f: f.container.start_byte)
    return forms


@dataclass
class _Context(FieldContext):
    """What every form of a file shares, plus caches for the per-control climbs."""

    _button_nodes: list[Node] = field(default_factory=list)
    _button_starts: list[int] = field(default_factory=list)
    _is_action: dict[tuple[tuple[int, int, str], bool], bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._button_nodes = [el for el in self.src.jsx if _is_button_tag(el, self.src)]
        self._button_starts = [b.start_byte for b in self._button_nodes]

    def buttons_in(self, scope: Node) -> list[Node]:
        """Every button element inside `scope`, action or not."""
        lo = bisect.bisect_left(self._button_starts, scope.start_byte)
        hi = bisect.bisect_left(self._button_starts, scope.end_byte)
        return [b for b in self._button_nodes[lo:hi] if b.end_byte <= scope.end_byte]

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


def is_form_tag(tag: str) -> bool:
    """`form`, and a form an animation or styling library wraps: `motion.form`, `styled.form`."""
    return tag == "form" or tag.endswith(".form")


def _is_button_tag(el: Node, src: SourceFile) -> bool:
    tag = jsx.name(el, src)
    # a project's own button (`MagneticButton`, `motion.button`) is still a button
    if tag in ("Button", "button") or tag.endswith((".button", "Button")):
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
    label = (
        jsx.text(el, src, dynamic=False, idle=True)
        or jsx.attr_text(el, "value", src)
        or translated_label(el, src)
    )
    is_submit = (jsx.attr_text(el, "type", src) or "") == "submit"
    if not label:
        return is_submit
    if _DISMISS.search(label):
        return False
    if COMMERCE.search(label) and not is_submit:
        return commerce_ok and not re.search(r"add to (cart|bag|basket)", label, re.I)
    return is_submit or not re.match(r"^(add|new|create new)\b", label, re.I)


def _typed(src: SourceFile, controls: list[Control]) -> set[tuple[int, int, str]]:
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
    context: _Context, loose: list[Control], typed: set[tuple[int, int, str]]
) -> list[tuple[Node, list[Control]]]:
    containers: list[tuple[Node, Control]] = []
    # a pay button next to an address field submits details; next to a size picker it does not
    commerce_ok = len(typed) >= 1
    for control in loose:
        container = _implicit_container(context, control.node, commerce_ok)
        if container is not None:
            containers.append((container, control))
    # nested containers (a row with "Add line" inside a card with "Send") are one form: sweep
    # them in source order, outer ones first, and fold each into the outer one it sits in
    containers.sort(key=lambda p: (p[0].start_byte, -p[0].end_byte))
    groups: list[tuple[Node, list[Control]]] = []
    for container, control in containers:
        if groups and _contains(groups[-1][0], container):
            groups[-1][1].append(control)
        else:
            groups.append((container, [control]))
    return groups


def _implicit_container(context: _Context, node: Node, commerce_ok: bool = False) -> Node | None:
    src = context.src
    comp = src.component_of(node)
    row = _own_row(src, node)
    adder: Node | None = None
    current: Node | None = node
    for _ in range(MAX_CLIMB):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            return None
        if row is not None and not _contains(row, current):
            return None  # a box in a list's row with its own button is that row's, no form's
        buttons = context.buttons(current, commerce_ok)
        if buttons:
            # buttons only above the inputs submit the card before them; an "Add ..." below
            # the inputs is theirs
            above = all(b.end_byte <= node.start_byte for b in buttons)
            return adder if adder is not None and above else current
        if adder is None and _adds_below(context, current, node):
            adder = current
    return None


def _adds_below(context: _Context, scope: Node, control: Node) -> bool:
    """An "Add ..." button below the inputs whose click runs a handler of the page (`onClick=
    {handleAddMark}`) adds what they hold; an "Add" that opens a dialog sets a flag instead."""
    src = context.src
    for button in context.buttons_in(scope):
        if button.start_byte < control.end_byte or src.in_map_callback(button):
            continue
        label = jsx.text(button, src, dynamic=False, idle=True) or ""
        handler = jsx.attr_expression(button, "onClick", src)
        if (
            _ADDS.match(label)
            and handler is not None
            and handler.type == "identifier"
            and not src.text(handler).startswith(("set", "open", "toggle", "show"))
        ):
            return True
    return False


_ADDS = re.compile(r"\s*add\b", re.I)


def _acts_on_row(el: Node, src: SourceFile) -> bool:
    """A button of a row that does something with it ("Send", "Save"); "Remove" or "×" only
    take a repeated line out of a larger form (a traveller, an invoice line)."""
    if not _is_button_tag(el, src):
        return False
    label = jsx.text(el, src, dynamic=False, idle=True) or ""
    return any(c.isalpha() for c in label) and not _DISMISS.search(label)


def _own_row(src: SourceFile, node: Node) -> Node | None:
    """The `.map()` row drawing `node` when the row has a button acting on it (a remark box and
    its "Send" per exam): the box acts on that row's record; a row without one (a mark typed
    per student) is a line of the form the page's button saves."""
    start, end = node.start_byte, node.end_byte
    rows = [(a, b) for a, b in src.map_callbacks if a <= start and end <= b]
    if not rows:
        return None
    a, b = max(rows)  # the innermost row
    for el in src.jsx:
        if a <= el.start_byte and el.end_byte <= b and _acts_on_row(el, src):
            current: Node | None = node
            while current is not None and not (current.start_byte <= a and b <= current.end_byte):
                current = current.parent
            return current
    return None


def _build(
    context: _Context, container: Node, explicit: bool, members: list[Control]
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
    title = heading_for(src, container, first)
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
