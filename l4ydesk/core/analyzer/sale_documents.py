"""Finds the document of one finished sale: a component that lists the sale's lines (each with
its quantity and its price) and shows, outside the lines, what the sale comes to and when it was
made, and whose own names say it is a sale (`SaleDetail`, `saleId`, `venta`). That is the receipt
or invoice a shop hands its customer (round-9 settled point: a receipt document is an invoice). A
cart lists the same lines but has no date (nothing has been sold yet), an editor of lines has
inputs, and an order's confirmation, tracker or details dialog shows an order on its way, which
the labels do not read as a bill: structure alone cannot tell an order from a sale, so the sale's
own word decides, in the languages v0 apps name their code in.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.documents import (
    INPUT_ELEMENTS,
    MONEY_KEYS,
    components_without_invoice,
    expression_nodes,
)
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words
from l4ydesk.core.analyzer.vocabulary import QUANTITY_WORDS

# when a sale was made: its date or its creation time (`saleDate`, `created_at`, `fecha`)
_WHEN = frozenset({"date", "created", "createdat", "fecha", "datum", "ngay", "issued", "sold"})
# a sale's own word in the component's or its values' names
_SALE = frozenset(
    {"sale", "sales", "venta", "ventas", "venda", "vendas", "vente", "ventes", "verkauf"}
    | {"verkaeufe", "vendita", "vendite", "verkoop", "verkopen", "hanbai"}
)
# a summary over many sales in a component's own name, in the languages v0 apps name their code
# in (`ReportsManagement`, `RapportVentes`, `InformeMensual`): a period's figures, no one sale
_REPORT = frozenset(
    {"report", "reports", "rapport", "rapports", "reporte", "reportes", "informe", "informes"}
    | {"relatorio", "relatorios", "bericht", "berichte", "rapporto", "statistics", "stats"}
)
# a value's own names, not those of the elements or the callbacks written inside it
_NOT_WALKED = frozenset(
    {
        "jsx_element",
        "jsx_self_closing_element",
        "jsx_fragment",
        "arrow_function",
        "function_expression",
    }
)


def sale_documents(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One invoice per component showing a sale's priced lines with its total and its date."""
    out: list[Detection] = []
    for comp, node, where in components_without_invoice(src, found):
        elements = src.jsx_within(node)
        if any(jsx.name(el, src) in INPUT_ELEMENTS for el in elements):
            continue  # lines typed in: an editor, found as a form
        lines: set[str] = set()
        outside: set[str] = set()
        for el in elements:
            for name in _names_shown(src, el):
                (lines if src.in_map_callback(el) else outside).update(words(name))
        if not (lines & QUANTITY_WORDS and lines & MONEY_KEYS):
            continue
        if not (outside & MONEY_KEYS and outside & _WHEN):
            continue
        if not (set(words(comp.name)) | outside) & _SALE:
            continue  # an order on its way, a booking's costs: no bill by the labels
        if set(words(comp.name)) & _REPORT:
            continue  # a report sums a period's sales: no one sale's document
        out.append(
            Detection(
                "invoice",
                humanize(comp.name),
                {"source": "sale"},
                0.6,
                (src.evidence(node),),
                where,
            )
        )
    return out


def _names_shown(src: SourceFile, el: Node) -> list[str]:
    """The names written in the element's own expressions: `{sale.total}`, `{saleDate}`."""
    inside = expression_nodes(el, ("jsx_expression",), _NOT_WALKED)
    return [src.text(n) for n in inside if n.type in ("identifier", "property_identifier")]
