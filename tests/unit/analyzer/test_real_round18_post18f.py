"""Round 18 after the figure, flows side (post18f): small projects written here
(tests/data/real_round18/post18f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round18" / "post18f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def test_an_editor_of_the_sites_own_text_is_no_form() -> None:
    """An admin page loads the studio's block of site text into one object and shows each of
    its members in an input (the street, the front desk's e-mail and phone, the hours), saved
    whole: the site's own text, no record entered, though an e-mail and a phone are asked.
    The visitors' enquiry form, bound to its own object, stays a form."""
    report = _project("site-text")
    assert evidence_paths(report, "form") == {"app/contact/page.tsx"}


def test_a_search_box_naming_an_email_asks_for_none() -> None:
    """A Russian results page filters its attempts with one box whose placeholder says "search
    by name, email or number" beside an "Export CSV" button: the box looks rows up by an
    e-mail and asks for none, so it is no e-mail field, and the search box is no form (nor a
    lead)."""
    report = _project("search-by-email")
    assert not report.of_type("form")
    assert not report.of_type("contact")


def test_figures_typed_to_be_calculated_are_no_form() -> None:
    """A savings page asks only for figures (a monthly bill, a number of panels) and its button
    says "Calculate savings": it computes on the spot and records nothing, so no form."""
    assert not _project("calculator").of_type("form")


def test_a_thank_you_laid_over_the_form_does_not_name_it() -> None:
    """A "Дякуємо!" block shown over the form once it is sent (`sent && (...)`) sits nearer
    the form than the section's heading; the form is named by the heading it is read under,
    "Напишіть нам", not by what the visitor reads after sending."""
    assert [f.name for f in _project("thanks-overlay").of_type("form")] == ["Напишіть нам"]
