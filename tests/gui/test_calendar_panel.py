"""The calendar panel as a user drives it, on a real SQLite store: month marks, navigation by
mouse and keys, week and day views, booking a free slot, a refused drag that snaps back, a
drag that moves, the hours / exception / block editors, and an ICS holiday import.

With L4YDESK_SCREENSHOT_DIR set, the views are saved there as PNGs (the README's screenshots
come from `L4YDESK_SCREENSHOT_DIR=docs/screenshots`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from l4ydesk.app import Services
from l4ydesk.core.calendar.hours_spec import parse_hours
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.ui.calendar.editors import (
    BlocksForm,
    BookingActions,
    BookingForm,
    ExceptionsForm,
    ResourceForm,
)
from l4ydesk.ui.calendar.panel import CalendarPanel
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]
Run = Callable[[Any], Any]
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # Monday 2 March 2026, 08:00 in Berlin
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = (date(2026, 3, d) for d in range(9, 14))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("L4YDESK_SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def calendar(services: Services) -> Calendar:
    cal = Calendar(services.store, now=lambda: NOW)
    lee = cal.resources.add(
        "Dr Lee", "Europe/Berlin", parse_hours("mon-fri 09:00-12:00,13:00-17:00")
    )
    rid = lee.resource_id
    hour = SlotRules(60)
    cal.bookings.book(rid, at(MONDAY, 10), hour, customer_name="Ada Byron")
    cal.bookings.book(rid, at(TUESDAY, 10), hour, customer_name="Bo Chen")
    for start in (9, 10, 11, 13, 14, 15, 16):  # Friday fully booked
        cal.bookings.book(rid, at(FRIDAY, start), hour, customer_name=f"Guest {start}")
    cal.resources.set_exception(rid, WEDNESDAY, [])
    cal.resources.add_block(rid, at(THURSDAY, 0), at(date(2026, 3, 13), 0), "Holiday")
    cal.resources.add_block(rid, at(TUESDAY, 14), at(TUESDAY, 15), "Team call", kind="busy")
    return cal


@pytest.fixture
def panel(calendar: Calendar, tasks: TaskRunner, qtbot: Any, arun: Run) -> CalendarPanel:
    widget = CalendarPanel(calendar, tasks)
    qtbot.addWidget(widget)
    widget.zone_box.setCurrentText("Europe/Berlin")
    widget.resize(1100, 720)
    widget.show()
    widget.reload_resources()
    settle(widget, arun)
    widget.anchor = MONDAY
    widget.refresh()
    settle(widget, arun)
    return widget


def settle(panel: CalendarPanel, arun: Run) -> None:
    # A wait for idle: it may already be.
    arun(wait_for(lambda: panel.tasks.running == 0 and panel.page is not None, may_hold=True))


def test_month_marks_each_kind_of_day(panel: CalendarPanel) -> None:
    marks = {day: panel.month.mark(day) for day in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)}
    states = {day: m.state for day, m in marks.items() if m}
    assert states == {
        MONDAY: "partly",
        TUESDAY: "partly",
        WEDNESDAY: "closed",
        THURSDAY: "blocked",
        FRIDAY: "full",
    }
    assert marks[TUESDAY] is not None and marks[TUESDAY].busy_elsewhere
    assert panel.month.mark(date(2026, 3, 16)).state == "available"  # type: ignore[union-attr]
    assert panel.month.mark(date(2026, 3, 14)).state == "closed"  # type: ignore[union-attr]
    assert panel.title.text() == "March 2026"
    shoot(panel, "calendar-month.png")


def test_navigation_by_toolbar_and_keys(panel: CalendarPanel, qtbot: Any, arun: Run) -> None:
    panel.step(1)
    settle(panel, arun)
    assert panel.title.text() == "April 2026"
    qtbot.keyClick(panel, Qt.Key.Key_T)
    settle(panel, arun)
    assert panel.title.text() == "March 2026"  # today is 2 March
    panel.month.setFocus()
    panel.month.set_month(MONDAY, MONDAY)
    qtbot.keyClick(panel.month, Qt.Key.Key_Right)
    assert panel.month.selected == TUESDAY
    qtbot.keyClick(panel.month, Qt.Key.Key_Return)
    settle(panel, arun)
    assert panel.mode == "day" and panel.title.text() == "Tuesday 10 March 2026"
    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(panel, arun)
    assert panel.title.text() == "Monday 09 March 2026"
    qtbot.keyClick(panel, Qt.Key.Key_W)
    settle(panel, arun)
    assert panel.mode == "week" and panel.title.text() == "09 Mar – 15 Mar 2026"
    labels = [i.label for i in panel.week.items() if i.kind == "booking"]
    assert "Ada Byron" in labels and "Bo Chen" in labels
    shoot(panel, "calendar-week.png")


def test_book_a_free_slot_from_the_day_view(
    panel: CalendarPanel, calendar: Calendar, qtbot: Any, arun: Run
) -> None:
    panel.open_day(MONDAY)
    settle(panel, arun)
    starts = [s.hour for s, _ in panel.day.free_slots()]
    assert 10 not in starts and starts[0] == 9
    shoot(panel, "calendar-day.png")
    # Keyboard: Down to the next free slot, Enter opens the booking form for it.
    panel.day.setFocus()
    qtbot.keyClick(panel.day, Qt.Key.Key_Down)
    chosen = panel.day.selected_slot
    assert chosen is not None and chosen[0] == at(MONDAY, 11)  # 09:15 would overlap 10:00
    qtbot.keyClick(panel.day, Qt.Key.Key_Return)
    assert isinstance(panel.dialog, BookingForm) and panel.dialog.start == at(MONDAY, 11)
    panel.dialog.reject()
    slot = next(s for s in panel.day.free_slots() if s[0] == at(MONDAY, 13))
    rect = dict(panel.day.slot_rects())[slot]
    qtbot.mouseClick(panel.day, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    form = panel.dialog
    assert isinstance(form, BookingForm) and form.start == at(MONDAY, 13)
    qtbot.keyClicks(form.name, "Cleo")
    qtbot.keyClicks(form.email, "not-an-email")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "no @" in form.error.text() and form.error.isVisibleTo(form)
    form.email.clear()
    qtbot.keyClicks(form.email, "cleo@example.com")
    assert not form.error.isVisibleTo(form)  # editing clears the refusal
    shoot(form, "calendar-booking-form.png")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    arun(wait_for(lambda: panel.message.text().startswith("Booked")))
    settle(panel, arun)
    booked = calendar.bookings.between(1, at(MONDAY, 0), at(TUESDAY, 0))
    assert [b.customer_name for b in booked] == ["Ada Byron", "Cleo"]
    assert at(MONDAY, 13) not in [s for s, _ in panel.day.free_slots()]


def _drag(qtbot: Any, view: QWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (middle, end):
        qtbot.mouseMove(view, point)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_refused_drag_snaps_back_and_a_good_one_moves(
    panel: CalendarPanel, calendar: Calendar, qtbot: Any, arun: Run
) -> None:
    panel.set_mode("week")
    settle(panel, arun)
    week = panel.week
    ada = next(i for i in week.items() if i.label == "Ada Byron")
    bo = next(i for i in week.items() if i.label == "Bo Chen")
    grab = week.rect_for(ada.start, ada.end).center().toPoint()
    onto_bo = week.rect_for(bo.start, bo.end).center().toPoint()
    _drag(qtbot, week, grab, onto_bo)
    arun(wait_for(lambda: "was not moved" in panel.message.text()))
    assert "just taken" in panel.message.text()
    assert week._moved == {}  # drawn where it was
    assert calendar.bookings.get(ada.item_id).start == at(MONDAY, 10)
    # One hour later on the same Monday is free: the move lands.
    target = week.rect_for(at(MONDAY, 14), at(MONDAY, 15)).center().toPoint()
    _drag(qtbot, week, grab, target)
    arun(wait_for(lambda: panel.message.text().startswith("Moved")))
    settle(panel, arun)
    assert calendar.bookings.get(ada.item_id).start == at(MONDAY, 14)


def test_editors_change_hours_exceptions_and_blocks(
    panel: CalendarPanel, calendar: Calendar, qtbot: Any, arun: Run
) -> None:
    ok = QDialogButtonBox.StandardButton.Ok
    panel.open_hours()
    hours = panel.dialog
    assert isinstance(hours, ResourceForm) and hours.days[0].text() == "09:00-12:00,13:00-17:00"
    hours.days[5].setText("10:00-12:00 and more")
    hours.buttons.button(ok).click()
    assert "not a time" in hours.error.text()
    hours.days[5].clear()
    qtbot.keyClicks(hours.days[5], "10:00-12:00")
    shoot(hours, "calendar-hours-editor.png")
    hours.buttons.button(ok).click()
    arun(wait_for(lambda: panel.message.text().startswith("Saved the hours")))
    settle(panel, arun)
    assert calendar.resources.find("Dr Lee").weekly[5] == [(600, 720)]
    assert panel.month.mark(date(2026, 3, 14)).state == "available"  # type: ignore[union-attr]

    panel.open_exceptions()
    exceptions = panel.dialog
    assert isinstance(exceptions, ExceptionsForm) and exceptions.list.count() == 1
    exceptions.day.setDate(date(2026, 3, 16))
    exceptions.hours.setText("closed")
    exceptions.buttons.button(ok).click()
    arun(wait_for(lambda: exceptions.list.count() == 2))
    settle(panel, arun)
    assert panel.month.mark(date(2026, 3, 16)).state == "closed"  # type: ignore[union-attr]
    exceptions.reject()

    panel.open_blocks()
    blocks = panel.dialog
    assert isinstance(blocks, BlocksForm)
    arun(wait_for(lambda: blocks.list.count() == 2))
    blocks.start.setDateTime(datetime(2026, 3, 17, 0, 0))
    blocks.end.setDateTime(datetime(2026, 3, 18, 0, 0))
    blocks.reason.setText("Maintenance")
    blocks.buttons.button(ok).click()
    arun(wait_for(lambda: blocks.list.count() == 3))
    settle(panel, arun)
    assert panel.month.mark(date(2026, 3, 17)).state == "blocked"  # type: ignore[union-attr]
    blocks.reject()


def test_import_a_holiday_ics_and_a_broken_one(
    panel: CalendarPanel, tmp_path: Path, arun: Run
) -> None:
    holiday = tmp_path / "holidays.ics"
    holiday.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:h\n"
        "DTSTAMP:20260101T000000Z\nDTSTART;VALUE=DATE:20260323\nSUMMARY:Bank holiday\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    panel.import_file(holiday)
    arun(wait_for(lambda: panel.message.text().startswith("Imported 1")))
    settle(panel, arun)
    assert panel.month.mark(date(2026, 3, 23)).state == "blocked"  # type: ignore[union-attr]
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART 2030\nEND:VEVENT\nEND:VCALENDAR\n")
    panel.import_file(broken)
    arun(wait_for(lambda: "Line 3 of broken.ics" in panel.message.text()))
    out = tmp_path / "out.ics"
    panel.export_file(out)
    arun(wait_for(lambda: panel.message.text().startswith("Exported")))
    assert out.read_text().count("BEGIN:VEVENT") == 9 + 3  # bookings, two blocks, holiday


def test_cancel_a_booking_from_the_week_view(
    panel: CalendarPanel, calendar: Calendar, qtbot: Any, arun: Run
) -> None:
    panel.set_mode("week")
    settle(panel, arun)
    bo = next(i for i in panel.week.items() if i.label == "Bo Chen")
    center = panel.week.rect_for(bo.start, bo.end).center().toPoint()
    qtbot.mouseDClick(panel.week, Qt.MouseButton.LeftButton, pos=center)
    actions = panel.dialog
    assert isinstance(actions, BookingActions)
    assert sorted(actions.steps) == ["cancelled", "completed", "no_show"]
    shoot(actions, "calendar-booking-actions.png")
    actions.steps["cancelled"].click()
    arun(wait_for(lambda: panel.message.text() == "Booking of Bo Chen cancelled."))
    settle(panel, arun)
    assert calendar.bookings.get(bo.item_id).status == "cancelled"
    assert "Bo Chen" not in [i.label for i in panel.week.items()]
    assert at(TUESDAY, 10) in [s for s, _ in panel.week.free_slots()]
