"""Round 20, lists of records (ana20c): small projects written here
(tests/data/real_round20/ana20c); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

LISTS = DATA / "real_round20" / "ana20c"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(LISTS / name, "*.ts*")


def test_the_same_list_drawn_by_two_files_is_two_lists() -> None:
    """A front desk's home card "Upcoming bookings" fetches and maps its own rows, and the
    bookings page of the same title fetches and maps them again: two places a person connects,
    one list per file (LABELLING round 20, "The same list in two files")."""
    bookings = _project("two-boards").of_type("booking")
    assert sorted(b.evidence[0].path for b in bookings) == [
        "app/admin/bookings/page.tsx",
        "app/admin/page.tsx",
    ]


def test_a_back_office_list_of_sellers_with_an_email_is_a_contact_list() -> None:
    """An admin page maps the marketplace's sellers it fetches, each with its store, an e-mail,
    how many products it lists and when it joined: the businesses the platform serves, a
    contact list (LABELLING round 20, "Sellers on a marketplace")."""
    contacts = _project("market-sellers").of_type("contact")
    assert [c.name for c in contacts] == ["Marketplace sellers"]


def test_a_kitchen_s_vendors_with_what_they_supply_stay_no_contact_list() -> None:
    """A restaurant's dashboard maps its vendors with an e-mail, a phone, what each supplies and
    its lead time: those who supply the business, no contact list (round 15)."""
    assert not _project("kitchen-vendors").of_type("contact")
