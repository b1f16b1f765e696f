"""Round 13 of issue 12, flows side: general rules for forms and workflows replayed on small
projects written here (tests/data/real_round13/flows); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round13" / "flows"


def _tailor() -> AnalysisReport:
    return analyze_tree(FLOWS / "tailor")


def test_the_sites_own_configuration_is_not_a_business_form() -> None:
    """ "Shop Configuration" (the site's title, motto and the shop's own e-mail and phone) and
    a page under `configuration/` (the shop's name and badge) set the app up; the fitting
    request beside them is still a form."""
    forms = evidence_paths(_tailor(), "form")
    assert "app/admin/page.tsx" not in forms
    assert "app/dashboard/configuration/page.tsx" not in forms
    assert "app/contact/page.tsx" in forms


def test_a_tills_opening_and_count_is_not_a_business_form() -> None:
    """The drawer's float and counted cash with "Apertura cassa" keep the shop's cash ledger
    (round 8: a cash ledger is not an invoice); no customer, order or booking is recorded."""
    assert "components/till-drawer.tsx" not in evidence_paths(_tailor(), "form")


def test_a_click_that_stores_an_appointment_is_a_booking() -> None:
    """The wizard's last step gets the picks as props and its "Confirm" posts them to
    `/api/appointments`; under the picked service of a list, "Fissa la visita" (passing no row)
    inserts into `visit_appointments`. What the click writes says both book; calling one off
    (`/appointments/{id}/cancel`) stores nothing new."""
    bookings = evidence_paths(_tailor(), "booking")
    assert "components/fitting/last-step.tsx" in bookings
    assert "app/care/page.tsx" in bookings
    assert "components/fitting/call-off.tsx" not in bookings


def test_an_email_box_alone_is_a_lead_whatever_its_words() -> None:
    """ "Your first suit starts here" with one e-mail box and "Get started": no newsletter word,
    yet the visitor leaves only a way to be reached, as the 21 lone e-mail boxes labelled on the
    seen sets all were (a contact and a form)."""
    report = _tailor()
    assert "components/first-cut.tsx" in evidence_paths(report, "contact")
    assert "components/first-cut.tsx" in evidence_paths(report, "form")


def test_a_form_that_edits_a_booking_is_that_booking() -> None:
    """ "Modifier le rendez-vous" moves a fitting already booked (a day, an hour, the client):
    the booking's own screen, labelled as the booking on three seen projects, whereas editing a
    client or a service stays a form only."""
    report = _tailor()
    assert "app/fittings/[id]/edit/page.tsx" in evidence_paths(report, "booking")
    assert "app/fittings/[id]/edit/page.tsx" in evidence_paths(report, "form")


def test_an_embedded_booking_engine_under_a_booking_heading_is_a_booking() -> None:
    """ "Prenota la tua prova" loads an outside engine's script into its box: the visitor books
    there, with no input of the app's own (a hotel's and a salon's booking widgets on two seen
    sets). A counter script under "Our workshop in numbers" books nothing."""
    bookings = evidence_paths(_tailor(), "booking")
    assert "components/fitting-engine.tsx" in bookings
    assert "components/visit-stats.tsx" not in bookings
