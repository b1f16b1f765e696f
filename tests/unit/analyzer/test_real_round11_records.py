"""Round 11 of issue 12, records side: businesses listed with a price level, a configurator's
choices and rows no live markup shows are no products; replayed on small files written here
(tests/data/real_round11/records)."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round11" / "records"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(DATA / name)


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


def test_businesses_listed_with_a_price_level_are_not_products() -> None:
    goods = _names(_project("marketplace"), "product")
    # "$$" says how dear a studio is, it prices nothing: the studios are businesses listed
    assert not goods & {"Lotus Yoga Loft", "Harbour Pilates", "Quiet Mat Studio"}
    # one studio's own classes, each with its price, are what is sold
    assert {"Morning Flow", "Reformer Basics"} <= goods


def test_a_configurators_priced_choices_are_options_not_products() -> None:
    goods = _names(_project("configurator"), "product")
    # format, paper and finish are each picked by a chosen value and make up one price
    assert not goods & {"A4 poster", "A3 poster", "Silk paper", "Cotton rag", "Matt lamination"}
    # an item shown beside the configurator, picked by nothing, is sold on its own
    assert "Wall Calendar 2027" in goods


def test_rows_only_commented_out_markup_shows_are_not_products() -> None:
    goods = _names(_project("leftovers"), "product")
    # shown through a ternary and spread into another set: still shown
    assert {"Lentil Soup", "Falafel Wrap", "Lamb Kofta", "Stuffed Peppers"} <= goods
    # mapped only inside a comment: nothing shows them
    assert not goods & {"Family Box", "Party Tray", "Office Lunch"}


def test_a_list_written_out_again_in_another_page_is_listed_again_there() -> None:
    products = _project("again").of_type("product")
    places: dict[str, set[str]] = {}
    for det in products:
        places.setdefault(det.name, set()).update(e.path for e in det.evidence)
    counts = {name: sum(1 for d in products if d.name == name) for name in places}
    # the price list and the booking page each write the treatments out: two lists
    assert counts == {"Deep Tissue Massage": 2, "Hot Stone Massage": 2, "Foot Reflexology": 2}
    # the lines of one visitor's order (rows nested in the order) are no list of their own
    assert {"app/prices/page.tsx", "app/book/page.tsx"} <= places["Deep Tissue Massage"]


def test_tiers_a_page_hands_to_a_shared_layout_are_the_pages_products() -> None:
    products = _project("template").of_type("product")
    where = {d.name: d.evidence[0].path for d in products}
    # each page writes its tiers into the layout's attribute: the page holds names and prices;
    # the layout's "Packages" heading over the tiers it is handed is no list of its own
    assert where == {
        "Local Visibility": "app/services/seo/page.tsx",
        "Regional Reach": "app/services/seo/page.tsx",
        "Social Clip": "app/services/video/page.tsx",
        "Brand Film": "app/services/video/page.tsx",
    }


def test_a_model_with_no_name_is_named_by_its_year_maker_and_model() -> None:
    goods = _names(_project("bikes"), "product")
    assert goods == {"2023 Ducati Monster", "2022 Yamaha MT-07", "Honda CB500X"}


def test_businesses_of_a_directory_are_no_contacts_their_priced_services_sell() -> None:
    report = _project("directory")
    # each studio lists its own priced work: the studios are businesses listed, not contacts
    assert not report.of_type("contact")
    goods = _names(report, "product")
    assert goods == {"Fine Line Piece", "Cover-up Session", "Flash Tattoo", "Ear Piercing"}


def test_a_page_titled_for_complaints_lists_tickets_a_staff_board_does_not() -> None:
    tickets = _names(_project("complaints"), "ticket")
    # complaints are raised by residents (round-10 settled point); the maintenance board is
    # the staff's own
    assert tickets == {"Complaints"}


def test_the_one_person_of_each_record_is_its_detail_not_a_contact_list() -> None:
    # each branch names the manager who runs it: a part of the branch, no list a CRM owns
    assert not _project("branches").of_type("contact")
