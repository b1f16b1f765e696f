"""Round 20, flows (post20f): small projects written here (tests/data/real_round20/post20f);
each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round20" / "post20f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_a_day_and_a_guest_count_with_an_email_is_a_booking_request() -> None:
    """A celebration page's form asks a name, an e-mail, how many guests and which day, under a
    heading that only promises a call back: a day and a party size asked of someone reachable
    request that day for that party, a booking, though no word says "book"."""
    report = _project("party-request")
    assert len(report.of_type("booking")) == 1
    assert not report.of_type("contact")


def test_a_contact_form_used_under_a_polish_appointment_heading_is_a_booking() -> None:
    """A name, e-mail and phone form sits, where it is used, under "Umów się na bezpłatną
    konsultację" (book a free consultation, in Polish): named there, it asks for an appointment
    as the same title in its own file would."""
    report = _project("lesson-signup")
    bookings = report.of_type("booking")
    assert [b.name for b in bookings] == ["Umów się na bezpłatną konsultację"]
    assert not report.of_type("contact")


def test_a_message_form_under_a_contact_and_reservations_heading_stays_a_contact() -> None:
    """The same form with a box for a message, used under "Contactos y reservas": a message
    form a reservation may be asked in, a contact (it is no booking by its heading alone)."""
    report = _project("message-under-reservations")
    assert not report.of_type("booking")
    assert report.of_type("contact")
