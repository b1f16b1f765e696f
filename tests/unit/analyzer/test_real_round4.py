"""Round 4 of issue 12: failure classes seen on all 36 labelled public v0 projects, replayed on
small files written here (tests/data/real_round4); each failed before its rule."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round4"


def _analyze(*names: str) -> AnalysisReport:
    return analyze_files({f"components/{n}": (DATA / n).read_bytes() for n in names})


def _analyze_tree(folder: str) -> AnalysisReport:
    """A small project of several files, paths relative to its folder."""
    root = DATA / folder
    return analyze_files(read_tree(root))


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


def test_empty_price_slots_in_a_translation_table_are_no_products() -> None:
    report = _analyze("translations.ts")
    assert not report.of_type("product")


def test_accounts_with_a_password_are_no_contacts() -> None:
    report = _analyze("mock-auth.tsx")
    assert not report.of_type("contact")


def test_purchases_and_payments_are_neither_products_nor_invoices() -> None:
    report = _analyze("billing.tsx")
    assert _names(report, "product") == {"Ten Swim Pass", "Twenty Swim Pass"}
    # the one on sale, not the one bought: its evidence is the offer's row
    ten = next(d for d in report.of_type("product") if d.name == "Ten Swim Pass")
    assert all("purchaseDate" not in e.snippet for e in ten.evidence)
    # round 14 settled otherwise for the payments: a member's payments, each citing its invoice,
    # are billing records, one invoice list (round 9's receipts); the passes bought stay none
    assert _names(report, "invoice") == {"Payment History"}


def test_statistics_tables_bonuses_and_summaries_are_no_products() -> None:
    report = _analyze("report.tsx", "order-summary.tsx")
    assert _names(report, "product") == {"Monatskarte", "Jahreskarte"}


def _analyze_at(path: str) -> AnalysisReport:
    return analyze_files({path: (DATA / path).read_bytes()})


def test_the_visitors_own_account_page_is_no_form_despite_an_emergency_contact() -> None:
    report = _analyze_at("app/profile/page.tsx")
    assert not report.of_type("form")
    assert not report.of_type("contact")


def test_imports_uploads_verdicts_and_find_bars_capture_no_records() -> None:
    report = _analyze("tools.tsx")
    assert not report.of_type("form"), _names(report, "form")


def test_an_edit_dialog_with_prefixed_inputs_folds_into_the_add_dialog() -> None:
    report = _analyze("courses-admin.tsx")
    assert _names(report, "form") == {"Nieuwe cursus toevoegen"}


def test_a_day_an_hour_and_a_phone_ask_for_an_appointment_and_a_bullet_is_no_name() -> None:
    report = _analyze("visit-request.tsx")
    forms = report.of_type("form")
    assert len(forms) == 1 and forms[0].name != "•"
    assert any(ch.isalpha() for ch in forms[0].name)
    assert len(report.of_type("booking")) == 1


def test_a_cart_leading_to_the_checkout_page_a_status_check_and_a_grids_buy_buttons() -> None:
    report = _analyze_tree("shop")
    checkouts = report.of_type("checkout")
    # one checkout, on the page that takes the card; the cart is its first step, the admin's
    # status check pays nothing, a grid's per-gift buttons only open a purchase elsewhere
    assert [e.path for d in checkouts for e in d.evidence][:1] == ["app/checkout/page.tsx"]
    assert len(checkouts) == 1


def test_a_home_page_preview_of_fetched_events_with_its_own_query_is_its_own_list() -> None:
    # LABELLING round 20 ("The same list in two files") and round 21 (event lists with their
    # own query): the home page's own query is a list of its own (this test said the preview
    # was no second list before round 21)
    report = _analyze_tree("club")
    assert _names(report, "event") == {"Tutti gli eventi", "Eventi in arrivo"}


def test_a_card_titled_by_a_records_word_over_mapped_rows_is_one_list_per_view() -> None:
    # LABELLING round 20 ("The same list in two files"): each file drawing its own rows is a
    # list of its own (this test said one list across views before round 20)
    report = _analyze_tree("desk")
    bookings = report.of_type("booking")
    assert [b.name for b in bookings] == ["Afspraken"] * 2
    assert {b.evidence[0].path for b in bookings} == {
        "components/front-desk.tsx",
        "components/practitioner.tsx",
    }


def test_one_dialog_copied_into_two_views_is_one_form_and_a_lone_note_box_is_none() -> None:
    # round 12: a form written out again in a file of its own is filled there too, as a list
    # written out again is labelled again (round 11's settled point): one form per copy
    report = _analyze("views/front-desk.tsx", "views/back-desk.tsx", "views/notes.tsx")
    forms = report.of_type("form")
    assert [f.name for f in forms] == ["Ajouter un patient sans rendez-vous"] * 2
    assert {f.evidence[0].path.rsplit("/", 1)[1] for f in forms} == {
        "front-desk.tsx",
        "back-desk.tsx",
    }


def test_sample_bookings_are_named_by_the_heading_that_says_bookings() -> None:
    report = _analyze("views/member-home.tsx")
    assert _names(report, "booking") == {"Próximas reservas"}


def test_name_email_and_consent_is_a_lead_unless_it_leads_to_payment() -> None:
    report = _analyze("leads.tsx")
    contacts = report.of_type("contact")
    assert len(contacts) == 1
    assert all("GiftDetails" not in (c.component or "") for c in contacts)


def test_a_message_form_on_a_help_page_is_a_ticket_and_its_sender_a_contact() -> None:
    report = _analyze_at("app/help/page.tsx")
    assert len(report.of_type("ticket")) == 1
    assert len(report.of_type("contact")) == 1


def test_the_cards_of_one_checkout_page_are_one_form_named_by_the_page() -> None:
    report = _analyze_at("app/stay/page.tsx")
    assert _names(report, "form") == {"Finalise o seu alojamento"}


def test_a_detail_panel_folds_into_the_add_dialog_and_an_edit_opener_is_no_form() -> None:
    report = _analyze("guests-admin.tsx")
    assert _names(report, "form") == {"Neuen Gast anlegen"}


def test_a_dialogs_way_out_in_any_language_is_not_its_submit_label() -> None:
    report = _analyze("room-dialog.tsx")
    forms = report.of_type("form")
    assert [f.fields.get("submit_label") for f in forms] == ["Guardar habitación"]


def test_a_calendar_fed_with_loaded_appointments_is_a_list_of_bookings() -> None:
    report = _analyze_at("app/planning/page.tsx")
    assert _names(report, "booking") == {"Planning de la semaine"}


def test_picked_hours_confirmed_by_a_booking_button_are_a_booking_request() -> None:
    report = _analyze("hours.tsx")
    bookings = report.of_type("booking")
    # the grid's button books; the dialog's "keep it" only closes; a card list's buttons are
    # not one request
    assert [b.name for b in bookings] == ["Prenota le tue ore"]
    assert "Prenota ora" in bookings[0].evidence[0].snippet
