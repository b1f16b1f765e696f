"""Free slots and calendar bookings over real HTTP, on SQLite and PostgreSQL: slots listed in the
booker's zone, a booking made and cancelled, the last seat raced by several clients, scopes,
another app's product, and bad dates."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from tests.platform.conftest import Api

BERLIN = ZoneInfo("Europe/Berlin")
SCOPES = "products:write,bookings:read,bookings:write"


def _monday() -> date:
    """A Monday two to three weeks ahead: inside the product's horizon, past any notice."""
    today = date.today()
    return today + timedelta(days=14 + (7 - today.weekday()) % 7)


def _studio(api: Api, app: str = "Shop", capacity: int = 1) -> tuple[str, int, int]:
    """An app with a key, a product record, and a Berlin resource serving it 09:00-12:00."""
    api.services.catalog.create(app)
    api.platform.keys.burst = 1000.0
    key = api.key(app.lower(), SCOPES)
    made = api.call("POST", "/api/v1/products", key, json={"properties": {"name": "Wheel hour"}})
    assert made.status_code == 201, made.text
    product = int(made.json()["id"])
    calendar = api.services.calendar
    weekdays = {day: [(9 * 60, 12 * 60)] for day in range(5)}
    resource = calendar.resources.add(f"{app} studio", "Europe/Berlin", weekdays, capacity)
    calendar.resources.add_product(
        resource.resource_id,
        f"{app} wheel hour",
        "appointment",
        duration_min=60,
        slot_step_min=60,
        record_id=product,
    )
    return key, product, resource.resource_id


def _slots(api: Api, key: str, product: int, day: date, **extra: Any) -> httpx.Response:
    params = {"product": product, "from": day.isoformat(), "to": day.isoformat(), **extra}
    return api.call("GET", "/api/v1/bookings/availability", key, params=params)


def _starts(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [slot["start"] for day in response.json()["days"] for slot in day["slots"]]


def _book(api: Api, key: str, product: int, start: datetime, **props: Any) -> httpx.Response:
    body = {"properties": {"product_id": str(product), "starts_at": start.isoformat(), **props}}
    return api.call("POST", "/api/v1/bookings", key, json=body)


def test_slots_booking_and_cancel(api: Api) -> None:
    key, product, resource = _studio(api)
    monday = _monday()
    week = api.call(
        "GET",
        "/api/v1/bookings/slots",
        key,
        params={"product": product, "from": monday.isoformat(), "to": str(monday + timedelta(6))},
    ).json()
    assert [d["date"] for d in week["days"]] == [str(monday + timedelta(n)) for n in range(5)]
    assert week["zone"] == "Europe/Berlin" and week["duration"] == 60
    nine = datetime(monday.year, monday.month, monday.day, 9, tzinfo=BERLIN)
    expected = [(nine + timedelta(hours=h)).isoformat() for h in range(3)]
    assert _starts(_slots(api, key, product, monday)) == expected
    # a booker in New York sees the same instants with New York's offset
    york = _slots(api, key, product, monday, tz="America/New_York").json()
    first = york["days"][0]["slots"][0]
    assert datetime.fromisoformat(first["start"]) == nine
    assert first["start"].endswith(("-05:00", "-04:00")) and first["resource_id"] == resource

    ten = nine + timedelta(hours=1)
    made = _book(api, key, product, ten, customer_name="Ada", customer_email="ada@example.com")
    assert made.status_code == 201, made.text
    booking = made.json()
    props = booking["properties"]
    assert props["status"] == "confirmed" and props["starts_at"] == ten.isoformat()
    assert props["ends_at"] == (ten + timedelta(hours=1)).isoformat()
    assert props["resource_id"] == resource and props["service"] == "Shop wheel hour"
    assert _starts(_slots(api, key, product, monday)) == [expected[0], expected[2]]
    again = _book(api, key, product, ten)
    assert again.status_code == 409
    assert "was just taken; pick another slot" in again.json()["error"]["message"]
    closed = _book(api, key, product, nine + timedelta(hours=5))
    assert closed.status_code == 409
    assert "outside the resource's hours" in closed.json()["error"]["message"]

    cancelled = api.call("POST", f"/api/v1/bookings/{booking['id']}/cancel", key)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["properties"]["status"] == "cancelled"
    assert api.services.calendar.bookings.get(props["calendar_booking_id"]).status == "cancelled"
    assert _starts(_slots(api, key, product, monday)) == expected
    twice = api.call("POST", f"/api/v1/bookings/{booking['id']}/cancel", key)
    assert twice.status_code == 409 and "already cancelled" in twice.json()["error"]["message"]
    # deleting a live booking record frees its seat too
    rebooked = _book(api, key, product, ten).json()
    assert api.call("DELETE", f"/api/v1/bookings/{rebooked['id']}", key).status_code == 200
    assert _starts(_slots(api, key, product, monday)) == expected
    # a booking that names no calendar slot is a plain record, as before
    plain = api.call("POST", "/api/v1/bookings", key, json={"properties": {"service": "Call"}})
    assert plain.status_code == 201 and "calendar_booking_id" not in plain.json()["properties"]


def test_last_seat_raced_by_several_clients(api: Api) -> None:
    key, product, _ = _studio(api)
    monday = _monday()
    eleven = datetime(monday.year, monday.month, monday.day, 11, tzinfo=BERLIN)
    body = {"properties": {"product_id": str(product), "starts_at": eleven.isoformat()}}

    def attempt(number: int) -> tuple[int, str]:
        with httpx.Client(base_url=api.url, timeout=60) as client:
            response = client.post(
                "/api/v1/bookings",
                headers={"Authorization": f"Bearer {key}"},
                json={**body, "name": f"Guest {number}"},
            )
            return response.status_code, response.text

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(attempt, range(8)))
    statuses = sorted(status for status, _ in answers)
    assert statuses == [201] + [409] * 7, answers
    assert all("just taken" in text for status, text in answers if status == 409)
    listed = api.call("GET", "/api/v1/bookings", key).json()["data"]
    assert len(listed) == 1
    assert eleven.isoformat() not in _starts(_slots(api, key, product, monday))


