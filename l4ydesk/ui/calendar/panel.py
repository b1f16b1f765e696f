"""The calendar panel: toolbar, month/week/day views of one resource, and the booking actions.

It renders pages that `core.calendar.overview.load_page` computes in the worker, and sends
every change (book, move, cancel, hours, exceptions, blocks, ICS) to the worker too; the GUI
thread only draws. Refusals come back as sentences in the message line.

Signals:
    page_loaded(): a page is on screen (tests and benchmarks wait for it).
    message_shown(str): a sentence was shown in the message line.
    sync_requested(): the user asked for the resource's linked calendars (Sync…).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.calendar.model import CalendarError, ResourceInfo, SlotUnavailableError
from l4ydesk.core.calendar.overview import CalendarPage, load_page
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.calendar.slots import SlotRules
from l4ydesk.core.errors import L4yError
from l4ydesk.ui.calendar.editors import COMMON_ZONES, BookingActions, BookingForm
from l4ydesk.ui.calendar.month_view import MARK_COLOURS, MARK_WORDS, MonthView, month_grid_first
from l4ydesk.ui.calendar.panel_editing import CalendarEditing
from l4ydesk.ui.tasks import CoalescedJob, TaskRunner, describe_error
from l4ydesk.ui.window.ops import Op

MODES = ("month", "week", "day")


def local_zone() -> str:
    name = str(datetime.now().astimezone().tzinfo)
    try:
        ZoneInfo(name)
        return name
    except (ValueError, KeyError, OSError):
        return "UTC"


class CalendarPanel(CalendarEditing, QWidget):
    page_loaded = Signal()
    message_shown = Signal(str)
    sync_requested = Signal()

    def __init__(
        self, calendar: Calendar, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from l4ydesk.ui.calendar.time_grid import TimeGridView

        self.calendar, self.tasks = calendar, tasks
        self.mode = "month"
        self.anchor = calendar.now().astimezone(ZoneInfo(local_zone())).date()
        self.resources: list[ResourceInfo] = []
        self.resource: ResourceInfo | None = None
        self.page: CalendarPage | None = None
        self.dialog: Any = None
        self._job = CoalescedJob(tasks, "load calendar page", self._load)

        self.month = MonthView(self)
        self.week = TimeGridView(7, self)
        self.day = TimeGridView(1, self)
        self.stack = QStackedWidget(self)
        for view in (self.month, self.week, self.day):
            self.stack.addWidget(view)
        self.title = QLabel("")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.resource_box = QComboBox()
        self.resource_box.setAccessibleName("Resource")
        self.resource_box.setMinimumContentsLength(8)
        self.resource_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_box = QComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.setAccessibleName("Time zone")
        self.zone_box.setMinimumContentsLength(8)
        self.zone_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_box.addItems(sorted({local_zone(), *COMMON_ZONES}))
        self.zone_box.setCurrentText(local_zone())
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(" min")
        self.duration.setAccessibleName("Slot length")
        self.mode_buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._toolbar())
        layout.addLayout(self._second_row())
        layout.addLayout(self._editor_row())
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._legend())
        layout.addWidget(self.message)
        self._connect()

    # ----- building --------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip or text)
        button.clicked.connect(slot)
        return button

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._button("Today", self.go_today, "Today (T)"))
        row.addWidget(self._button("◀", lambda: self.step(-1), "Previous (Alt+Left)"))
        row.addWidget(self._button("▶", lambda: self.step(1), "Next (Alt+Right)"))
        row.addWidget(self.title, 1)
        for index, mode in enumerate(MODES):
            button = QToolButton(self)
            button.setText(mode.capitalize())
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            self.mode_buttons.addButton(button, index)
            row.addWidget(button)
        return row

    def _second_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # Tooltips instead of labels keep the dock narrow.
        self.resource_box.setToolTip("The resource shown")
        self.zone_box.setToolTip("The time zone you look from")
        self.duration.setToolTip("Length of the free slots shown")
        row.addWidget(self.resource_box, 1)
        row.addWidget(self.zone_box, 1)
        row.addWidget(self.duration)
        return row

    def _editor_row(self) -> QHBoxLayout:
        # A row of its own, so the dock stays narrow enough to share the window's side.
        row = QHBoxLayout()
        row.addWidget(self._button("New…", self.open_new_resource, "New resource"))
        row.addWidget(self._button("Hours…", self.open_hours, "Weekly hours, zone and seats"))
        row.addWidget(self._button("Exceptions…", self.open_exceptions, "Dates with other hours"))
        row.addWidget(self._button("Blocks…", self.open_blocks, "Holidays and maintenance"))
        row.addWidget(self._button("Import…", self.ask_import, "Import busy times (.ics)"))
        row.addWidget(self._button("Export…", self.ask_export, "Export bookings (.ics)"))
        linked = "Linked calendars (CalDAV, Google, Microsoft 365)"
        row.addWidget(self._button("Sync…", self.sync_requested.emit, linked))
        row.addStretch(1)
        return row

    def _legend(self) -> QLabel:
        parts = [
            f'<span style="color:{MARK_COLOURS[m].name()}">■</span> {MARK_WORDS[m]}'
            for m in ("available", "partly", "full", "blocked", "closed")
        ]
        parts.append('<span style="color:#6a1b9a">●</span> busy elsewhere')
        legend = QLabel("&nbsp;&nbsp;".join(parts))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        return legend

    def _connect(self) -> None:
        self.mode_buttons.idClicked.connect(lambda index: self.set_mode(MODES[index]))
        self.resource_box.currentIndexChanged.connect(self._on_resource_box_changed)
        self.zone_box.currentTextChanged.connect(lambda _text: self.refresh())
        self.duration.valueChanged.connect(lambda _value: self.refresh())
        self.month.day_activated.connect(lambda day: self.open_day(day))
        self.month.day_selected.connect(self._on_month_day_selected)
        for grid in (self.week, self.day):
            grid.slot_clicked.connect(self.open_booking_form)
            grid.move_requested.connect(self.move_booking)
            grid.day_activated.connect(self.open_day)
            grid.booking_activated.connect(self.open_booking)
        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("T", self.go_today),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("M", lambda: self.set_mode("month")),
            ("W", lambda: self.set_mode("week")),
            ("D", lambda: self.set_mode("day")),
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ----- navigation ------------------------------------------------------------------------

    def zone(self) -> str:
        return self.zone_box.currentText().strip() or "UTC"

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self.stack.setCurrentIndex(MODES.index(mode))
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.calendar.now().astimezone(ZoneInfo(self._safe_zone())).date()
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=direction * (7 if self.mode == "week" else 1))
        self.refresh()

    def open_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode("day")

    def visible_range(self) -> tuple[date, date]:
        if self.mode == "month":
            first = month_grid_first(self.anchor)
            return first, first + timedelta(days=41)
        if self.mode == "week":
            first = self.anchor - timedelta(days=self.anchor.weekday())
            return first, first + timedelta(days=6)
        return self.anchor, self.anchor

    def _on_month_day_selected(self, day: date) -> None:
        if day.month != self.anchor.month:
            self.anchor = day
            self.refresh()
        else:
            self.anchor = day

    def _on_resource_box_changed(self, index: int) -> None:
        self.resource = self.resources[index] if 0 <= index < len(self.resources) else None
        self.refresh()

    def _safe_zone(self) -> str:
        try:
            ZoneInfo(self.zone())
            return self.zone()
        except (ValueError, KeyError, OSError):
            return "UTC"

    # ----- loading ---------------------------------------------------------------------------

    def reload_resources(self, select: str | None = None) -> None:
        self.tasks.start(self._reload_resources(select), "load calendar resources")

    async def _reload_resources(self, select: str | None) -> None:
        resources = await Op(
            self.tasks, "load calendar resources", self.calendar.resources.list_resources
        ).run()
        current = select or (self.resource.name if self.resource else None)
        self.resources = resources
        self.resource_box.blockSignals(True)
        self.resource_box.clear()
        self.resource_box.addItems([f"{r.name} ({r.zone})" for r in resources])
        names = [r.name for r in resources]
        index = names.index(current) if current in names else (0 if resources else -1)
        self.resource_box.setCurrentIndex(index)
        self.resource_box.blockSignals(False)
        self.resource = resources[index] if index >= 0 else None
        if not resources:
            self.say("No bookable resources yet: add one with New…")
        self.refresh()

    def refresh(self) -> None:
        self._job.request()

    async def _load(self) -> None:
        first, last = self.visible_range()
        self.title.setText(self._title(first, last))
        if self.resource is None:
            self._show(None)
            return
        rules = SlotRules(duration=self.duration.value(), step=min(self.duration.value(), 15))
        range_shown = (first, last)

        def turn_back(exc: BaseException) -> None:
            if isinstance(exc, CalendarError):
                self.month.set_month(self.anchor, self.anchor)

        page = await (
            Op(
                self.tasks,
                "load the calendar",
                load_page,
                self.calendar,
                self.resource.resource_id,
                first,
                last,
                self.zone(),
                rules,
                detail=self.mode != "month",  # the month grid draws only the day marks
            )
            .failure(turn_back)
            .reports(self.say, (CalendarError,))
            # A page for a range or resource the user has left is dropped, not shown.
            .while_current(
                lambda: self.visible_range() == range_shown and self.resource is not None
            )
            .run()
        )
        self._show(page)

    def _show(self, page: CalendarPage | None) -> None:
        self.page = page
        first, _ = self.visible_range()
        # Only the shown view takes the page; a mode switch loads its own range anyway.
        if self.mode == "month":
            # The grid turns to the new month together with its marks, not before: painting
            # it while the worker computes the page made the GUI thread queue for the GIL
            # at every Qt call of the paint.
            self.month.set_month(self.anchor, self.anchor)
            self.month.set_page(page)
        else:
            (self.week if self.mode == "week" else self.day).set_page(first, page)
        self.page_loaded.emit()

    def _title(self, first: date, last: date) -> str:
        if self.mode == "month":
            return f"{self.anchor:%B %Y}"
        if self.mode == "week":
            return f"{first:%d %b} – {last:%d %b %Y}"
        return f"{first:%A %d %B %Y}"

    def say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message_shown.emit(sentence)

    # ----- booking ---------------------------------------------------------------------------

    def open_booking_form(self, start: datetime, end: datetime) -> None:
        if self.resource is None:
            return
        form = BookingForm(self.resource, start, end, self)
        form.submitted.connect(lambda name, email, seats: self._book(form, name, email, seats))
        self._open(form)

    def _book(self, form: BookingForm, name: str, email: str, seats: int) -> None:
        assert self.resource is not None
        minutes = int((form.end - form.start).total_seconds() // 60)
        rules = SlotRules(duration=minutes, seats=seats)
        work = self.calendar.bookings.book
        args = (self.resource.resource_id, form.start, rules)
        self._run(
            form,
            lambda: work(*args, customer_name=name, customer_email=email),
            f"Booked {form.start:%a %d %b %H:%M} for {name or 'a guest'}.",
        )

    def move_booking(self, booking_id: int, new_start: datetime) -> None:
        async def move() -> None:
            def snap_back(_: BaseException) -> None:
                for grid in (self.week, self.day):
                    grid.snap_back(booking_id)

            await (
                Op(self.tasks, "move booking", self.calendar.bookings.move, booking_id, new_start)
                .failure(snap_back)
                .reports(lambda sentence: self.say(f"The booking was not moved: {sentence}"))
                .run()
            )
            self.say(f"Moved the booking to {new_start:%a %d %b %H:%M}.")
            self.refresh()

        self.tasks.start(move(), "move booking")

    def open_booking(self, booking_id: int) -> None:
        """A booking's details with its next steps (confirm, complete, no-show, cancel)."""
        item = next(
            (
                i
                for i in (self.page.items if self.page else [])
                if i.kind == "booking" and i.item_id == booking_id
            ),
            None,
        )
        if item is None:
            return
        form = BookingActions(item, self)
        set_status = self.calendar.bookings.set_status
        words = {"cancelled": "cancelled", "no_show": "marked no-show"}
        form.status_chosen.connect(
            lambda status: self._run(
                form,
                lambda: set_status(booking_id, status),
                f"Booking of {item.label} {words.get(status, status)}.",
            )
        )
        self._open(form)

    # ----- running -----------------------------------------------------------------------------

    def _open(self, form: Any) -> None:
        self.dialog = form
        form.finished.connect(form.deleteLater)
        form.open()

    def _run(
        self,
        form: Any,
        work: Callable[[], Any],
        done: str | None,
        select: str | None = None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """`work` in the worker; a sentence either way; the form closes only on success."""

        def refused(exc: BaseException) -> None:
            if isinstance(exc, SlotUnavailableError):
                self.refresh()  # the slot was just taken: show what is free now
            if form is not None and isinstance(exc, (L4yError, OSError)):
                form.show_error(describe_error(exc))

        async def run() -> None:
            result = await (
                Op(self.tasks, "calendar change", work)
                .failure(refused)
                .reports(self.say, (L4yError, OSError))
                .run()
            )
            if form is not None:
                form.done_ok()
            self.say(done if done is not None else str(result))
            if then is not None:
                then(result)
            self.reload_resources(select)

        self.tasks.start(run(), "calendar change")
