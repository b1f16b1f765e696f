"""The booking use cases in JSON shape, as the platform server's routes will call them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from l4ydesk.core.calendar.api import cancel_booking, create_booking, http_status, slots_json
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.model import CalendarError
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.storage.db import Store

NOW = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.fixture
def cal(store: Store) -> Calendar:
    calendar = Calendar(store, now=lambda: NOW)
    calendar.resources.add("Chair 1", "Asia/Kolkata", parse_hours("mon-fri 10:00-12:00"))
    return calendar


def test_slots_book_conflict_and_cancel(cal: Calendar) -> None:
    slots = slots_json(cal, "Chair 1", date(2026, 3, 23), date(2026, 3, 23), 60, "UTC", 60)
    assert slots == [
        {"start": "2026-03-23T04:30:00+00:00", "end": "2026-03-23T05:30:00+00:00"},
        {"start": "2026-03-23T05:30:00+00:00", "end": "2026-03-23T06:30:00+00:00"},
    ]
    body = {"resource": "Chair 1", "start": slots[0]["start"], "duration": 60, "name": "Ravi"}
    [made] = create_booking(cal, body)
    assert made["start"] == "2026-03-23T10:00:00+05:30" and made["status"] == "confirmed"
    with pytest.raises(CalendarError) as taken:
        create_booking(cal, body)
    assert http_status(taken.value) == 409 and "just taken" in str(taken.value)
    assert cancel_booking(cal, made["id"])["status"] == "cancelled"
    assert len(create_booking(cal, body)) == 1
    series = create_booking(
        cal, {**body, "start": "2026-03-24T11:00", "repeat": "FREQ=DAILY;COUNT=3"}
    )
    assert [b["start"][:10] for b in series] == ["2026-03-24", "2026-03-25", "2026-03-26"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"start": "2026-03-23T10:00", "duration": 60}, 422, "needs 'resource'"),
        ({"resource": "Nobody", "start": "2026-03-23T10:00", "duration": 60}, 404, "no bookable"),
        ({"resource": "Chair 1", "start": "soon", "duration": 60}, 422, "ISO 8601"),
        ({"resource": "Chair 1", "start": "2026-03-23T10:00", "duration": 0}, 422, "1 to 1440"),
        ({"resource": "Chair 1", "start": "2026-03-23T13:00", "duration": 60}, 409, "outside"),
    ],
)
def test_bad_requests_get_a_status_and_a_sentence(
    cal: Calendar, body: dict[str, object], status: int, words: str
) -> None:
    with pytest.raises(CalendarError) as refused:
        create_booking(cal, body)
    assert http_status(refused.value) == status and words in str(refused.value)


def test_slot_ranges_are_bounded(cal: Calendar) -> None:
    with pytest.raises(CalendarError, match="at most 62 days"):
        slots_json(cal, "Chair 1", date(2026, 3, 1), date(2026, 6, 1), 30)
    with pytest.raises(CalendarError, match="in order"):
        slots_json(cal, "Chair 1", date(2026, 3, 2), date(2026, 3, 1), 30)
