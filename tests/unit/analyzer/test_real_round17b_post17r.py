"""Round 17 after the figure, records side (post17r): rules replayed on small projects written
here (tests/data/real_round17b/post17r); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round17b" / "post17r"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_a_loading_skeletons_rows_are_no_list() -> None:
    """Rows made of a count alone (`Array.from({ length: 4 }).map(...)`) are grey bars shown
    while the real rows load: the skeleton's title names no list of its own."""
    report = _report("roster")
    assert names_at(report, "contact", "app/dashboard/lodgers/page.tsx") == {"All students"}


def test_students_in_spanish_title_a_contact_list() -> None:
    """'Estudiantes' is the Spanish word for students beside 'alumnos': the list it titles is
    the people the school keeps on file."""
    report = _report("pupils")
    assert names_at(report, "contact", "app/pupils/page.tsx") == {"Gestión de Estudiantes"}


def test_a_payment_history_over_loaded_rows_is_an_invoice_list() -> None:
    """'Payment History' over the payments a page loads is the business's bills paid, as the
    labels read it on two sets (a school's fees, a landlord's rents)."""
    report = _report("paid")
    assert names_at(report, "invoice", "app/dashboard/flats/page.tsx") == {"Payment History"}
