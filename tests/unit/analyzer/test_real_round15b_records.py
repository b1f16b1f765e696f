"""Round 15 after the figure (post15r), records side: faults replayed on small projects written
here (tests/data/real_round15b/records); each test failed before its fix."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer.values import find_price

RECORDS = DATA / "real_round15b" / "records"


def test_a_price_written_after_its_sign_is_read_whole() -> None:
    """ "$1450" is fourteen hundred and fifty, not a hundred and forty-five: an amount after a
    currency sign is read to its last digit, with or without thousands separators."""
    assert [find_price(t).amount for t in ("$1450", "USD 18000.00", "$1299.99")] == [  # type: ignore[union-attr]
        "1450.00",
        "18000.00",
        "1299.99",
    ]
    assert find_price("$1,299.99").amount == "1299.99"  # type: ignore[union-attr]
    assert find_price("1500 €").amount == "1500.00"  # type: ignore[union-attr]


def test_rows_priced_after_a_sign_carry_their_whole_price() -> None:
    report = analyze_tree(RECORDS / "priced_rows")
    prices = {d.name: d.fields.get("price") for d in report.detections if d.type_key == "product"}
    assert prices == {
        "Trail Runner": "1450.00",
        "City Glide": "1299.99",
        "Hill Climber": "2100.00",
    }


def test_rows_a_page_hands_whole_to_its_own_component_are_named_where_they_are_drawn() -> None:
    """A page writes its sample bills and never maps them; it hands them to a component of its
    own that draws them under "Past invoices": one list, named by that heading (the rows are
    read where they are written, the name where they are shown), not by the page's title."""
    report = analyze_tree(RECORDS / "handed_rows")
    invoices = [d for d in report.detections if d.type_key == "invoice"]
    assert [d.name for d in invoices] == ["Past invoices"]
    assert invoices[0].fields.get("items") == ["B-201", "B-202", "B-203"]
