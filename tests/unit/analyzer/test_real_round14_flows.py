"""Round 14, flows side: general rules replayed on small projects written here
(tests/data/real_round14/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

FLOWS = DATA / "real_round14" / "flows"


def _retreat() -> AnalysisReport:
    root = FLOWS / "retreat"
    # the data files are part of the project: the pay button's address is kept in one
    files = {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.suffix in (".tsx", ".ts", ".json")
    }
    return analyze_files(files, calibrated=False)


def test_a_button_opening_a_hosted_payment_page_kept_in_a_data_file_is_a_checkout() -> None:
    """The retreat's button opens the address its offer's data file holds, a PayPal payment
    page: the visitor pays there. The photo wall opens an address out of its own data file
    too, but an album's: no purchase; and "Our pictures" opens the site file's Instagram
    address, not the PayPal page written beside it."""
    paths = evidence_paths(_retreat(), "checkout")
    assert "components/retreat-offer.tsx" in paths
    assert "components/photo-wall.tsx" not in paths
    assert "components/follow-us.tsx" not in paths


def test_a_payment_page_picked_by_a_helper_from_a_table_is_followed_four_steps() -> None:
    """The deposit link is a local built from another local that a helper picks out of a
    table of Stripe payment pages: four steps from the `href` to the address."""
    assert "components/deposit-step.tsx" in evidence_paths(_retreat(), "checkout")


def test_a_day_named_check_in_or_scheduled_in_a_label_alone_books_nothing() -> None:
    """Staff saving a course with its "Scheduled date" note when it happens: the booking word
    is only a field's label, and no hour, service or booking name goes with it (the seen staff
    training plan, catering job, trip lodging and room assignment). A guest's arrival asks
    for a check-in day and an hour: a stay is requested."""
    report = _retreat()
    bookings = evidence_paths(report, "booking")
    assert "components/arrival-request.tsx" in bookings
    assert "components/staff-course.tsx" not in bookings
    assert "components/staff-course.tsx" in evidence_paths(report, "form")


def test_a_checkout_under_a_heading_filled_from_data_is_not_named_by_its_variable() -> None:
    """`<h2>{heading}</h2>` shows words kept in the data file: "heading" is the code's name
    for them, not the page's (the seen `{title}` and `{name}` checkouts); the component's
    own name says more."""
    names = {d.name for d in _retreat().of_type("checkout")}
    assert "heading" not in names
    assert "Retreat offer" in names


def test_a_form_entering_a_supplier_or_a_staff_member_files_no_contact() -> None:
    """The retreat's "Supplier details" asks for a company, an e-mail and a phone like a lead
    would, but a supplier is someone the business buys from, as a staff member is someone it
    employs (the seen supplier and new-employee forms): a form, no contact. A grower asking to
    become a supplier is still a lead."""
    report = _retreat()
    assert "components/supplier-card.tsx" not in evidence_paths(report, "contact")
    assert "components/grower-offer.tsx" in evidence_paths(report, "contact")
    assert "components/supplier-card.tsx" in evidence_paths(report, "form")


def test_a_form_asking_only_for_the_transfer_slip_and_the_terms_is_no_form() -> None:
    """The retreat's last step asks for a photo of the bank transfer and a tick on the rules:
    it only takes the payment (the seen payment-slip steps and the lone "amount to pay"
    dialog), which is a checkout's part, not a record the business keeps."""
    assert "components/transfer-proof.tsx" not in evidence_paths(_retreat(), "form")
