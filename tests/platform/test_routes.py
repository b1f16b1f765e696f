"""The platform API over real HTTP: health, OpenAPI, CRUD of the nine types, paging, filters."""

from __future__ import annotations

import time
from typing import Any

from l4ydesk.core.ontology import ONTOLOGY
from tests.platform.conftest import Api

ALL = ",".join(f"{t.api_category}:read,{t.api_category}:write" for t in ONTOLOGY)

# A minimal valid body per type: its required properties.
MINIMAL: dict[str, dict[str, Any]] = {
    "product": {"name": "Stoneware mug", "price": 24},
    "event": {"title": "Glazing workshop", "starts_at": "2026-03-01T10:00"},
    "contact": {"email": "ana@example.com", "first_name": "Ana"},
    "form": {"title": "Contact us", "fields": [{"name": "email", "type": "email"}]},
    "invoice": {"number": "INV-1", "total": "120.00"},
    "ticket": {"subject": "Broken handle"},
    "booking": {"service": "Wheel lesson", "party_size": 2},
    "workflow": {"name": "Welcome", "trigger": "form.submitted"},
    "checkout": {"name": "Cart", "total": "24.00"},
}


def test_health_and_openapi_describe_every_route(api: Api) -> None:
    assert api.call("GET", "/health").json()["status"] == "ok"
    spec = api.call("GET", "/openapi.json").json()
    for rtype in ONTOLOGY:
        base = rtype.collection_path
        assert set(spec["paths"][base]) == {"get", "post"}
        assert set(spec["paths"][f"{base}/{{id}}"]) == {"get", "patch", "delete"}
        # the create schema is the registry's: every property, the required ones required
        create = spec["components"]["schemas"][f"{rtype.label}CreateProperties"]
        assert set(create["properties"]) == set(rtype.property_names)
        required = {p.name for p in rtype.properties if p.required}
        assert set(create.get("required", [])) == required
        # the list's query, read in one step by the route, is still documented parameter by
        # parameter with its constraints
        listed = {p["name"]: p for p in spec["paths"][base]["get"]["parameters"]}
        assert set(listed) == {"cursor", "limit", "status", "updated_since", "app"}
        assert listed["limit"]["schema"]["maximum"] == 200 and listed["limit"]["in"] == "query"
    # every route the registry lists is served
    for rtype in ONTOLOGY:
        for route in rtype.routes:
            assert route.method.lower() in spec["paths"][route.path], route
            operation = spec["paths"][route.path][route.method.lower()]
            assert operation["summary"] == route.summary
    assert set(spec["paths"]["/api/v1/forms/{id}/submissions"]) == {"get", "post"}
    assert set(spec["paths"]["/api/v1/events/{id}/registrations"]) == {"get", "post"}
    assert set(spec["paths"]["/api/v1/workflows/{id}/run"]) == {"post"}
    assert set(spec["paths"]["/api/v1/checkout/{id}/sessions"]) == {"post"}
    assert set(spec["paths"]["/api/v1/webhooks/stripe"]) == {"post"}
    assert set(spec["paths"]["/api/v1/bookings/slots"]) == {"get"}
    assert set(spec["paths"]["/api/v1/bookings/{id}/cancel"]) == {"post"}
    assert "409" in spec["paths"]["/api/v1/bookings"]["post"]["responses"]
    slots_query = spec["paths"]["/api/v1/bookings/availability"]["get"]["parameters"]
    assert {"product", "resource", "from", "to", "duration", "tz"} <= {
        p["name"] for p in slots_query
    }
    assert api.call("GET", "/docs").status_code == 200


