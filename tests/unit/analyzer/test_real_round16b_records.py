"""Round 16 (after the figure), records side: rules replayed on small projects written here
(tests/data/real_round16b/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round16b" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_a_list_titled_for_suppliers_is_no_contact_list() -> None:
    """Round 15 settled that a business's suppliers are not the people it serves: a list
    headed "Suppliers" or "Proveedores" is no contact list, in any language."""
    report = _report("supply_room")
    assert not names_at(report, "contact", "app/suppliers/page.tsx")
    assert not names_at(report, "contact", "app/proveedores/page.tsx")


def test_a_list_titled_for_clients_beside_them_stays_a_contact_list() -> None:
    """The clients the same business serves, listed the same way, are still a contact list."""
    assert names_at(_report("supply_room"), "contact", "app/clients/page.tsx") == {"Clients"}


def test_rows_of_suppliers_with_their_contact_person_are_no_contact_list() -> None:
    """Rows each with a contact person and an e-mail read as contacts; when the rows are named
    for the business's suppliers (`vendors.map`) they are people it buys from: no contact list."""
    report = _report("supply_room")
    assert not names_at(report, "contact", "components/vendor-table.tsx")
    # the same rows named for the buyers it serves stay a contact list
    assert names_at(report, "contact", "components/buyer-table.tsx")
