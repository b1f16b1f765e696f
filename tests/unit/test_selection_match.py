"""Matching an element picked in the preview to the analyzer's detections, guessing its type,
filling in a record from it, and badging connected elements — on the bundled sample app."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from l4ydesk.app import sample_app_dir
from l4ydesk.core.analyzer import Detection, Evidence, analyze_files, load_project
from l4ydesk.core.connections import build_properties, item_for_detection
from l4ydesk.core.selection_match import (
    OTHER,
    BadgeSpec,
    SelectedElement,
    SelectedField,
    SourcePoint,
    badges_for,
    element_name,
    fields_from_element,
    guess_type,
    match_selection,
    source_line_selector,
)

BOOKING_FORM = "components/booking-form.tsx"
BOOKING_FIELDS = tuple(
    SelectedField(name, kind, label, required=True)
    for name, kind, label in [
        ("service", "select", "Service"),
        ("date", "date", "Date"),
        ("time", "select", "Time slot"),
        ("duration", "select", "Duration"),
        ("name", "text", "Name"),
        ("email", "email", "Email"),
    ]
)


@pytest.fixture(scope="module")
def detections() -> tuple[Detection, ...]:
    return analyze_files(load_project(sample_app_dir())).detections


def detection(
    type_key: str, name: str, path: str, start: int, end: int, **fields: object
) -> Detection:
    return Detection(type_key, name, fields, 0.9, (Evidence(path, start, end, ""),))


def found(matches: Sequence[object]) -> list[tuple[str, str]]:
    return [(m.detection.type_key, m.detection.name) for m in matches]  # type: ignore[attr-defined]


# ----- source tags ------------------------------------------------------------------------------


def test_a_source_tag_inside_evidence_matches_it_with_high_confidence(
    detections: tuple[Detection, ...],
) -> None:
    element = SelectedElement(
        "p", text="Estimated $120.00", source=SourcePoint(BOOKING_FORM, 147, 11)
    )
    matches = match_selection(element, detections)

    # The booking and the form it is made with share the evidence; the specific type leads.
    assert found(matches[:2]) == [("booking", "Book a session"), ("form", "Book a session")]
    assert matches[0].confidence >= 0.95
    assert matches[0].reason.startswith(
        f"source tag {BOOKING_FORM}:147 is inside 'Book a session' ({BOOKING_FORM}:84–152)"
    )
    assert guess_type(element, matches) == "booking"


def test_the_tightest_evidence_range_wins() -> None:
    page = detection("workflow", "Checkout flow", "app/shop/page.tsx", 1, 200)
    card = detection("product", "Tide Mug", "app/shop/page.tsx", 40, 60)
    elsewhere = detection("product", "Moss Planter", "app/other.tsx", 40, 60)
    element = SelectedElement("button", text="Add", source=SourcePoint("./app/shop/page.tsx", 52))

    matches = match_selection(element, [page, card, elsewhere])

    assert found(matches) == [("product", "Tide Mug"), ("workflow", "Checkout flow")]
    assert matches[0].confidence == 0.95
    assert matches[1].confidence == 0.7
    assert "inside the wider 'Checkout flow'" in matches[1].reason


def test_a_source_tag_elsewhere_in_the_file_is_a_hint_not_a_match() -> None:
    card = detection("product", "Tide Mug", "app/shop/page.tsx", 40, 60)
    element = SelectedElement(
        "footer", text="© Harbor", source=SourcePoint("app/shop/page.tsx", 90)
    )
    assert match_selection(element, [card]) == []

    # Together with the name on it, it is.
    named = SelectedElement("h2", text="Tide Mug", source=SourcePoint("app/shop/page.tsx", 90))
    (match,) = match_selection(named, [card])
    assert "rendered from app/shop/page.tsx" in match.reason
    assert match.confidence > 0.8


# ----- text, fields, prices, dates ---------------------------------------------------------------


def test_form_fields_match_without_a_source_tag(detections: tuple[Detection, ...]) -> None:
    # An <input> of the ui library: its own tag points to components/ui/input.tsx.
    element = SelectedElement(
        "input",
        in_form=True,
        form_fields=BOOKING_FIELDS,
        source=SourcePoint("components/ui/input.tsx", 8, 7),
    )
    matches = match_selection(element, detections)

    assert found(matches[:2]) == [("booking", "Book a session"), ("form", "Book a session")]
    assert matches[0].reason == "form fields match (service, date, time, duration…: 6 of 6)"
    assert matches[0].confidence == pytest.approx(0.9, abs=0.02)


def test_a_contact_form_matches_its_contact_and_form(detections: tuple[Detection, ...]) -> None:
    fields = tuple(SelectedField(n) for n in ("name", "email", "message"))
    element = SelectedElement("button", text="Send message", in_form=True, form_fields=fields)
    matches = match_selection(element, detections)
    assert found(matches[:2]) == [("contact", "Contact us"), ("form", "Contact us")]
    assert guess_type(element, matches) == "contact"


def test_a_product_card_matches_by_name_and_price(detections: tuple[Detection, ...]) -> None:
    element = SelectedElement(
        "div",
        text="Tide Mug A 12 oz wheel-thrown mug with a thumb rest. $38.00 Add to cart",
        heading="Tide Mug",
        prices=("$38.00",),
    )
    matches = match_selection(element, detections)
    assert found(matches) == [("product", "Tide Mug")]
    assert matches[0].reason == (
        "heading “Tide Mug” matches 'Tide Mug'; "
        "text “Tide Mug A 12 oz wheel-thrown mug with…” matches 'Tide Mug'; same price 38.00"
    )
    assert guess_type(element, matches) == "product"


def test_an_event_matches_by_title_and_a_written_out_date(
    detections: tuple[Detection, ...],
) -> None:
    element = SelectedElement(
        "article", text="Intro to Wheel Throwing · January 16, 2027", dates=("January 16, 2027",)
    )
    matches = match_selection(element, detections)
    assert found(matches[:1]) == [("event", "Intro to Wheel Throwing")]
    assert "same date 2027-01-16" in matches[0].reason


def test_prices_seen_only_around_the_element_are_no_match(
    detections: tuple[Detection, ...],
) -> None:
    # The site's name; the inspector found "$120.00" higher up, in the page around it.
    element = SelectedElement("b", text="Harbor & Pine", prices=("$120.00",))
    assert match_selection(element, detections) == []
    assert guess_type(element, []) == OTHER


def test_nothing_to_match(detections: tuple[Detection, ...]) -> None:
    element = SelectedElement("p", text="Lorem ipsum dolor sit amet")
    assert match_selection(element, detections) == []
    assert match_selection(element, []) == []
    assert guess_type(element, []) == OTHER


def test_similar_but_different_names_do_not_match(detections: tuple[Detection, ...]) -> None:
    # Shares "session" with "Open studio session", which is not what it is.
    element = SelectedElement("div", text="Book a session")
    assert ("product", "Open studio session") not in found(match_selection(element, detections))


# ----- guessing a type ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        (SelectedElement("form", form_fields=(SelectedField("email", "email"),)), "contact"),
        (
            SelectedElement(
                "form",
                form_fields=(SelectedField("name"), SelectedField("email", "email"),
                             SelectedField("message", "textarea")),
            ),
            "contact",
        ),
        (SelectedElement("input", form_fields=(SelectedField("when", "date"),)), "booking"),
        (SelectedElement("form", form_fields=(SelectedField("slot", "select", "Time slot"),)),
         "booking"),
        (SelectedElement("form", form_fields=(SelectedField("card_number", label="Card"),
                                              SelectedField("cvc"))), "checkout"),
        (SelectedElement("form", form_fields=(SelectedField("subject"),
                                              SelectedField("email", "email"))), "ticket"),
        (SelectedElement("form", form_fields=(SelectedField("q", "search"),)), "form"),
        (SelectedElement("button", text="Add to cart", target_kind="button", prices=("$12",)),
         "product"),
        (SelectedElement("button", text="Checkout", target_kind="button", prices=("$50",)),
         "checkout"),
        (SelectedElement("a", text="Book now", target_kind="link"), "booking"),
        (SelectedElement("a", text="Get tickets", target_kind="link", dates=("May 3",)), "event"),
        (SelectedElement("div", text="Spring fair May 3", dates=("May 3",)), "event"),
        (SelectedElement("span", text="$49.00", prices=("$49.00",)), "product"),
        (SelectedElement("a", text="Write to us", href="mailto:hi@example.com"), "contact"),
        (SelectedElement("h2", text="Invoice #2041"), "invoice"),
        (SelectedElement("img"), OTHER),
    ],
)  # fmt: skip
def test_guess_type_from_how_the_element_looks(element: SelectedElement, expected: str) -> None:
    assert guess_type(element, []) == expected


def test_the_best_match_decides_the_type_when_it_is_sure_enough() -> None:
    mug = detection("product", "Tide Mug", "app/page.tsx", 1, 9)
    element = SelectedElement("h2", text="Tide Mug", form_fields=(SelectedField("email", "email"),))
    matches = match_selection(element, [mug])
    assert guess_type(element, matches) == "product"
    weak = [type(matches[0])(mug, 0.4, "a hunch")]
    assert guess_type(element, weak) == "contact"  # below the threshold: its looks decide


# ----- filling in a record -----------------------------------------------------------------------


def test_fields_from_the_element_become_properties() -> None:
    card = SelectedElement(
        "div", text="Moss Planter $54.00", heading="Moss Planter", prices=("€54,00",)
    )
    fields = fields_from_element(card, "product")
    assert fields == {"name": "Moss Planter", "price": "54.00", "currency": "EUR"}
    assert build_properties("product", "Moss Planter", fields)["price"] == "54.00"

    event = SelectedElement("div", heading="Glaze Lab", dates=("February 6, 2027", "14:00"))
    props = build_properties("event", "Glaze Lab", fields_from_element(event, "event"))
    assert props["starts_at"] == "2027-02-06T14:00"

    form = SelectedElement("form", heading="Book a session", form_fields=BOOKING_FIELDS)
    props = build_properties("form", "Book a session", fields_from_element(form, "form"))
    assert [f["name"] for f in props["fields"]] == [f.name for f in BOOKING_FIELDS]
    assert props["creates"] == "booking"

    newsletter = SelectedElement("input", form_fields=(SelectedField("email", "email"),))
    props = build_properties("contact", "Newsletter", fields_from_element(newsletter, "contact"))
    assert props["subscribed"] is True


def test_element_name_prefers_the_heading() -> None:
    assert element_name(SelectedElement("p", text="Buy", heading="Tide Mug")) == "Tide Mug"
    assert element_name(SelectedElement("p", text="  Buy\n now ")) == "Buy now"
    assert element_name(SelectedElement("img")) == "img"


# ----- badges ------------------------------------------------------------------------------------


def test_badges_mark_connected_items_by_their_source_line(
    detections: tuple[Detection, ...],
) -> None:
    by_name = {(d.type_key, d.name): d for d in detections}
    booking = by_name["booking", "Book a session"]
    form = by_name["form", "Book a session"]
    newsletter = by_name["contact", "Newsletter form"]
    mug = by_name["product", "Tide Mug"]  # evidence in lib/data.ts: nothing rendered there
    connected = {item_for_detection(d).item_key: n for n, d in enumerate((booking, mug), 1)}

    assert badges_for(connected, detections) == [
        BadgeSpec("Booking · Book a session", f'[data-l4y-src^="{BOOKING_FORM}:84:"]')
    ]
    # A form and the booking it makes sit on one line: one badge, the specific type first.
    connected[item_for_detection(form).item_key] = 1
    connected[item_for_detection(newsletter).item_key] = 3
    assert badges_for(connected, detections, {1: "Wheel session", 3: "Mailing list"}) == [
        BadgeSpec("Booking + Form · Wheel session", f'[data-l4y-src^="{BOOKING_FORM}:84:"]'),
        BadgeSpec("Contact · Mailing list", '[data-l4y-src^="components/newsletter-form.tsx:29:"]'),
    ]
    assert badges_for({}, detections) == []


def test_badge_selectors_escape_the_path() -> None:
    assert source_line_selector('app/"odd"\\dir/page.tsx', 3) == (
        '[data-l4y-src^="app/\\"odd\\"\\\\dir/page.tsx:3:"]'
    )
    assert (
        source_line_selector("app/new\nline.tsx", 1) == '[data-l4y-src^="app/new\\a line.tsx:1:"]'
    )
    long_name = "x" * 90
    card = detection("product", long_name, "app/page.tsx", 5, 9)
    (badge,) = badges_for({item_for_detection(card).item_key: 1}, [card])
    assert len(badge.label) == 64 and badge.label.endswith("…")
