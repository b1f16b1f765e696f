"""Round 19, products and events (ana19p): rules replayed on small projects written here
(tests/data/real_round19/ana19p); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round19" / "ana19p"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_elements_written_once_per_dish_are_the_pages_goods() -> None:
    """`<DishCard name="Lentil Soup" price="€6.50" />` written three times: the page holds the
    names and prices, the component only draws them, so each element is one product."""
    report = _report("written_elements")
    assert names_at(report, "product", "app/menu/page.tsx") == {
        "Lentil Soup",
        "Grilled Halloumi",
        "Fig Tart",
    }


def test_elements_chosen_by_a_state_are_options() -> None:
    """`<SizeOption label="Slice" price="$4" selected=… />`: sizes picked on one cake's page."""
    assert not names_at(_report("written_elements"), "product", "app/sizes/page.tsx")


def test_statistic_tiles_written_out_are_figures() -> None:
    assert not names_at(_report("written_elements"), "product", "app/stats/page.tsx")


def test_plans_read_from_a_translation_table_are_one_set() -> None:
    """Two pages write `<PlanCard title={t.basicPlan} price={t.basicPrice} />`: the plans are
    the translation table's, one product each, whichever page shows them."""
    report = _report("written_elements")
    names = [d.name for d in report.detections if d.type_key == "product"]
    assert sorted(names) == sorted(
        {"Podstawowy", "Zespołowy", "Lentil Soup", "Grilled Halloumi", "Fig Tart"}
    )


def test_rows_reached_through_a_barrel_are_shown() -> None:
    """`export * from "./teas"` in `lib/data/index.ts`, and the shop imports `teas` from
    `@/lib/data`: the rows reach the page through the barrel as through a direct import."""
    report = _report("barrel")
    assert names_at(report, "product", "lib/data/teas.ts") == {
        "Sencha Kagoshima",
        "Darjeeling First Flush",
        "Tie Guan Yin",
    }


def test_a_subsidy_per_system_size_is_no_price() -> None:
    """A section a barrel hands on (`export { SubsidyTable } from "./subsidy-table"`) is shown;
    its `subsidyRows` are money the buyer is given back, not goods."""
    assert not names_at(_report("barrel"), "product", "components/subsidy-table.tsx")


def test_a_plan_without_a_price_in_a_row_of_wrapped_plan_cards() -> None:
    """Each plan's heading and price sit in an inner `<div>` beside the card's own button: the
    row of cards is two levels up, and its "Talk to us" card is a plan as its priced ones are."""
    report = _report("plan_rows")
    assert names_at(report, "product", "app/pricing/page.tsx") == {"Solo", "Studio", "Agency"}
