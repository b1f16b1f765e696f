"""The publish child's JSON lines carry everything the window shows: what `l4ydesk publish
--json` prints, read back in arbitrary chunks, gives the same events with the same values (heal
attempts with their diff and revision ids, domain records, the result, credits charged), and
its exit tells the window how the run stopped."""

from __future__ import annotations

import io

import pytest

from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.commands.publish import PrintedEvents
from l4ydesk.core.credits.events import Charged
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step
from l4ydesk.ui.publish.child import EventLines, PublishStopped, child_command, outcome
from tests.integration.publish.conftest import Recorder

ATTEMPT = HealAttempt(
    number=2,
    error="app/page.tsx:3:1: Type error: “x” is not a number",
    source="ai",
    summary="Edited line 3 of app/page.tsx.",
    diff="--- a/app/page.tsx\n+++ b/app/page.tsx\n@@ -3 +3 @@\n-x\n+1\n",
    credits=5,
    revision_ids=(41, 42),
)
RECORDS = (DnsRecord("TXT", "_vercel.shop.example", "vc-domain-verify=abc"),)


def printed_run() -> bytes:
    out = io.StringIO()
    events = PrintedEvents(True, out)
    events.step_started(Step.DEPLOY, "Deploying on Vercel")
    events.build_log("Failed to compile. ✗ ünïcode\n")
    events.heal_attempt(ATTEMPT)
    events.charged(Charged(7, 5, "Self-heal attempt 2", source="publish"))
    events.domain_records("shop.example", RECORDS, "The TXT record is missing.")
    events.step_finished(Step.DEPLOY, "READY after 2 heal attempts")
    events.finished(PublishResult(9, "https://shop.example", "abc123", True, (ATTEMPT,)))
    return out.getvalue().encode()


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_the_lines_read_back_in_chunks_are_the_same_events(chunk: int) -> None:
    data = printed_run()
    seen = Recorder()
    charges: list[Charged] = []
    lines = EventLines(seen, charges.append)
    for start in range(0, len(data), chunk):
        lines.feed(data[start : start + chunk])
    lines.feed(b"", end=True)
    assert seen.started == [Step.DEPLOY]
    assert seen.log == ["Failed to compile. ✗ ünïcode\n"]
    assert seen.heals == [ATTEMPT]  # revision ids included: Undo works from the window
    assert charges == [Charged(7, 5, "Self-heal attempt 2", source="publish")]
    assert seen.domains == [("shop.example", RECORDS, "The TXT record is missing.")]
    assert seen.finished_steps == [(Step.DEPLOY, "READY after 2 heal attempts")]
    result = PublishResult(9, "https://shop.example", "abc123", True, (ATTEMPT,))
    assert seen.result == result
    assert outcome(lines, 0, False, "") == result


def stopped(out: io.StringIO, code: int, stderr: str = "") -> PublishStopped:
    lines = EventLines(Recorder())
    lines.feed(out.getvalue().encode(), end=True)
    with pytest.raises(PublishStopped) as raised:
        outcome(lines, code, False, stderr)
    return raised.value


def test_how_the_child_ended_becomes_what_the_window_offers() -> None:
    out = io.StringIO()
    printed = PrintedEvents(True, out)
    printed.failed("The plan allows 1 deployed app. Upgrade to Pro for 5.")
    refused = stopped(out, 3)
    assert refused.reason == PublishStopped.REFUSED
    assert str(refused) == "The plan allows 1 deployed app. Upgrade to Pro for 5."

    out = io.StringIO()
    printed = PrintedEvents(True, out)
    printed.failed("The branch main on GitHub changed since the last publish.")
    printed.failed("Then: …", reason="branch_moved", run_id=4, branch="release")
    moved = stopped(out, 1)
    assert moved.reason == PublishStopped.BRANCH_MOVED
    assert moved.branch == "release" and "changed since" in str(moved)

    out = io.StringIO()
    PrintedEvents(True, out).failed("The last publish did not finish.", reason="unfinished")
    assert stopped(out, 1).reason == PublishStopped.UNFINISHED

    out = io.StringIO()
    failed = stopped(out, 1, "Traceback…\nl4ydesk: No app named 'x'.\n")
    assert str(failed) == "No app named 'x'." and failed.reason == PublishStopped.FAILED

    lines = EventLines(Recorder())
    with pytest.raises(PublishStopped) as died:
        outcome(lines, 9, True, "")
    assert died.value.reason == PublishStopped.DIED and "resume" in str(died.value)


def test_the_command_line_names_the_app_by_id() -> None:
    argv = child_command(12, resume=True)
    assert argv[-5:] == ["publish", "#12", "--json", "--cancel-on-eof", "--resume"]
