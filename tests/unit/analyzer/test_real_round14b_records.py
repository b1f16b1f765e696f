"""Round 14 after the figure, records side: rules replayed on small projects written here
(tests/data/real_round14b/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files, load_project

RECORDS = DATA / "real_round14b" / "records"


def _report(project: str) -> AnalysisReport:
    report: AnalysisReport = analyze_tree(RECORDS / project)
    return report


def _product_names(report: AnalysisReport) -> set[str]:
    return {d.name for d in report.of_type("product")}


def test_a_data_file_with_a_dotted_name_is_read_by_the_code_that_imports_it() -> None:
    """`plans.fr.json` imported by its whole name: its priced rows are the site's products."""
    # the test helper reads code only; the whole folder is loaded here, JSON included
    names = _product_names(analyze_files(load_project(RECORDS / "tariff_site"), calibrated=False))
    assert {"Tarif Bleu", "Tarif Vert", "Tarif Nuit"} <= names


def test_seed_rows_held_by_a_context_no_page_reads_are_not_shown() -> None:
    """Priced rows put in a context provider's state, whose hook no page calls, reach no screen:
    the layout only wraps the app in the provider (round-12 point: not products)."""
    assert not _product_names(_report("till_tool"))


def test_seed_rows_a_page_reads_through_the_context_hook_are_shown() -> None:
    """The same rows are products once a page takes them through the context's hook."""
    assert {"Ceramic Mug", "Linen Apron", "Oak Tray"} <= _product_names(_report("till_shown"))
