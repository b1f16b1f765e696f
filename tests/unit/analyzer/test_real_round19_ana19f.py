"""Round 19, flows side (ana19f): small projects written here
(tests/data/real_round19/ana19f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round19" / "ana19f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_a_route_appending_to_an_outside_sheet_is_a_sure_workflow() -> None:
    """A lead route no page calls appends a row to a Google Sheet through its SDK: a
    third-party call as plain as a mail (LABELLING round 19), so as sure as one."""
    flows = _project("sheet-append").of_type("workflow")
    assert [f.name for f in flows] == ["POST /api/leads"]
    assert flows[0].confidence >= 0.9


def test_confirming_an_order_beside_its_total_is_a_checkout() -> None:
    """A cake dialog asks tiers and flavour, shows its lines and "Total: $85.00" and ends in
    "Confirm Order" (the handler only logs): an order placed, checkout and form."""
    report = _project("order-dialog")
    assert [c.name for c in report.of_type("checkout")] == ["Order a Tiered Cake"]
    assert evidence_paths(report, "checkout") == {"components/cake-order-dialog.tsx"}
    assert [f.name for f in report.of_type("form")] == ["Order a Tiered Cake"]


def test_an_order_form_opened_from_priced_items_is_a_checkout() -> None:
    """Two boats with a price each, "Замовити" on each card opening a form titled
    "Замовлення {boat}" whose submit sends the order: the purchase of those boats, named by
    the form's title, not the price list's heading."""
    report = _project("priced-order-form")
    assert [c.name for c in report.of_type("checkout")] == ["Замовлення"]
    assert {p.name for p in report.of_type("product")} == {"Skiff 4", "Skiff 6"}


def test_a_cart_ending_in_a_messenger_link_a_helper_builds_is_a_checkout() -> None:
    """A Ukrainian basket ("Кошик") with its lines and `totalPrice` whose order link comes
    from a helper named for WhatsApp (`whatsappOrderUrl(cart)`, kept in a const): the order is
    placed in the message, as with a `wa.me` link written in place."""
    report = _project("messenger-cart")
    assert [c.name for c in report.of_type("checkout")] == ["Кошик"]


def test_a_reports_period_and_pickers_are_no_form() -> None:
    """A Turkish delivery report ("Teslimat Raporu") asks two dates, a branch and a tick box,
    then builds: it chooses which figures to show and records nothing. A damaged-parcel
    report typed in with its number and what happened stays a form."""
    forms = _project("report-pickers").of_type("form")
    assert [f.name for f in forms] == ["Report a damaged parcel"]


def test_a_payment_made_on_an_sdk_classs_instance_is_a_payment() -> None:
    """The deposit route builds `new Preference(client)` from the `mercadopago` package and
    calls `preference.create(...)`: the payment starts at the provider, as
    `mercadopago.preference.create` would say. The step whose "Pagar seña" posts there is a
    checkout, and the route a workflow."""
    report = _project("sdk-instance-payment")
    assert [c.name for c in report.of_type("checkout")] == ["Seña de la sesión"]
    assert evidence_paths(report, "workflow") >= {"app/api/deposits/route.ts"}


def test_staff_entering_an_order_record_is_a_checkout() -> None:
    """A tool-hire board's dialog asks a tool, a client and the weeks, and its "Save" inserts
    into the `orders` table: staff entering an order, a checkout named by the dialog's title
    (not the board's heading) beside its form."""
    report = _project("staff-order-entry")
    assert [c.name for c in report.of_type("checkout")] == ["Hire Out a Tool"]
    assert [f.name for f in report.of_type("form")] == ["Hire Out a Tool"]


def test_saving_settings_in_russian_is_no_form() -> None:
    """An assistant's pause, message limit and night switch under "Сохранить настройки" (save
    settings) set up the app, as "Save settings" does; the new-client form beside it stays."""
    forms = _project("settings-words").of_type("form")
    assert [f.name for f in forms] == ["Новый клиент"]


def test_an_undated_visit_request_in_ukrainian_is_a_booking() -> None:
    """ "Записатися на прийом" (sign up for a visit) asks a name, a phone, a doctor and what is
    wrong, with no date: an appointment request, booking and form (LABELLING round 19), as
    "Book an Appointment" is, not a contact."""
    report = _project("undated-visit")
    assert [b.name for b in report.of_type("booking")] == ["Записатися на прийом"]
    assert not report.of_type("contact")


def test_a_route_only_a_leftover_form_calls_is_a_route_no_page_calls() -> None:
    """The enquiry form no page renders posts to a route that passes the lead on to the CRM's
    API. The form runs nothing (round 5), so the route is an endpoint no page calls: a
    workflow of its own at the route (round 18), not lost with its caller."""
    report = _project("leftover-caller")
    assert evidence_paths(report, "workflow") == {"app/api/enquiries/route.ts"}
    assert not report.of_type("form")


def test_a_quizs_score_sent_on_is_no_order_total() -> None:
    """A sailing quiz adds up its right answers (`questions.reduce`) and posts the score to
    the page around it: a score, not an order's total, so no checkout. The chandlery counter
    sending its lines and their total stays one."""
    report = _project("quiz-score")
    assert [c.name for c in report.of_type("checkout")] == ["Chandlery counter"]


def test_goods_reserved_with_a_quantity_are_an_order() -> None:
    """A hardware shop's "Reservar" form asks a name, a phone and how many drills, shows the
    price times that quantity and ends in "Confirmar reserva", with no day asked: goods put
    aside to be fetched and paid in the shop, an order (LABELLING round 16): checkout and
    form, no booking."""
    report = _project("goods-reserved")
    assert [c.name for c in report.of_type("checkout")] == ["Reservar"]
    assert not report.of_type("booking")
    assert [f.name for f in report.of_type("form")] == ["Reservar"]


def test_a_password_typed_in_a_plain_box_still_creates_a_login() -> None:
    """An admin's "Nuevo tutor" dialog asks a name, an e-mail, a subject, a group and a
    "Contraseña temporal" in a plain text box: setting a password creates a login, account
    set-up and no form (LABELLING round 19), whatever the box's type. "Nuevo empleado" with a
    post and a salary and no password stays a form (round 17's admin entry)."""
    forms = _project("temp-password").of_type("form")
    assert [f.name for f in forms] == ["Nuevo empleado"]
