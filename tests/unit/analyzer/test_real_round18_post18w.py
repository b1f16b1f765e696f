"""Round 18 after the figure, workflows (post18w): small projects written here
(tests/data/real_round18/post18w); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport
from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD
from l4ydesk.core.analyzer.effects import outside_call
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.steps import HttpCall

HERE = DATA / "real_round18" / "post18w"


def _project(name: str) -> AnalysisReport:
    report: AnalysisReport = analyze_tree(HERE / name, "*.*s*")
    return report


def test_a_hosted_model_answer_saved_from_a_button_is_no_workflow() -> None:
    """The ideas page's button posts to the app's route, which asks xAI's Responses endpoint
    for ideas, checks each idea's site answers (a HEAD request) and stores the ideas: a
    model's answer kept as a record, nothing sent to anyone: no workflow (the model host was
    read as a third-party call, and so was the HEAD probe)."""
    assert not _project("ai-ideas").of_type("workflow")


def test_a_head_request_only_reads() -> None:
    """A HEAD or OPTIONS request asks whether an address answers; it does nothing there."""
    where = Evidence("app/api/x/route.ts", 1, 1, "fetch(url)")
    for method in ("HEAD", "OPTIONS"):
        assert outside_call(HttpCall(method, "https://partner.example.org/", where)) == []
    answer = outside_call(HttpCall("POST", "https://api.x.ai/v1/responses", where))
    assert [s.target for s in answer] == ["model POST https://api.x.ai/v1/responses"]


def test_only_a_route_guarded_by_a_shared_secret_runs_as_a_model_job() -> None:
    """Two routes no page calls ask a model for an article's summary and write it into the
    CMS. The one that checks the CMS's shared secret (held in a constant from the
    deployment's settings) is called by that service on every publish: a job, a workflow.
    The open one is a left-over route: its model answer stored is no workflow."""
    found = {d.name for d in _project("summary-jobs").of_type("workflow")}
    assert found == {"POST /api/summaries/cms"}


def test_a_submit_posted_to_a_service_outside_the_app_is_a_sure_workflow() -> None:
    """The trial-lesson form posts each request to a form backend on another host. That runs
    on every submit, as a provider's mail does: the workflow is sure, though it has one step
    (it was Maybe)."""
    workflows = _project("trial-class").of_type("workflow")
    assert [w.name for w in workflows] == ["Book a free trial lesson"]
    assert workflows[0].confidence >= SURE_THRESHOLD
