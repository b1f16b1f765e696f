"""The analyzer on the labelled corpus: every type found, with the fields a person would check."""

from __future__ import annotations

import pytest
from analyzer_support import CorpusProject

from l4ydesk.core.analyzer import Detection
from l4ydesk.core.analyzer.scoring import TypeScore, score_project
from l4ydesk.core.ontology import ONTOLOGY


def _one(project: CorpusProject, type_key: str, name: str) -> Detection:
    found = [d for d in project.report.of_type(type_key) if d.name == name]
    assert len(found) == 1, [d.name for d in project.report.of_type(type_key)]
    return found[0]


def _row(listed: Detection, name: str) -> dict[str, object]:
    return next(r for r in listed.fields["rows"] if r["name"] == name)


def test_corpus_is_big_enough(corpus: dict[str, CorpusProject]) -> None:
    assert len(corpus) >= 12
    labelled = {e.type_key for p in corpus.values() for e in p.expected}
    assert labelled == set(ONTOLOGY.keys())


@pytest.mark.parametrize("type_key", ONTOLOGY.keys())
def test_precision_and_recall_per_type(corpus: dict[str, CorpusProject], type_key: str) -> None:
    total = TypeScore()
    for project in corpus.values():
        result = score_project(project.expected, project.report.detections)
        total.add(result.by_type.get(type_key, TypeScore()))
    assert total.precision >= 0.9, type_key
    assert total.recall >= 0.9, type_key
    assert total.field_accuracy >= 0.9, type_key


def test_regression_sets_tuned_on_after_first_run_keep_their_quality(
    regression_sets: dict[str, CorpusProject],
) -> None:
    # not a generalization figure: the rules were tuned on these; see bench/analyzer_real.py
    total = TypeScore()
    for project in regression_sets.values():
        for score in score_project(project.expected, project.report.detections).by_type.values():
            total.add(score)
    assert len(regression_sets) >= 9
    assert total.precision >= 0.8 and total.recall >= 0.8


def test_corpus_has_no_internal_errors(corpus: dict[str, CorpusProject]) -> None:
    for project in corpus.values():
        assert [p for p in project.report.problems if p.kind != "binary"] == []


def test_products_from_a_data_array_keep_variants_and_images(
    corpus: dict[str, CorpusProject],
) -> None:
    hoodie = _one(corpus["merch-shop"], "product", "Summit Hoodie")
    assert hoodie.fields["price"] == "68.00" and hoodie.fields["currency"] == "USD"
    assert hoodie.fields["image"] == "/images/summit-hoodie.jpg"
    values = {v["value"] for v in hoodie.fields["variants"]}
    assert {"Forest", "XL"} <= values
    assert hoodie.evidence[0].path == "lib/products.ts"


def test_static_pricing_cards_and_a_plan_without_price(corpus: dict[str, CorpusProject]) -> None:
    project = corpus["saas-landing"]
    pro = _one(project, "product", "Pro")
    assert (pro.fields["price"], pro.fields["interval"]) == ("29.00", "month")
    enterprise = _one(project, "product", "Enterprise")
    assert enterprise.fields["price"] is None
    assert enterprise.confidence < pro.confidence


def test_bookable_products_carry_their_subtype(corpus: dict[str, CorpusProject]) -> None:
    subtypes = {
        "salon-booking": "appointment",
        "pottery-classes": "class",
        "gear-rental": "equipment",
        "coworking-rooms": "room",
        "conference-site": "event_seat",
    }
    for project, subtype in subtypes.items():
        products = corpus[project].report.of_type("product")
        assert products and {p.fields["bookable_subtype"] for p in products} == {subtype}
        assert all(p.properties()["bookable"] for p in products)


def test_events_from_data_and_from_a_hero(corpus: dict[str, CorpusProject]) -> None:
    concert = _one(corpus["jazz-festival"], "event", "Big Band Sunday")
    assert concert.fields == {
        "title": "Big Band Sunday",
        "source": "data",
        "date": "2025-07-13",
        "time": "15:00",
        "location": "Riverside Park Bandshell",
        "capacity": 1500,
    }
    conf = _one(corpus["conference-site"], "event", "EdgeConf 2025")
    assert conf.fields["date"] == "2025-09-18"
    assert conf.fields["location"] == "Kulturbrauerei, Berlin"
    assert conf.properties()["starts_at"] == "2025-09-18"


def test_invoices_with_line_items_and_totals(corpus: dict[str, CorpusProject]) -> None:
    invoice = _one(corpus["freelancer-invoice"], "invoice", "Invoice #0042")
    assert (invoice.fields["subtotal"], invoice.fields["tax"], invoice.fields["total"]) == (
        "3990.00",
        "997.50",
        "4987.50",
    )
    assert len(invoice.fields["line_items"]) == 3
    # sample invoices are one list, each row read with its own fields
    listed = _row(_one(corpus["invoice-dashboard"], "invoice", "Invoices"), "INV-2024-003")
    assert listed["status"] == "overdue" and listed["due_date"] == "2024-05-01"


