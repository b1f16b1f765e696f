"""Round 18, contact lists (post18c): small projects written here
(tests/data/real_round18/post18c); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

LISTS = DATA / "real_round18" / "post18c"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(LISTS / name, "*.tsx")


def test_a_managed_clients_block_is_a_contact_list() -> None:
    """A back-office block titled "Client Management" loads its clients and shows them as cards,
    each with an actions menu (edit, remove); two figure tiles and the "New client" dialog sit
    between the title and the cards. The title names the list (a management word beside one
    record's word), the tiles and the dialog do not take the cards from it, and a row's own menu
    is no set of options to pick: a contact list."""
    contacts = _project("managed-clients").of_type("contact")
    assert [c.name for c in contacts] == ["Client Management"]


def test_a_page_of_subscriptions_is_a_contact_list() -> None:
    """An admin page titled "Subscriptions" maps the subscriptions it fetches (who, e-mail, plan,
    renewal date): the people paying the business each month, a contact list (round 18)."""
    contacts = _project("subscriptions-page").of_type("contact")
    assert [c.name for c in contacts] == ["Subscriptions"]
