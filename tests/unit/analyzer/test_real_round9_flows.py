"""Round 9 of issue 12, flows side: general rules for checkouts, forms and workflows replayed on
small projects written here (tests/data/real_round9/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round9" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    return analyze_tree(FLOWS / folder)


def test_a_wizard_sending_a_total_its_helper_works_out_is_a_checkout() -> None:
    """The last step of a hire wizard lists the gear picked, shows the sum a helper adds up
    (`const sumUp = () => ... reduce(...)`) and sends it with "Proceed to Payment": an order is
    placed there, though the total is a function's answer and not a variable."""
    report = _analyze_tree("party_hire")
    assert "app/reserve/page.tsx" in evidence_paths(report, "checkout")
    assert "app/reserve/page.tsx" in evidence_paths(report, "form")


def test_a_chat_route_that_only_streams_a_models_answer_back_is_no_workflow() -> None:
    """A route asks a model and streams its answer back through `createUIMessageStream...`:
    those helpers build the reply, they store no record, so nothing runs beyond the page."""
    assert "app/api/ask/route.ts" not in evidence_paths(_analyze_tree("party_hire"), "workflow")


def test_a_basket_and_its_address_step_are_steps_of_the_payment_they_lead_to() -> None:
    """The basket's "Checkout" opens the address step, whose form's submit handler opens the
    card page ("Continue to payment" leads on, it is no purchase of its own): one purchase,
    named and placed where the card is asked for, not three checkouts."""
    checkouts = {
        d.evidence[0].path: d.name for d in _analyze_tree("party_hire").of_type("checkout")
    }
    assert checkouts["app/pay/page.tsx"] == "Pay for your hire"
    assert "app/basket/page.tsx" not in checkouts
    assert "app/delivery/page.tsx" not in checkouts


def test_a_title_and_a_text_sent_out_with_publish_is_site_content() -> None:
    """A notice with a title and a text that "Publish" puts on the site is the site's content,
    like a blog post; a workshop with the same two inputs that "Create" stores is a record."""
    forms = evidence_paths(_analyze_tree("drama_school"), "form")
    assert "components/new-workshop.tsx" in forms
    assert "components/notices-panel.tsx" not in forms


def test_a_lone_box_beside_an_order_being_taken_is_that_orders_form() -> None:
    """Staff tap dishes into an order whose total the till adds up and send it with
    `placeOrder`; the one box they fill (the seat) is the order's form. A lone note box with
    a Send button beside no order stays what it was on the seen sets: no business form."""
    report = _analyze_tree("noodle_bar")
    assert "components/till.tsx" in evidence_paths(report, "form")
    assert "components/tip-box.tsx" not in evidence_paths(report, "form")
    assert evidence_paths(report, "checkout") == {"components/till.tsx"}


def test_a_form_is_not_titled_by_the_thanks_shown_instead_of_it() -> None:
    """`sent ? <h3>Thanks...</h3> : <form>`: the thanks replaces the form once it is sent, so
    the form is titled by the heading above both, the one a visitor reads while filling it."""
    forms = {d.evidence[0].path: d.name for d in _analyze_tree("drama_school").of_type("form")}
    assert forms["components/ask-us.tsx"] == "Ask about a trial class"


def test_a_form_whose_own_button_reserves_is_a_booking_request() -> None:
    """Name, e-mail and phone under a button that just says "Reserve": the visitor asks for
    the room and the day is agreed later; a booking and its form, not a lead."""
    report = _analyze_tree("noodle_bar")
    assert "components/private-room.tsx" in evidence_paths(report, "booking")
    assert "components/private-room.tsx" in evidence_paths(report, "form")
    assert "components/private-room.tsx" not in evidence_paths(report, "contact")


def test_a_new_profile_added_to_a_roster_is_admin_entry_not_settings() -> None:
    """ "New Profile" in the roster's dialog adds one volunteer among many: a business record.
    "Create your profile" is the visitor's own account, which stays out."""
    forms = evidence_paths(_analyze_tree("food_bank"), "form")
    assert forms == {"app/volunteers/page.tsx"}


def test_handing_a_record_to_a_team_is_no_form() -> None:
    """A team picked and a note under "Transfer parcel": staff assignment of a parcel that
    exists, like a status action; no new record is captured."""
    assert "components/hand-over.tsx" not in evidence_paths(_analyze_tree("food_bank"), "form")


def test_a_note_written_to_a_named_recipient_is_a_message_not_a_form() -> None:
    """A recipient typed as plain text and a message: a mail composed to someone, whatever the
    recipient's input type; its sending would be the workflow, it stores no business record."""
    assert "components/thank-donor.tsx" not in evidence_paths(_analyze_tree("food_bank"), "form")


def test_pickers_under_a_submit_order_button_are_an_order_form() -> None:
    """A bowl picked among radios and an extra ticked, then "Submit order": only pickers, yet
    nothing is filtered; what is picked is ordered, so the group is the order's form."""
    assert "components/pre-order.tsx" in evidence_paths(_analyze_tree("noodle_bar"), "form")
