"""Round 13 after the figure, flows side: general rules replayed on small projects written
here (tests/data/real_round13b/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round13b" / "flows"


def _bakery() -> AnalysisReport:
    return analyze_tree(FLOWS / "bakery")


def _paths(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.evidence[0].path for d in report.of_type(type_key)}


def test_a_staff_sale_sent_as_a_built_object_with_its_line_total_is_a_checkout() -> None:
    """ "Ring up a sale" builds an entry whose `totalPrice` multiplies the picked loaf's cost by
    the count, then passes that entry by name to the store: a sale is recorded (the settled
    staff-sale point). The oven batch multiplies too, but into no total: it stays a form."""
    report = _bakery()
    assert "components/counter-sale.tsx" in _paths(report, "checkout")
    assert "components/oven-log.tsx" not in _paths(report, "checkout")
