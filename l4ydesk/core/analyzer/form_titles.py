"""The title a person reads for a form: its own heading, the one above it, or its component's
name (split out of forms.py, which finds the forms)."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import Component, SourceFile
from l4ydesk.core.analyzer.translations import translated_label
from l4ydesk.core.analyzer.values import humanize
from l4ydesk.core.analyzer.vocabulary import CONTACT


def component_title(component: Component) -> str | None:
    if component.name == "<module>" or component.name.endswith("Page"):
        return None
    return humanize(component.name)


def heading_for(
    src: SourceFile, node: Node, first_input: Node | None = None, inputs_end: int | None = None
) -> str | None:
    """The heading a person reads for this element (see `_heading`), without the word that led
    into a name filled in when it shows: "New prescription for {patient}" reads "New
    prescription", "Perfil de {alumno}" reads "Perfil"."""
    found = _heading(src, node, first_input, inputs_end)
    if found is None:
        return None
    return _DANGLING.sub("", found) or found


# a word that only joins the title to a name shown after it, in the languages v0 apps use
_DANGLING = re.compile(
    r"(?<=\w)[\s:–-]+(for|of|to|from|with|by|de|del|da|do|des|du|di|della|dello|para|por|pour|"
    r"f[üu]r|von|vom|van|voor|per|cho|c[ủu]a|için)\s*$",
    re.I,
)


def _heading(
    src: SourceFile, node: Node, first_input: Node | None = None, inputs_end: int | None = None
) -> str | None:
    """The heading a person would read as this element's title: its own heading, or the one
    above it. A form split into sections ("Personal details", "Delivery") by two or more
    headings of its own is titled by the heading above it, where there is one; else by the
    heading of the section its first input is in: a last step that opens with a choice of
    cards ("Type of service") and then asks "Your details" is titled by what it asks."""
    inside = [
        (el, text)
        for el in src.headings_within(node)
        if not src.in_map_callback(el, below=node)
        and (text := _title(src, el, first_input or node) or translated_label(el, src))
    ]
    if len(inside) == 1:
        el, text = inside[0]
        if inputs_end is None or el.start_byte < inputs_end:
            return text
        # a lone heading after every input opens what follows them (the entries saved so far)
        return _heading_above(src, node) or text
    above = _heading_above(src, node)
    if above or not inside:
        return above
    if first_input is not None and _heads_a_choice(inside[0][0], node, first_input):
        before = [text for el, text in inside if el.end_byte <= first_input.start_byte]
        if before:
            return before[-1]
    return inside[0][1]


def _heads_a_choice(heading: Node, container: Node, first_input: Node) -> bool:
    """The first heading opens a section of its own (a block of the form, not the page's title
    line) that lets one pick among cards drawn from a list and holds none of the form's inputs."""
    section = heading
    while section.parent is not None and section.parent != container:
        section = section.parent
    if section.parent is None or section.start_byte <= first_input.start_byte < section.end_byte:
        return False
    return _PICKS_FROM_LIST.search(section.text or b"") is not None


# cards drawn from a list, each picking its item on click: `.map((pkg) => ...
# onClick={() => setSelected(pkg.id)}`
_PICKS_FROM_LIST = re.compile(rb"\.map\(\s*\(?\s*\w+[\s\S]*?onClick=\{\s*\(\)\s*=>\s*set\w+\(\s*\w")


def _heading_above(src: SourceFile, node: Node) -> str | None:
    comp = src.component_of(node)
    current: Node | None = node
    if said := _overlay_title(src, node):
        return said
    for _ in range(5):
        if current is not None and _a_view(current):
            break  # a view a state shows (`{tab === "new" && ..}`): headings outside are not its
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None or current.start_byte < comp.start_byte:
            break
        if said := _overlay_title(src, current):
            return said
        before = [
            el
            for el in src.headings_before(node, current)
            if not src.in_map_callback(el, below=current) and not _other_branch(el, node)
        ]
        for el in reversed(before):
            text = _title(src, el, node) or translated_label(el, src)
            if text:
                return _eyebrow(src, el, text) or text
    return None


def _title(src: SourceFile, heading: Node, form: Node) -> str:
    """The heading's words, reading `{editing ? "Edit Contact" : "Details"}` by the branch that
    shows while the form does (`{editing ? <fields /> : <values />}`, `{editing && ...}`)."""
    for part in heading.named_children:
        if part.type == "jsx_expression" and part.named_children:
            said = _shown_branch(src, part.named_children[0], form)
            if said and any(ch.isalpha() for ch in said):
                return said
    return jsx.title_text(heading, src)


