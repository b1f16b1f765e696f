"""Round 12 of issue 12, records side: general rules for products and lists replayed on small
projects written here (tests/data/real_round12/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round12" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def _products_in(report: AnalysisReport, path: str) -> set[str]:
    """Products found in `path` alone (one folded with another file's is not listed there)."""
    return {d.name for d in report.of_type("product") if {e.path for e in d.evidence} == {path}}


def test_a_menu_written_in_sections_lists_its_rows_again_beside_the_home_pages_own() -> None:
    """The menu page writes its teas in sections (a title and a note beside each section's
    rows); the home page writes two of them in a list of its own. Each page lists them: the
    two teas are found on both pages, not folded into one."""
    report = _report("tea_house")
    assert {"Smoked Oolong", "Jasmine Pearls"} <= _products_in(report, "app/page.tsx")
    assert {"Smoked Oolong", "Jasmine Pearls", "Silver Needle", "Aged Pu-erh"} <= _products_in(
        report, "app/menu/page.tsx"
    )


def test_rows_loaded_from_a_table_with_a_picker_in_each_row_are_still_a_list() -> None:
    """The rooms a desk page loads from its "rooms" table each carry a status select fed by a
    list of its own: the select is a control inside the row, so the rows are the page's list of
    rooms (named by the heading over them), not options to pick from."""
    report = _report("inn_desk")
    assert "Room rates" in _products_in(report, "app/rooms/page.tsx")


def test_a_figure_set_as_a_heading_names_no_product() -> None:
    """ "€1,980" in a heading over "Sold this week" is the week's takings: a heading with no
    letter in it names nothing, so its block is no product."""
    report = _report("bakery_board")
    assert "€1,980" not in _products_in(report, "app/dashboard/page.tsx")


def test_a_tile_in_a_row_of_tiles_that_report_their_change_is_a_figure() -> None:
    """ "Open invoices €2,300.00 / From 6 orders" sits in a row of tiles whose neighbours say how
    their figures moved since last month: it reports a figure as they do; nothing is for sale."""
    report = _report("bakery_board")
    assert "Open invoices" not in _products_in(report, "app/dashboard/page.tsx")


def _contacts_in(report: AnalysisReport, path: str) -> set[str]:
    return {d.name for d in report.of_type("contact") if {e.path for e in d.evidence} == {path}}


def test_a_coachs_students_loaded_from_their_table_are_a_contact_list() -> None:
    """The people a coach, a school or a shop keeps on file (students, suppliers, donors) are
    its contacts: the "students" rows listed under "Mis alumnos" are one contact list."""
    report = _report("coach_desk")
    assert "Mis alumnos" in _contacts_in(report, "app/alumnos/page.tsx")


def test_rows_named_for_what_they_are_of_someone_are_not_that_someone() -> None:
    """A student's own portal loads the students only to find its reader, and lists
    `studentDues`: the rows are dues (the compound name's last word), not students, so the
    greeting over them names no contact list."""
    report = _report("coach_desk")
    assert not _contacts_in(report, "app/portal/page.tsx")


def test_rooms_written_by_number_and_priced_type_are_products() -> None:
    """An inn writes its rooms by number, each with a type and a nightly price and no name:
    what it sells is each priced room, named by its type."""
    report = _report("lake_inn")
    assert {"Lakeside", "Garden", "Attic"} <= _products_in(report, "app/rooms/page.tsx")


def test_priced_items_no_page_renders_are_no_products() -> None:
    """The loft's home page renders its passes; the first draft of the pricing section is
    imported by no page. Round 12's settled point: priced items no page renders are not
    products, so the draft's plans are not offered, not even as "Maybe"."""
    report = _report("yoga_loft")
    assert _products_in(report, "components/passes.tsx") == {
        "Drop-in Class",
        "Ten-Class Card",
        "Monthly Unlimited",
    }
    assert not [
        d for d in report.of_type("product") if d.evidence[0].path.endswith("passes-old.tsx")
    ]
