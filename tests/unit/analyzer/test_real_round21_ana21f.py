"""Round 21, flows side (ana21f): small projects written here
(tests/data/real_round21/ana21f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round21" / "ana21f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_a_support_request_on_the_profile_page_is_a_ticket() -> None:
    """The visitor's profile page edits the account, but its help panel asks a category, a
    subject and a description under "Submit Ticket": a support request, ticket + form."""
    report = _project("help-on-profile")
    assert len(report.of_type("ticket")) == 1
    forms = report.of_type("form")
    assert len(forms) == 1 and forms[0].fields.get("creates") == "ticket"


def _forms_under(report: AnalysisReport, folder: str) -> list[str]:
    return [
        d.name
        for d in report.detections
        if d.type_key in ("form", "contact") and d.evidence[0].path.startswith(folder)
    ]


def test_the_companys_own_details_on_its_settings_page_are_no_form() -> None:
    """The company's own name, website, phone and address typed on its settings page (under a
    "Kontakt" heading) enter no client and no lead: no form, no contact."""
    assert not _forms_under(_project("settings-panels"), "app/einstellungen/")


def test_a_panel_of_switches_and_a_limit_is_no_form() -> None:
    """Two switches and the minutes before an assistant hands over to the team set how the app
    behaves; no record is typed."""
    assert not _forms_under(_project("settings-panels"), "app/regeln/")


def test_an_announcement_to_members_is_no_booking() -> None:
    """An admin's notice to a group of members (who hears it, a subject, a message, an
    optional time to send it) is messaging: no form, no booking."""
    report = _project("audience-composer")
    assert not report.of_type("form")
    assert not report.of_type("booking")


def test_a_card_step_with_its_billing_address_is_the_checkouts() -> None:
    """A card's number, expiry, code, holder and billing address is the checkout's payment
    step (LABELLING round 21), not a form."""
    assert not _project("card-billing-step").of_type("form")


def test_the_tills_payment_step_is_no_form() -> None:
    """A table's bill paid at the till (how the guest pays, the cash handed over, a tip) is
    the sale's payment step (LABELLING round 10), not a form."""
    assert not _project("till-payment").of_type("form")


def test_a_comment_under_a_post_is_no_form() -> None:
    """A reader's name and comment under a journal post ("Laisser un commentaire") is the
    page's content, not a business record."""
    assert not _project("comment-box").of_type("form")


def test_a_weekly_timetable_slot_is_no_booking() -> None:
    """A weekday, a course, a room and its start and end times repeat every week: a form of
    the timetable, not a reservation, whatever its button says."""
    report = _project("timetable-slot")
    assert len(report.of_type("form")) == 1
    assert not report.of_type("booking")


def test_a_new_item_panel_handing_its_list_up_is_a_form() -> None:
    """ "Nuevo plato" asks a dish's name, price and description and hands the grown list to the
    page through `onPlatosChange`: admin entry of a catalogue item, a form of its own."""
    forms = _project("handed-list").of_type("form")
    assert [f.name for f in forms] == ["Nuevo plato"]


def test_a_payment_recorded_by_staff_keeps_its_form() -> None:
    """Staff note a rent payment received (the flat, the amount, the day, a note) with inputs
    all named `payment-...`: the shared prefix names the form, not a card detail, so it stays
    a form (round 17: admin entry of a business record)."""
    forms = _project("record-payment").of_type("form")
    assert [f.name for f in forms] == ["Record Payment"]


def test_a_cover_letter_sent_as_an_application_is_a_form() -> None:
    """A signed-in applicant's one motivation box under "Sollicitatie versturen" is the
    application itself: a form, though it asks one box only."""
    assert len(_project("cover-letter").of_type("form")) == 1
