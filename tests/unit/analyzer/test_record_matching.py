"""Matching a detection against existing records: near-duplicates, identifiers, and none."""

from __future__ import annotations

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.matching import (
    LINK_THRESHOLD,
    RecordSummary,
    SuggestedAction,
    find_candidates,
    name_score,
    suggest_action,
)

TEE = Detection(
    "product", "Classic Tee", {"name": "Classic Tee", "price": "49.00", "currency": "EUR"}, 0.9, ()
)
SHOP = [
    RecordSummary(1, "product", "classic tee", {"price": "49.00", "currency": "EUR"}),
    RecordSummary(2, "product", "Classic Tee (kids)", {"price": "29.00", "currency": "EUR"}),
    RecordSummary(3, "product", "Canvas Tote", {"price": "49.00", "currency": "EUR"}),
    RecordSummary(4, "crm_contact", "Classic Tee", {}),
]


def test_near_duplicate_is_linked_with_a_reason() -> None:
    candidates = find_candidates(TEE, SHOP)
    assert [c.record.id for c in candidates] == [1, 2]
    assert candidates[0].score == 1.0
    assert candidates[0].reason == "same name, same price 49.00 EUR"
    assert "price differs (49.00 vs 29.00 EUR)" in candidates[1].reason
    suggestion = suggest_action(TEE, candidates)
    assert suggestion.action is SuggestedAction.LINK and suggestion.candidate == candidates[0]
    assert "same price 49.00 EUR" in suggestion.reason


def test_records_of_other_types_are_never_candidates() -> None:
    assert all(c.record.type == "product" for c in find_candidates(TEE, SHOP))


def test_no_match_means_create() -> None:
    suggestion = suggest_action(
        TEE, [RecordSummary(9, "product", "Espresso Machine", {"price": "499.00"})]
    )
    assert suggestion.action is SuggestedAction.CREATE and suggestion.candidate is None
    assert suggest_action(TEE, []).action is SuggestedAction.CREATE


def test_a_similar_but_different_record_is_offered_but_not_linked() -> None:
    records = [RecordSummary(5, "product", "Classic Tee", {"price": "59.00", "currency": "EUR"})]
    suggestion = suggest_action(TEE, records)
    assert suggestion.action is SuggestedAction.CREATE
    assert suggestion.candidate is not None and suggestion.candidate.record.id == 5
    assert suggestion.candidate.score < LINK_THRESHOLD
    assert "below the 85% needed to link" in suggestion.reason


def test_an_identifier_links_even_when_names_differ() -> None:
    person = Detection(
        "contact", "Dana W.", {"person_name": "Dana W.", "email": "AP@northwind.com"}, 0.8, ()
    )
    records = [
        RecordSummary(
            "c-7",
            "crm_contact",
            "Dana Whitfield",
            {"email": "ap@northwind.com", "company": "Northwind"},
        )
    ]
    suggestion = suggest_action(person, records)
    assert suggestion.action is SuggestedAction.LINK
    assert suggestion.candidate is not None and suggestion.candidate.score >= 0.97
    assert "same email" in suggestion.candidate.reason


def test_events_compare_dates_and_places() -> None:
    gig = Detection(
        "event",
        "Big Band Sunday",
        {"title": "Big Band Sunday", "date": "2025-07-13", "location": "Riverside Park"},
        0.9,
        (),
    )
    records = [
        RecordSummary(
            1,
            "event",
            "Big Band Sunday",
            {"starts_at": "2025-07-13T15:00:00", "location": "Riverside Park"},
        ),
        RecordSummary(
            2,
            "event",
            "Big Band Sunday",
            {"starts_at": "2024-07-14T15:00:00", "location": "Riverside Park"},
        ),
    ]
    first, second = find_candidates(gig, records)
    assert first.record.id == 1 and first.score == 1.0
    assert "same starts at 2025-07-13" in first.reason
    assert "different starts at" in second.reason and second.score < LINK_THRESHOLD


def test_two_equally_good_records_still_link_but_say_so() -> None:
    records = [
        RecordSummary(1, "product", "Classic Tee", {"price": "49.00"}),
        RecordSummary(2, "product", "Classic Tee", {"price": "49.00"}),
    ]
    suggestion = suggest_action(TEE, records)
    assert suggestion.action is SuggestedAction.LINK
    assert "nearly as close" in suggestion.reason


def test_forms_match_by_their_fields() -> None:
    form = Detection(
        "form",
        "Newsletter",
        {"title": "Newsletter", "fields": [{"name": "email", "type": "email"}]},
        0.9,
        (),
    )
    records = [
        RecordSummary(
            1, "form", "Newsletter signup", {"fields": [{"name": "email", "type": "email"}]}
        )
    ]
    (candidate,) = find_candidates(form, records)
    assert "same fields" in candidate.reason
    assert candidate.score >= LINK_THRESHOLD


def test_name_score() -> None:
    assert name_score("Classic Tee", "classic  TEE!") == 1.0
    assert name_score("Pro", "Pro max bundle") < 0.9
    assert name_score("", "x") == 0.0
