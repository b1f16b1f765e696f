"""Round 16 (after the figure), flows side: small projects written here
(tests/data/real_round16b/flows); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round16b" / "flows"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def test_a_bound_wrapper_of_one_select_is_that_select_outside_a_form() -> None:
    """`<PickOne value={v} onChange={setV} />`, a component of the same file whose markup is
    one `<select>`, is read as that select though no `<form>` holds it: the page asks a tool
    and a borrower (and an optional note) and saves them, which is a form."""
    forms = [d for d in _project("wrapped-select").detections if d.type_key == "form"]
    assert len(forms) == 1
    assert len(forms[0].fields.get("fields", [])) == 3


def test_a_total_worked_out_of_a_total_is_sent_as_the_order_total() -> None:
    """A sale entered at the counter sends `gross - off`, where `gross` is a picked line's
    price times its quantity (nought until one is picked); a parts order sends the answer of
    its helper that adds its lines up, kept under another name. Both record an order."""
    paths = {
        e.path
        for d in _project("derived-total").detections
        if d.type_key == "checkout"
        for e in d.evidence
    }
    assert "components/counter-sale.tsx" in paths
    assert "components/parts-order.tsx" in paths
