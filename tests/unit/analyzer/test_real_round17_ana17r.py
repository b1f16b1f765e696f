"""Round 17, records side (ana17r): rules replayed on small projects written here
(tests/data/real_round17/ana17r); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round17" / "ana17r"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_a_board_of_orders_with_buyer_status_and_amount_is_an_invoice_list() -> None:
    """Rows that each name the buyer, say where the sale stands and what it came to are sales
    made (LABELLING "Admin order boards"), even with no day shown on the row."""
    report = _report("order_board")
    assert names_at(report, "invoice", "components/shop-orders-board.tsx") == {"Encomendas da loja"}


def test_the_accounts_own_orders_with_no_buyer_named_stay_no_invoice_list() -> None:
    """The same fields with only the buyer's details (the one looking is the buyer): a
    customer's own order history, which round 16 leaves unlabelled."""
    assert not names_at(_report("order_board"), "invoice", "components/my-past-orders.tsx")


def test_cards_priced_in_lira_are_products() -> None:
    """A price written in a currency v0 apps use beyond the dollar, euro and pound (₺, ₽, ₩,
    ₫, ₱, ₦ or a code such as TRY, BRL, MXN) is read as a price: the priced cards sell."""
    report = _report("lira_shop")
    assert {"Başlangıç", "Profesyonel"} <= names_at(report, "product", "app/plans/page.tsx")


def test_what_a_client_spent_all_told_is_no_price() -> None:
    """A client's total spent, written as money, is a sum over the client's dealings, not what
    the row costs: the clients with an e-mail and a phone stay a contact list."""
    report = _report("lira_shop")
    assert "lib/client-book.ts" in {e.path for d in report.of_type("contact") for e in d.evidence}
    assert not any("client" in e.path for d in report.of_type("product") for e in d.evidence)


def test_a_page_summing_the_goods_it_loads_lists_no_products() -> None:
    """A dashboard that adds up the goods it loads (a stock's value) titles figures and picks
    rows out for them (running low): no listing of goods on offer."""
    assert not names_at(_report("stock_report"), "product", "app/admin/page.tsx")


def test_a_page_showing_the_goods_it_loads_still_lists_them() -> None:
    """The same table loaded and only shown, under its heading, is the listing."""
    assert names_at(_report("stock_report"), "product", "app/shop/page.tsx") == {"Our collection"}
