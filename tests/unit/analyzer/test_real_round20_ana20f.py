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


def test_a_list_of_tenants_repair_requests_is_a_ticket_list() -> None:
    """A landlord's "Wartungsanfragen" lists what tenants asked to have fixed, with the flat,
    the problem, a status and a day: every list of such requests is a ticket list (LABELLING
    round 17)."""
    tickets = _project("repair-request-list").of_type("ticket")
    assert [t.name for t in tickets] == ["Wartungsanfragen"]
