"""Round 13 after the figure, flows side: general rules replayed on small projects written
here (tests/data/real_round13b/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round13b" / "flows"


def _bakery() -> AnalysisReport:
    return analyze_tree(FLOWS / "bakery")


def test_a_staff_sale_sent_as_a_built_object_with_its_line_total_is_a_checkout() -> None:
    """ "Ring up a sale" builds an entry whose `totalPrice` multiplies the picked loaf's cost by
    the count, then passes that entry by name to the store: a sale is recorded (the settled
    staff-sale point). The oven batch multiplies too, but into no total: it stays a form."""
    report = _bakery()
    assert "components/counter-sale.tsx" in evidence_paths(report, "checkout")
    assert "components/oven-log.tsx" not in evidence_paths(report, "checkout")


def test_an_application_to_a_course_is_a_lead_but_a_job_application_is_not() -> None:
    """The baking school's application (a name, an e-mail, a level and why) is a programme's
    lead, as the seen enrolment and student applications are; the night-baker job asks for a CV
    file: an applicant is not a lead (README: the careers page), so it stays a form only."""
    report = _bakery()
    contacts = evidence_paths(report, "contact")
    assert "app/apprentice/page.tsx" in contacts
    assert "app/jobs/page.tsx" not in contacts
    assert "app/jobs/page.tsx" in evidence_paths(report, "form")