def test_scopes_other_apps_and_bad_dates(api: Api) -> None:
    key, product, resource = _studio(api)
    other_key, other_product, _ = _studio(api, "Cafe")
    monday = _monday()
    nine = datetime(monday.year, monday.month, monday.day, 9, tzinfo=BERLIN)
    booking = _book(api, key, product, nine).json()

    reader = api.key("shop", "bookings:read")
    refused = _book(api, reader, product, nine + timedelta(hours=1))
    assert refused.status_code == 403
    assert api.call("POST", f"/api/v1/bookings/{booking['id']}/cancel", reader).status_code == 403
    products_only = api.key("shop", "products:read")
    assert _slots(api, products_only, product, monday).status_code == 403

    # another app's product, resource and booking are not found, never shown
    assert _slots(api, other_key, product, monday).status_code == 404
    params = {"resource": resource, "from": str(monday), "to": str(monday)}
    foreign = api.call("GET", "/api/v1/bookings/availability", other_key, params=params)
    assert foreign.status_code == 404 and "in this app" in foreign.json()["error"]["message"]
    assert (
        api.call("POST", f"/api/v1/bookings/{booking['id']}/cancel", other_key).status_code == 404
    )
    assert _starts(_slots(api, other_key, other_product, monday))  # its own are there

    for params, words in (
        ({"product": product, "from": "2027-13-01", "to": str(monday)}, "is a date like"),
        (
            {"product": product, "from": str(monday), "to": str(monday - timedelta(1))},
            "ends before",
        ),
        ({"product": product, "from": str(monday), "to": str(monday + timedelta(90))}, "at most"),
        ({"product": product, "from": str(monday), "to": str(monday), "tz": "Mars/Base"}, "IANA"),
        ({"from": str(monday), "to": str(monday)}, "Name a bookable product"),
    ):
        bad = api.call("GET", "/api/v1/bookings/availability", key, params=params)
        assert bad.status_code == 422, (params, bad.text)
        assert words in bad.json()["error"]["message"], bad.text
    garbled = _book(api, key, product, nine)
    assert garbled.status_code == 409  # the same slot again
    body = {"properties": {"product_id": str(product), "starts_at": "2027-02-30T10:00"}}
    wrong_day = api.call("POST", "/api/v1/bookings", key, json=body)
    assert wrong_day.status_code == 422 and "ISO 8601" in wrong_day.json()["error"]["message"]


def test_patch_follows_the_calendar(api: Api) -> None:
    key, product, _ = _studio(api)
    monday = _monday()
    nine = datetime(monday.year, monday.month, monday.day, 9, tzinfo=BERLIN)
    booking = _book(api, key, product, nine).json()
    path, calendar_id = (
        f"/api/v1/bookings/{booking['id']}",
        booking["properties"]["calendar_booking_id"],
    )
    later = (nine + timedelta(hours=1)).isoformat()
    moved = api.call("PATCH", path, key, json={"properties": {"starts_at": later}})
    assert moved.status_code == 409 and "cancel it" in moved.json()["error"]["message"]
    noted = api.call("PATCH", path, key, json={"properties": {"notes": "Wheel 3"}})
    assert noted.status_code == 200 and noted.json()["properties"]["starts_at"] == nine.isoformat()
    done = api.call("PATCH", path, key, json={"properties": {"status": "completed"}})
    assert done.status_code == 200, done.text
    assert api.services.calendar.bookings.get(calendar_id).status == "completed"
    back = api.call("PATCH", path, key, json={"properties": {"status": "pending"}})
    assert back.status_code == 409 and "completed" in back.json()["error"]["message"]
    second = _book(api, key, product, nine + timedelta(hours=2)).json()
    gone = api.call(
        "PATCH",
        f"/api/v1/bookings/{second['id']}",
        key,
        json={"properties": {"status": "cancelled"}},
    )
    assert gone.status_code == 200 and gone.json()["properties"]["status"] == "cancelled"
    assert (nine + timedelta(hours=2)).isoformat() in _starts(_slots(api, key, product, monday))
