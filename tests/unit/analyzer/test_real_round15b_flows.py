"""Round 15 after the figure, flows side: how a one-file app whose views a state switches is
read (tests/data/real_round15b/flows); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round15b" / "flows"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.jsx")


def test_each_view_of_a_state_switched_app_is_its_own_form() -> None:
    """Three views share one component and a `view` state; the remark box at the bottom has
    no submitting button of its own. Before, its climb reached the root and took the first
    action button anywhere in it ("← Back to list", "Log out", or another view's "Send
    Request"), so every input of the file became one form titled by the app's header. Each
    view's inputs are one form, titled by the view's own heading."""
    forms = {d.name for d in _project("tabbed").detections if d.type_key == "form"}
    assert "Book a Walk" in forms
    assert "Register a Dog" in forms
    assert "PawLedger" not in forms
