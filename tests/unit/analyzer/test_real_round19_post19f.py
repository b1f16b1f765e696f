"""Round 19 after test20's figure, flows side (post19f): small projects written here
(tests/data/real_round19/post19f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round19" / "post19f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_reading_the_signed_in_user_before_an_insert_is_no_sign_in() -> None:
    """A savings-goal dialog asks three things and its submit calls `auth.getUser()` only to
    find whose row it inserts: the form records a goal, it signs no one in."""
    forms = _project("user-read-before-insert").of_type("form")
    assert [f.name for f in forms] == ["Nueva meta de ahorro"]


def test_totals_pushed_onto_a_charts_rows_are_no_order_sent() -> None:
    """A stats page adds up each week's takings and pushes them onto the rows of a bar chart:
    the total stays on the page, no order or sale is sent, so no checkout."""
    assert _project("chart-rows-pushed").of_type("checkout") == ()


def test_managing_saved_cards_is_no_checkout() -> None:
    """A wallet settings page lists saved cards with "make default" and "delete payment
    method" handlers: the account's ways to pay are kept up, nothing is bought."""
    assert _project("saved-card-settings").of_type("checkout") == ()


def test_a_page_titled_for_a_registration_is_a_sure_form_without_a_form_element() -> None:
    """A Japanese volunteer group registration page ("ボランティア団体登録") asks the group's
    name, its homepage and two pickers in loose inputs under a button that posts them: the
    group's entry, as sure as one wrapped in a <form>."""
    forms = _project("application-page").of_type("form")
    assert [f.name for f in forms] == ["ボランティア団体登録"]
    assert forms[0].confidence >= 0.9  # raw score; a <form> gets 0.9, loose inputs 0.75


def test_an_email_box_asked_in_a_non_latin_script_is_a_form() -> None:
    """A Persian footer ("عضویت در خبرنامه") asks "ایمیل خود را وارد کنید" in one box beside
    its button: an e-mail asked for, whatever the script, so the visitor's sign-up form (a
    lone plain text box would be dropped)."""
    forms = _project("script-email-box").of_type("form")
    assert [f.name for f in forms] == ["عضویت در خبرنامه"]


def test_a_post_to_an_outside_stores_rest_api_is_a_sure_workflow() -> None:
    """A waitlist route posts each sign-up with `fetch` to Airtable's REST API (no SDK): a row
    written into an outside store, as sure as the SDK's append (LABELLING round 19)."""
    flows = _project("store-rest-write").of_type("workflow")
    assert [f.name for f in flows] == ["POST /api/waitlist"]
    assert flows[0].confidence >= 0.9


def test_a_support_request_asking_its_priority_by_label_is_a_sure_ticket() -> None:
    """A Spanish help page ("Abrir una incidencia de soporte") asks "Prioridad" in a picker with
    no name of its own, a subject and a description: a support request filed with its urgency,
    as sure as one whose field is named `priority`."""
    tickets = _project("priority-by-label").of_type("ticket")
    assert [t.name for t in tickets] == ["Abrir una incidencia de soporte"]
    assert tickets[0].confidence >= 0.9
