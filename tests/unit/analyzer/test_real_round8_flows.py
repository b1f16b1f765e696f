"""Round 8 of issue 12, flows side: general rules for workflows, forms and checkouts replayed on
small projects written here (tests/data/real_round8/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport
from l4ydesk.core.analyzer.own_base import names_a_service

FLOWS = DATA / "real_round8" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    return analyze_tree(FLOWS / folder)


def _workflows(report: AnalysisReport) -> dict[str, str]:
    return {d.evidence[0].path: d.name for d in report.of_type("workflow")}


def test_a_route_that_starts_a_payment_with_a_providers_sdk_is_a_workflow() -> None:
    """`razorpay.orders.create(...)` in a server route calls the provider as
    `stripe.checkout.sessions.create(...)` does: the route is an integration of its own, named
    by the provider and its path, while the button that posts to it is still a checkout."""
    report = _analyze_tree("lesson_shop")
    assert _workflows(report)["app/api/pay/seat/route.ts"] == "Razorpay order (seat)"
    paying = [d for d in report.of_type("workflow") if d.name == "Razorpay order (seat)"]
    assert paying[0].confidence >= 0.9  # right every time it was seen on real projects
    checkouts = {d.evidence[0].path for d in report.of_type("checkout")}
    assert "components/seat-button.tsx" in checkouts


def test_a_row_written_to_a_channels_outbox_queues_a_message() -> None:
    """Inserting into `sms_outgoing_messages` hands a text to whatever drains the table; a
    chat's `messages` table only shows the line in the conversation."""
    workflows = _workflows(_analyze_tree("lesson_shop"))
    assert "app/api/texts/reminder/route.ts" in workflows
    assert "app/api/chat/route.ts" not in workflows


def test_forwarding_a_visit_to_a_measurement_service_is_no_workflow() -> None:
    """A pixel's server events (or an analytics hit) count conversions; nothing reaches a
    customer, so the route that forwards them automates nothing for the business."""
    assert "app/api/stats/route.ts" not in _workflows(_analyze_tree("lesson_shop"))


def test_a_last_step_that_opens_with_a_choice_of_cards_is_titled_by_what_it_asks() -> None:
    """A configurator's last step first lets the visitor pick a finish among cards, then asks
    where to send the quote: the form is the quote request under that second heading, and the
    person who asks for it is a lead."""
    report = _analyze_tree("shed_builder")
    last = "components/last-step.tsx"
    assert [d.name for d in report.of_type("form") if d.evidence[0].path == last] == [
        "Where we send your quote"
    ]
    assert [d.name for d in report.of_type("contact") if d.evidence[0].path == last] == [
        "Where we send your quote"
    ]


def test_staff_entering_a_sale_with_a_way_to_pay_and_a_worked_out_total_is_a_checkout() -> None:
    """Handing out a hire bike asks the rate, the hours, a voucher and cash or card, and shows
    the amount to collect that the form works out: a sale is taken there (checkout and form).
    An expense with an amount and how it was paid works nothing out: a form only."""
    report = _analyze_tree("bike_hire")
    assert [d.evidence[0].path for d in report.of_type("checkout")] == ["components/new-hire.tsx"]
    forms = {d.evidence[0].path for d in report.of_type("form")}
    assert forms == {"components/new-hire.tsx", "components/new-expense.tsx"}


def test_an_upload_and_a_mail_composer_are_no_business_forms() -> None:
    """A picture's address or file with an upload button adds a file; a mail written to a
    recipient with a subject and a text is a message whose sending is the workflow. Neither
    stores a business record; the kennel they sit beside does."""
    forms = {d.evidence[0].path for d in _analyze_tree("kennel_admin").of_type("form")}
    assert "components/new-kennel.tsx" in forms
    assert "components/photo-picker.tsx" not in forms
    assert "components/mail-owners.tsx" not in forms


def test_input_groups_titled_for_the_new_record_they_add_are_as_sure_as_a_form_element() -> None:
    """ "Nuovo box" with a name, a size, a nightly price and "Salva", and no `<form>`: a title
    that opens with new/add/create says it adds a record, as a `<form>` element would."""
    report = _analyze_tree("kennel_admin")
    kennel = [d for d in report.of_type("form") if d.name == "Nuovo box"]
    assert [d.confidence for d in kennel] == [0.9]


def test_a_base_url_whose_setting_names_another_service_leaves_the_app() -> None:
    """`${process.env.FRESHDESK_DOMAIN_URL}/api/v2/tickets` goes to the helpdesk the setting
    names: a third-party call; `${process.env.NEXT_PUBLIC_API_URL}/notes` is the app's own back
    end storing a note."""
    workflows = _workflows(_analyze_tree("lesson_shop"))
    assert workflows.get("app/actions/helpdesk.ts") == "Ask the school"
    assert not any("note" in path for path in workflows)


def test_a_message_template_and_setting_up_ones_own_place_configure_the_app() -> None:
    """A reminder template (a title and a text with placeholders) and "Configure your kennel"
    set up the app's own machinery; no owner, dog or stay is recorded by either."""
    forms = {d.evidence[0].path for d in _analyze_tree("kennel_admin").of_type("form")}
    assert "components/reminder-template.tsx" not in forms
    assert "components/kennel-setup.tsx" not in forms


