"""Form submissions over HTTP: the form's own fields, what it creates, workflows, concurrency."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from l4ydesk.storage.models import OntologyObject
from l4ydesk.storage.platform_models import FormSubmission, WebhookDelivery
from tests.platform.conftest import Api

FIELDS = [
    {"name": "name", "type": "text", "required": True},
    {"name": "email", "type": "email", "required": True},
    {"name": "topic", "type": "select", "options": ["order", "workshop"]},
    {"name": "message", "type": "textarea"},
    {"name": "newsletter", "type": "checkbox"},
]


def _form(api: Api, key: str, creates: str | None = "contact", **extra: Any) -> int:
    props = {"title": "Contact", "fields": FIELDS, "creates": creates}
    props.update(extra)
    response = api.call("POST", "/api/v1/forms", key, json={"properties": props})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _count(api: Api, model: Any, **where: Any) -> int:
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    with api.services.store.session() as session:
        return int(session.scalar(query) or 0)


def test_submission_creates_a_contact_and_fires_workflows(api: Api) -> None:
    app = api.services.catalog.create("Shop")
    key = api.key("shop", "forms:read,forms:write,workflows:write,crm:read")
    form_id = _form(api, key, success_message="Merci !")
    workflow = api.call(
        "POST",
        "/api/v1/workflows",
        key,
        json={"properties": {"name": "Welcome", "trigger": "form.submitted"}},
    ).json()
    endpoint, _secret = api.platform.outbox.register(
        app.app_id, "http://127.0.0.1:9/hook", ["form.submitted", "workflow.run"]
    )
    data = {"name": "Ana Lima", "email": "ana@example.com", "topic": "order", "message": "Hi"}
    response = api.call("POST", f"/api/v1/forms/{form_id}/submissions", key, json=data)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["record_type"] == "contact" and body["message"] == "Merci !"
    assert body["workflow_ids"] == [workflow["id"]]
    contact = api.call("GET", f"/api/v1/crm/contacts/{body['record_id']}", key).json()
    assert contact["properties"]["email"] == "ana@example.com"
    assert contact["properties"]["first_name"] == "Ana"
    assert contact["properties"]["last_name"] == "Lima"
    assert contact["properties"]["source"] == "contact_form"
    # the events were written with the submission (the outbox), one per subscribed event
    deliveries = api.platform.outbox.deliveries(endpoint.endpoint_id)
    assert sorted(d.event_type for d in deliveries) == ["form.submitted", "workflow.run"]
    listed = api.call("GET", f"/api/v1/forms/{form_id}/submissions", key).json()["data"]
    assert [s["id"] for s in listed] == [body["id"]]


def test_html_form_posts_are_accepted(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", "forms:write,tickets:read")
    form_id = _form(api, key, creates="ticket")
    response = api.call(
        "POST",
        f"/api/v1/forms/{form_id}/submissions",
        key,
        content=b"name=Bo&email=bo%40example.com&message=Cracked+glaze&newsletter=on",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["data"]["newsletter"] is True
    ticket = api.call("GET", f"/api/v1/tickets/{response.json()['record_id']}", key).json()
    assert ticket["properties"]["description"] == "Cracked glaze"
    assert ticket["properties"]["requester_email"] == "bo@example.com"


def test_bad_submissions_name_the_fields_and_store_nothing(api: Api) -> None:
    api.services.catalog.create("Shop")
    api.services.catalog.create("Other")
    key = api.key("shop", "forms:write")
    other = api.key("other", "forms:write")
    form_id = _form(api, key)
    path = f"/api/v1/forms/{form_id}/submissions"
    bad = api.call(
        "POST",
        path,
        key,
        json={"email": "not-an-address", "topic": "refund", "extra": "x", "message": ["a"]},
    )
    assert bad.status_code == 422
    fields = {f["field"]: f["message"] for f in bad.json()["error"]["fields"]}
    assert fields == {
        "name": "is required",
        "email": "is not an email address",
        "topic": "must be one of: order, workshop",
        "extra": "this form has no such field",
        "message": "must be a single text or number value",
    }
    assert api.call("POST", path, key, content=b"{oops").status_code == 422
    assert api.call("POST", path, key, json=[1]).status_code == 422
    assert api.call("POST", path, other, json={"name": "x"}).status_code == 404
    assert api.call("POST", "/api/v1/forms/999/submissions", key, json={}).status_code == 404
    assert _count(api, FormSubmission) == 0
    assert _count(api, OntologyObject, type="contact") == 0


def test_fifty_concurrent_submissions_lose_nothing(api: Api) -> None:
    api.services.catalog.create("Shop")
    api.platform.keys.burst = 1000.0
    key = api.key("shop", "forms:write")
    form_id = _form(api, key)

    def submit(number: int) -> int:
        data = {"name": f"Guest {number}", "email": f"guest{number}@example.com"}
        return api.call("POST", f"/api/v1/forms/{form_id}/submissions", key, json=data).status_code

    with ThreadPoolExecutor(max_workers=25) as pool:
        statuses = list(pool.map(submit, range(50)))
    assert statuses == [201] * 50
    assert _count(api, FormSubmission, form_id=form_id) == 50
    assert _count(api, OntologyObject, type="contact") == 50
    assert _count(api, WebhookDelivery) == 0  # no endpoint subscribed: nothing queued


def test_event_registrations_respect_capacity_even_when_racing(api: Api) -> None:
    api.services.catalog.create("Shop")
    api.platform.keys.burst = 1000.0
    key = api.key("shop", "events:read,events:write,forms:write")
    event = api.call(
        "POST",
        "/api/v1/events",
        key,
        json={"properties": {"title": "Raku firing", "capacity": 5}},
    ).json()
    path = f"/api/v1/events/{event['id']}/registrations"

    def register(number: int) -> int:
        body = {"email": f"guest{number}@example.com", "name": f"Guest {number}"}
        return api.call("POST", path, key, json=body).status_code

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(register, range(12)))
    assert sorted(statuses) == [201] * 5 + [409] * 7
    listed = api.call("GET", path, key).json()["data"]
    assert len(listed) == 5
    full = api.call("POST", path, key, json={"email": "late@example.com"})
    assert "is full (5 places)" in full.json()["error"]["message"]
    # a registration form goes through the same rule
    form_id = _form(
        api, key, creates="event", fields=[*FIELDS, {"name": "event_id", "type": "hidden"}]
    )
    data = {"name": "Late Guest", "email": "late@example.com", "event_id": str(event["id"])}
    refused = api.call("POST", f"/api/v1/forms/{form_id}/submissions", key, json=data)
    assert refused.status_code == 409
    assert _count(api, FormSubmission) == 0


def test_run_a_workflow_now(api: Api) -> None:
    app = api.services.catalog.create("Shop")
    key = api.key("shop", "workflows:write")
    api.platform.outbox.register(app.app_id, "http://127.0.0.1:9/hook", ["workflow.run"])
    on = api.call("POST", "/api/v1/workflows", key, json={"properties": {"name": "Nightly"}})
    off = api.call(
        "POST", "/api/v1/workflows", key, json={"properties": {"name": "Old", "enabled": False}}
    )
    ran = api.call("POST", f"/api/v1/workflows/{on.json()['id']}/run", key)
    assert ran.status_code == 202 and ran.json()["queued_deliveries"] == 1
    refused = api.call("POST", f"/api/v1/workflows/{off.json()['id']}/run", key)
    assert refused.status_code == 409 and "disabled" in refused.json()["error"]["message"]
