"""Round 21 after the figure, products and events (post21p): rules replayed on small projects
written here (tests/data/real_round21/post21p); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round21" / "post21p"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_supplies_with_a_cost_and_a_reorder_level_are_no_products() -> None:
    """A kitchen's pantry rows, each with a quantity in kg, a `cost` and an `umbral` (the level
    at which it is bought again): stock the place uses up, nothing it sells."""
    assert not names_at(_report("restocked_supplies"), "product", "app/despensa/page.tsx")


def test_stock_rows_with_a_price_stay_products() -> None:
    """The same rows with a `price` instead of a `cost`: goods the shop sells."""
    assert names_at(_report("restocked_supplies"), "product", "app/tienda/page.tsx") == {
        "Miel de azahar",
        "Mermelada de higo",
        "Aceite de oliva virgen",
    }


def test_a_trash_bins_list_is_no_product_list() -> None:
    """ "Papelera" over the deleted articles loaded from the server, each with a restore button:
    records waiting to be purged, not goods on offer."""
    assert not names_at(_report("trash_bin"), "product", "app/papelera/page.tsx")


def test_the_same_articles_for_sale_stay_a_product_list() -> None:
    """The articles loaded under "Artículos en venta" with an add-to-cart button stay a list."""
    assert names_at(_report("trash_bin"), "product", "app/productos/page.tsx") == {
        "Artículos en venta"
    }


def test_next_steps_after_payment_are_no_event() -> None:
    """ "Prochaines étapes" after a payment: pay, get an e-mail, come on "7 juillet 2026 à 9h00".
    The dated step is an instruction to the buyer, not an occasion of its own."""
    assert not names_at(_report("next_steps"), "event", "app/inscription/paiement/page.tsx")


def test_a_dated_camp_stays_an_event() -> None:
    """The camp's own card, dated and timed, stays the event."""
    assert names_at(_report("next_steps"), "event", "app/stage/page.tsx") == {
        "Stage d'été de basket"
    }


def test_a_sales_report_is_no_sales_slip() -> None:
    """`InformeVentas` shows lines with a quantity and a price, a total and a date, like a slip:
    its own name says it is a report over a period's sales, no one sale's document."""
    assert not names_at(_report("sales_report"), "invoice", "components/informe-ventas.tsx")


def test_a_sales_slip_stays_an_invoice() -> None:
    """`DetalleVenta`, the same lines under one sale's number, stays the sale's document."""
    assert names_at(_report("sales_report"), "invoice", "components/detalle-venta.tsx") == {
        "Detalle venta"
    }
