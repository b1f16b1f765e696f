"""Finds invoice documents shown without a form: a dialog or panel that previews one invoice.

An invoice table's row opens "Invoice details": a dialog rendering `selected.invoiceNumber`,
`selected.dueDate`, `selected.total` and more of ONE record. That is the invoice document a
person reads, whatever the page's language; what decides is structure (an overlay showing
several fields of one object) and the object's own words (`invoice` in its name or its keys).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words

_OVERLAY = re.compile(r"^(Dialog|Sheet|Drawer|Modal)(Content)?$")
_TITLE = re.compile(r"(Dialog|Sheet|Drawer|Modal)Title$")
_MIN_FIELDS = 3


def invoice_previews(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One invoice per overlay that shows three or more fields of one invoice object."""
    out: list[Detection] = []
    taken = {d.name for d in found if d.type_key == "invoice"}
    seen_overlays: list[Node] = []
    for el in src.jsx:
        if not _OVERLAY.match(jsx.name(el, src)):
            continue
        if any(o.start_byte <= el.start_byte and el.end_byte <= o.end_byte for o in seen_overlays):
            continue
        record = _shown_record(src, el)
        if record is None:
            continue
        seen_overlays.append(el)
        name = _title(src, el) or humanize(record)
        if name in taken:
            continue
        taken.add(name)
        comp = src.component_of(el).name
        out.append(
            Detection(
                "invoice",
                name,
                {"source": "preview", "record": record},
                0.75,
                (src.evidence(el),),
                f"{src.path}:{comp}",
            )
        )
    return out


def _shown_record(src: SourceFile, overlay: Node) -> str | None:
    """The object whose fields the overlay shows, when it is an invoice."""
    props: dict[str, set[str]] = {}
    stack = [overlay]
    while stack:
        node = stack.pop()
        if node.type == "member_expression":
            obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
            if obj is not None and prop is not None and obj.type == "identifier":
                props.setdefault(src.text(obj), set()).add(src.text(prop))
        stack.extend(node.named_children)
    for record, keys in sorted(props.items(), key=lambda kv: -len(kv[1])):
        if len(keys) < _MIN_FIELDS:
            break
        said = set(words(record)) | {w for k in keys for w in words(k)}
        if "invoice" in said or vocabulary.INVOICE.search(humanize(record)):
            return record
    return None


def _title(src: SourceFile, overlay: Node) -> str | None:
    for el in src.jsx_within(overlay):
        if _TITLE.search(jsx.name(el, src)) or jsx.is_heading(el, src):
            text = jsx.title_text(el, src)
            if text:
                return text
    return None
