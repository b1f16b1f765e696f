"""The bundled sample app (resources/sample-app, a ceramics studio written independently of the
analyzer), analyzed in place: what a person sees on its pages must come out as records."""

from __future__ import annotations

from pathlib import Path

import pytest
from analyzer_support import DATA

from l4ydesk.core.analyzer import AnalysisReport, Detection, analyze_files, load_project
from l4ydesk.core.analyzer.calibration import calibrated_confidence
from l4ydesk.core.analyzer.scoring import TypeScore, load_expected, score_project

SAMPLE_APP = Path(__file__).resolve().parents[3] / "resources" / "sample-app"
LABELS = DATA / "corpus_sample" / "harbor-pine-sample.expected.json"
SHOP = {
    "Tide Mug": "38.00",
    "Pine Serving Bowl": "96.00",
    "Harbor Bud Vase": "42.00",
    "Dinner Plate Set of 4": "168.00",
    "Moss Planter": "54.00",
    "Studio Gift Card": "50.00",
}
SERVICES = {"Private wheel lesson", "Open studio session", "Date night for two"}
STUDIO = "Harbor & Pine Studio, 14 Wharf Lane, Portland, ME"


@pytest.fixture(scope="module")
def sample() -> AnalysisReport:
    files = load_project(SAMPLE_APP)
    assert "lib/data.ts" in files and "node_modules" not in " ".join(files)
    return analyze_files(files)


def _named(report: AnalysisReport, type_key: str, name: str) -> Detection:
    found = [d for d in report.of_type(type_key) if d.name == name]
    assert len(found) == 1, [d.name for d in report.of_type(type_key)]
    return found[0]


def test_sample_app_reads_cleanly(sample: AnalysisReport) -> None:
    assert [p for p in sample.problems if p.kind not in ("binary", "too_large")] == []


def test_workshops_are_events_with_date_place_and_capacity(sample: AnalysisReport) -> None:
    events = {e.name: e for e in sample.of_type("event")}
    assert set(events) == {"Intro to Wheel Throwing", "Glaze Lab: Layering and Dipping"}
    intro = events["Intro to Wheel Throwing"].fields
    assert (intro["date"], intro["time"], intro["end_time"]) == ("2027-01-16", "10:00", "13:00")
    assert (intro["location"], intro["capacity"]) == (STUDIO, 8)
    assert (intro["price"], intro["currency"]) == ("85.00", "USD")
    glaze = events["Glaze Lab: Layering and Dipping"]
    assert (glaze.fields["date"], glaze.fields["time"], glaze.fields["capacity"]) == (
        "2027-02-06",
        "14:00",
        10,
    )
    assert glaze.properties()["starts_at"] == "2027-02-06T14:00"
    assert glaze.evidence[0].path == "lib/data.ts"
    # a workshop with a price is still an event, not also a product
    assert not {p.name for p in sample.of_type("product")} & set(events)


def test_shop_products_with_prices_and_currency(sample: AnalysisReport) -> None:
    products = {p.name: p for p in sample.of_type("product")}
    assert set(products) == set(SHOP) | SERVICES
    for name, price in SHOP.items():
        fields = products[name].fields
        assert (fields["price"], fields["currency"]) == (price, "USD"), name
        assert not fields.get("bookable"), name
        assert fields["image"].startswith("/images/products/")
    assert {v["name"] for v in products["Tide Mug"].fields["variants"]} == {
        "Sea Glass",
        "Driftwood",
        "Fog White",
    }


def test_services_are_bookable_products(sample: AnalysisReport) -> None:
    # decided: the studio's services (lib/data.ts `services`, offered by the booking form) are
    # products with the "class" bookable subtype, the subtype the ontology has for lessons
    # and guided sessions; they are not events (no date) and not plain products
    for name in SERVICES:
        service = _named(sample, "product", name)
        assert service.fields["bookable"] is True
        assert service.fields["bookable_subtype"] == "class"
        assert service.properties()["bookable"] is True
        assert service.fields["duration_minutes"] in (90, 120)
    assert _named(sample, "product", "Private wheel lesson").fields["price"] == "120.00"


def test_cart_with_total_and_checkout_button_is_a_checkout(sample: AnalysisReport) -> None:
    (checkout,) = sample.of_type("checkout")
    (raw_checkout,) = analyze_files(load_project(SAMPLE_APP), calibrated=False).of_type("checkout")
    assert checkout.name == "Your cart"
    assert checkout.component == "components/cart-summary.tsx:CartSummary"
    assert {"buy_button", "cart"} <= set(checkout.fields["cues"])
    assert checkout.fields["mode"] == "payment"
    assert checkout.fields["provider"] is None  # the handler only fakes the payment
    assert checkout.confidence == calibrated_confidence("checkout", raw_checkout.confidence)
    assert raw_checkout.confidence >= 0.6  # the detector's own score
    paths = {e.path for e in checkout.evidence}
    assert paths == {"components/cart-summary.tsx", "components/cart-provider.tsx"}


def test_contact_form_and_newsletter_capture_contacts(sample: AnalysisReport) -> None:
    contact = _named(sample, "contact", "Contact us")
    assert contact.fields["source"] == "contact_form"
    assert contact.fields["captured_fields"] == ["name", "email", "message"]
    form = _named(sample, "form", "Contact us")
    assert [f["name"] for f in form.fields["fields"]] == ["name", "email", "message"]
    (newsletter,) = [c for c in sample.of_type("contact") if c.name != "Contact us"]
    assert "newsletter" in newsletter.name.lower()
    assert newsletter.fields["source"] == "newsletter"
    assert newsletter.fields["captured_fields"] == ["email"]
    assert newsletter.evidence[0].path == "components/newsletter-form.tsx"


def test_booking_form_books_a_service_on_a_day_and_slot(sample: AnalysisReport) -> None:
    form = _named(sample, "form", "Book a session")
    names = [f["name"] for f in form.fields["fields"]]
    assert names == ["service", "date", "time", "duration", "name", "email"]
    assert form.fields["creates"] == "booking"
    booking = _named(sample, "booking", "Book a session")
    assert booking.fields["date_picker"] == "single"
    assert booking.fields["time_slots"] == "timeSlots"
    assert booking.fields["service_options"] == "services"
    # booking and newsletter forms are not also contacts
    assert {c.name for c in sample.of_type("contact")} & {"Book a session"} == set()


def test_demo_handlers_are_not_workflows(sample: AnalysisReport) -> None:
    assert sample.of_type("workflow") == ()


def test_sample_app_scores_perfectly_against_its_labels(sample: AnalysisReport) -> None:
    result = score_project(load_expected(LABELS), sample.detections)
    total = TypeScore()
    for score in result.by_type.values():
        total.add(score)
    assert (result.missed, result.extra, result.wrong_fields) == ([], [], [])
    assert total.precision == total.recall == total.field_accuracy == 1.0
