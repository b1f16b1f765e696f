"""Round 8 of issue 12, records side: rules that tell records by structure (goods a page loads
and shows with a price, who the people of a list are, dated rows that are no happening, rows
that read as bills), replayed on small files written here (tests/data/real_round8/records)."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round8" / "records"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(DATA / name)


def _lists(report: AnalysisReport, type_key: str) -> set[tuple[str, str]]:
    return {
        (d.name, d.evidence[0].path)
        for d in report.of_type(type_key)
        if d.fields.get("list") and d.evidence
    }


def test_goods_loaded_at_run_time_and_shown_with_a_price_are_one_listing_by_heading() -> None:
    found = _lists(_project("winkel"), "product")
    # a grid of bikes fetched from an API, each with its name and its own price
    assert ("Onze fietsen", "app/producten/page.tsx") in found
    # a cart's lines (how many, what they come to), the suggestions on one bike's page, a
    # visitor's wishlist and what options add to a configured bike are no listing of goods
    assert {path for _, path in found} == {"app/producten/page.tsx"}


def test_people_lists_are_contacts_by_who_the_people_are() -> None:
    report = _project("escola")
    found = _lists(report, "contact")
    # the school's pupils, with how to reach them, are people a CRM owns
    assert ("Alunos inscritos", "app/alunos/page.tsx") in found
    # its teachers (by the heading and the rows' name) and the accounts that sign in (a role
    # each) are the school's own people, not contacts
    assert {path for _, path in found} == {"app/alunos/page.tsx"}
    assert not [d for d in report.of_type("contact") if "contas" in d.evidence[0].path]


def test_dated_rows_with_only_a_name_and_an_order_are_no_happenings() -> None:
    names = {d.name for d in _project("scuola").of_type("event")}
    # the open evenings say where they are held; the numbered exams say nothing but when
    assert names == {"Serata di orientamento", "Concerto di primavera"}


def test_rows_that_read_as_bills_are_an_invoice_list_and_a_till_is_not() -> None:
    report = _project("envios")
    found = _lists(report, "invoice")
    # each shipment charges its sender an amount under a waybill number: bills
    assert ("Envíos del día", "components/tabla-envios.tsx") in found
    # two invoices typed out in a static table under the invoices' word
    assert ("Facturas", "app/facturas/page.tsx") in found
    # money in and out of a till charges no one: a ledger, no invoice list
    assert {path for _, path in found} == {"components/tabla-envios.tsx", "app/facturas/page.tsx"}


def test_members_reached_by_phone_alone_are_a_contact_list_the_staff_are_not() -> None:
    contacts = _project("lavanderia").of_type("contact")
    # a set named for the club's members, each with a name and a phone: one contact list,
    # named by the heading of the page that shows it; the counter's staff are no contacts
    assert [(d.name, d.fields["items"]) for d in contacts] == [
        ("Socios del club", ["Carmen Vidal", "Jordi Puig", "Lucía Ferrer"])
    ]
