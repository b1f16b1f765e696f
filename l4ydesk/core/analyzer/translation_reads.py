"""Reads a translation table's words where code shows them: `t("hero.title")`, `t.hero.title`.

The project's table (translation_tables) travels with each parsed file; a read that the table
answers becomes the words a visitor sees, so headings, buttons and labels read as words, not
keys. Reads the table cannot answer are left to the callers' usual reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

if TYPE_CHECKING:
    from l4ydesk.core.analyzer.syntax import SourceFile

# functions that look a key up: `t`, `i18n.t`, `intl.formatMessage`, `getTranslation(lang, key)`
TRANSLATE = frozenset({"t", "$t", "translate", "formatmessage", "gettext", "__", "i18n", "tr"})
_NAMESPACED = frozenset(
    {"usetranslations", "usetranslation", "gettranslations", "getfixedt", "withtranslation"}
)
# names a whole table is commonly held by; other holders need a two-step path (`x.hero.title`)
_HOLDERS = frozenset(
    {
        "t",
        "dict",
        "dictionary",
        "messages",
        "translations",
        "translation",
        "copy",
        "content",
        "text",
        "texts",
        "strings",
        "labels",
        "i18n",
        "lang",
        "locale",
    }
)
# languages a field may be written in (`nameEn`, `title_es`)
_WRITTEN_IN = "en es fr de it pt nl ja vi ru ko zh ar tr pl uk cs hu ro el sv da fi he hi id th kk"
_CODES = frozenset(_WRITTEN_IN.split())
_WRAPPERS = frozenset({"parenthesized_expression", "as_expression", "non_null_expression"})


@dataclass(frozen=True)
class TranslationTable:
    """The project's visible words by key path, in the language a visitor sees first."""

    strings: Mapping[str, str] = field(default_factory=dict)
    names: frozenset[str] = frozenset()  # variables holding a table (`translations`)
    locale: str = ""
    key: bytes = b""
    # JSON tables of the other languages: the same words again, never records of their own
    elsewhere: frozenset[str] = frozenset()


EMPTY = TranslationTable()


def translated(node: Node, src: SourceFile) -> str | None:
    """The words a translation read shows, or None when it is no read the table answers."""
    table = src.table
    if not table.strings:
        return None
    while node.type in _WRAPPERS and node.named_child_count:
        node = node.named_children[0]
    if node.type == "call_expression":
        return _called(node, src, table)
    if node.type in ("member_expression", "subscript_expression"):
        return _member(node, src, table)
    return None


def _literal(node: Node, src: SourceFile) -> str | None:
    if node.type != "string" and not (
        node.type == "template_string" and not node.named_child_count
    ):
        return None
    return src.text(node)[1:-1]


def _called(call: Node, src: SourceFile, table: TranslationTable) -> str | None:
    fn = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if fn is None or args is None or not args.named_child_count:
        return None
    name = src.text(fn).rsplit(".", 1)[-1].lower()
    if name not in TRANSLATE and "translat" not in name:
        return None
    for arg in args.named_children[:2]:
        key = _literal(arg, src)
        if key is None and arg.type == "object":  # formatMessage({ id: "cart.title" })
            key = next(
                (
                    _literal(v, src)
                    for p in arg.named_children
                    if p.type == "pair"
                    and (v := p.child_by_field_name("value")) is not None
                    and src.text(p.child_by_field_name("key") or p).strip("\"'") == "id"
                ),
                None,
            )
        if key:
            return _lookup(key, _namespaces(src), table)
    return None


def _lookup(key: str, namespaces: tuple[str, ...], table: TranslationTable) -> str | None:
    key = key.replace(":", ".", 1) if ":" in key and "." not in key.split(":", 1)[0] else key
    for candidate in (*(f"{ns}.{key}" for ns in namespaces), key):
        found = table.strings.get(candidate)
        if found is not None:
            return found
    return None


def _namespaces(src: SourceFile) -> tuple[str, ...]:
    """`useTranslations("checkout")`: the prefixes this file's keys are read under."""

    def build() -> tuple[str, ...]:
        found: list[str] = []
        for call in src.calls:
            fn = call.child_by_field_name("function")
            args = call.child_by_field_name("arguments")
            if fn is None or args is None or not args.named_child_count:
                continue
            if src.text(fn).rsplit(".", 1)[-1].lower() not in _NAMESPACED:
                continue
            first = args.named_children[0]
            values = first.named_children if first.type in ("array", "object") else [first]
            for value in values:
                if value.type == "pair":
                    value = value.child_by_field_name("value") or value
                if (text := _literal(value, src)) and text not in found:
                    found.append(text)
        return tuple(found)

    result: tuple[str, ...] = src.cached("translation_namespaces", build)
    return result


