"""Round 10 of issue 12, flows side: general rules for forms, tickets and checkouts replayed on
a small project written here (tests/data/real_round10/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round10" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    return analyze_tree(FLOWS / folder)


def test_an_item_assigned_to_staff_while_written_is_a_job_not_a_ticket() -> None:
    """A dialog writing an issue with a priority and the colleague who will fix it is a job on
    the staff's own board; a customer's request with a priority, which nobody assigns while
    writing it, stays a ticket. Both stay forms."""
    report = _analyze_tree("pottery_studio")
    tickets = evidence_paths(report, "ticket")
    assert "components/help-request.tsx" in tickets
    assert "components/kiln-job-dialog.tsx" not in tickets
    assert "components/kiln-job-dialog.tsx" in evidence_paths(report, "form")


def test_a_page_taking_only_the_payment_is_a_checkout_and_no_form() -> None:
    """Card number, expiry, code and holder under "Pay now" take the money for an order: a
    checkout, nothing a business keeps as a record; the same page asking for a name and an
    address too is checkout and form."""
    report = _analyze_tree("pottery_studio")
    checkouts, forms = evidence_paths(report, "checkout"), evidence_paths(report, "form")
    assert "app/pay/page.tsx" in checkouts
    assert "app/pay/page.tsx" not in forms
    assert {"app/order/page.tsx"} <= checkouts & forms


def test_a_notice_with_an_audience_picker_published_is_site_content() -> None:
    """A headline, a text and a picker saying who sees it, sent out with "Publish Notice", is
    the site's content; the picker does not make it a record."""
    assert "components/notice-board.tsx" not in evidence_paths(
        _analyze_tree("pottery_studio"), "form"
    )


def test_a_form_on_the_onboarding_pages_sets_up_the_account() -> None:
    """The first-run wizard under auth/onboarding naming the visitor's studio, city and phone
    sets up the account the app runs for; it records no customer or order."""
    forms = evidence_paths(_analyze_tree("pottery_studio"), "form")
    assert "app/auth/onboarding/page.tsx" not in forms


def test_a_course_for_a_target_role_is_a_form_not_an_account() -> None:
    """A course's `target_role` says whom it is for, not what anyone may do in the app: a record
    entered, not an account. (Round 11 removed the word rule reading "Scheduled date" as no
    visit asked for: it changed one project only.)"""
    report = _analyze_tree("pottery_studio")
    assert "components/new-course.tsx" in evidence_paths(report, "form")


def test_a_plan_button_whose_link_a_helper_picks_among_payment_pages_is_a_checkout() -> None:
    """`href={linkFor(plan.id)}` where the helper returns one of a table of hosted payment pages
    (buy.stripe.com) sends the visitor there to pay for the plan."""
    assert "app/plans/page.tsx" in evidence_paths(_analyze_tree("pottery_studio"), "checkout")


def _forms_at(folder: str, path: str) -> dict[str, list[str]]:
    return {
        d.name: [str(f["name"]) for f in d.fields["fields"]]
        for d in _analyze_tree(folder).of_type("form")
        if d.evidence[0].path == path
    }


def test_a_picker_bound_to_a_lists_filter_is_no_field_of_the_dialog_below_it() -> None:
    """`value={kindFilter}` narrows the list; the dialog opened further down giving an award is
    a form of its own, though the page's buttons and the alert in its handler mention other
    things ("Search for ... to find it" is what the alert says, not a Search button). Its
    heading's bare `&`, which the parser reads as an error, is part of its name."""
    forms = _forms_at("swim_club", "app/awards/page.tsx")
    assert list(forms) == ["Give & Log an Award"]
    assert "kind_filter" not in " ".join(forms["Give & Log an Award"]).lower()


def test_a_card_whose_add_button_below_its_inputs_runs_a_handler_is_its_own_form() -> None:
    """Coaches type a swimmer and a time and press "Add Time" (`onClick={handleAddLap}`): the
    card is a form of its own, titled by its card, not by the list of times below it, and the
    next card's "Create Meet" does not pull it in; a feedback box repeated in each row of a
    list with its own "Send feedback" belongs to that row, to no form."""
    forms = _forms_at("swim_club", "app/coach/page.tsx")
    assert set(forms) == {"Plan a Meet", "Record Lap Times"}
    assert forms["Record Lap Times"] == ["swimmer", "seconds"]


def test_marks_picked_in_each_row_of_a_list_saved_by_one_button_are_a_form() -> None:
    """Here or away per swimmer, radios in each row of a table with no button of their own,
    stored by the page's "Save Register": staff entry of one record per row, a form, however
    deep the table draws the radios."""
    assert "Session Register" in _forms_at("swim_club", "app/roll/page.tsx")


def test_an_overlays_title_prop_names_the_form_it_holds() -> None:
    """`<Modal title="Add Swimmer">` draws its own heading over the inputs: the form is named
    by it, not by the page's heading above the modal."""
    assert list(_forms_at("swim_club", "components/new-swimmer.tsx")) == ["Add Swimmer"]


def test_a_rows_own_editor_in_a_list_is_no_form() -> None:
    """Each squad's row turns into inputs with its own "Update Squad" while it is edited: the
    row edits that one record in place; the list above it, with a total worked out, is not a
    document edited live."""
    assert not _forms_at("swim_club", "components/squad-list.tsx")
