"""Round 15 of issue 12, records side: general rules replayed on small projects written here
(tests/data/real_round15/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round15" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_rows_billed_to_someone_on_a_day_are_an_invoice_list_whatever_their_name() -> None:
    """Loaded rows each showing an amount charged, the day and who was charged (or the row's own
    number) are money billed or taken: claims to insurers and an order board alike."""
    report = _report("billing_desk")
    assert names_at(report, "invoice", "app/claims/page.tsx") == {"Submitted claims"}
    assert names_at(report, "invoice", "app/orders/page.tsx") == {"Pedidos"}
    # the lines of an order (a quantity beside the amount) are no list of bills
    assert not names_at(report, "invoice", "app/visits/page.tsx")


def test_sales_showing_their_items_total_and_day_are_an_invoice_list_without_a_buyer() -> None:
    """A till's sales, each showing what it sold, its total and when (no buyer named): sales
    made, one invoice list."""
    invoices = names_at(_report("billing_desk"), "invoice", "app/sales/page.tsx")
    assert invoices == {"Vente s"}  # a count and a plural ending read apart


def test_billed_rows_with_no_heading_are_named_by_their_set_without_its_narrowing() -> None:
    """A table component with no title of its own, whose rows' fields say they are billed: the
    set names the list, without the word saying how it was narrowed (`filteredClaims`)."""
    invoices = names_at(_report("billing_desk"), "invoice", "components/claims-table.tsx")
    assert invoices == {"Claims"}


def test_rows_billed_to_someone_on_a_day_are_selected_by_default() -> None:
    """Such lists were right 6 of 8 times on the seen sets: Sure, not a suggestion."""
    found = [d for d in _report("billing_desk").of_type("invoice") if d.name == "Pedidos"]
    assert found and found[0].confidence >= 0.7
