"""Groups a file's loose inputs (no `<form>` around them) with the button that submits them:
each input climbs to the nearest element holding an action button ("Send", not "Cancel" or a
dialog's opener), nested groups fold into the outer one, a box in a list's row with its own
button stays that row's (split out of forms.py, which builds the forms)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.fields import Control, FieldContext
from l4ydesk.core.analyzer.literals import template_text, unwrap
from l4ydesk.core.analyzer.syntax import SourceFile, key
from l4ydesk.core.analyzer.translations import translated_label

_DISMISS = re.compile(
    r"^(cancel|close|back|previous|prev|remove|delete|clear|reset|edit|view|copy|download|print|"
    r"show|hide|more|less|skip|undo|export|\+|-|x|×)\b"
    # a file written out of what the page shows ("Export as CSV") stores nothing
    r"|^(exportar|exporter|exportieren|esporta|exporteren|xu[aấ]t)\b"
    # the same in the languages v0 apps are written in: a dialog's way out submits nothing
    r"|^(cancelar|cerrar|volver|atr[aá]s|annuler|fermer|retour|abbrechen|schlie(ß|ss)en|"
    r"zur[uü]ck|annulla|chiudi|indietro|fechar|voltar|annuleren|sluiten|terug|h[uủ]y|đóng|"
    r"quay l[aạ]i|iptal|kapat|geri|tilbake|avbryt|lukk|bekor qilish|batal|tutup|kembali)(?!\w)"
    r"|^(キャンセル|閉じる|戻る|取消|关闭|返回|취소|닫기)"
    # leaving the account (a header's "Sign Out") submits none of the inputs below it
    r"|^(sign ?out|log ?out|sign off|abmelden|ausloggen|d[ée]connexion|se d[ée]connecter|"
    r"cerrar sesi[oó]n|salir|esci|disconnetti|sair|terminar sess[aã]o|uitloggen|afmelden|"
    r"đăng xuất|выйти|ログアウト|サインアウト)(?!\w)",
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
class GroupContext(FieldContext):
    """What every form of a file shares, plus caches for the per-control climbs."""

    _button_nodes: list[Node] = field(default_factory=list)
    _button_starts: list[int] = field(default_factory=list)
    _is_action: dict[tuple[tuple[int, int, str], bool], bool] = field(default_factory=dict)
    # groups whose inputs repeat in the rows of a list saved at once (see `_sheet`)
    sheets: set[tuple[int, int, str]] = field(default_factory=set)
    # boxes of a list's rows that have their own acting button (see `_own_row`)
    row_owned: set[tuple[int, int, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._button_nodes = [el for el in self.src.jsx if is_button_tag(el, self.src)]
        self._button_starts = [b.start_byte for b in self._button_nodes]

    def buttons_in(self, scope: Node) -> list[Node]:
        """Every button element inside `scope`, action or not."""
        return self.buttons_in_range(scope.start_byte, scope.end_byte)

    def buttons_in_range(self, start: int, end: int) -> list[Node]:
        lo = bisect.bisect_left(self._button_starts, start)
        hi = bisect.bisect_left(self._button_starts, end)
        return [b for b in self._button_nodes[lo:hi] if b.end_byte <= end]

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
            if self._is_action[slot] and self._submits_within(button, scope):
                found.append(button)
                if first:
                    break
        return found

    def _submits_within(self, button: Node, scope: Node) -> bool:
        """A row's dialog submits only what it asks itself, never the row or list around it."""
        if not self.src.in_map_callback(button):
            return True
        overlay = row_overlay(button, self.src)
        return overlay is not None and contains(overlay, scope)


