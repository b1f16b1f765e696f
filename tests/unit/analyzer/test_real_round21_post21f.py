"""Round 21, flows after the figure (post21f): small projects written here
(tests/data/real_round21/post21f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round21" / "post21f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_the_players_own_reservations_of_a_place_are_bookings() -> None:
    """Rows naming a court or a club, a day, an hour and a confirmed state, with no customer
    (the one looking booked them), are the visitor's bookings, whatever the set is named."""
    report = _project("own-reservations")
    assert names_at(report, "booking", "app/inicio/page.tsx") == {"Tus reservas"}
    assert names_at(report, "booking", "app/perfil/page.tsx") == {"Mis partidos"}


def test_a_form_taking_a_pitch_at_a_day_and_hour_is_a_booking() -> None:
    """A club, a day, an hour and the pitch taken, with no e-mail asked: the ground is booked
    (booking + form)."""
    report = _project("ground-form")
    assert [d.name for d in report.of_type("booking")] == ["Spiel anlegen"]
    assert [d.name for d in report.of_type("form")] == ["Spiel anlegen"]


def test_a_card_step_described_as_paying_a_reservation_is_a_booking() -> None:
    """A dialog's card step whose description says it finalises a reservation books what it
    pays for: booking + checkout."""
    report = _project("lane-payment")
    assert [d.name for d in report.of_type("checkout")] == ["Entrar no jogo"]
    assert [d.name for d in report.of_type("booking")] == ["Entrar no jogo"]


def test_a_row_added_to_an_outside_sheet_through_its_sdk_is_a_workflow() -> None:
    """A server action adding the sign-up as a row of a Google Sheet (`blatt.addRow`, the sheet
    object of the `google-spreadsheet` package) is a third-party call: a workflow citing it."""
    workflows = _project("sheet-signup").of_type("workflow")
    assert len(workflows) == 1
    assert "app/actions/anmelden.ts" in {e.path for e in workflows[0].evidence}


def test_an_untitled_button_sending_the_carts_order_as_a_message_is_that_checkout() -> None:
    """A floating button with no title sending the cart as a WhatsApp message, beside the
    cart's titled panel sending it the same way, is the one checkout the panel names."""
    report = _project("message-cart")
    assert [d.name for d in report.of_type("checkout")] == ["Il tuo carrello"]


def test_a_payment_pages_instructions_to_pay_by_hand_are_a_checkout() -> None:
    """The payment step's page (its route says so) headed "Instructions de paiement" with a bank
    transfer and PayPal to pay to is where the sign-up is paid: a checkout. The landing page's
    section on how to pay, told before anything is bought, is none."""
    checkouts = _project("pay-by-hand").of_type("checkout")
    assert [(d.name, d.evidence[0].path) for d in checkouts] == [
        ("Instructions de paiement", "app/inscription/paiement/page.tsx")
    ]


def test_instructions_after_the_projects_own_checkout_are_its_next_step() -> None:
    """A Pix code and how to pay it, on the page the checkout's form sends the buyer to, is
    that checkout's next step: one checkout, the form's."""
    checkouts = _project("pix-after-checkout").of_type("checkout")
    assert [d.name for d in checkouts] == ["Finalizar compra"]
