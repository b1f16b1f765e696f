"""Small helpers to read JSX: element names, attributes, visible text and headings."""

from __future__ import annotations

import html
import re

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import string_value, template_text, unwrap
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.translation_reads import language_branch, translated
from l4ydesk.core.analyzer.values import clean_text, humanize
from l4ydesk.core.syntax_errors import bare_ampersand

HEADING_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "CardTitle",
        "DialogTitle",
        "SheetTitle",
        "DrawerTitle",
        "AlertDialogTitle",
        "PopoverTitle",
    }
)
# an element drawn over the page on demand: a dialog, a modal, a sheet, a drawer (or its content)
OVERLAY = re.compile(r"(Dialog|Modal|Sheet|Drawer)(Content)?$")
_MAX_TEXT_NODES = 4000
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_READS = frozenset({"call_expression", "member_expression", "subscript_expression"})


def opening(el: Node) -> Node:
    """The node holding the tag name and attributes."""
    if el.type == "jsx_element":
        tag = el.child_by_field_name("open_tag")
        if tag is not None:
            return tag
    return el


def name(el: Node, src: SourceFile) -> str:
    tag = opening(el).child_by_field_name("name")
    return src.text(tag) if tag is not None else ""


def attributes(el: Node, src: SourceFile) -> dict[str, Node | None]:
    """Attribute name -> value node (None for a bare boolean attribute like `required`)."""
    attrs: dict[str, Node | None] = {}
    for child in opening(el).named_children:
        if child.type != "jsx_attribute":
            continue
        named = child.named_children
        if not named:
            continue
        attrs[src.text(named[0])] = named[1] if len(named) > 1 else None
    return attrs


def spread_expressions(el: Node) -> list[Node]:
    """Expressions spread into the element, e.g. `field` in `{...field}`."""
    found: list[Node] = []
    for child in opening(el).named_children:
        if child.type == "jsx_expression":
            for inner in child.named_children:
                if inner.type == "spread_element" and inner.named_child_count:
                    found.append(inner.named_children[0])
    return found


def has_attr(el: Node, attr: str, src: SourceFile) -> bool:
    return attr in attributes(el, src)


def attr_expression(el: Node, attr: str, src: SourceFile) -> Node | None:
    """The expression inside `attr={...}`, or the string node of `attr="..."`."""
    attrs = attributes(el, src)
    value = attrs.get(attr)
    if value is None:
        return None
    if value.type == "jsx_expression":
        inner = [c for c in value.named_children if c.type != "comment"]
        return unwrap(inner[0]) if inner else None
    return value


def attr_text(el: Node, attr: str, src: SourceFile) -> str | None:
    """The literal string value of an attribute, if it has one."""
    value = attr_expression(el, attr, src)
    if value is None:
        return None
    if value.type in ("string", "template_string"):
        return string_value(value, src)
    return translated(value, src)


def bound_name(el: Node, attrs: tuple[str, ...], src: SourceFile) -> str | None:
    """The state an input is bound to: `value={email}` -> "email", `item.unitPrice` -> ..."""
    for attr in attrs:
        value = attr_expression(el, attr, src)
        if value is None:
            continue
        if value.type == "identifier":
            return src.text(value)
        if value.type == "member_expression":
            prop = value.child_by_field_name("property")
            if prop is not None:
                return src.text(prop)
    return None


EDIT = re.compile(
    r"^\s*(edit|update|modify|change|editar|modificar|actualizar|atualizar|modifier|bearbeiten|"
    r"ändern|modifica|aggiorna|bewerken|wijzigen|sửa|chỉnh sửa|düzenle|編集|変更|"
    r".{1,20}?(を編集|の編集|を変更|수정|편집)\s*$)",
    re.I,
)


