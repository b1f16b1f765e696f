"""Round 5 of issue 12, records side: general rules for what sample data, database tables and
rendered lists hold, replayed on small files written here (tests/data/real_round5/anar) in
several domains and languages; each test failed before its rule."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, Detection, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round5" / "anar"


def _at(path: str, name: str) -> AnalysisReport:
    """One file of `lists/`, analyzed at the path a project would hold it."""
    return analyze_files({path: (DATA / "lists" / name).read_bytes()})


def _tree(folder: str) -> AnalysisReport:
    root = DATA / folder
    return analyze_files(read_tree(root))


def _of(report: AnalysisReport, type_key: str) -> list[tuple[str, str]]:
    return [(d.name, d.evidence[0].path) for d in report.of_type(type_key)]


def _only(report: AnalysisReport, type_key: str) -> Detection:
    found = report.of_type(type_key)
    assert len(found) == 1, [d.name for d in found]
    return found[0]


def test_sample_invoices_are_one_list_named_by_its_heading_with_each_row_kept() -> None:
    # granularity by type: invoices, contacts, tickets and bookings are connected as a list
    invoices = _only(_at("app/facturen/page.tsx", "facturen.tsx"), "invoice")
    assert invoices.name == "Facturen"
    assert invoices.fields["items"] == ["F-2031", "F-2032", "F-2033"]
    overdue = next(r for r in invoices.fields["rows"] if r["name"] == "F-2032")
    assert overdue["status"] == "overdue"


def test_figures_currencies_shares_and_price_bands_are_no_products() -> None:
    # offer evidence: a tile's value with its change, an exchange rate, a share, a price band
    report = _at("app/cruscotto/page.tsx", "kpi-tiles.tsx")
    assert report.of_type("product") == ()


def test_a_mock_database_behind_a_pausing_api_is_read_as_the_lists_its_pages_load() -> None:
    report = _tree("mockdb")
    # no customer, task or deal from the seed file; the page that loads customers is the list
    assert _of(report, "contact") == [("Clientes", "app/clientes/page.tsx")]
    assert report.of_type("ticket") == () and report.of_type("product") == ()


def test_rows_handed_on_by_a_store_still_reach_the_page() -> None:
    # the guard of the rule above (this one held before it): a store pauses for nothing
    report = _tree("store")
    assert {name for name, _ in _of(report, "product")} == {"Moussaka", "Souvlaki"}


def test_sample_rows_a_page_imports_join_the_list_the_page_titles() -> None:
    contacts = _only(_tree("folded"), "contact")
    assert (contacts.name, contacts.evidence[0].path) == ("Kunden", "app/kunden/page.tsx")
    assert contacts.fields["items"] == ["Anna Huber", "Felix Gruber"]


def test_a_loaded_table_is_a_list_of_its_type_but_not_where_a_dialog_picks_a_row() -> None:
    report = _at("app/equipo/page.tsx", "reservas.tsx")
    assert _of(report, "booking") == [("Próximas reservas", "app/equipo/page.tsx")]


def test_products_of_a_database_table_are_one_list_under_their_own_heading() -> None:
    report = _at("app/page.tsx", "boutique.tsx")
    assert _of(report, "product") == [("Nos coups de cœur", "app/page.tsx")]


def test_a_title_ending_in_the_records_word_over_loaded_rows_is_that_list() -> None:
    report = _at("components/uebersicht.tsx", "recent.tsx")
    assert _of(report, "invoice") == [("Letzte Rechnungen", "components/uebersicht.tsx")]
    # "reviews of the customers" is about reviews; "top customers" are sums over invoices
    assert report.of_type("contact") == ()


def test_a_page_titled_by_its_header_component_lists_what_the_title_says() -> None:
    report = _at("app/clientes/page.tsx", "page-header.tsx")
    assert _of(report, "contact") == [("Clientes", "app/clientes/page.tsx")]


def test_a_figure_of_size_and_a_list_of_rates_are_no_products() -> None:
    # "$2.5B+" is a scale, not a price; two priced lines under a title list rates
    report = _at("components/landing.tsx", "figures.tsx")
    assert report.of_type("product") == ()


def test_a_tile_counting_records_is_not_the_list_of_them() -> None:
    report = _at("app/dashboard/page.tsx", "tiles-admin.tsx")
    assert report.of_type("event") == ()


def test_a_list_word_beside_one_records_word_titles_that_list_and_two_tables_stay_two() -> None:
    report = _at("app/admin/painel/page.tsx", "two-lists.tsx")
    assert sorted(name for name, _ in _of(report, "invoice")) == [
        "Lista de faturas de clientes",
        "Lista de faturas de fornecedores",
    ]


def test_people_of_a_module_that_checks_passwords_are_accounts_not_contacts() -> None:
    report = _at("lib/auth.ts", "accounts.ts")
    assert report.of_type("contact") == ()


def test_rows_typed_as_records_name_a_list_and_rows_to_tick_are_choices() -> None:
    report = _at("app/hop-thu/page.tsx", "inbox.tsx")
    assert _of(report, "invoice") == [("Danh sách chờ duyệt", "app/hop-thu/page.tsx")]
    assert report.of_type("contact") == ()


def test_dated_rows_named_by_what_is_held_are_events_but_enrolments_are_not() -> None:
    report = _at("app/termine/page.tsx", "kurse.tsx")
    assert sorted(d.name for d in report.of_type("event")) == [
        "Buchhaltung kompakt",
        "Excel für Profis",
    ]


def test_a_list_is_named_by_its_heading_read_as_words() -> None:
    report = _at("app/desk/page.tsx", "agenda.tsx")
    assert [d.name for d in report.of_type("booking")] == ["Today's appointments"]


def test_imported_rows_are_the_list_where_shown_and_options_are_no_list() -> None:
    report = _tree("shown")
    bookings = _only(report, "booking")
    # named by the heading over the rows, pointing at the page that shows them
    assert (bookings.name, bookings.evidence[0].path) == (
        "Hoy en el consultorio",
        "app/agenda/page.tsx",
    )
    # patients only offered in a select are choices, not a list of contacts
    assert report.of_type("contact") == ()


def test_static_money_tiles_with_a_rise_or_fall_are_figures_not_products() -> None:
    report = _at("app/admin/page.tsx", "money-tiles.tsx")
    assert report.of_type("product") == ()


def test_sample_rows_are_named_by_the_heading_right_over_them_not_the_greeting() -> None:
    report = _at("app/page.tsx", "greeting.tsx")
    assert [d.name for d in report.of_type("invoice")] == ["Openstaande posten"]


def test_a_table_read_through_a_typed_client_call_is_a_list_of_its_type() -> None:
    report = _at("app/staff/page.tsx", "typed-call.tsx")
    assert _of(report, "booking") == [("Cette semaine", "app/staff/page.tsx")]


def test_products_a_page_loads_and_hands_to_a_grid_are_the_grids_list() -> None:
    products = _only(_tree("handed"), "product")
    assert (products.name, products.evidence[0].path) == (
        "Unsere Bestseller",
        "components/bestseller.tsx",
    )