def test_tickets_from_a_support_form_and_from_a_list(corpus: dict[str, CorpusProject]) -> None:
    project = corpus["helpdesk-portal"]
    form_ticket = _one(project, "ticket", "Submit a support request")
    assert form_ticket.fields["priority_options"] == ["low", "normal", "high", "urgent"]
    tickets = _one(project, "ticket", "My requests")  # the heading of the page showing them
    assert tickets.fields["list"] is True and len(tickets.fields["items"]) == 4
    assert _row(tickets, "Charged twice for May")["priority"] == "urgent"


def test_bookings_know_what_and_when(corpus: dict[str, CorpusProject]) -> None:
    salon = _one(corpus["salon-booking"], "booking", "Book an appointment")
    assert salon.fields["subtype"] == "appointment"
    assert salon.fields["date_picker"] == "single"
    assert salon.fields["time_slots"] == "timeSlots"
    rental = _one(corpus["gear-rental"], "booking", "Rent equipment")
    assert rental.fields["date_picker"] == "range"


def test_workflow_follows_fetch_into_the_api_route(corpus: dict[str, CorpusProject]) -> None:
    flow = _one(corpus["saas-landing"], "workflow", "Get automation tips in your inbox")
    assert flow.fields["trigger"] == "form.submitted"
    assert flow.fields["step_kinds"] == ["http_request", "create_contact", "send_email"]
    paths = {e.path for e in flow.evidence}
    assert {"components/newsletter-signup.tsx", "app/api/subscribe/route.ts"} <= paths


def test_workflow_follows_a_server_action_across_files(corpus: dict[str, CorpusProject]) -> None:
    flow = _one(corpus["crm-dashboard"], "workflow", "Add contact")
    assert flow.fields["step_kinds"] == ["create_record", "schedule_follow_up"]
    assert any(e.path == "app/contacts/actions.ts" for e in flow.evidence)


def test_a_handler_that_only_logs_is_not_a_workflow(corpus: dict[str, CorpusProject]) -> None:
    assert corpus["pottery-classes"].report.of_type("workflow") == ()


def test_payment_starts_are_checkouts_and_their_routes_workflows(
    corpus: dict[str, CorpusProject],
) -> None:
    """The buy buttons are the checkout; the server route creating the provider's session is a
    third-party call of its own (as the hand-labelled real projects have it)."""
    project = corpus["conference-site"]
    assert [d.name for d in project.report.of_type("workflow")] == ["Stripe checkout"]
    checkout = _one(project, "checkout", "Tickets")
    assert checkout.fields["provider"] == "stripe"
    assert checkout.fields["items"] == ["Early Bird", "Regular", "VIP"]
    saas = _one(corpus["saas-pricing-checkout"], "checkout", "Checkout")
    assert saas.fields["mode"] == "subscription"


def test_contact_capture_sources(corpus: dict[str, CorpusProject]) -> None:
    assert (
        _one(corpus["saas-landing"], "contact", "Get automation tips in your inbox").fields[
            "source"
        ]
        == "newsletter"
    )
    assert (
        _one(corpus["saas-pricing-checkout"], "contact", "Talk to sales").fields["source"] == "lead"
    )
    # the sample clients are only the new-invoice form's options: choices, not a client list
    assert corpus["invoice-dashboard"].report.of_type("contact") == ()


def test_negatives_are_not_detected(corpus: dict[str, CorpusProject]) -> None:
    # search boxes, filters, past newsletter issues, speakers and schedules are not records
    assert [d.name for d in corpus["helpdesk-portal"].report.of_type("form")] == [
        "Submit a support request"
    ]
    assert corpus["newsletter-landing"].report.of_type("event") == ()
    assert corpus["conference-site"].report.of_type("contact") == ()
    names = {d.name for d in corpus["crm-dashboard"].report.of_type("form")}
    assert names == {"Add contact"}  # signing in stores no business record
    assert corpus["crm-dashboard"].report.of_type("workflow")[0].name == "Add contact"


def test_evidence_points_at_the_code(corpus: dict[str, CorpusProject]) -> None:
    for project in corpus.values():
        for det in project.report.detections:
            assert det.evidence, det
            assert 0 < det.confidence <= 1
            for ev in det.evidence:
                assert len(ev.snippet) <= 300
                lines = project.files[ev.path].decode().splitlines()
                assert 1 <= ev.start_line <= ev.end_line <= len(lines)
                first_words = ev.snippet.split()[:2]
                assert " ".join(first_words) in " ".join(
                    " ".join(lines[ev.start_line - 1 : ev.end_line]).split()
                )


def test_report_serializes_to_json(corpus: dict[str, CorpusProject]) -> None:
    import json

    data = corpus["merch-shop"].report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["problems"][0]["kind"] == "binary"
    assert "public/logo.png" not in data["files_analyzed"]
