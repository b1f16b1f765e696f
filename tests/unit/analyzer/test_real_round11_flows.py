"""Round 11 of issue 12, flows side: general rules for forms, contacts, bookings and checkouts
replayed on a small project written here (tests/data/real_round11/flows); each test failed
before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round11" / "flows"


def _report() -> AnalysisReport:
    return analyze_tree(FLOWS / "bike_shop")


def test_a_form_that_empties_the_stored_cart_places_the_order_and_books_nothing() -> None:
    """The checkout page's form sends the cart's lines and then removes the cart from the
    browser's storage: it places the order (a checkout, the cart before it its first step), and
    its pickup day and time say when the order is collected, not a visit booked."""
    report = _report()
    assert "components/pickup-form.tsx" in evidence_paths(report, "checkout")
    assert "app/cart/page.tsx" not in evidence_paths(report, "checkout")
    assert "components/pickup-form.tsx" not in evidence_paths(report, "booking")
    assert "components/pickup-form.tsx" in evidence_paths(report, "form")


def test_a_form_named_where_it_is_used_for_a_new_customer_is_no_contact() -> None:
    """A customer form titled "Add New Customer" by the dialog that shows it is staff entering
    a record into the customer list: a form; the list is the contact."""
    report = _report()
    assert "app/customers/page.tsx" in evidence_paths(report, "form")
    page = "app/customers/page.tsx"
    contacts = [d for d in report.of_type("contact") if d.evidence[0].path == page]
    assert all(d.fields.get("source") != "manual" for d in contacts)
    assert not any(d.name == "Add New Customer" for d in contacts)


def test_a_contact_details_step_of_onboarding_sets_up_the_account() -> None:
    """On the onboarding pages, "Contact Details" with a phone, an e-mail and a website and no
    message to send asks for the account holder's own details: no form, no contact."""
    report = _report()
    assert "app/onboarding/page.tsx" not in evidence_paths(report, "form")
    assert "app/onboarding/page.tsx" not in evidence_paths(report, "contact")


def test_editing_an_account_another_form_opens_with_a_password_is_no_form() -> None:
    """ "Edit Mechanic" asks only fields of the account form beside it that sets a password: it
    edits an app account, no business record."""
    assert "app/admin/staff/page.tsx" not in evidence_paths(_report(), "form")


def test_a_notice_posted_with_an_end_date_is_site_content() -> None:
    """A title, a text, pickers and the day it stops showing, sent with "Post Notice": the
    site's content, neither a form nor a ticket (its priority picker orders the board)."""
    report = _report()
    assert "app/news/page.tsx" not in evidence_paths(report, "form")
    assert "app/news/page.tsx" not in evidence_paths(report, "ticket")


def test_a_card_code_typed_as_a_password_is_still_a_card_form() -> None:
    """The card's code hidden while typed (`type="password"`, id `cvv`) is no account password:
    the page takes the payment."""
    assert "app/pay/page.tsx" in evidence_paths(_report(), "checkout")


def test_a_name_a_way_to_answer_and_one_message_is_an_enquiry() -> None:
    """Name, e-mail, phone, one more typed line and a message box, nothing to pick, date or
    pay: a message to the business in any language, so a contact as well as a form."""
    report = _report()
    assert "app/taller/page.tsx" in evidence_paths(report, "contact")
    assert "app/taller/page.tsx" in evidence_paths(report, "form")


def test_a_server_action_starting_a_checkout_session_is_a_workflow() -> None:
    """The server action the embedded checkout calls creates the provider's checkout session:
    an integration of its own, as a route doing so is, besides the checkout it serves."""
    report = _report()
    assert "app/membership/page.tsx" in evidence_paths(report, "checkout")
    assert "app/actions/billing.ts" in evidence_paths(report, "workflow")


def test_an_item_brand_is_not_the_visitor_organisation() -> None:
    """A bike's `bikeBrand` beside the rider's name and phone describes the item taken in; only
    a field that is the organisation itself (`company`, `companyName`) makes a lead."""
    report = _report()
    assert "app/intake/page.tsx" in evidence_paths(report, "form")
    assert "app/intake/page.tsx" not in evidence_paths(report, "contact")


def test_contact_details_on_the_page_that_takes_the_payment_are_the_buyer() -> None:
    """ "Contact Information" (name, e-mail, phone, no message) on the page whose card fields
    take the payment: the buyer's details belong to the purchase, no lead; still a form."""
    report = _report()
    assert "app/tune-up/page.tsx" in evidence_paths(report, "checkout")
    assert "app/tune-up/page.tsx" not in evidence_paths(report, "contact")


def test_a_checkout_is_named_by_its_main_view_not_the_state_it_ends_in() -> None:
    """ "Payment received!" returned early under `if (paid)` is the state the page ends in; the
    checkout is named by the heading of the page's main view."""
    names = {d.evidence[0].path: d.name for d in _report().of_type("checkout")}
    assert names["app/pay/page.tsx"] == "Pay for your service"


def test_an_item_offered_at_a_price_with_its_seller_phone_is_no_lead() -> None:
    """A listing (what, at what price, whom to call) records an item offered for sale: a form;
    the seller's contact words and phone make no lead."""
    report = _report()
    assert "app/sell/page.tsx" in evidence_paths(report, "form")
    assert "app/sell/page.tsx" not in evidence_paths(report, "contact")


def test_picking_a_plan_and_typing_a_card_is_the_payment_step_only() -> None:
    """A plan and a billing cycle picked, then card number, expiry and code typed: the choices
    are the order's, the typed fields take the payment; a checkout and no form."""
    report = _report()
    assert "app/plans/page.tsx" in evidence_paths(report, "checkout")
    assert "app/plans/page.tsx" not in evidence_paths(report, "form")
