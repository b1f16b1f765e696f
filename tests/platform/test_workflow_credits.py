"""Workflow runs paid with credits, over HTTP: charged once, replays free, 402 when empty, and
twenty concurrent submissions never overdraw the balance (SQLite and PostgreSQL)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from l4ydesk.core.credits import Kind
from tests.platform.conftest import Api

FIELDS = [
    {"name": "name", "type": "text", "required": True},
    {"name": "email", "type": "email", "required": True},
]


def _shop(api: Api) -> tuple[str, int, int, int]:
    """An app with a form, a form-triggered workflow and an endpoint taking `workflow.run`."""
    app = api.services.catalog.create("Shop")
    key = api.key("shop", "forms:read,forms:write,workflows:write,crm:read")
    form = api.call(
        "POST", "/api/v1/forms", key, json={"properties": {"title": "Hi", "fields": FIELDS}}
    )
    assert form.status_code == 201, form.text
    workflow = api.call(
        "POST",
        "/api/v1/workflows",
        key,
        json={"properties": {"name": "Welcome", "trigger": "form.submitted"}},
    )
    assert workflow.status_code == 201, workflow.text
    endpoint, _secret = api.platform.outbox.register(
        app.app_id, "http://127.0.0.1:9/hook", ["form.submitted", "workflow.run"]
    )
    return key, int(form.json()["id"]), int(workflow.json()["id"]), endpoint.endpoint_id


def _set_balance(api: Api, daily_left: int, monthly: int, purchased: int) -> None:
    ledger = api.services.ledger
    ledger.start_day()
    ledger.deduct("test:drain", ledger.balance().total, "Spent before the test")
    ledger.grant_monthly("test:month", monthly, "A paid month")
    ledger.add_purchased("test:pack", purchased, "A pack")
    # daily credits are spent first: give back what the test wants of today's five
    ledger.refund("test:drain", "Back")
    spent = api.services.ledger.balance().daily - daily_left
    ledger.deduct("test:daily", spent, "Spent today")
    balance = ledger.balance()
    assert (balance.daily, balance.monthly, balance.purchased) == (daily_left, monthly, purchased)


def _submit(api: Api, key: str, form_id: int, number: int = 1) -> Any:
    data = {"name": f"Guest {number}", "email": f"guest{number}@example.com"}
    return api.call("POST", f"/api/v1/forms/{form_id}/submissions", key, json=data)


def _runs_delivered(api: Api, endpoint_id: int) -> int:
    deliveries = api.platform.outbox.deliveries(endpoint_id, limit=500)
    return sum(1 for d in deliveries if d.event_type == "workflow.run")


def _charges(api: Api) -> list[Any]:
    return api.services.ledger.history(kinds={Kind.CHARGE})


def test_a_run_charges_once_daily_then_monthly_then_purchased(api: Api) -> None:
    key, form_id, workflow_id, endpoint_id = _shop(api)
    _set_balance(api, daily_left=1, monthly=1, purchased=10)
    submitted = _submit(api, key, form_id)
    assert submitted.status_code == 201, submitted.text
    assert submitted.json()["workflow_ids"] == [workflow_id]
    assert submitted.json()["unpaid_workflow_ids"] == []
    charge = _charges(api)[0]
    assert (charge.daily, charge.monthly, charge.purchased) == (-1, -1, 0)
    assert charge.details["workflow_id"] == workflow_id and charge.details["queued"] == 1
    balance = api.services.ledger.balance()
    assert (balance.daily, balance.monthly, balance.purchased) == (0, 0, 10)
    assert _runs_delivered(api, endpoint_id) == 1


def test_a_replayed_run_charges_nothing_and_runs_nothing(api: Api) -> None:
    key, _form_id, workflow_id, endpoint_id = _shop(api)
    _set_balance(api, daily_left=5, monthly=0, purchased=0)
    path = f"/api/v1/workflows/{workflow_id}/run"
    headers = {"Idempotency-Key": "nightly-2026-12-06"}
    first = api.call("POST", path, key, headers=headers)
    assert first.status_code == 202, first.text
    assert first.json() == {
        "workflow_id": workflow_id,
        "queued_deliveries": 1,
        "credits_charged": 2,
        "replayed": False,
    }
    again = api.call("POST", path, key, headers=headers)
    assert again.status_code == 202, again.text
    assert again.json()["replayed"] is True and again.json()["credits_charged"] == 0
    assert again.json()["queued_deliveries"] == 1  # what the first run queued
    assert api.services.ledger.balance().total == 3
    assert _runs_delivered(api, endpoint_id) == 1 and len(_charges(api)) == 2  # drain + run
    # without a key every call is its own run
    assert api.call("POST", path, key).json()["credits_charged"] == 2
    assert api.services.ledger.balance().total == 1
    bad = api.call("POST", path, key, headers={"Idempotency-Key": "x" * 129})
    assert bad.status_code == 422


def test_failed_or_empty_runs_charge_nothing(api: Api) -> None:
    key, _form_id, _workflow_id, _endpoint_id = _shop(api)
    _set_balance(api, daily_left=5, monthly=0, purchased=0)
    off = api.call(
        "POST", "/api/v1/workflows", key, json={"properties": {"name": "Off", "enabled": False}}
    ).json()
    refused = api.call("POST", f"/api/v1/workflows/{off['id']}/run", key)
    assert refused.status_code == 409
    missing = api.call("POST", "/api/v1/workflows/999999/run", key)
    assert missing.status_code == 404
    # an app with no endpoint taking workflow.run: nothing executes, nothing is charged
    api.services.catalog.create("Quiet")
    quiet = api.key("quiet", "workflows:write")
    wf = api.call("POST", "/api/v1/workflows", quiet, json={"properties": {"name": "Q"}}).json()
    ran = api.call("POST", f"/api/v1/workflows/{wf['id']}/run", quiet)
    assert ran.status_code == 202 and ran.json()["credits_charged"] == 0
    assert api.services.ledger.balance().total == 5


def test_an_empty_balance_refuses_runs_but_keeps_the_submission(api: Api) -> None:
    key, form_id, workflow_id, endpoint_id = _shop(api)
    _set_balance(api, daily_left=1, monthly=0, purchased=0)
    run = api.call("POST", f"/api/v1/workflows/{workflow_id}/run", key)
    assert run.status_code == 402, run.text
    error = run.json()["error"]
    assert error["type"] == "payment_required"
    assert "needs 2 credits" in error["message"] and "has 1" in error["message"]
    assert "store" in error["message"]

    submitted = _submit(api, key, form_id)
    assert submitted.status_code == 402, submitted.text
    body = submitted.json()
    assert "was stored" in body["error"]["message"]
    stored = body["submission"]
    assert stored["unpaid_workflow_ids"] == [workflow_id] and stored["workflow_ids"] == []
    listed = api.call("GET", f"/api/v1/forms/{form_id}/submissions", key).json()["data"]
    assert [s["id"] for s in listed] == [stored["id"]]
    assert listed[0]["unpaid_workflow_ids"] == [workflow_id]  # remembered, not only answered
    contact = api.call("GET", f"/api/v1/crm/contacts/{stored['record_id']}", key)
    assert contact.status_code == 200
    kinds = [d.event_type for d in api.platform.outbox.deliveries(endpoint_id)]
    assert kinds == ["form.submitted"]  # announced; the workflow did not run
    unpaid = api.services.ledger.history(kinds={Kind.UNPAID})
    assert len(unpaid) == 1 and unpaid[0].amount == 0
    assert unpaid[0].details["workflow_id"] == workflow_id
    assert api.services.ledger.balance().total == 1


def test_twenty_concurrent_submissions_never_overdraw(api: Api) -> None:
    api.platform.keys.burst = 1000.0
    key, form_id, _workflow_id, endpoint_id = _shop(api)
    _set_balance(api, daily_left=5, monthly=0, purchased=10)  # 15 credits: 7 runs, 1 left

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda n: _submit(api, key, form_id, n).status_code, range(20)))
    assert sorted(statuses) == [201] * 7 + [402] * 13
    submissions = api.call("GET", f"/api/v1/forms/{form_id}/submissions", key).json()["data"]
    assert len(submissions) == 20  # every visitor's form kept
    assert sum(1 for s in submissions if s["unpaid_workflow_ids"]) == 13
    balance = api.services.ledger.balance()
    assert (balance.daily, balance.monthly, balance.purchased) == (0, 0, 1)
    runs = [c for c in _charges(api) if c.details.get("workflow_id")]
    assert len(runs) == 7 and all(c.amount == -2 for c in runs)
    assert _runs_delivered(api, endpoint_id) == 7
    history = api.services.ledger.history()
    assert sum(t.amount for t in history) == balance.total  # the rows add up to the buckets
