"""Round 17 (after the figure), files the app never reaches: small projects written here
(tests/data/real_round17b/post17u); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths, read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

HERE = DATA / "real_round17b" / "post17u"
UNREACH17 = DATA / "real_round17b" / "unreach17"


def _project(name: str) -> AnalysisReport:
    report: AnalysisReport = analyze_tree(HERE / name, "*.*s*")
    return report


def test_json_only_a_script_writes_is_no_data_of_the_app() -> None:
    """A crawl script writes its search results to a JSON file by name; no page, layout or
    module they import reads that file, so its dated titles are no events. The JSON a page
    imports is still the app's list of shows."""
    report = _project("written-report")
    assert "results/crawl-output.json" not in {
        e.path for d in report.detections for e in d.evidence
    }
    assert "data/shows.json" in evidence_paths(report, "event")


def test_a_leftover_form_posting_to_a_live_route_runs_no_workflow() -> None:
    """A table request form no page renders (nor any module a page imports, nor a dynamic
    import) posts to a route that calls a webhook. The route is an entry of its own, but
    nobody can fill in the form: no form and no workflow. A party calendar no page renders
    gives nothing (unreach17); the lineup a page loads through `next/dynamic` is reached.
    (Round 19: the route itself, calling the webhook whoever posts to it, is a route no page
    calls, a workflow at the route since LABELLING round 18; none starts at the form.)"""
    report = _project("unplaced-parts")
    assert evidence_paths(report, "workflow") == {"app/api/reservations/route.ts"}
    assert "components/table-request.tsx" not in {
        e.path for d in report.detections for e in d.evidence
    }
    leftover = [d for d in report.of_type("event") if d.evidence[0].path.endswith("calendar.tsx")]
    assert not leftover
    assert "components/lineup.tsx" in evidence_paths(report, "event")


def test_a_component_no_page_imports_lists_nothing() -> None:
    """unreach17: a list of workshops in a component no page imports is a leftover nobody
    sees, so it gives no events (not even a Maybe); the same component imported by the home
    page gives its three workshops."""
    root = UNREACH17 / "unplaced-list"
    unplaced = analyze_tree(root, "*.*s*")
    assert not unplaced.detections
    # The same project with its home page rendering the component (one import, one element).
    files = read_tree(root, "*.*s*")
    page = files["app/page.tsx"].decode()
    files["app/page.tsx"] = (
        'import WorkshopList from "@/components/workshop-list"\n\n'
        + page.replace("</main>", "  <WorkshopList />\n    </main>")
    ).encode()
    placed = analyze_files(files, calibrated=False)
    assert "components/workshop-list.tsx" in evidence_paths(placed, "event")
    assert len(placed.of_type("event")) == 3