def title_text(el: Node, src: SourceFile) -> str:
    """A heading as a name: static words only, one branch of `{editing ? "Edit" : "New"}`.

    Placeholders a person cannot use (`{titleHint}`, a bare `name`) are left out; between two
    branches the one that creates (not the one that edits) names the form.
    """
    found = text(el, src, dynamic=False, choose=True).strip(" :–-|")
    # a bullet, a minus or an arrow alone is decoration, never a name
    return found if any(ch.isalpha() for ch in found) else ""


def _chosen_branch(node: Node, src: SourceFile) -> Node | None:
    first = node.child_by_field_name("consequence")
    second = node.child_by_field_name("alternative")
    if first is None or second is None:
        return first or second
    first_text = text(first, src, dynamic=False)
    if not first_text or EDIT.match(first_text):
        return second
    return first


def _bare_ampersand(node: Node, src: SourceFile) -> bool:
    """`Design & Issue`: the parser reads a bare `&` in JSX text as an error; it is text."""
    return node.is_error and bare_ampersand(node) and not any(c in src.text(node) for c in "<>{}")


def text(
    el: Node,
    src: SourceFile,
    *,
    dynamic: bool = True,
    skip_maps: bool = False,
    idle: bool = False,
    choose: bool = False,
    numbers: bool = False,
) -> str:
    """The visible text of an element.

    With `dynamic`, expressions are shown by their name (`{concert.title}` -> "title") so a
    heading like "Register for {concertTitle}" still reads as words. With `skip_maps`, text
    rendered per item of a `.map()` is left out: it is a template, not content. With `idle`,
    only the last branch of a ternary is read: `{busy ? "Saving…" : "Save"}` -> "Save". With
    `numbers`, literal numbers are read too, and a formatting call shows its first argument:
    `€{yearly ? 190 : 19}` -> "€ 19" (with `idle`), `{euro(49)}` -> "49".
    """
    parts: list[str] = []
    stack: list[Node] = [el]
    seen = 0
    glued_at = -1  # where the last text ended, when nothing separated it from what follows
    while stack and seen < _MAX_TEXT_NODES:
        node = stack.pop()
        seen += 1
        kind = node.type
        if kind == "jsx_element":
            stack.extend(
                reversed(
                    [
                        c
                        for c in node.children
                        if c.type not in ("jsx_opening_element", "jsx_closing_element")
                    ]
                )
            )
        elif kind in ("jsx_text", "html_character_reference") or _bare_ampersand(node, src):
            piece = (
                src.text(node)
                if kind != "html_character_reference"
                else html.unescape(src.text(node))
            )
            if glued_at == node.start_byte and parts and piece.strip():
                # `Today&apos;s`: text touching a character reference is one word
                parts[-1] = (
                    parts[-1].rstrip() + piece if not piece[0].isspace() else parts[-1] + piece
                )
            else:
                parts.append(piece)
            glued_at = node.end_byte if not piece[-1:].isspace() else -1
        elif kind == "jsx_expression":
            stack.extend(reversed(node.named_children))
        elif kind in ("string", "template_string"):
            value = string_value(node, src)
            if value is not None:
                parts.append(value)
            elif dynamic:
                parts.append(template_text(node, src))
            elif choose:
                # `Suggestions for ${title}`: keep the words, drop the placeholder
                parts.append(_PLACEHOLDER.sub("", template_text(node, src)))
        elif kind in ("parenthesized_expression",):
            stack.extend(reversed(node.named_children))
        elif kind in _READS and (said := translated(node, src)) is not None:
            parts.append(said)  # `{t("hero.title")}`: the words the project's table holds
        elif kind == "ternary_expression" and (shown := language_branch(node, src)) is not None:
            stack.append(shown)  # `{lang === "de" ? "Senden" : "Send"}`: the visitor's language
        elif kind == "ternary_expression" and choose:
            branch = _chosen_branch(node, src)
            if branch is not None:
                stack.append(branch)
        elif kind == "ternary_expression":
            for field_name in ("alternative",) if idle else ("alternative", "consequence"):
                branch = node.child_by_field_name(field_name)
                if branch is not None:
                    stack.append(branch)
        elif kind == "binary_expression" and choose:
            continue  # `{title || "Unknown Event"}`: the fallback is a placeholder, not a name
        elif kind == "binary_expression":
            right = node.child_by_field_name("right")
            if numbers and right is not None and right.type == "number" and _falls_back(node, src):
                continue  # `{lease.lateFee || 50}` shows the record's own figure, not the 50
            if right is not None:
                stack.append(right)
        elif kind in ("identifier", "member_expression") and dynamic:
            last = src.text(node).split(".")[-1]
            parts.append(humanize(last).lower())
        elif kind == "number" and numbers:
            parts.append(src.text(node))
        elif kind == "call_expression" and numbers and not _is_map_call(node, src):
            # `amount(49)` formats a literal; `total.toFixed(2)` has no amount in its arguments
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if fn is not None and fn.type == "identifier" and args is not None:
                first = args.named_children[0] if args.named_child_count else None
                if first is not None and first.type == "number":
                    stack.append(first)
        elif kind == "call_expression":
            if skip_maps and _is_map_call(node, src):
                continue
            # a `.map()` renders JSX per item; other calls format values we cannot know
            args = node.child_by_field_name("arguments")
            if args is not None and _is_map_call(node, src):
                for arg in args.named_children:
                    body = arg.child_by_field_name("body") if arg.type == "arrow_function" else None
                    if body is not None:
                        stack.append(body)
        elif kind == "jsx_fragment":
            stack.extend(reversed(node.named_children))
    return clean_text(" ".join(p.strip() for p in parts if p.strip()))


