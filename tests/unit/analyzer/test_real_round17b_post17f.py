"""Round 17 after the figure, flows side (post17f): small projects written here
(tests/data/real_round17b/post17f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round17b" / "post17f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def _forms(report: AnalysisReport, path: str) -> list[str]:
    return [d.name for d in report.of_type("form") if d.evidence[0].path == path]


def test_a_form_drawn_from_a_field_schema_is_a_form() -> None:
    """A page maps its record kind's attributes to a field component of the same file that
    draws an input, a picker or a switch by the attribute's kind, bound by value and onChange;
    its button's label is a template ("Register ${kind}"): one form of many fields, named by
    its heading."""
    report = _project("schema-form")
    assert _forms(report, "app/vehicles/page.tsx") == ["New"]


def test_a_heading_choosing_by_the_forms_own_state_names_it_by_the_shown_branch() -> None:
    """`{changing ? "Edit Vehicle" : "Overview"}` heads a card that shows the fields while
    `changing` holds: the form is "Edit Vehicle", not the read view's "Overview"."""
    report = _project("schema-form")
    assert _forms(report, "app/vehicles/[id]/page.tsx") == ["Edit Vehicle"]


def test_an_add_button_in_a_dialogs_footer_submits_the_dialog() -> None:
    """A dialog asks a boat's name, length and berth and ends in "Add Boat" beside "Cancel" in
    its footer (the opener is its trigger): the footer's "Add Boat" submits the three boxes."""
    forms = [d for d in _project("footer-dialog").detections if d.type_key == "form"]
    assert [f.name for f in forms] == ["Register a Boat"]
    assert len(forms[0].fields["fields"]) == 3


def test_a_card_kept_on_file_is_no_form() -> None:
    """A plan page's dialog asks a card's number, expiry and code and ends in "Add card" in its
    footer: a card kept for later charges, no business record, so no form."""
    assert not _project("card-on-file").of_type("form")


def test_a_chain_of_steps_in_one_heading_names_each_form_by_its_step() -> None:
    """One heading picks its words by the stage (`stage === "level" ? ... : stage === "full" ?
    ... : ...`); the reserve list's inputs show at "full", the contact details at the last
    stage: each form is named by its own stage's words. The statistics' "Export as ${period}"
    writes a file out and submits nothing."""
    forms = sorted(d.name for d in _project("chain-heading").detections if d.type_key == "form")
    assert forms == ["Join the reserve list", "Your contact details"]
