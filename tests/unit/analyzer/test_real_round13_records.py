"""Round 13 of issue 12, records side: general rules for one record's own screens replayed on
small projects written here (tests/data/real_round13/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round13" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_a_dialog_that_edits_an_appointment_is_that_booking_and_its_form() -> None:
    """A studio's dialog changes one sitting's day, hour, sitter and phone: the edit form is
    still the booking it shows (round-9 settled point), besides being a form."""
    report = _report("studio_desk")
    path = "components/change-session-dialog.tsx"
    assert "Edit Appointment" in names_at(report, "form", path)
    assert "Edit Appointment" in names_at(report, "booking", path)


def test_a_component_handed_one_pupil_and_showing_many_of_their_fields_is_their_screen() -> None:
    """`PupilProfile({ student })` shows seven of the pupil's fields outside any list: the pupil's
    own screen, a contact. `PupilChip({ student })` shows two of them: a mention, nothing."""
    report = _report("tutor_desk")
    assert names_at(report, "contact", "components/pupil-card.tsx") != set()
    chips = [d for d in report.of_type("contact") if d.component.endswith(":PupilChip")]
    assert chips == []


def test_a_component_showing_a_sales_lines_with_its_date_and_total_is_its_receipt() -> None:
    """`SaleSlip` lists a closed sale's lines (quantity, price) and shows, outside them, the day
    it was sold and what it came to: the receipt, an invoice (round-9 settled point). The basket
    shows the same lines and a total but no date; the parcel's status names no sale."""
    report = _report("bike_till")
    assert names_at(report, "invoice", "components/sale-slip.tsx") != set()
    assert names_at(report, "invoice", "components/basket-panel.tsx") == set()
    assert names_at(report, "invoice", "components/parcel-status.tsx") == set()


def test_priced_rows_written_in_place_and_mapped_into_markup_are_products() -> None:
    """`{[{ name, price }, ...].map((boat) => ...)}` is a price list with no variable: its rows
    are products as a constant's would be, also when a price is a constant's value
    (`GEAR_FEES.drybag`). Rows reading run-time figures (`week.takings.boats`) are no prices."""
    report = _report("kayak_hire")
    products = names_at(report, "product", "app/page.tsx")
    assert {"Single sit-on-top", "Tandem touring kayak", "Stand-up board"} <= products
    assert {"Dry bag", "Spare paddle"} <= products
    assert not products & {"Boats", "Gear"}
