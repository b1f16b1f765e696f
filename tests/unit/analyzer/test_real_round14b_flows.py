"""Round 14 after the figure, flows side: general rules replayed on small projects written
here (tests/data/real_round14b/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

FLOWS = DATA / "real_round14b" / "flows"


def _project(name: str) -> AnalysisReport:
    root = FLOWS / name
    files = {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.suffix in (".tsx", ".ts", ".json")
    }
    return analyze_files(files, calibrated=False)


def test_a_route_that_only_tries_the_mail_set_up_is_no_workflow() -> None:
    """`/api/mail-check/test` sends one mail to see whether the provider answers: set-up
    machinery, as the seen `/api/test-email` and `/api/email/test` were. The route mailing
    the owner on an order stays a workflow."""
    paths = evidence_paths(_project("mailer"), "workflow")
    assert "app/api/notify/route.ts" in paths
    assert "app/api/mail-check/test/route.ts" not in paths


def test_a_contact_form_is_named_by_the_kicker_over_a_sentence_long_heading() -> None:
    """ "Contact the studio" sits right above the heading, which reads as an invitation (the
    seen "Get in Touch" over "We'd love to hear from you", "Contact Us" over "Let's find the
    right solution..."): the short words name the form."""
    names = {d.name for d in _project("studio").of_type("form")}
    assert "Contact the studio" in names
    assert "Tell us a little about the room you want to change" not in names