def _member(node: Node, src: SourceFile, table: TranslationTable) -> str | None:
    """`t.hero.title`, `dict.hero.title`, `content[lang].title`: the path after the holder,
    with a computed index right after it read as the language choice."""
    path: list[str] = []
    chosen = False
    while node.type in ("member_expression", "subscript_expression"):
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            if prop is None:
                return None
            path.append(src.text(prop))
        else:
            index = node.child_by_field_name("index")
            if index is None:
                return None
            literal = _literal(index, src)
            if literal is not None:
                path.append(literal)
            elif index.type == "number":
                path.append(src.text(index))
            else:
                if chosen:
                    return None
                chosen = True
                if not _after_holder(node):
                    return None
        node = node.child_by_field_name("object") or node
        if node.type in _WRAPPERS and node.named_child_count:
            node = node.named_children[0]
    if node.type != "identifier":
        return None
    holder = src.text(node)
    path.reverse()
    if path and holder in table.names and path[0] == table.locale:
        path = path[1:]
    if not path:
        return None
    found = table.strings.get(".".join(path))
    if found is None:
        return None
    if len(path) >= 2 or chosen or holder in table.names or holder.lower() in _HOLDERS:
        return found
    return None


def _after_holder(node: Node) -> bool:
    """Whether a computed index sits right after the holder (`content[lang]`)."""
    inner = node.child_by_field_name("object")
    return inner is not None and inner.type == "identifier"


_SUFFIX = re.compile(r"^(?P<base>[a-z]\w*?)(?:_(?P<low>[a-z]{2})|(?P<camel>[A-Z][a-z]))$")


def localized(row: dict[str, Any], src: SourceFile) -> dict[str, Any]:
    """A row written for several languages, as the visitor reads it: `nameEn` / `nameDe`
    (`title_es` / `title_en`) give `name` in the visitor's language, and `nameKey:
    "pricing.basic"`, a key of the project's table, gives `name` in its words."""
    table = src.table
    if not table.strings:
        return row
    variants: dict[str, dict[str, str]] = {}
    for key, value in row.items():
        match = _SUFFIX.match(key)
        if match and isinstance(value, str):
            code = (match.group("low") or match.group("camel") or "").lower()
            if code in _CODES:
                variants.setdefault(match.group("base"), {})[code] = value
    added: dict[str, Any] = {}
    for base, by_code in variants.items():
        if len(by_code) >= 2 and base not in row:
            added[base] = by_code.get(table.locale, next(iter(by_code.values())))
    for key, value in row.items():
        if not (isinstance(value, str) and "." in value and " " not in value):
            continue
        said = table.strings.get(value)
        if said is None:
            continue
        base = key[:-3] if key.endswith("Key") else key[:-4] if key.endswith("_key") else ""
        if base and base not in row:
            added[base] = said
    return {**row, **added} if added else row


def language_branch(node: Node, src: SourceFile) -> Node | None:
    """`language === "de" ? "Nachricht senden" : "Send a message"`: the branch the visitor
    sees, by the project table's language; None when the ternary asks no language."""
    locale = src.table.locale
    if not locale or node.type != "ternary_expression":
        return None
    test = node.child_by_field_name("condition")
    while test is not None and test.type in _WRAPPERS and test.named_child_count:
        test = test.named_children[0]
    if test is None or test.type != "binary_expression":
        return None
    operator = test.child_by_field_name("operator")
    sides = [test.child_by_field_name("left"), test.child_by_field_name("right")]
    if operator is None or src.text(operator) not in ("===", "==", "!==", "!="):
        return None
    codes = [_literal(s, src) for s in sides if s is not None]
    asked = next((c for c in codes if c and _SUFFIX_CODE.match(c)), None)
    holder = next((s for s in sides if s is not None and s.type != "string"), None)
    if asked is None or holder is None or not _LANGUAGE_HOLDER.search(src.text(holder)):
        return None
    same = asked.lower().replace("_", "-").split("-")[0] == locale.lower().split("-")[0]
    if src.text(operator).startswith("!"):
        same = not same
    return node.child_by_field_name("consequence" if same else "alternative")


_SUFFIX_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_LANGUAGE_HOLDER = re.compile(r"(?i)lang|locale|lng")