def _shown_branch(src: SourceFile, choice: Node, form: Node, depth: int = 0) -> str | None:
    """The words of the branch of `choice` (a chain of ternaries) shown with the form."""
    condition = choice.child_by_field_name("condition")
    if choice.type != "ternary_expression" or condition is None or depth > 8:
        return None
    shown = _shown_while(src, form, src.text(condition))
    branch = choice.child_by_field_name("consequence" if shown else "alternative")
    if shown is None or branch is None:
        return None
    if unwrap(branch).type == "ternary_expression":
        return _shown_branch(src, unwrap(branch), form, depth + 1)
    return jsx.text(branch, src, dynamic=False).strip(" :–-|")


def _shown_while(src: SourceFile, node: Node, condition: str) -> bool | None:
    """Whether `node` shows when `condition` holds (True), when it does not (False), or
    whether no choice on it stands above `node` (None)."""
    child, current = node, node.parent
    while current is not None:
        if current.type == "ternary_expression":
            test = current.child_by_field_name("condition")
            if test is not None and src.text(test) == condition and test != child:
                return child == current.child_by_field_name("consequence")
        elif current.type == "binary_expression" and src.text(current.children[1]) == "&&":
            left = current.child_by_field_name("left")
            if left is not None and src.text(left) == condition and left != child:
                return True
        child, current = current, current.parent
    return None


def _a_view(el: Node) -> bool:
    """`el` is a whole view a tab's state shows in place of others (`{tab === "requests" && (
    <div>...</div>)}`), not a block a flag hides or a thank-you's alternative."""
    node = el
    while node.parent is not None and node.parent.type == "parenthesized_expression":
        node = node.parent
    cond = node.parent
    if cond is None or cond.type != "binary_expression" or el.type != "jsx_element":
        return False
    op = cond.child_by_field_name("operator")
    if op is None or op.type != "&&" or cond.child_by_field_name("right") != node:
        return False
    return any(_names_a_view(side) for side in _conjuncts(cond.child_by_field_name("left")))


def _conjuncts(node: Node | None) -> list[Node]:
    if node is None:
        return []
    op = node.child_by_field_name("operator") if node.type == "binary_expression" else None
    if op is not None and op.type == "&&":
        return [
            *_conjuncts(node.child_by_field_name("left")),
            *_conjuncts(node.child_by_field_name("right")),
        ]
    return [node]


def _names_a_view(node: Node) -> bool:
    """`tab === "requests"`: a state compared with the literal name of a view."""
    if node.type != "binary_expression":
        return False
    op = node.child_by_field_name("operator")
    if op is None or op.type not in ("===", "=="):
        return False
    sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
    return any(s is not None and s.type == "string" for s in sides)


# a kicker over a sentence-long heading (`<p>Get in Touch</p><h2>We'd love to hear from
# you</h2>`): where the short words say "contact", they name the section; the sentence invites
_KICKER_TAGS = frozenset({"p", "span", "div", "small"})


def _eyebrow(src: SourceFile, heading: Node, text: str) -> str | None:
    """The short label set right above a heading that reads as a sentence, where there is one."""
    if len(text.split()) < 5:
        return None
    prev = heading.prev_named_sibling
    while prev is not None and prev.type in ("jsx_text", "comment", "jsx_expression"):
        if prev.type == "jsx_text" and src.text(prev).strip():
            return None
        prev = prev.prev_named_sibling
    if prev is None or prev.type != "jsx_element" or jsx.name(prev, src) not in _KICKER_TAGS:
        return None
    if jsx.jsx_children(prev):
        return None
    said = jsx.title_text(prev, src)
    if not said or not 1 <= len(said.split()) <= 3 or not CONTACT.search(said):
        return None
    return said


_OVERLAY = re.compile(r"Dialog|Sheet|Drawer|Modal|Popover")


def _overlay_title(src: SourceFile, el: Node) -> str | None:
    """`<Modal title="Add Product">` draws its own heading over the inputs it holds."""
    return jsx.attr_text(el, "title", src) if _OVERLAY.search(jsx.name(el, src)) else None


def _other_branch(heading: Node, form: Node) -> bool:
    """The heading is shown instead of the form (`sent ? <h3>Message sent!</h3> : <form>`):
    what the form asks is not titled by what the visitor reads once it is gone."""
    above_form: set[int] = set()
    current: Node | None = form
    while current is not None:
        above_form.add(current.id)
        current = current.parent
    child: Node = heading
    current = heading.parent
    while current is not None and current.id not in above_form:
        if _flag_shows(current, child):
            return True  # `{sent && (<div><h3>Thank you!</h3></div>)}` laid over the form
        child = current
        current = current.parent
    # the first node holding both is a choice between them
    return current is not None and current.type == "ternary_expression"


def _flag_shows(node: Node, child: Node) -> bool:
    """`child` is what a bare flag (`sent`, `state.done`) shows: `flag && (...)`."""
    if node.type != "binary_expression" or node.child_by_field_name("right") != child:
        return False
    op = node.child_by_field_name("operator")
    left = node.child_by_field_name("left")
    return (
        op is not None
        and op.type == "&&"
        and left is not None
        and left.type in ("identifier", "member_expression")
    )
