"""Round 17, flows side (ana17f): small projects written here
(tests/data/real_round17/ana17f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round17" / "ana17f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def test_a_record_added_on_a_settings_page_is_a_form() -> None:
    """A settings page's dialog adding a depot (its name and city) or a mechanic (a Japanese
    title whose verb comes last, under an edit/add ternary) enters a business record: a form
    named by its add title; the dark-mode switch beside it stays no form (round 17)."""
    forms = sorted(d.name for d in _project("settings-entry").detections if d.type_key == "form")
    assert forms == ["Nuevo Depósito", "整備士を追加"]


def test_a_dialog_each_row_opens_is_a_form_of_its_own() -> None:
    """Each row of a parts table opens its own dialog asking a count and a reason with "Save
    Count": the dialog's button submits what it asks, as a dialog outside a list does, and
    the row's status picker beside it joins no form."""
    forms = [d for d in _project("row-dialog").detections if d.type_key == "form"]
    assert [f.name for f in forms] == ["Record Count"]
    assert len(forms[0].fields["fields"]) == 2


def test_an_add_button_under_inputs_with_no_button_above_them_submits_them() -> None:
    """An admin card asks a tool's title, daily rate and notes and ends in "Add" (running the
    page's `addTool`); no other button stands above the inputs up to the page's top, so the
    "Add" is theirs: one form, titled by its card."""
    forms = [d for d in _project("add-card").detections if d.type_key == "form"]
    assert [f.name for f in forms] == ["Add Rental Tool"]
    assert len(forms[0].fields["fields"]) == 3


def test_a_title_loses_the_word_leading_into_a_name_filled_in() -> None:
    """ "Renew membership for {member.name}" shows a member's name after "for"; the form is
    named "Renew membership", not "Renew membership for"."""
    forms = [d.name for d in _project("named-after").detections if d.type_key == "form"]
    assert forms == ["Renew membership"]


def test_a_priority_alone_makes_no_ticket() -> None:
    """A workshop's own job card (plate, work to do, a priority) files staff work: a form, no
    ticket, as no word says a support request or a complaint is being sent (round 16: tickets
    are a customer's requests to the business). It stays as sure a form as before."""
    found = _project("job-card").detections
    assert [d.type_key for d in found if d.type_key in ("form", "ticket")] == ["form"]
    assert next(d for d in found if d.type_key == "form").confidence >= 0.7


def test_an_order_total_sent_from_the_counter_is_a_sure_checkout() -> None:
    """Staff pick a loaf, a quantity and a customer and save the order with the total worked
    out of the picked price: a checkout (and a form) shown as sure, as every such total on the
    seen sets was a checkout (staff order entry, rounds 14 and 15)."""
    found = _project("counter-order").detections
    checkout = next(d for d in found if d.type_key == "checkout")
    assert checkout.confidence >= 0.7
    assert any(d.type_key == "form" for d in found)
