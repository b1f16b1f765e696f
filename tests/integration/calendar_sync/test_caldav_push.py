"""Push to a real CalDAV server (Radicale): bookings become events, moved and cancelled with
them, once each however often a sync is retried, and never read back as busy time."""

from __future__ import annotations

import asyncio
from datetime import UTC
from typing import Any

import pytest

from l4ydesk.core.calendar.slots import SlotRules
from tests.fakes.radicale_server import RadicaleServer
from tests.integration.calendar_sync.conftest import DAY, busy, local


def _book(services: Any, resource_id: int, hour: int, name: str = "Ada") -> Any:
    return services.calendar.bookings.book(
        resource_id,
        local(DAY, hour),
        SlotRules(duration=60),
        customer_name=name,
        customer_email="ada@example.org",
    )


def test_bookings_are_written_moved_and_cancelled_as_one_event_each(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    first = _book(services, linked.resource_id, 10)
    second = _book(services, linked.resource_id, 14, "Grace")
    assert radicale.events(calendar_url) == {}

    report = asyncio.run(sync.sync(linked.link_id))

    assert report.error == "" and report.pushed == 2
    events = radicale.events(calendar_url)
    assert sorted(events) == [
        f"l4ydesk-booking-{linked.link_id}-{first.booking_id}.ics",
        f"l4ydesk-booking-{linked.link_id}-{second.booking_id}.ics",
    ]
    text = events[f"l4ydesk-booking-{linked.link_id}-{first.booking_id}.ics"]
    assert "SUMMARY:Dr Lee: Ada" in text
    assert f"DTSTART:{local(DAY, 10).astimezone(UTC):%Y%m%dT%H%M%SZ}" in text
    # Our own events come back in the next pull, and are not the person's busy time.
    again = asyncio.run(sync.sync(linked.link_id))
    assert (again.pushed, again.unpushed, again.busy_changed) == (0, 0, 0)
    assert busy(services, linked.resource_id) == []
    assert len(radicale.events(calendar_url)) == 2

    services.calendar.bookings.move(first.booking_id, local(DAY, 16))
    services.calendar.bookings.cancel(second.booking_id)
    changed = asyncio.run(sync.sync(linked.link_id))

    assert (changed.pushed, changed.unpushed) == (1, 1)
    events = radicale.events(calendar_url)
    assert list(events) == [f"l4ydesk-booking-{linked.link_id}-{first.booking_id}.ics"]
    assert f"DTSTART:{local(DAY, 16).astimezone(UTC):%Y%m%dT%H%M%SZ}" in next(iter(events.values()))


def test_a_push_that_dies_before_it_is_recorded_never_duplicates_the_event(
    services: Any,
    sync: Any,
    linked: Any,
    radicale: RadicaleServer,
    calendar_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    booking = _book(services, linked.resource_id, 10)
    real_record = sync.links.record_push

    def dies(*args: Any) -> None:
        raise KeyboardInterrupt  # the process is killed right after the server took the event

    monkeypatch.setattr(sync.links, "record_push", dies)
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(sync.sync(linked.link_id))
    assert len(radicale.events(calendar_url)) == 1

    monkeypatch.setattr(sync.links, "record_push", real_record)
    for _attempt in range(2):
        report = asyncio.run(sync.sync(linked.link_id))
        assert report.error == ""
    assert list(radicale.events(calendar_url)) == [
        f"l4ydesk-booking-{linked.link_id}-{booking.booking_id}.ics"
    ]
    assert sync.links.pushes(linked.link_id)[booking.booking_id].ref.endswith(
        f"l4ydesk-booking-{linked.link_id}-{booking.booking_id}.ics"
    )


def test_another_resource_on_the_same_calendar_sees_the_bookings_as_busy(
    services: Any, sync: Any, linked: Any, radicale: RadicaleServer, calendar_url: str
) -> None:
    from l4ydesk.core.calendar.hours_spec import parse_hours
    from tests.fakes.radicale_server import PASSWORD, USER

    room = services.calendar.resources.add(
        "Room 2", "Europe/Berlin", parse_hours("mon-sun 08:00-20:00")
    )
    other, _name = asyncio.run(sync.link(room.resource_id, "caldav", calendar_url, USER, PASSWORD))
    _book(services, linked.resource_id, 10)
    assert asyncio.run(sync.sync(linked.link_id)).pushed == 1

    report = asyncio.run(sync.sync(other.link_id))

    assert report.busy_changed == 1
    assert [(s, r) for s, _e, r in busy(services, room.resource_id)] == [
        (local(DAY, 10), "Dr Lee: Ada")
    ]
    assert busy(services, linked.resource_id) == []


def test_two_syncs_of_one_link_run_one_after_the_other(
    services: Any,
    radicale: RadicaleServer,
    calendar_url: str,
    resource: Any,
    sync: Any,
    linked: Any,
) -> None:
    services.calendar.bookings.book(
        resource.resource_id, local(DAY, 14), SlotRules(60), customer_name="Ada"
    )

    async def both() -> list[Any]:
        return list(await asyncio.gather(sync.sync(linked.link_id), sync.sync(linked.link_id)))

    first, second = asyncio.run(both())
    assert not first.error and not second.error
    assert first.pushed == 1 and second.pushed == 0  # the second saw the first's work
    assert sorted(radicale.events(calendar_url)) == ["l4ydesk-booking-1-1.ics"]
