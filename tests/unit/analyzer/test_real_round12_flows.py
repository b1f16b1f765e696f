"""Round 12 of issue 12, flows side: general rules for workflows and forms replayed on small
projects written here (tests/data/real_round12/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round12" / "flows"


def _report() -> AnalysisReport:
    return analyze_tree(FLOWS / "salon")


def _cited(report: AnalysisReport, type_key: str) -> set[str]:
    return {e.path for d in report.of_type(type_key) for e in d.evidence}


def test_a_message_sent_through_the_apps_own_helper_cites_the_helper() -> None:
    """The booking page calls a server action of its own that calls the helper queueing the
    text message: the workflow points at the action a person would open, not only at the
    queue's insert."""
    assert "lib/actions/visit-message.ts" in _cited(_report(), "workflow")


def test_a_message_sent_by_a_route_the_page_posts_to_cites_the_route() -> None:
    """The desk page posts to a route of the app that queues the message through the same
    helper (reached first by the booking page): the workflow cites the route."""
    assert "app/api/notify-status/route.ts" in _cited(_report(), "workflow")


def test_two_days_in_a_dialog_whose_button_stores_a_rental_are_a_form() -> None:
    """A first and a last day in a dialog whose "Confirm rental" inserts a row ask for a new
    record's values (a form and a booking); the same two days on the page with "Show" only
    pick which visits a list shows."""
    report = _report()
    assert "components/chair-list.tsx" in evidence_paths(report, "form")
    assert "components/visit-filter.tsx" not in evidence_paths(report, "form")


def test_a_form_a_page_loads_lazily_is_shown() -> None:
    """The home page loads the offer popup through `dynamic(() => import(...))`: the popup's
    form is on the running site, not a leftover offered as "Maybe"."""
    forms = [d for d in _report().of_type("form") if d.evidence[0].path.endswith("offer-popup.tsx")]
    assert forms and forms[0].confidence >= 0.5


def test_a_form_no_page_shows_collects_nothing() -> None:
    """`old-contact.tsx` is imported by no page: nobody can fill its form in, so it is neither
    a form nor a contact."""
    report = _report()
    assert "components/old-contact.tsx" not in evidence_paths(report, "form")
    assert "components/old-contact.tsx" not in evidence_paths(report, "contact")


def test_a_box_only_read_inside_a_lists_filter_is_a_search_bar() -> None:
    """The client list's one box asks for "a name or an e-mail", but its value is only read in
    the rows' `.filter(...)`: a search bar over the list, no form (the new-client button beside
    it is a link to another page)."""
    assert "components/client-list.tsx" not in evidence_paths(_report(), "form")


def test_a_write_to_a_hosted_database_or_image_store_is_no_workflow() -> None:
    """ "Add cut" uploads a picture to an image CDN's API and writes a document through the
    hosted database's REST address: both store the record, as the app's own database would;
    nothing is sent to anyone."""
    assert "app/portfolio/page.tsx" not in evidence_paths(_report(), "workflow")


def test_a_contact_form_written_out_again_in_another_file_is_two_forms() -> None:
    """The shop's page and the studio's page each place their own copy of the same contact
    form (two files, the same fields): each is filled where it is shown, so each is a form and
    a contact of its own, as a list written out again is."""
    report = _report()
    for type_key in ("form", "contact"):
        paths = evidence_paths(report, type_key)
        assert {"components/shop/ask-us.tsx", "components/studio/ask-us.tsx"} <= paths


def test_a_portuguese_name_email_and_whatsapp_box_is_a_lead() -> None:
    """A full name ("nome completo"), an e-mail and a WhatsApp number, nothing else, sent with
    "Enviar": the person's own details only, a lead in Portuguese as in English."""
    assert "app/franquia/page.tsx" in evidence_paths(_report(), "contact")


def test_a_row_written_to_a_notifications_table_is_stored_not_sent() -> None:
    """The waiting room's button posts to a route that adds a row to `notifications` for the
    client. Round 12 read it as a message queued for a person; round 15 settled that a
    notification stored for the app to show is storage, not a workflow (LABELLING.md)."""
    assert "app/ready/page.tsx" not in evidence_paths(_report(), "workflow")


def test_a_mail_sent_by_a_server_action_no_file_imports_is_no_workflow() -> None:
    """`remindClient` mails the client, but no page or route imports its file: nobody can
    start it, so it automates nothing (it was offered at 0.22)."""
    assert "lib/actions/old-reminder.ts" not in evidence_paths(_report(), "workflow")
