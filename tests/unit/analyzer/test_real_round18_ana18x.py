"""Round 18, how code is read (ana18x): small projects written here
(tests/data/real_round18/ana18x); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

HERE = DATA / "real_round18" / "ana18x"


def _project(name: str) -> AnalysisReport:
    report: AnalysisReport = analyze_tree(HERE / name, "*.*s*")
    return report


def test_a_server_database_client_is_a_connection_not_a_record_write() -> None:
    """`createServerClient` of @supabase/ssr builds the request's database connection; it
    stores nothing. A route that opens one, reads notes and asks a model for a summary only
    answers the screen: no workflow (it was read as a record write, so the model's answer
    looked stored, as a job's would be)."""
    report = _project("ssr-client-ai")
    assert not report.of_type("workflow")
