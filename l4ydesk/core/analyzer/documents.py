"""Finds invoice documents shown without a form: a dialog or panel that previews one invoice.

An invoice table's row opens "Invoice details": a dialog rendering `selected.invoiceNumber`,
`selected.dueDate`, `selected.total` and more of ONE record. That is the invoice document a
person reads, whatever the page's language; what decides is structure (an overlay showing
several fields of one object) and the object's own words (`invoice` in its name or its keys).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import Component, SourceFile
from l4ydesk.core.analyzer.values import humanize, words
from l4ydesk.core.analyzer.vocabulary import phrases

# a dialog, sheet or drawer that opens over the page, and its title
OVERLAY = re.compile(r"^(Dialog|Sheet|Drawer|Modal)(Content)?$")
OVERLAY_TITLE = re.compile(r"(Dialog|Sheet|Drawer|Modal)Title$")
_MIN_FIELDS = 3
# a bill's own word; a receipt is a bill already paid (round-9 settled point), in the
# languages v0 apps are written in
_BILL_WORDS = frozenset({"invoice", "receipt"})
_RECEIPT = phrases(
    r"receipts?",
    r"recibos?",
    r"re(ç|c)us?",
    r"quittung(en)?",
    r"ricevut(a|e)",
    r"kwitanties?",
    r"biên lai",
    r"makbuz",
    "領収書",
    "영수증",
    "收据",
)


_BILL = re.compile(f"{vocabulary.INVOICE.pattern}|{_RECEIPT.pattern}", re.I)


def invoice_previews(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One invoice per overlay that shows three or more fields of one invoice object."""
    out: list[Detection] = printed_receipts(src, found)
    out.extend(bill_documents(src, [*found, *out]))
    taken = {d.name for d in found if d.type_key == "invoice"}
    seen_overlays: list[Node] = []
    for el in src.jsx:
        if not OVERLAY.match(jsx.name(el, src)):
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
        if said & _BILL_WORDS or _BILL.search(humanize(record)):
            return record
    return None


def _title(src: SourceFile, overlay: Node) -> str | None:
    for el in src.jsx_within(overlay):
        if OVERLAY_TITLE.search(jsx.name(el, src)) or jsx.is_heading(el, src):
            text = jsx.title_text(el, src)
            if text:
                return text
    return None


# the browser's print API: `window.print()`, also when written into a print window's HTML
_PRINTS = re.compile(rb"\bprint\(\s*\)")
# the amount a document bills: a key of the record made only of these words (`total`, `fee`,
# `totalAmount`); `codAmount` on a parcel label is an amount of something else
MONEY_KEYS = frozenset(
    {
        "total",
        "amount",
        "fee",
        "fees",
        "price",
        "subtotal",
        "due",
        "balance",
        "importe",
        "monto",
        "precio",
        "preco",
        "valor",
        "prix",
        "montant",
        "betrag",
        "preis",
        "totale",
        "importo",
    }
)


def printed_receipts(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """A component that prints ONE record's fields, an amount among them, is a receipt or an
    invoice: the document a customer is handed, whatever the record is called. A printed report
    renders its amounts per row of a list (inside `.map`), so it is no document of one record."""
    if any(d.type_key == "invoice" for d in found) or not _PRINTS.search(src.source):
        return []
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        keys: dict[str, set[str]] = {}
        for el in src.jsx_within(comp.node):
            for node in members_shown(el):
                if src.in_map_callback(node):
                    continue
                obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
                if obj is not None and prop is not None and obj.type == "identifier":
                    keys.setdefault(src.text(obj), set()).add(src.text(prop))
        record = next(
            (
                r
                for r, k in sorted(keys.items(), key=lambda kv: -len(kv[1]))
                if len(k) >= _MIN_FIELDS and any(set(words(key)) <= MONEY_KEYS for key in k)
            ),
            None,
        )
        if record is None:
            continue
        name = _title(src, comp.node) or humanize(comp.name)
        return [
            Detection(
                "invoice",
                name,
                {"source": "receipt", "record": record},
                0.75,
                (src.evidence(comp.node),),
                f"{src.path}:{comp.name}",
            )
        ]
    return []


def members_shown(el: Node) -> list[Node]:
    """Member expressions written in the element's own expressions (`{sale.total}`)."""
    inside = expression_nodes(el, ("jsx_expression", "jsx_attribute"), _ELEMENTS)
    return [node for node in inside if node.type == "member_expression"]


def expression_nodes(el: Node, parts: tuple[str, ...], skip: frozenset[str]) -> Iterator[Node]:
    """Every node written in the element's own `parts` (its `{...}`, its attributes), not
    entering nodes of the `skip` types (the elements nested in it, callbacks)."""
    for child in el.named_children:
        if child.type in parts:
            stack = [child]
            while stack:
                node = stack.pop()
                yield node
                stack.extend(c for c in node.named_children if c.type not in skip)


_ELEMENTS = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})


