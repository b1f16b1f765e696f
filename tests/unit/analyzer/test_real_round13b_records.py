"""Round 13 of issue 12 after the figure, records side: general rules replayed on small projects
written here (tests/data/real_round13b/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round13b" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_lines_of_a_label_beside_an_amount_break_a_cost_down_and_sell_nothing() -> None:
    """ "Fabric $30", "Tailoring $55", "Total $85" under one heading: a breakdown of one cost,
    no product; a card with its own name and price beside it still sells that thing."""
    products = names_at(_report("quote_desk"), "product", "components/quote-step.tsx")
    assert "Price Summary" not in products
    assert "Linen Shirt" in products
