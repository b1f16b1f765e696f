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


def _targets(report: AnalysisReport) -> dict[str, set[str]]:
    return {
        d.evidence[0].path: {s["target"] for s in d.fields["steps"]}
        for d in report.of_type("workflow")
    }


def test_a_method_of_an_imported_class_is_followed_to_its_call() -> None:
    """A route builds the project's bot class (`new ChatBot(token)`) and calls its method; a
    second takes an SMS gateway from a factory of another file. Each method posts to an
    address the class keeps in a field (set in the constructor, or returned by a helper
    method). Both routes send messages out: workflows. A third route only points the bot's
    updates at the app (`setWebhook`): setup, no message, no workflow."""
    targets = _targets(_project("messenger-class"))
    customer = targets["app/api/notify/customer/route.ts"]
    assert any(t.startswith("POST https://api.telegram.org/") for t in customer)
    sms = targets["app/api/notify/sms/route.ts"]
    assert any(t.startswith("POST https://gateway.example-sms.io/v1/") for t in sms)
    assert "app/api/notify/hook/route.ts" not in targets


def test_a_hook_address_imported_from_another_file_is_read() -> None:
    """The quiz form posts to a constant it imports from a config module; the address is
    that module's, an automation service's hook: the form's submit is a workflow."""
    targets = _targets(_project("hook-constant"))
    assert targets["components/quiz-form.tsx"] == {
        "POST https://hooks.example-automation.net/webhook/quiz-results"
    }


def test_a_tidied_base_address_and_an_alias_action() -> None:
    """A server action posts to `${BASE}/reviews` where BASE is a configured address with a
    fallback, trimmed of its slash (`.replace(...)`): the partner's host. The old alias action
    no page calls reaches the same call: one workflow, the dialog's."""
    flows = _project("audit-action").of_type("workflow")
    assert len(flows) == 1
    assert flows[0].evidence[0].path == "components/review-dialog.tsx"
    (target,) = {s["target"] for s in flows[0].fields["steps"]}
    assert target.startswith("POST https://partner-review.example.dev")


def test_a_post_to_a_mail_providers_api_is_an_email() -> None:
    """A route posting to the mail provider's sending endpoint over HTTP mails the guest, as
    its SDK would."""
    (flow,) = _project("mail-api").of_type("workflow")
    assert "send_email" in flow.fields["step_kinds"]


def test_a_route_under_webhooks_is_called_by_another_service() -> None:
    """`/api/webhooks/paygate` (the plural folder) is called by the payment provider, as a
    `/webhook/` route is: its confirmation mail runs by itself each time, a certain workflow."""
    (flow,) = _project("payment-notice").of_type("workflow")
    assert flow.fields["trigger"] == "webhook.received"
    assert flow.confidence >= 0.9


def test_a_server_calling_its_own_address_reaches_that_route() -> None:
    """The payment webhook posts to the app's own address (`${NEXT_PUBLIC_URL ||
    "http://localhost:3000"}/api/mail/receipt`): that route's receipt mail is the webhook's
    doing too, and the receipt route stays an entry of its own. The guest page's button goes
    through `/api/auth/request-otp`, which mails a sign-in code the same way: the account's
    business, no workflow of the page."""
    report = _project("own-address")
    by_path = {d.evidence[0].path: d for d in report.of_type("workflow")}
    hook = by_path["app/api/webhook/payments/route.ts"]
    assert "send_email" in hook.fields["step_kinds"]
    assert "app/api/mail/receipt/route.ts" in by_path
    assert "app/guest/page.tsx" not in by_path
