"""Round 5 of issue 12, flows side: general rules for workflows and checkouts, replayed on small
projects written here (tests/data/real_round5/flows); each failed before its rule."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round5" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    root = DATA / folder
    files = read_tree(root)
    return analyze_files(files, calibrated=False)  # the detectors' own scores


def _steps(report: AnalysisReport) -> dict[str, list[str]]:
    return {
        d.name: [f"{s['kind']} {s['target']}" for s in d.fields["steps"]]
        for d in report.of_type("workflow")
    }


def test_a_payment_provider_call_outside_any_checkout_is_a_workflow() -> None:
    """Refunding through the provider, and a hosted-payment route nothing in the app calls, are
    automations; renaming the charge at the provider stores a record; the token request is no
    step; "Pay now" opening a page is no checkout."""
    report = _analyze_tree("billing")
    steps = _steps(report)
    assert "Refund" in steps
    assert steps["Refund"] == ["payment POST {env:GATEWAY_URL}/v3/charges/{chargeId}/refund"]
    targets = [s for v in steps.values() for s in v]
    assert "payment POST https://api.example-gateway.test/v3/checkout" in targets
    assert "Rename" not in steps
    assert not any("oauth/token" in s for s in targets)
    assert not report.of_type("checkout")


def test_a_selection_with_a_computed_total_and_a_pay_button_is_a_checkout() -> None:
    report = _analyze_tree("tickets")
    checkouts = report.of_type("checkout")
    assert [c.name for c in checkouts] == ["Choisir vos places"]
    assert checkouts[0].confidence >= 0.7
    assert "selection_total" in checkouts[0].fields["cues"]


def test_buttons_alone_make_no_checkout() -> None:
    # the seat picker without its computed total: a pay button and a handler's name only
    source = (DATA / "tickets" / "components" / "seat-picker.tsx").read_text(encoding="utf-8")
    bare = source.replace("const amountDue = seatPrice * seats", "const amountDue = seatPrice")
    report = analyze_files({"components/seat-picker.tsx": bare.encode()}, calibrated=False)
    assert not [c for c in report.of_type("checkout") if c.confidence >= 0.6]


def test_a_remote_function_named_for_mail_handed_on_as_props_is_one_workflow() -> None:
    """`db.functions.invoke("send-visit-email")` in handlers a child's buttons run
    (`onCancel`, `onMove`): one automation, the e-mail, for the component."""
    report = _analyze_tree("clinic")
    workflows = report.of_type("workflow")
    assert len(workflows) == 1
    assert "send_email function send-visit-email" in _steps(report)[workflows[0].name]


def test_asking_a_language_model_sends_nothing_a_job_storing_its_answer_automates() -> None:
    """Reading a receipt with a model for the form is no workflow; a route nobody in the app
    calls that writes a model's summary into the CMS is one when it checks the CMS's token
    (round 18: an open left-over route doing the same is none)."""
    report = _analyze_tree("scan")
    workflows = report.of_type("workflow")
    assert [w.name for w in workflows] == ["POST /api/summarise"]
    assert {s["kind"] for s in workflows[0].fields["steps"]} == {"http_request", "create_record"}


def test_inputs_that_operate_a_list_are_no_forms_and_a_mock_submit_still_is() -> None:
    """A "Clear" that empties the filters, a period for a report, a look-up by e-mail and phone
    under its own "Search" button, and pickers alone operate the page; the new-member dialog whose
    button only closes it is the mock-up of a real form."""
    report = analyze_files({"components/desk.tsx": (DATA / "operating-inputs.tsx").read_bytes()})
    assert {d.name for d in report.of_type("form")} == {"Nieuw lid"}


def test_a_basket_ending_in_an_order_message_is_a_checkout_and_a_clear_button_is_not() -> None:
    report = analyze_files({"app/basket/page.tsx": (DATA / "orders" / "basket.tsx").read_bytes()})
    checkouts = report.of_type("checkout")
    assert [c.name for c in checkouts] == ["Warenkorb"]
    assert "order_link" in checkouts[0].fields["cues"]


def test_a_confirmation_that_empties_the_basket_is_a_checkout_named_through_its_labels() -> None:
    """All words are translation keys: the keys name the page, the form and its button."""
    report = analyze_files({"app/pay/page.tsx": (DATA / "orders" / "transfer.tsx").read_bytes()})
    assert [c.name for c in report.of_type("checkout")] == ["Pay order"]
    forms = report.of_type("form")
    assert [f.name for f in forms] == ["Delivery details"]
    assert forms[0].fields["submit_label"] == "Confirm details"


def test_a_bill_is_an_invoice_by_its_field_names_or_by_its_title_and_an_amount() -> None:
    report = analyze_files({"components/bills.tsx": (DATA / "bills.tsx").read_bytes()})
    invoices = report.of_type("invoice")
    assert sorted(i.name for i in invoices) == ["Nieuwe factuur", "공급업체 정보"]
    assert not report.of_type("contact")


def test_a_day_from_the_apps_own_picker_and_a_time_window_book_a_slot_editing_books_none() -> None:
    report = analyze_files({"components/delivery.tsx": (DATA / "delivery-slot.tsx").read_bytes()})
    assert [b.name for b in report.of_type("booking")] == ["La tua consegna"]
    request = next(f for f in report.of_type("form") if f.name == "La tua consegna")
    assert {"day", "time_window"} <= {f["name"] for f in request.fields["fields"]}


def test_inputs_of_a_component_rendered_inside_another_files_form_are_a_section_of_it() -> None:
    """The guests' inputs are part of the quote form; the company dialog submits on its own."""
    report = _analyze_tree("sections")
    assert {f.name for f in report.of_type("form")} == {"Offerte aanvragen", "Nieuw bedrijf"}


