"""Round 7 of issue 12, flows side: general rules that separate extra forms from right ones and
find requests and documents that were missed, replayed on small projects written here
(tests/data/real_round7/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round7" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    return analyze_tree(FLOWS / folder)


def _form_paths(report: AnalysisReport) -> set[str]:
    return {d.evidence[0].path for d in report.of_type("form")}


def test_an_editor_of_the_sites_own_content_blocks_is_no_form() -> None:
    """A carousel slide (picture, headline, caption, link, position, shown?) and a footer notice
    (text, order, active) present the site; a cake with a name and a price is a record, though
    it is edited on the same kind of admin page with the same order and active switch."""
    paths = _form_paths(_analyze_tree("site_admin"))
    assert "app/admin/cakes/page.tsx" in paths
    assert "app/admin/slides/page.tsx" not in paths
    assert "app/admin/notices/page.tsx" not in paths


def test_a_complaint_form_opens_a_ticket() -> None:
    """A complaint (or grievance) with a free-text account of what happened is a support
    request by another name: the form, and the ticket it opens."""
    report = _analyze_tree("dorm")
    assert [d.name for d in report.of_type("ticket")] == ["Lodge a complaint"]
    assert [d.name for d in report.of_type("form")] == ["Lodge a complaint"]


def test_a_printed_slip_of_one_record_with_its_fee_is_an_invoice_document() -> None:
    """A slip that prints one job's fields and its fee is the document a customer is handed; a
    report prints amounts per row of a list, and a parcel label's amount is no bill."""
    report = _analyze_tree("repair_shop")
    invoices = report.of_type("invoice")
    assert [(d.name, d.evidence[0].path) for d in invoices] == [
        ("Job slip", "components/job-slip.tsx")
    ]


def test_a_choice_of_ways_to_pay_above_a_pay_button_is_a_checkout() -> None:
    """A step asking how to pay (card, transfer, cash) before "Pay 42 EUR" takes the payment,
    though it has no card inputs and no provider; on an invoice's dialog the same choice
    records how a bill was paid."""
    report = _analyze_tree("plant_shop")
    paths = {d.evidence[0].path for d in report.of_type("checkout")}
    assert "app/pay/page.tsx" in paths
    assert "components/bill-dialog.tsx" not in paths


def test_a_checkout_page_and_the_order_form_it_renders_are_one_checkout() -> None:
    """The page and its form both carry cues (a heading, a cart, a total, a pay choice): one
    checkout, named and placed by the page, citing the form."""
    report = _analyze_tree("plant_shop")
    checkouts = [d for d in report.of_type("checkout") if d.name == "Checkout"]
    assert len(checkouts) == 1
    cited = {e.path for e in checkouts[0].evidence}
    assert "components/order-form.tsx" in cited
    assert not any(
        d.evidence[0].path == "components/order-form.tsx" for d in report.of_type("checkout")
    )


def test_certain_structures_score_as_certain() -> None:
    """Inputs without a <form> whose fields show their purpose (an e-mail to subscribe) are a
    business form as surely as a <form>; a mail a provider sends on that submission is an
    automation for certain, whatever else it does."""
    report = _analyze_tree("mailing")
    (form,) = report.of_type("form")
    (flow,) = report.of_type("workflow")
    assert form.confidence >= 0.9
    assert flow.confidence >= 0.9
    # two kinds of step (the post, the mail) scored 0.8 before: the mail is what makes it sure
    assert flow.fields["step_kinds"] == ["http_request", "send_email"]


def test_a_buy_button_opening_the_payment_step_is_that_checkouts_first_step() -> None:
    """ "Buy now" under a total opens /pay, the page that asks how to pay: one purchase, placed
    at the step that takes the payment and citing the way in."""
    report = _analyze_tree("plant_shop")
    by_path = {d.evidence[0].path: d for d in report.of_type("checkout")}
    assert "app/plants/[id]/page.tsx" not in by_path
    cited = {e.path for e in by_path["app/pay/page.tsx"].evidence}
    assert "app/plants/[id]/page.tsx" in cited


def test_a_projects_own_picker_inside_a_form_is_one_of_its_fields() -> None:
    """Two ratings drawn by the project's own `<Stars value onChange>` and a comment: three
    fields, so a review form, not a lone comment box."""
    report = _analyze_tree("bakery_reviews")
    (form,) = report.of_type("form")
    assert form.name == "Rate your visit"
    assert [f["type"] for f in form.fields["fields"]] == ["select", "select", "textarea"]


def test_a_form_whose_own_button_creates_an_account_is_a_sign_up() -> None:
    """ "Register" in the component's name reads like an event registration, and there is no
    password field; its own button says "Create account": it opens an account, no record."""
    assert _analyze_tree("pro_signup").of_type("form") == ()


def test_a_button_and_the_enter_key_posting_to_one_webhook_are_one_workflow() -> None:
    """The send button and the Enter key of one chat post to the same third-party address: one
    automation, named as the button's, not a second one called "Key down"."""
    flows = _analyze_tree("chat_lead").of_type("workflow")
    assert len(flows) == 1
    assert flows[0].name != "Key down"
    assert [s["target"] for s in flows[0].fields["steps"]] == [
        "POST https://crm.example.org/hooks/site-lead"
    ]


def test_lines_adding_up_to_a_total_that_is_sent_record_an_order() -> None:
    """Staff enter a sale: lines of quantity and price, a total they add up to, sent with the
    lines. No pay word, no provider: the order is recorded all the same."""
    checkouts = _analyze_tree("counter_sales").of_type("checkout")
    assert [d.evidence[0].path for d in checkouts][:1] == ["components/counter-sale.tsx"]
