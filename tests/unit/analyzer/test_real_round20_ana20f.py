"""Round 20, flows side (ana20f): small projects written here
(tests/data/real_round20/ana20f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round20" / "ana20f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.ts*")


def test_a_repair_request_with_a_day_for_the_visit_is_a_ticket() -> None:
    """A tenant's "Solicitud de reparación" asks the room, what is wrong, a preferred day and
    whether the same technician should come: a service request to the landlord (LABELLING
    rounds 16 and 17), ticket + form, not a booking. The caretaker's own "Log Maintenance"
    notebook requests nothing and files no ticket."""
    report = _project("repair-request")
    assert [t.name for t in report.of_type("ticket")] == ["Solicitud de reparación"]
    assert not report.of_type("booking")
