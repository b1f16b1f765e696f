"""Round 21, lists of records (ana21c): small projects written here
(tests/data/real_round21/ana21c); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

LISTS = DATA / "real_round21" / "ana21c"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(LISTS / name, "*.ts*")


def test_a_team_with_job_titles_is_no_contact_list() -> None:
    """A sponsor's portal maps its `teamMembers`, each with a job title (`designation`), an
    e-mail and a phone: colleagues on the study, the business's own people, no contacts a CRM
    owns (round 8; round 21, "a business's own employees are staff")."""
    assert not _project("sponsor-team").of_type("contact")


def test_a_platform_s_featured_tutors_with_an_email_are_a_contact_list() -> None:
    """An admin page maps the tutors a platform has registered, each with an e-mail and whether
    the platform features it: people onboarded to sell their own lessons, a contact list
    (LABELLING round 21, "A marketplace's trainers or tutors")."""
    contacts = _project("tutor-platform").of_type("contact")
    assert [c.name for c in contacts] == ["Registered tutors"]


def test_a_studio_s_own_coaches_stay_no_contact_list() -> None:
    """A studio's dashboard maps its coaches with an e-mail, their classes and shifts: the
    business's own staff, no contacts (round 8; round 21)."""
    assert not _project("studio-coaches").of_type("contact")


def test_a_team_s_follow_ups_ticked_when_done_are_no_tickets() -> None:
    """An office's follow-ups, each with a title, the client it concerns, a priority, a status
    and a box ticked when done: work the team gives itself, no tickets (round 10: task boards
    are not tickets)."""
    assert not _project("firm-tasks").of_type("ticket")


def test_a_customer_search_box_is_no_contact_list() -> None:
    """A parcel desk's card "Search customer" maps the customers a typed query finds, to pick
    the sender: a search box in a form, not a list of clients."""
    assert not [c for c in _project("client-lookup").of_type("contact") if c.fields.get("list")]


def test_visits_with_a_diagnosis_are_medical_records_no_bookings() -> None:
    """An admin page maps chart notes, each with a patient, a doctor, the visit's day and the
    diagnosis written after it: medical records of visits done, no reservations."""
    assert not _project("clinic-records").of_type("booking")
