"""Round 20, records (post20r): rules replayed on small projects written here
(tests/data/real_round20/post20r); each negative test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round20" / "post20r"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_sessions_with_ones_therapist_are_no_events() -> None:
    """Dated rows with a place and a `therapist`: one patient's own appointments."""
    assert not names_at(_report("therapy-sessions"), "event", "app/sessions/page.tsx")


def test_doses_with_times_are_no_events() -> None:
    """Dated rows with a `dose` and an hour: a person's medication, not happenings."""
    assert not names_at(_report("pill-times"), "event", "app/pills/page.tsx")


def test_numbered_periods_of_a_plan_are_no_events() -> None:
    """Rows named "Semana 1", "Semana 2" …: the numbered weeks of one runner's plan."""
    assert not names_at(_report("training-blocks"), "event", "app/plan/page.tsx")


def test_dated_nights_at_a_venue_stay_events() -> None:
    """Control: named nights with a place and a capacity are events, one "Day 2 …" or not."""
    assert names_at(_report("club-nights"), "event", "app/nights/page.tsx") == {
        "Vinyl Swap Night",
        "Modular Synth Jam",
        "Day 2 Afterparty",
    }


def test_a_record_page_writing_the_catalog_out_lists_it_again() -> None:
    """The `[slug]` page keeps every tea in its own `teaData` map and shows the one its route
    names: its own rows, one label each there as on the home page's list."""
    report = _report("detail-page-catalog")
    teas = {"Smoky Lapsang", "Jasmine Pearls", "Roasted Hojicha"}
    assert names_at(report, "product", "app/page.tsx") == teas
    assert names_at(report, "product", "app/tea/[slug]/page.tsx") == teas
    assert sum(d.type_key == "product" for d in report.detections) == 6
