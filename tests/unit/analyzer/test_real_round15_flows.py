"""Round 15, flows side: general rules replayed on small projects written here
(tests/data/real_round15/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round15" / "flows"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def test_a_grid_of_days_naming_who_comes_is_a_booking_list() -> None:
    """The week view lays its days out by weekday and lists, per day, each visit's patient:
    bookings, though no table or card list holds them. The deliveries' month shows each
    customer with an amount (orders due), and the payments list shows clients in one list
    only, beside a weekday count: neither is a calendar of bookings."""
    paths = evidence_paths(_project("calendar"), "booking")
    assert "components/visit-week.tsx" in paths
    assert "components/delivery-month.tsx" not in paths
    assert "components/payments-month.tsx" not in paths