def contains(outer: Node, inner: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def is_button_tag(el: Node, src: SourceFile) -> bool:
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
    if src.in_map_callback(el) and row_overlay(el, src) is None:
        return False
    label = (
        jsx.text(el, src, dynamic=False, idle=True)
        or jsx.attr_text(el, "value", src)
        or translated_label(el, src)
        or _templated_label(el, src)
    )
    is_submit = (jsx.attr_text(el, "type", src) or "") == "submit"
    if not label:
        return is_submit
    # "← Back" is "Back": a leading arrow only draws the way
    if _DISMISS.search(label.lstrip("←‹«⟵⬅ ")):
        return False
    if COMMERCE.search(label) and not is_submit:
        return commerce_ok and not re.search(r"add to (cart|bag|basket)", label, re.I)
    if is_submit or not re.match(r"^(add|new|create new)\b", label, re.I):
        return True
    # a dialog's footer holds its way out and its way through: "Add Tenant" there adds what
    # the dialog asked (the dialog's opener is its trigger, elsewhere)
    footer = jsx.jsx_parent(el, src)
    return footer is not None and _FOOTERS.search(jsx.name(footer, src)) is not None


_FOOTERS = re.compile(r"(Dialog|Sheet|Drawer|Modal)Footer$")


def _templated_label(el: Node, src: SourceFile) -> str:
    """`{busy ? "Creating..." : `Create ${kind.label}`}`: the idle branch's words around its
    placeholder ("Create")."""
    for part in el.named_children:
        if part.type != "jsx_expression" or not part.named_children:
            continue
        shown = unwrap(part.named_children[0])
        if shown.type == "ternary_expression":
            shown = unwrap(shown.child_by_field_name("alternative") or shown)
        if shown.type == "template_string":
            return " ".join(_PLACEHOLDER.sub(" ", template_text(shown, src)).split())
    return ""


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# the body of a dialog, a sheet, a drawer or a modal (payment_means reads it too)
OVERLAY_CONTENT = re.compile(r"(Dialog|Sheet|Drawer|Modal)Content$|^Modal$")


def row_overlay(el: Node, src: SourceFile) -> Node | None:
    """The dialog each row of a list opens for itself ("Adjust stock - {item}") holding `el`:
    its buttons submit what that dialog asks, as a dialog's outside a list do (not a button
    repeated per line inside a dialog)."""
    overlay = jsx.enclosing_named(el, src, OVERLAY_CONTENT)
    if overlay is None or not src.in_map_callback(overlay):
        return None
    return None if src.in_map_callback(el, below=overlay) else overlay


def typed_controls(src: SourceFile, controls: list[Control]) -> set[tuple[int, int, str]]:
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


def implicit_groups(
    context: GroupContext, loose: list[Control], typed: set[tuple[int, int, str]]
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
        if groups and contains(groups[-1][0], container):
            groups[-1][1].append(control)
            if key(container) in context.sheets:
                context.sheets.add(key(groups[-1][0]))  # the sheet's rows are still its lines
        else:
            groups.append((container, [control]))
    return groups


def _implicit_container(
    context: GroupContext, node: Node, commerce_ok: bool = False
) -> Node | None:
    src = context.src
    comp = src.component_of(node)
    row = _own_row(context, node)
    if row is not None:
        context.row_owned.add(key(node))
    adder: Node | None = None
    current: Node | None = node
    for _ in range(MAX_CLIMB):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            return adder  # an "Add" under the inputs and no other button up to the page's top
        if row is not None and not contains(row, current):
            return None  # a box in a list's row with its own button is that row's, no form's
        if found := [b for b in context.buttons(current, commerce_ok) if _reaches(b, node, src)]:
            # buttons only above the inputs submit the card before them; an "Add ..." below
            # the inputs is theirs
            if adder is not None and all(b.end_byte <= node.start_byte for b in found):
                return adder
            if _own_button(context, current, node, found):
                return current
        if adder is None and _adds_below(context, current, node):
            adder = current
    if row is None and src.in_map_callback(node):
        return _sheet(context, node, current)
    # no button above the inputs up to here: the "Add" under them is theirs (a card of its own,
    # or lines folded into the form around them with its own "Save")
    return adder


def _reaches(button: Node, node: Node, src: SourceFile) -> bool:
    """A dialog's button submits what the dialog asks: not a view switch or a filter beside
    the dialog's opener, outside the dialog's body."""
    overlay = jsx.enclosing_named(button, src, OVERLAY_CONTENT)
    return overlay is None or contains(overlay, node)


def _own_button(context: GroupContext, scope: Node, node: Node, found: list[Node]) -> bool:
    """An action button in `scope` that can submit `node`: not one sitting in another branch
    of `scope` that holds inputs of its own (the next tab's "Submit Request" in a one-file app
    whose views a state switches), which submits those; rows of a list are no such inputs."""
    branches = jsx.jsx_children(scope)
    for button in found:
        branch = next((b for b in branches if contains(b, button)), button)
        if contains(branch, node) or not _holds_own_inputs(context, branch):
            return True
    return False


def _holds_own_inputs(context: GroupContext, scope: Node) -> bool:
    """Inputs outside any list row: a sheet's marks per row are lines the button saves with
    the card above them (a date and a project, then a wage per employee)."""
    lo = bisect.bisect_left(context._starts, scope.start_byte)
    hi = bisect.bisect_left(context._starts, scope.end_byte)
    return any(not context.src.in_map_callback(c.node) for c in context.controls[lo:hi])


def _sheet(context: GroupContext, node: Node, current: Node | None) -> Node | None:
    """A mark typed or picked in each row of a list with no button of its own (present or
    absent per student, a score per line) is a line of the sheet the page's "Save" button
    stores (below the list or in the page's header), however deep the table draws it."""
    src = context.src
    comp = src.component_of(node)
    for _ in range(MAX_CLIMB):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            return None
        for button in context.buttons(current, False):
            label = jsx.text(button, src, dynamic=False, idle=True) or ""
            if _SAVES.match(label) and not _guards_other_inputs(context, button, current):
                context.sheets.add(key(current))
                return current
    return None


def _guards_other_inputs(context: GroupContext, button: Node, scope: Node) -> bool:
    """The button sits in a block of `scope` holding inputs of their own outside any list row
    (an "Add item" card's "Save Item"): it saves that block, not the rows elsewhere."""
    src = context.src
    current: Node | None = jsx.jsx_parent(button, src)
    while current is not None and current != scope and contains(scope, current):
        if _holds_own_inputs(context, current):
            return True
        current = jsx.jsx_parent(current, src)
    return False


# a button storing what the page holds, in the languages v0 apps are written in
_SAVES = re.compile(
    r"\s*(save|submit|guardar|salvar|enregistrer|speichern|salva|opslaan|kaydet|lưu)\b|保存|저장",
    re.I,
)


def _adds_below(context: GroupContext, scope: Node, control: Node) -> bool:
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
    if not is_button_tag(el, src):
        return False
    label = jsx.text(el, src, dynamic=False, idle=True) or ""
    return any(c.isalpha() for c in label) and not _DISMISS.search(label)


def _own_row(context: GroupContext, node: Node) -> Node | None:
    """The `.map()` row drawing `node` when the row has a button acting on it (a remark box and
    its "Send" per exam): the box acts on that row's record; a row without one (a mark typed
    per student) is a line of the form the page's button saves."""
    src = context.src
    if not src.in_map_callback(node):
        return None
    start, end = node.start_byte, node.end_byte
    a, b = max((a, b) for a, b in src.map_callbacks if a <= start and end <= b)  # innermost
    for el in context.buttons_in_range(a, b):
        if _acts_on_row(el, src):
            current: Node | None = node
            while current is not None and not (current.start_byte <= a and b <= current.end_byte):
                current = current.parent
            return current
    return None
