"""Bookings through the real store: re-checks, statuses, payment, recurring, moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from l4ydesk.core.calendar import BookingDesk, RecurringConflictError, ResourceBook
from l4ydesk.core.calendar.hours_spec import HoursSpecError, parse_hours
from l4ydesk.core.calendar.model import CalendarError, SlotUnavailableError, TransitionError
from l4ydesk.core.calendar.slots import SlotRules

BERLIN = ZoneInfo("Europe/Berlin")
HOUR = SlotRules(duration=60, step=60)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


MONDAY = date(2026, 3, 23)


@pytest.fixture
def room(resources: ResourceBook) -> int:
    return resources.add("Room A", "Europe/Berlin", parse_hours("mon-fri 09:00-17:00")).resource_id


def test_book_then_the_same_slot_is_taken(desk: BookingDesk, room: int) -> None:
    booking = desk.book(room, at(MONDAY, 10), HOUR, customer_name="Ada")
    assert booking.status == "confirmed" and booking.payment == "unpaid"
    assert booking.start == at(MONDAY, 10)
    with pytest.raises(SlotUnavailableError, match="just taken") as taken:
        desk.book(room, at(MONDAY, 10, 30), HOUR)
    assert taken.value.reason == "taken"
    with pytest.raises(SlotUnavailableError, match="outside") as outside:
        desk.book(room, at(MONDAY, 16, 30), HOUR)
    assert outside.value.reason == "hours"
    with pytest.raises(SlotUnavailableError, match="too soon"):
        desk.book(room, at(date(2026, 2, 27), 10), HOUR)


def test_status_workflow_allows_only_its_transitions(desk: BookingDesk, room: int) -> None:
    booking = desk.book(room, at(MONDAY, 9), HOUR, status="pending")
    assert desk.set_status(booking.booking_id, "confirmed").status == "confirmed"
    assert desk.set_status(booking.booking_id, "completed").status == "completed"
    with pytest.raises(TransitionError, match="final"):
        desk.set_status(booking.booking_id, "cancelled")
    other = desk.book(room, at(MONDAY, 11), HOUR, status="pending")
    with pytest.raises(TransitionError, match="can only become cancelled, confirmed"):
        desk.set_status(other.booking_id, "no_show")


def test_cancelling_frees_the_seat(desk: BookingDesk, room: int) -> None:
    first = desk.book(room, at(MONDAY, 10), HOUR)
    desk.cancel(first.booking_id)
    second = desk.book(room, at(MONDAY, 10), HOUR)
    assert second.booking_id != first.booking_id


def test_payment_state_and_checkout(desk: BookingDesk, room: int) -> None:
    booking = desk.book(room, at(MONDAY, 10), HOUR)
    paid = desk.set_payment(booking.booking_id, "paid", checkout_ref="cs_test_123")
    assert (paid.payment, paid.checkout_ref) == ("paid", "cs_test_123")
    assert desk.set_payment(booking.booking_id, "refunded").payment == "refunded"
    with pytest.raises(TransitionError):
        desk.set_payment(booking.booking_id, "paid")


def test_recurring_is_all_or_nothing_and_names_the_conflicting_dates(
    desk: BookingDesk, resources: ResourceBook, room: int
) -> None:
    blocker = desk.book(room, at(MONDAY + timedelta(days=14), 10), HOUR)
    resources.set_exception(room, MONDAY + timedelta(days=21), [])  # closed that Monday
    with pytest.raises(RecurringConflictError) as refused:
        desk.book_recurring(room, at(MONDAY, 10), "FREQ=WEEKLY;COUNT=5", HOUR, customer_name="Bo")
    assert refused.value.dates == [MONDAY + timedelta(days=14), MONDAY + timedelta(days=21)]
    assert "2026-04-06, 2026-04-13" in str(refused.value)
    span = (at(MONDAY, 0), at(MONDAY + timedelta(days=40), 0))
    assert [b.booking_id for b in desk.between(room, *span)] == [blocker.booking_id]
    desk.cancel(blocker.booking_id)
    resources.remove_exception(room, MONDAY + timedelta(days=21))
    series = desk.book_recurring(room, at(MONDAY, 10), "RRULE:FREQ=WEEKLY;COUNT=5", HOUR)
    assert len(series) == 5 and len({b.series_id for b in series}) == 1
    # Same wall-clock time across the change to summer time on 29 March.
    assert all(b.start.astimezone(BERLIN).hour == 10 for b in series)


def test_a_series_must_not_collide_with_itself(desk: BookingDesk, room: int) -> None:
    with pytest.raises(RecurringConflictError):
        desk.book_recurring(room, at(MONDAY, 10), "FREQ=MINUTELY;INTERVAL=30;COUNT=2", HOUR)


def test_bad_rules_get_a_sentence(desk: BookingDesk, room: int) -> None:
    with pytest.raises(CalendarError, match="is not a repeat rule"):
        desk.book_recurring(room, at(MONDAY, 10), "FREQ=SOMETIMES", HOUR)
    with pytest.raises(CalendarError, match="COUNT or an UNTIL"):
        desk.book_recurring(room, at(MONDAY, 10), "FREQ=DAILY", HOUR)


def test_move_is_rechecked_and_ignores_its_own_seat(desk: BookingDesk, room: int) -> None:
    a = desk.book(room, at(MONDAY, 10), HOUR)
    desk.book(room, at(MONDAY, 12), HOUR)
    moved = desk.move(a.booking_id, at(MONDAY, 10, 30))  # overlaps only itself
    assert moved.start == at(MONDAY, 10, 30)
    with pytest.raises(SlotUnavailableError, match="just taken"):
        desk.move(a.booking_id, at(MONDAY, 11, 30))
    assert desk.get(a.booking_id).start == at(MONDAY, 10, 30)


def test_capacity_through_the_store(desk: BookingDesk, resources: ResourceBook) -> None:
    yoga = resources.add("Yoga", "Europe/Berlin", parse_hours("mon 18:00-19:00"), capacity=3)
    for _ in range(3):
        desk.book(yoga.resource_id, at(MONDAY, 18), HOUR)
    with pytest.raises(SlotUnavailableError):
        desk.book(yoga.resource_id, at(MONDAY, 18), HOUR)


def test_resource_and_hours_errors_are_sentences(resources: ResourceBook) -> None:
    with pytest.raises(CalendarError, match="not a time zone"):
        resources.add("X", "Mars/Olympus", parse_hours("mon 09:00-10:00"))
    with pytest.raises(HoursSpecError, match="not a day"):
        parse_hours("monday 09:00-10:00")
    with pytest.raises(HoursSpecError, match="ends before it starts"):
        parse_hours("mon 10:00-09:00")
    with pytest.raises(HoursSpecError, match="overlap"):
        parse_hours("mon 09:00-12:00; mon 11:00-13:00")
    assert parse_hours("fri-mon 09:00-12:00,13:00-17:00")[6] == [(540, 720), (780, 1020)]
    resources.add("Desk", "UTC", parse_hours("mon 09:00-10:00"))
    with pytest.raises(CalendarError, match="already a resource"):
        resources.add("Desk", "UTC", parse_hours("mon 09:00-10:00"))


def test_a_products_rules_buffers_notice_and_kind(
    desk: BookingDesk, resources: ResourceBook, room: int
) -> None:
    product = resources.add_product(
        room, "Deep clean", "service", duration_min=90, buffer_after_min=30, slot_step_min=30,
        min_notice_min=60, max_advance_days=60,
    )  # fmt: skip
    assert resources.find(room).products == ("Deep clean",)
    rules = resources.product_rules(product)
    assert (rules.duration, rules.buffer_after, rules.step, rules.notice) == (90, 30, 30, 60)
    desk.book(room, at(MONDAY, 9), rules, product_id=product)
    # 10:30-11:00 is the clean-up after; a one-hour booking cannot start before 11:00.
    with pytest.raises(SlotUnavailableError, match="just taken"):
        desk.book(room, at(MONDAY, 10, 30), HOUR)
    assert desk.book(room, at(MONDAY, 11), HOUR).start == at(MONDAY, 11)
    with pytest.raises(SlotUnavailableError, match="too far ahead"):
        desk.book(room, at(MONDAY + timedelta(days=90), 9), rules)
    with pytest.raises(CalendarError, match="not a bookable kind"):
        resources.add_product(room, "Yoga mat", "mat")


def test_more_seats_than_the_resource_has_is_said_as_such(desk: BookingDesk, room: int) -> None:
    with pytest.raises(SlotUnavailableError, match="Only 1 seat") as refused:
        desk.book(room, at(MONDAY, 9), SlotRules(60, seats=2))
    assert refused.value.reason == "seats"