def test_a_form_wrapped_by_an_animation_library_is_a_form() -> None:
    source = (DATA / "animated-newsletter.tsx").read_bytes()
    report = analyze_files({"components/newsletter.tsx": source})
    assert [f.name for f in report.of_type("form")] == ["Recibe nuestras ofertas"]
    assert [c.name for c in report.of_type("contact")] == ["Recibe nuestras ofertas"]


def test_a_dialog_showing_one_invoices_fields_is_an_invoice_document() -> None:
    source = (DATA / "invoice-preview.tsx").read_bytes()
    report = analyze_files({"components/facturas.tsx": source})
    assert [i.name for i in report.of_type("invoice")] == ["Detalle de la factura"]


def test_a_section_handing_its_rows_to_the_parent_is_no_form_a_dialog_saving_is() -> None:
    report = analyze_files({"components/fees.tsx": (DATA / "fee-shares.tsx").read_bytes()})
    assert [f.name for f in report.of_type("form")] == ["Nouveau partenaire"]


def test_a_user_with_a_role_is_an_account_of_the_app_not_a_business_form() -> None:
    report = analyze_files({"components/team.tsx": (DATA / "team-member.tsx").read_bytes()})
    assert not report.of_type("form")
    assert not report.of_type("contact")


def test_a_form_mailed_through_a_browser_mail_sdk_is_a_workflow() -> None:
    report = analyze_files({"components/contato.tsx": (DATA / "emailjs-contact.tsx").read_bytes()})
    steps = _steps(report)
    assert list(steps.values()) == [["send_email emailjs.sendForm"]]


def test_a_submit_handler_given_by_a_form_services_hook_is_a_workflow() -> None:
    source = (DATA / "formspree-contact.tsx").read_bytes()
    report = analyze_files({"components/kontakt.tsx": source})
    assert list(_steps(report).values()) == [["send_email @formspree/react form"]]


def test_an_invoice_edited_live_without_a_submit_is_one_form_and_one_invoice() -> None:
    source = (DATA / "invoice-editor.tsx").read_bytes()
    report = analyze_files({"app/invoice/page.tsx": source})
    assert [f.name for f in report.of_type("form")] == ["Nueva factura"]
    assert [i.name for i in report.of_type("invoice")] == ["Nueva factura"]


def test_a_whole_configured_url_is_a_hook_a_path_on_a_configured_base_is_the_apps_own() -> None:
    report = analyze_files({"app/actions.ts": (DATA / "hooks.ts").read_bytes()})
    assert _steps(report) == {"Pass lead": ["http_request POST {env:LEADS_HOOK}"]}


def test_a_bag_in_the_code_is_a_cart() -> None:
    report = analyze_files({"app/bag/page.tsx": (DATA / "orders" / "bag.tsx").read_bytes()})
    checkouts = report.of_type("checkout")
    assert [c.name for c in checkouts] == ["Sacola"]
    assert "cart_state" in checkouts[0].fields["cues"]


def test_a_refund_through_the_payment_sdk_is_a_workflow() -> None:
    report = analyze_files({"app/refunds.ts": (DATA / "stripe-refund.ts").read_bytes()})
    assert _steps(report) == {"Return deposit": ["payment stripe.refunds.create"]}
    assert not report.of_type("checkout")


def test_opening_hours_are_a_setting_not_a_form() -> None:
    report = analyze_files({"components/hours.tsx": (DATA / "opening-hours.tsx").read_bytes()})
    assert not report.of_type("form")
    assert not report.of_type("booking")
