"""Round 6 of issue 12, flows side: general rules that separate extra checkouts and workflows
from right ones, replayed on small projects written here (tests/data/real_round6/flows); each
test failed before its rule."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import read_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round6" / "flows"


def _analyze_tree(folder: str) -> AnalysisReport:
    root = DATA / folder
    files = read_tree(root)
    return analyze_files(files, calibrated=False)  # the detectors' own scores


def _targets(report: AnalysisReport) -> list[str]:
    return [s["target"] for d in report.of_type("workflow") for s in d.fields["steps"]]


def test_a_payment_provider_wrapping_a_form_is_no_checkout_of_its_own() -> None:
    """Two course pages wrap the same payment form in `<Elements>`: one checkout, the form."""
    report = _analyze_tree("courses")
    checkouts = report.of_type("checkout")
    assert [c.name for c in checkouts] == ["Secure your seat"]
    assert {e.path for e in checkouts[0].evidence} == {"components/course-payment.tsx"}


def test_reading_payments_at_the_provider_is_no_workflow() -> None:
    """Retrieving a payment and listing sessions read; the refund next to them moves money."""
    report = _analyze_tree("courses")
    targets = _targets(report)
    assert "stripe.refunds.create" in targets
    assert not any(t.endswith((".retrieve", ".list")) for t in targets)
    assert [d.name for d in report.of_type("workflow")] == ["Stripe refund"]


def test_an_analytics_event_is_no_workflow() -> None:
    """`sendPageEvent(...)` from a package the project does not contain measures a click; it
    sends no mail, whatever its first word."""
    report = _analyze_tree("courses")
    assert "sendPageEvent" not in _targets(report)


def _form_names(folder: str) -> dict[str, str]:
    report = _analyze_tree(folder)
    return {d.evidence[0].path: d.name for d in report.of_type("form")}


def test_a_password_whose_type_is_chosen_at_run_time_is_a_password() -> None:
    """`type={visible ? "text" : "password"}` under a heading no word list knows: a sign-up."""
    assert "join.tsx" not in _form_names("rentals")


def test_a_record_key_and_one_proof_look_a_record_up() -> None:
    """A rental's id and the e-mail it was made with find it; a name and a phone asking to be
    called back are a request, though also two fields."""
    forms = _form_names("rentals")
    assert "find-rental.tsx" not in forms
    assert forms.get("callback.tsx") == "Bel mij terug"


def test_one_box_under_rows_the_component_shows_adds_to_a_record() -> None:
    """Notes listed card by card, then one box (and a picker) to add another: a note on the
    client, no form; a request with an e-mail beside clickable choices stays one."""
    forms = _form_names("notes")
    assert "client-notes.tsx" not in forms
    assert forms.get("tasting-request.tsx") == "Prenota una degustazione"
    assert forms.get("ask-the-cellar.tsx") == "Scrivi alla cantina"  # mapped rows: its options


def test_rows_one_clicks_are_choices_of_the_form() -> None:
    source = (DATA / "notes" / "client-notes.tsx").read_text(encoding="utf-8")
    picked = source.replace(
        "<NoteCard key={n.id} nota={n} />",
        "<button key={n.id} onClick={() => setTesto(n.testo)}>{n.testo}</button>",
    )
    assert picked != source
    report = analyze_files({"client-notes.tsx": picked.encode()}, calibrated=False)
    assert [d.name for d in report.of_type("form")] == ["Note sul cliente"]


def test_defining_a_role_sets_up_access_wherever_its_words_are() -> None:
    """A form under a `roles` route (name, description, ticks) defines access; the same form
    under another route is an ordinary admin entry."""
    assert not _form_names("access")
    source = (DATA / "access" / "app" / "team" / "roles" / "new" / "page.tsx").read_bytes()
    report = analyze_files({"app/team/courses/new/page.tsx": source}, calibrated=False)
    assert [d.name for d in report.of_type("form")] == ["Zugriffsstufe anlegen"]


def test_a_state_setter_does_nothing_outside_the_screen() -> None:
    """`setRemindClient(...)` from `useState` ticks a box; `remindLater(...)` from a reminder
    package is the one step, and the button that only ticks is no workflow."""
    report = _analyze_tree("visits")
    assert _targets(report) == ["remindLater"]
    assert [d.name for d in report.of_type("workflow")] == ["Planear visita"]


def test_a_start_and_end_time_with_only_counts_and_switches_offer_a_slot() -> None:
    """Weekday, start, end, places and "open": a slot the studio offers, no form or booking;
    the same slot asked for with a name typed in is a request."""
    report = _analyze_tree("slots")
    assert not report.of_type("form") and not report.of_type("booking")
    source = (DATA / "slots" / "class-slot.tsx").read_text(encoding="utf-8")
    submit = '<button type="submit">'
    asked = source.replace(submit, f'<input id="nombre" />\n{submit}')
    assert asked != source
    report = analyze_files({"class-slot.tsx": asked.encode()}, calibrated=False)
    assert [d.name for d in report.of_type("form")] == ["Nuevo horario"]


def test_pickers_and_a_day_without_a_form_choose_a_slice_to_show() -> None:
    """A site and a day, then "build the summary": a view, not a record; inside a `<form>` with
    a name typed the same inputs are a request."""
    assert not _form_names("reports")
    source = (DATA / "reports" / "summary.tsx").read_text(encoding="utf-8")
    typed = source.replace("<div>", "<form>").replace("</div>", '<input id="nome" />\n</form>')
    report = analyze_files({"summary.tsx": typed.encode()}, calibrated=False)
    assert [d.name for d in report.of_type("form")] == ["Riepilogo giornaliero"]
