"""Round 18 after the figure, records side (post18r): rules replayed on small projects written
here (tests/data/real_round18/post18r); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

RECORDS = DATA / "real_round18" / "post18r"


def test_a_pages_own_list_beside_the_catalog_module_is_listed_again() -> None:
    """A data module keeps the catalog for the shop page; the home page writes two of the same
    teas out again in a list of its own (round 11: a list written out again in another file
    with its own data is labelled again there). Both files hold the teas."""
    report = analyze_tree(RECORDS / "module_and_page_lists")
    assert names_at(report, "product", "lib/teas.ts") == {
        "Morning Sencha",
        "Mountain Oolong",
        "Spiced Chai",
    }
    assert names_at(report, "product", "app/page.tsx") == {"Morning Sencha", "Mountain Oolong"}