def test_crud_for_each_type(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", ALL)
    for rtype in ONTOLOGY:
        _crud(api, key, rtype.key)


def _crud(api: Api, key: str, type_key: str) -> None:
    rtype = ONTOLOGY.get(type_key)
    base = rtype.collection_path
    created = api.call("POST", base, key, json={"properties": MINIMAL[type_key]})
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["type"] == type_key and record["status"] == "active"
    for name in rtype.property_names:  # defaults filled in from the registry
        assert name in record["properties"]
    got = api.call("GET", f"{base}/{record['id']}", key).json()
    assert got == record
    listed = api.call("GET", base, key).json()
    assert [r["id"] for r in listed["data"]] == [record["id"]]  # only this type's records
    patched = api.call(
        "PATCH", f"{base}/{record['id']}", key, json={"name": "Renamed", "status": "archived"}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["name"] == "Renamed"
    assert patched.json()["properties"] == record["properties"]  # untouched by the PATCH
    assert api.call("DELETE", f"{base}/{record['id']}", key).json() == {
        "id": record["id"],
        "deleted": True,
    }
    gone = api.call("GET", f"{base}/{record['id']}", key)
    assert gone.status_code == 404
    assert "no " + rtype.label.lower() in gone.json()["error"]["message"]


def test_money_is_a_decimal_string_and_patch_merges(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", "products:read,products:write")
    body = {"properties": {"name": "Bowl", "price": "1,299.5", "currency": "eur"}}
    product = api.call("POST", "/api/v1/products", key, json=body).json()
    assert product["properties"]["price"] == "1299.50"
    assert product["properties"]["currency"] == "EUR"
    patched = api.call(
        "PATCH", f"/api/v1/products/{product['id']}", key, json={"properties": {"inventory": 3}}
    ).json()
    assert patched["properties"]["inventory"] == 3
    assert patched["properties"]["price"] == "1299.50"


def test_a_listed_record_is_the_record_got_one_by_one(api: Api) -> None:
    # The list splices the stored properties unparsed; it must say exactly what GET says.
    api.services.catalog.create("Shop")
    key = api.key("shop", "products:read,products:write")
    body = {"properties": {"name": "Café «crème» ☕", "price": "3.50", "description": 'a"b\nü'}}
    created = api.call("POST", "/api/v1/products", key, json=body).json()
    listed = api.call("GET", "/api/v1/products", key).json()["data"]
    assert listed == [api.call("GET", f"/api/v1/products/{created['id']}", key).json()]


def test_cursor_pagination_and_filters(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", "products:read,products:write")
    ids = []
    for number in range(7):
        status = "draft" if number % 3 == 0 else "active"
        body = {"status": status, "properties": {"name": f"P{number}"}}
        ids.append(api.call("POST", "/api/v1/products", key, json=body).json()["id"])
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = api.call("GET", "/api/v1/products", key, params=params).json()
        seen += [r["id"] for r in page["data"]]
        pages += 1
        cursor = page["next_cursor"]
        assert page["has_more"] == (cursor is not None)
        if cursor is None:
            break
    assert seen == ids and pages == 3
    drafts = api.call("GET", "/api/v1/products", key, params={"status": "draft"}).json()
    assert [r["id"] for r in drafts["data"]] == [ids[0], ids[3], ids[6]]

    time.sleep(0.01)
    since = api.call("GET", "/api/v1/products", key).json()["data"][-1]["updated_at"]
    api.call("PATCH", f"/api/v1/products/{ids[1]}", key, json={"name": "Changed"})
    recent = api.call("GET", "/api/v1/products", key, params={"updated_since": since}).json()
    assert {r["id"] for r in recent["data"]} == {ids[1], ids[6]}

    assert api.call("GET", "/api/v1/products", key, params={"app": "shop"}).status_code == 200
    other = api.call("GET", "/api/v1/products", key, params={"app": "elsewhere"})
    assert (
        other.status_code == 403 and "belongs to the app 'shop'" in other.json()["error"]["message"]
    )
    bad = api.call("GET", "/api/v1/products", key, params={"cursor": "bm9wZQ"})
    assert bad.status_code == 422 and bad.json()["error"]["fields"][0]["field"] == "cursor"
    for query, field in (
        ({"limit": 0}, "query.limit"),
        ({"limit": "many"}, "query.limit"),
        ({"status": "gone"}, "query.status"),
        ({"updated_since": "yesterday"}, "query.updated_since"),
        ({"cursor": "c" * 201}, "query.cursor"),
    ):
        refused = api.call("GET", "/api/v1/products", key, params=query)
        assert refused.status_code == 422, query
        error = refused.json()["error"]
        assert error["fields"][0]["field"] == field and field in error["message"], error


def test_records_connected_to_the_app_are_served(api: Api) -> None:
    """A record linked by Connect (not made through the API) is the app's too."""
    from l4ydesk.core.connections import ConnectionPlan, new_item

    app = api.services.catalog.create("Shop")
    item = new_item("product", "Vase", {"price": "40"}, "app/page.tsx")
    plan = ConnectionPlan(app_id=app.app_id, items=[item])
    api.services.connector.execute_plan(plan)
    key = api.key("shop", "products:read")
    names = [r["name"] for r in api.call("GET", "/api/v1/products", key).json()["data"]]
    assert names == ["Vase"]


def test_send_an_invoice_and_reply_to_a_ticket(api: Api) -> None:
    api.services.catalog.create("Shop")
    key = api.key("shop", "invoices:write,tickets:write")
    invoice = api.call(
        "POST", "/api/v1/invoices", key, json={"properties": {"number": "INV-7", "total": 90}}
    ).json()
    refused = api.call("POST", f"/api/v1/invoices/{invoice['id']}/send", key)
    assert refused.status_code == 422 and "customer_email" in refused.json()["error"]["message"]
    api.call(
        "PATCH",
        f"/api/v1/invoices/{invoice['id']}",
        key,
        json={"properties": {"customer_email": "bo@example.com"}},
    )
    sent = api.call("POST", f"/api/v1/invoices/{invoice['id']}/send", key).json()
    assert sent["properties"]["status"] == "sent" and sent["properties"]["sent_at"]

    ticket = api.call(
        "POST", "/api/v1/tickets", key, json={"properties": {"subject": "Chipped bowl"}}
    ).json()
    path = f"/api/v1/tickets/{ticket['id']}/replies"
    replied = api.call("POST", path, key, json={"message": "Sorry! A new one is on its way."})
    assert replied.status_code == 201
    assert replied.json()["properties"]["replies"][0]["message"].startswith("Sorry!")
    assert api.call("POST", path, key, json={"message": ""}).status_code == 422
    assert api.call("POST", path, key, json={"message": "x", "author": "bot"}).status_code == 422
