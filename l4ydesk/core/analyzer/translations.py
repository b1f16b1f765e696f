"""Reads labels kept in translation tables: `{t("confirm_order")}` says "Confirm order".

v0 apps in several languages keep every visible word in a table; the key is the one word a
person can use when the table itself is not in the file.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.translation_reads import translated
from l4ydesk.core.analyzer.values import humanize

_TRANSLATE = frozenset({"t", "translate", "formatmessage", "gettext", "__", "i18n"})


def translated_label(el: Node, src: SourceFile) -> str:
    """`<Button>{t("confirm_order")}</Button>`: a label kept in a translation table reads as its
    key ("confirm order"), which is what the button says in the language the code is written in."""
    for call in src.calls_within(el):
        fn = call.child_by_field_name("function")
        args = call.child_by_field_name("arguments")
        if fn is None or args is None or not args.named_child_count:
            continue
        if src.text(fn).rsplit(".", 1)[-1].lower() not in _TRANSLATE:
            continue
        if (said := translated(call, src)) is not None:
            return said
        first = unwrap(args.named_children[0])
        if first.type == "string":
            return humanize(src.text(first).strip("\"'`").rsplit(".", 1)[-1])
    return ""
