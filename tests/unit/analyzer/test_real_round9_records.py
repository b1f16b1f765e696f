"""Round 9 of issue 12, records side: receipts are bills, bookings are listed from rows named for
them or showing a day, an hour and a party, one record's own screen is one record, stock is no
goods, a price can be read from where the page prints it, and a data set keeps 2,000 rows;
replayed on small files written here (tests/data/real_round9/records)."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round9" / "records"


def _files(name: str) -> dict[str, bytes]:
    root = DATA / name
    return read_tree(root)


def _project(name: str) -> AnalysisReport:
    return analyze_files(_files(name), calibrated=False)


def _found(report: AnalysisReport, type_key: str) -> set[tuple[str, str]]:
    return {(d.name, d.evidence[0].path) for d in report.of_type(type_key) if d.evidence}


def test_receipts_are_bills_as_a_document_a_list_and_a_details_dialog() -> None:
    found = _found(_project("recibos"), "invoice")
    assert found == {
        # a component labelling a receipt number, a date and a total beside one gift's values
        ("Gift Receipt", "components/gift-receipt.tsx"),
        # the receipts the office loads, titled by the receipts' word
        ("Issued Receipts", "app/admin/receipts/page.tsx"),
        # the dialog showing three fields of one receipt
        ("Receipt at a glance", "app/admin/receipts/page.tsx"),
    }  # the landing page's drawing of a receipt shows no record's values: no bill


def test_a_bill_sheet_drawn_by_its_editor_is_the_editors_preview() -> None:
    report = _project("facturas")
    # the editor is the invoice; the sheet it draws as the user types is no second one
    assert {path for _, path in _found(report, "invoice")} == {"components/invoice-editor.tsx"}
    alone = {"components/invoice-paper.tsx": _files("facturas")["components/invoice-paper.tsx"]}
    # on its own the sheet reads as a bill: it is the editor that makes it a preview
    assert _found(analyze_files(alone, calibrated=False), "invoice") == {
        ("Tax Invoice", "components/invoice-paper.tsx")
    }


def test_bookings_are_listed_by_the_rows_name_or_by_a_day_an_hour_and_a_party() -> None:
    found = _found(_project("reservas"), "booking")
    # rows mapped from `reservations`, titled by the header the page hands its subtitle to
    assert ("Your past reservations", "app/history/page.tsx") in found
    # "orders" whose rows each hold a day, an hour and a party size are reservations
    assert ("Orders", "app/admin/page.tsx") in found
    # one reservation read by the id in the address is one booking; its extras are its parts
    assert ("Your table", "components/reservation-view.tsx") in found
    # a card list with no title of its own, handed `bookings`: named by its rows' name
    assert ("Bookings", "components/booking-cards.tsx") in found
    # sessions at set hours and workshops with places left are a timetable; the page ending
    # the booking flow reads the new reservation but is no screen of its own; a picker turning
    # bookings into busy days draws no booking
    assert {path for _, path in found} == {
        "app/history/page.tsx",
        "app/admin/page.tsx",
        "components/reservation-view.tsx",
        "components/booking-cards.tsx",
    }


def test_one_clients_own_page_is_one_contact_named_by_the_heading_over_its_fields() -> None:
    found = _found(_project("clientes"), "contact")
    # the h1 shows the client's name; the card over most of the fields names the screen; the
    # page below it (logging a visit) and a teacher's page are no contact of their own
    assert found == {("How to reach her", "app/clients/[clientId]/page.tsx")}


def test_stock_with_a_reorder_level_is_no_goods_and_sizes_priced_in_markup_are() -> None:
    report = _project("taller")
    names = {d.name for d in report.of_type("product")}
    # parts kept on the shelf (a level to reorder at, a supplier) are the garage's own stock
    assert not [d for d in report.of_type("product") if "stock" in d.evidence[0].path]
    # drinks priced per size: the page prints `small` after the euro sign, so it is a price
    assert names == {"Flat White", "Chai Latte", "Still Water"}
    prices = {d.name: d.fields.get("price") for d in report.of_type("product")}
    assert prices["Flat White"] == "3.20"


def test_a_data_set_keeps_two_thousand_rows() -> None:
    rows = "".join(
        f'  {{ id: {i}, name: "Seed packet {i}", price: {i % 9 + 1}.50, image: "/s/{i}.png" }},\n'
        for i in range(1200)
    )
    files = {
        "lib/seeds.ts": f"export const seeds = [\n{rows}]\n".encode(),
        "app/page.tsx": b'import { seeds } from "@/lib/seeds"\n'
        b"export default function Shop() {\n"
        b"  return <main><h1>Seeds</h1>{seeds.map((s) => (\n"
        b"    <div key={s.id}><h3>{s.name}</h3><p>${s.price}</p></div>))}</main>\n}\n",
    }
    report = analyze_files(files, calibrated=False)
    # a catalogue of 1,200 rows in one array is read whole (500 were read until round 9)
    assert len(report.of_type("product")) == 1200
