"""Round 17 (after the figure), files the app never reaches: small projects written here
(tests/data/real_round17b/post17u); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

HERE = DATA / "real_round17b" / "post17u"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(HERE / name, "*.*s*")


def test_json_only_a_script_writes_is_no_data_of_the_app() -> None:
    """A crawl script writes its search results to a JSON file by name; no page, layout or
    module they import reads that file, so its dated titles are no events. The JSON a page
    imports is still the app's list of shows."""
    report = _project("written-report")
    assert "results/crawl-output.json" not in {
        e.path for d in report.detections for e in d.evidence
    }
    assert "data/shows.json" in evidence_paths(report, "event")


def test_components_no_route_reaches_give_no_detection() -> None:
    """A party calendar and a table request form that no page renders (nor any module a page
    imports, nor a dynamic import) show nothing to anyone: no events, no form, no booking,
    and no workflow, though the route the form posts to (which calls a webhook) is an entry
    of its own. The lineup a page loads through `next/dynamic` is reached and stays."""
    report = _project("unplaced-parts")
    paths = {e.path for d in report.detections for e in d.evidence}
    assert "components/party-calendar.tsx" not in paths
    assert "components/table-request.tsx" not in paths
    assert "components/lineup.tsx" in evidence_paths(report, "event")
    assert not report.of_type("workflow")