def written_text(node: Node, src: SourceFile) -> str:
    """The literal text of the JSX within `node`, each outermost element read once."""
    outermost: list[Node] = []
    for el in src.jsx_within(node):
        if not outermost or el.start_byte >= outermost[-1].end_byte:
            outermost.append(el)
    return " ".join(text(el, src, dynamic=False) for el in outermost)


def _falls_back(node: Node, src: SourceFile) -> bool:
    """`a || 50`, `a ?? 50`: a value read at run time with a number to show when it is missing."""
    operator = node.child_by_field_name("operator")
    left = node.child_by_field_name("left")
    return (
        operator is not None
        and src.text(operator) in ("||", "??")
        and left is not None
        and left.type in ("member_expression", "identifier", "subscript_expression")
    )


def _is_map_call(call: Node, src: SourceFile) -> bool:
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "member_expression":
        return False
    prop = fn.child_by_field_name("property")
    return prop is not None and src.text(prop) in ("map", "flatMap")


def jsx_parent(el: Node, src: SourceFile) -> Node | None:
    """The nearest enclosing JSX element, looking through `{...}` expression containers."""
    return src.jsx_parent(el)


def enclosing_named(el: Node, src: SourceFile, pattern: re.Pattern[str]) -> Node | None:
    """The nearest enclosing JSX element whose name matches `pattern` (a dialog around a
    button), within a dozen levels: further up is the page, not the element's own container."""
    current: Node | None = el
    for _ in range(12):
        current = jsx_parent(current, src) if current is not None else None
        if current is None:
            return None
        if pattern.search(name(current, src)):
            return current
    return None


def jsx_children(el: Node) -> list[Node]:
    """Direct JSX element children, looking through `{cond && <X/>}` containers."""
    found: list[Node] = []
    if el.type != "jsx_element":
        return found
    for child in el.named_children:
        if child.type in ("jsx_element", "jsx_self_closing_element"):
            found.append(child)
        elif child.type == "jsx_expression":
            stack = list(child.named_children)
            while stack:
                node = stack.pop()
                if node.type in ("jsx_element", "jsx_self_closing_element"):
                    found.append(node)
                elif node.type in (
                    "binary_expression",
                    "ternary_expression",
                    "parenthesized_expression",
                ):
                    stack.extend(node.named_children)
    return found


def is_heading(el: Node, src: SourceFile) -> bool:
    return name(el, src) in HEADING_TAGS