def test_staff_adding_an_owner_type_a_record_not_a_lead() -> None:
    """ "Aggiungi proprietario" with a name, an e-mail and a phone is the entry form of the
    owners list: a form; the contact is the list a CRM owns, not the dialog that adds to it."""
    report = _analyze_tree("kennel_admin")
    assert "Aggiungi proprietario" in [d.name for d in report.of_type("form")]
    assert report.of_type("contact") == ()


def test_a_payment_route_chosen_by_a_condition_is_still_the_one_the_button_pays_through() -> None:
    """`const endpoint = kind === "locker" ? "/api/pay/locker" : "/api/pay/seat"` then
    `fetch(endpoint)`: the button starts a payment at the provider either way, so the page is
    a checkout."""
    report = _analyze_tree("lesson_shop")
    extras = [d for d in report.of_type("checkout") if d.evidence[0].path == "app/extras/page.tsx"]
    assert [e.path for e in extras[0].evidence] == [
        "app/extras/page.tsx",
        "app/api/pay/locker/route.ts",
    ]


def test_a_button_naming_a_payment_provider_takes_the_payment() -> None:
    """A dues list whose "Pay now" opens a dialog with "Pay with PayPal" (not wired yet, as in
    a design mock-up): the dialog takes the money at that provider, so the page is a checkout;
    "Pay now" buttons alone would only be ways in."""
    report = _analyze_tree("lesson_shop")
    dues = [d for d in report.of_type("checkout") if d.evidence[0].path == "app/dues/page.tsx"]
    assert [d.fields["provider"] for d in dues] == ["paypal"]


def test_a_field_wrapper_of_the_same_file_inside_a_form_is_one_of_its_fields() -> None:
    """`<Line label="E-mail" type="email" />` where `Line` renders a label and one input: in a
    `<form>` each is a field, typed and labelled by its props, so the form is a contact form
    with a name, an e-mail and a phone, not a lone message box."""
    report = _analyze_tree("notary")
    (form,) = [d for d in report.of_type("form") if d.name == "Contact the notary"]
    assert [(f["label"], f["type"]) for f in form.fields["fields"]] == [
        ("Your name", "text"),
        ("E-mail", "email"),
        ("Telephone", "tel"),
        ("What is it about?", "textarea"),
    ]
    assert "Contact the notary" in [d.name for d in report.of_type("contact")]


def test_an_imported_component_named_as_an_input_inside_a_form_is_a_field() -> None:
    """`<OutlinedInput name="email" type="email" label="Your e-mail" />` closed on itself in a
    `<form>`: a field named, typed and labelled by its props (the newsletter has an e-mail)."""
    contacts = [d.name for d in _analyze_tree("notary").of_type("contact")]
    assert "Notary news, once a month" in contacts


def test_a_visitor_adding_their_e_mail_to_a_newsletter_is_still_a_lead() -> None:
    """ "Add your e-mail to our newsletter" opens with "add" like staff entry does, but its
    words say newsletter: the visitor subscribes, a contact."""
    contacts = [d.name for d in _analyze_tree("notary").of_type("contact")]
    assert "Add your e-mail to our newsletter" in contacts


def test_configuring_a_product_is_no_set_up_of_the_app() -> None:
    """ "Configure your shed" with its size and an e-mail for the quote configures what is being
    bought: a business form, unlike "Configure your business" in an app's settings."""
    forms = [d.name for d in _analyze_tree("shed_builder").of_type("form")]
    assert "Configure your shed" in forms


def test_a_request_about_automation_is_no_automation_rule() -> None:
    """Only a template or an automation being created or edited ("New template", "Edit
    automation") configures the app; a visitor asking for an automation audit is a form."""
    forms = [d.name for d in _analyze_tree("notary").of_type("form")]
    assert "Request a free document automation audit" in forms


def test_the_deployments_own_address_is_no_other_service() -> None:
    """`{env:NEXT_PUBLIC_VERCEL_URL}` and `{env:NEXTAUTH_URL}` name where the app itself runs;
    `{env:CHATWOOT_API_URL}` names a helpdesk."""
    assert names_a_service("{env:CHATWOOT_API_URL}/api/v1/contacts")
    assert not names_a_service("{env:NEXT_PUBLIC_VERCEL_URL}/api/orders")
    assert not names_a_service("{env:NEXTAUTH_URL}/api/session")


def test_a_report_of_takings_per_way_of_paying_takes_no_sale() -> None:
    """Cash and card rows with their sum and nothing to fill in: a report, no checkout."""
    paths = {d.evidence[0].path for d in _analyze_tree("bike_hire").of_type("checkout")}
    assert "app/report/page.tsx" not in paths


def test_connecting_a_payment_provider_in_settings_takes_no_payment() -> None:
    """ "Connect Stripe" links the school's payout account; only paying through a provider
    ("Pay with PayPal", a button that is just "PayPal") takes a payment."""
    paths = {d.evidence[0].path for d in _analyze_tree("lesson_shop").of_type("checkout")}
    assert "app/settings/page.tsx" not in paths