# the labels a bill shows beside its values: its number, when it was issued, what it comes to
_NUMBER_LABEL = re.compile(
    r"(?<!\w)(number|no\.?|nr\.?|#|n[º°o]\.?|num[ée]ro|número|nummer|numero|số)(?!\w)|番号|번호",
    re.I,
)
_AMOUNT_LABEL = phrases(
    r"total",
    r"amount",
    r"sum",
    r"montant",
    r"importe",
    r"monto",
    r"betrag",
    r"summe",
    r"totale",
    r"importo",
    r"valor",
    r"bedrag",
    r"tổng",
    r"tutar",
    "合計",
    "金額",
    "금액",
    "合计",
)
_DATE_LABEL = phrases(
    r"date",
    r"dated",
    r"issued",
    r"fecha",
    r"datum",
    r"data",
    r"ngày",
    r"tarih",
    "日付",
    "発行日",
    "날짜",
    "日期",
)
# elements that take input: a screen holding one edits its record rather than showing it
INPUT_ELEMENTS = frozenset({"input", "Input", "textarea", "Textarea", "select", "Select", "form"})
_SHORT = 4  # a label or a document's title is a few words


def components_without_invoice(
    src: SourceFile, found: list[Detection]
) -> Iterator[tuple[Component, Node, str]]:
    """Each component of the file (its node and where it is) that no invoice is found at yet."""
    have = {d.component for d in found if d.type_key == "invoice"}
    for comp in src.components[1:]:
        where = f"{src.path}:{comp.name}"
        if comp.node is not None and where not in have:
            yield comp, comp.node, where


def bill_documents(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """A component that fills in one bill: its own title ends in the bill's word ("Donation
    Receipt", "Tax Invoice"), it labels a bill number, an amount and a date, and it shows values
    of one record (not per row of a list) with no input to type into. The values come from its
    props or state, so no record object needs to say "invoice"; an editor (with inputs) is
    found as a form, a list by its rows."""
    out: list[Detection] = []
    for _comp, node, where in components_without_invoice(src, found):
        title: Node | None = None
        labels = {"number": False, "amount": False, "date": False}
        values = 0
        for el in src.jsx_within(node):
            if jsx.name(el, src) in INPUT_ELEMENTS:
                break
            if src.in_map_callback(el):
                continue
            own = _own_text(src, el)
            if own and len(own.split()) <= _SHORT:
                bill = _BILL.search(own)
                if title is None and bill is not None and bill.end() == len(own.rstrip(" :")):
                    title = el
                labels["number"] |= bill is not None and bool(_NUMBER_LABEL.search(own))
                labels["amount"] |= bool(_AMOUNT_LABEL.search(own))
                labels["date"] |= bool(_DATE_LABEL.search(own))
            values += sum(1 for c in el.named_children if c.type == "jsx_expression")
        else:
            if title is None or not all(labels.values()) or values < _MIN_FIELDS:
                continue
            name = _own_text(src, title)
            if LIST_TITLES["invoice"].fullmatch(name):
                continue  # "Invoices" over a table: a list, read from its rows
            out.append(
                Detection(
                    "invoice",
                    name,
                    {"source": "document"},
                    0.75,
                    (src.evidence(title),),
                    where,
                )
            )
    return out


def _own_text(src: SourceFile, el: Node) -> str:
    """The words written directly in the element (not in its children): a label or a title."""
    return " ".join(
        " ".join(src.text(c).split()) for c in el.named_children if c.type == "jsx_text"
    ).strip()
