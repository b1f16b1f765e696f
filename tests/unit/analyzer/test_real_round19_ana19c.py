"""Round 19, lists of records (ana19c): small projects written here
(tests/data/real_round19/ana19c); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

LISTS = DATA / "real_round19" / "ana19c"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(LISTS / name, "*.ts*")


def test_fetched_fee_rows_with_a_status_are_an_invoice_list() -> None:
    """A club's page maps the fees it fetches, each row with who, the day paid, the amount and
    its status: charges, an invoice list whoever pays (LABELLING round 19), though no row names
    a customer or a client."""
    invoices = _project("fee-ledger").of_type("invoice")
    assert [i.name for i in invoices] == ["Cuotas del club"]
    assert invoices[0].confidence >= 0.7


def test_payments_held_in_state_with_a_status_are_an_invoice_list() -> None:
    """A board keeps its payments in state (an amount, a status and a timestamp each) and maps
    them: charges with where each stands, an invoice list (round 19)."""
    invoices = _project("payout-tracker").of_type("invoice")
    assert len(invoices) == 1


def test_firms_with_a_contact_person_and_an_email_are_a_contact_list() -> None:
    """An admin page maps the firms it fetches, each with its name, the person to ask for and an
    e-mail: parties the business deals with, a contact list by what its rows hold, though its
    title names no client word ("Registered firms")."""
    contacts = _project("partner-firms").of_type("contact")
    assert [c.name for c in contacts] == ["Registered firms"]


def test_a_hebrew_page_titled_clients_is_a_contact_list() -> None:
    """A dashboard page titled "לקוחות" (clients, in Hebrew) maps the clients it fetches: the
    records' word titles the list in that language as "Clients" does in English."""
    contacts = _project("hebrew-clients").of_type("contact")
    assert [c.name for c in contacts] == ["לקוחות"]


def test_a_wall_of_client_photos_is_no_contact_list() -> None:
    """A landing page's "Our clients" section maps photos of client work, each with only its
    picture, its name as the picture's label and a caption: a showcase, not the clients a CRM
    would own."""
    assert not _project("client-wall").of_type("contact")


def test_an_add_dialog_between_the_title_and_the_rows_does_not_title_them() -> None:
    """An admin page titled "Partner insurers" has its "Add insurer" dialog written between
    the title and the rows it maps (a name, a contact e-mail and phone each): the dialog's title
    names the dialog, the page's title names the contact list."""
    contacts = _project("insurers-with-dialog").of_type("contact")
    assert "Partner insurers" in [c.name for c in contacts]


def test_a_loading_screen_title_and_the_rows_card_are_one_list() -> None:
    """A page returns a loading screen titled "Clients" first and then the clients (name,
    e-mail, phone) under a section of their own: one list, found once, not once by the loading
    screen's title and again by the rows."""
    contacts = _project("loading-title").of_type("contact")
    assert len(contacts) == 1
