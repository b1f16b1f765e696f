"""Round 6 of issue 12, records side: rules that separate extras from records by structure
(which export a page takes, what a row tracks, what an invoice owes, how an order is delivered),
replayed on small files written here (tests/data/real_round6/records) in several languages."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round6" / "records"


def _rows(name: str) -> AnalysisReport:
    return analyze_files({f"app/{name[:-4]}/page.tsx": (DATA / "rows" / name).read_bytes()})


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


def test_rows_a_data_module_exports_but_no_page_imports_are_not_shown() -> None:
    root = DATA / "unused"
    files = read_tree(root)
    report = analyze_files(files)
    # the page imports only the side dishes; the dishes beside them are left-over data
    assert _names(report, "product") == {"Kartoffelsalat", "Gurkensalat"}


def test_an_unused_export_still_counts_when_its_module_has_no_named_importer() -> None:
    # the guard: a data module nobody imports by name tells nothing about which rows are shown
    menu = (DATA / "unused" / "lib" / "menu.ts").read_bytes()
    report = analyze_files({"lib/menu.ts": menu})
    assert "Maultaschen" in _names(report, "product")


def test_projects_with_progress_notices_and_stock_levels_are_no_events() -> None:
    report = _rows("obras.tsx")
    # dated rows that say how far along they are, what the app warned about, or what is left
    assert report.of_type("event") == ()
    assert report.of_type("product") == ()
    # numbered like invoices ("INV-101") but owing nothing: stock items, no invoice list
    assert report.of_type("invoice") == ()


def test_ways_to_deliver_an_order_are_no_products() -> None:
    assert _rows("livraison.tsx").of_type("product") == ()


def test_dated_happenings_and_priced_goods_with_stock_stay_what_they_are() -> None:
    report = _rows("evenements.tsx")
    assert _names(report, "event") == {"Nuit des musées", "Fête de la musique"}
    assert _names(report, "product") == {"Quiche lorraine", "Tarte tatin"}


def test_revenue_wages_balances_market_shares_and_prose_rates_are_no_prices() -> None:
    # what an item earned, what a worker is paid or owed, a rival's share of the market, and a
    # "rate" written as a sentence: figures and text, none of them an item on offer
    assert _rows("cifre.tsx").of_type("product") == ()


def test_rates_and_costs_written_as_amounts_stay_prices() -> None:
    report = _rows("tarifas.tsx")
    assert _names(report, "product") == {
        "Doble estándar",
        "Suite junior",
        "Cerámica para principiantes",
        "Acuarela de paisaje",
    }


def test_a_records_word_inside_a_sentence_title_names_no_list() -> None:
    assert _rows("pacientes.tsx").of_type("contact") == ()


def test_a_page_titled_by_the_records_word_is_still_that_list() -> None:
    assert _names(_rows("clientes.tsx"), "contact") == {"Clientes (24)"}


def test_rows_nested_inside_a_set_of_metrics_are_figures_too() -> None:
    assert _rows("resultados.tsx").of_type("product") == ()


def test_a_schedule_of_alike_dated_rows_and_a_confirmation_are_no_events() -> None:
    # rows written out one by one under a title are many visits; "...bestätigt!" is a message
    assert _rows("visitas.tsx").of_type("event") == ()


def test_one_occasion_with_date_hour_and_place_stays_an_event() -> None:
    assert _names(_rows("konzert.tsx"), "event") == {"Sommerkonzert im Park"}


def test_dated_rows_named_only_by_their_venue_are_the_shows_of_a_tour() -> None:
    report = _rows("gira.tsx")
    assert _names(report, "event") == {"Sala Apolo", "La Riviera", "Teatro Circo"}


def test_dates_are_read_in_the_visitors_language() -> None:
    from l4ydesk.core.analyzer.values import find_date

    assert find_date("22 de noviembre de 2025") == "2025-11-22"
    assert find_date("12. März 2025") == "2025-03-12"
    assert find_date("le 3 février 2026") == "2026-02-03"
    assert find_date("21.06.2025") == "2025-06-21"
    assert find_date("2025年6月21日") == "2025-06-21"
    assert find_date("versão 2.10.3") is None  # a version number, no day


def test_a_price_tile_beside_an_occasions_date_tile_is_its_fee_not_a_product() -> None:
    assert _rows("fiesta.tsx").of_type("product") == ()


def test_people_with_a_last_sign_in_are_the_apps_accounts_not_contacts() -> None:
    report = _rows("utenti.tsx")
    assert [d.fields.get("items") for d in report.of_type("contact")] == [
        ["Marta Bianchi", "Sergio Villa"]
    ]


def test_static_delivery_rows_with_a_transit_time_in_working_days_are_no_products() -> None:
    assert _rows("versand.tsx").of_type("product") == ()
