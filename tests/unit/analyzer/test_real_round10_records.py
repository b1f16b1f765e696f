"""Round 10 of issue 12, records side: a ticket is raised by a customer or guest, not by the
staff's own boards; replayed on small files written here (tests/data/real_round10/records)."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round10" / "records"


def _files(name: str) -> dict[str, bytes]:
    root = DATA / name
    return read_tree(root)


def _project(name: str) -> AnalysisReport:
    return analyze_files(_files(name), calibrated=False)


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


def test_only_rows_raised_by_a_customer_or_guest_are_tickets() -> None:
    tickets = _names(_project("boards"), "ticket")
    # rows showing the guest who raised them, loaded from an API, and sample rows naming the
    # customer: a customer's requests
    assert "Front Desk Queue" in tickets
    assert "Customer Requests" in tickets
    # the staff's own jobs with a priority and a status (assignee, branch, owner): internal boards
    assert "Open Issues" not in tickets
    assert "Kitchen Jobs" not in tickets


def test_each_role_view_of_a_page_lists_its_own_bills() -> None:
    bills = {d.name: d for d in _project("fees").of_type("invoice") if d.fields.get("list") is True}
    # the member's screen (an early `return`) lists receipts: an amount and its receipt number;
    # the words after a bare `&` in its heading stay in the name
    assert "Dues & Receipts" in bills
    # the treasurer's screen, in the same component, lists what each member paid and still owes
    assert "Dues Overview" in bills


def test_menu_rows_priced_per_size_or_in_their_own_text_are_goods() -> None:
    goods = _names(_project("menu"), "product")
    # capital dish names priced by Portuguese keys naming a size (`precoPequeno`)
    assert {"CARBONARA", "BOLONHESA", "QUATRO QUEIJOS"} <= goods
    # bundles with no price key whose own description says what they cost
    assert {"Exam Week Box", "Breakfast Duo"} <= goods
    # a saving is no price; an order's delivery fee and totals are no goods; a figure the page
    # sums at run time ("Received This Month") is no price
    assert not goods & {"Happy Hour", "Your Order", "Received This Month", "Open Balance"}


def test_a_saas_client_businesses_and_one_clients_page_are_contacts() -> None:
    contacts = _names(_project("tenants"), "contact")
    # rows each named, placed and on a plan: the businesses the software serves
    assert "Studios" in contacts
    # the admin's page for one of them, with its e-mail and phone
    assert "Studio Profile" in contacts
    # the admin's page for one teacher: staff, no contact
    assert "Teacher Card" not in contacts
