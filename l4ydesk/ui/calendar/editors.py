"""The calendar's forms: book a slot, a resource and its weekly hours, date exceptions, blocks.

Each form only collects and checks input; it emits `submitted` with plain values and stays
open until the panel has stored them in the worker (`done`) or says why not (`show_error`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.calendar.hours_spec import (
    WEEKDAYS,
    HoursSpecError,
    format_intervals,
    parse_intervals,
)
from l4ydesk.core.calendar.model import TRANSITIONS, BlockInfo, ResourceInfo
from l4ydesk.core.calendar.overview import PageItem

COMMON_ZONES = (
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "UTC",
)


class _Form(QDialog):
    """A dialog with an error line and OK/Cancel; OK emits `submitted` via `_submit`."""

    # Each form defines it: check its fields, then emit its own `submitted` or show_error().
    _submit: Callable[[], None]

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # Editing any field clears the last refusal, so it never describes old input.
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.error.hide, Qt.ConnectionType.UniqueConnection)
        super().showEvent(event)

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def done_ok(self) -> None:
        self.accept()


class BookingForm(_Form):
    """Book a free slot. Signals: submitted(str name, str email, int seats)."""

    submitted = Signal(str, str, int)

    def __init__(
        self, resource: ResourceInfo, start: datetime, end: datetime, parent: QWidget | None
    ) -> None:
        super().__init__(f"Book {resource.name}", parent)
        self.start, self.end = start, end
        when = f"{start:%a %d %b %Y, %H:%M}–{end:%H:%M} ({start.tzname()})"
        self.form.addRow("When", QLabel(when))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.seats = QSpinBox()
        self.seats.setRange(1, resource.capacity)
        self.form.addRow("Name", self.name)
        self.form.addRow("Email", self.email)
        self.form.addRow("Seats", self.seats)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Book")

    def _submit(self) -> None:
        email = self.email.text().strip()
        if email and "@" not in email:
            self.show_error("That email address has no @; correct it or leave it empty.")
            return
        self.submitted.emit(self.name.text().strip(), email, self.seats.value())


class BookingActions(_Form):
    """A booking's details and what can happen to it next. Signals: status_chosen(str)."""

    status_chosen = Signal(str)
    LABELS = {
        "confirmed": "Confirm",
        "completed": "Mark completed",
        "no_show": "Mark no-show",
        "cancelled": "Cancel booking",
    }

    def __init__(self, item: PageItem, parent: QWidget | None) -> None:
        super().__init__("Booking", parent)
        self.form.addRow("Who", QLabel(item.label))
        self.form.addRow("When", QLabel(f"{item.start:%a %d %b %Y, %H:%M}–{item.end:%H:%M}"))
        self.form.addRow("Status", QLabel(item.status.replace("_", "-")))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.steps: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for status in sorted(TRANSITIONS.get(item.status, ()), key=list(self.LABELS).index):
            button = QPushButton(self.LABELS[status])
            button.clicked.connect(lambda _=False, s=status: self.status_chosen.emit(s))
            self.steps[status] = button
            row.addWidget(button)
        self.layout_.insertLayout(1, row)

    def _submit(self) -> None:
        self.reject()


class ResourceForm(_Form):
    """A new resource, or an existing one's zone, capacity and weekly hours.

    Signals: submitted(str name, str zone, int capacity, object weekly)."""

    submitted = Signal(str, str, int, object)

    def __init__(self, resource: ResourceInfo | None, parent: QWidget | None) -> None:
        super().__init__("Edit hours" if resource else "New resource", parent)
        self.name = QLineEdit(resource.name if resource else "")
        self.name.setReadOnly(resource is not None)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.zone.setCurrentText(resource.zone if resource else "Europe/Berlin")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10_000)
        self.capacity.setValue(resource.capacity if resource else 1)
        self.form.addRow("Name", self.name)
        self.form.addRow("Time zone", self.zone)
        self.form.addRow("Seats", self.capacity)
        self.days: list[QLineEdit] = []
        for index, day in enumerate(WEEKDAYS):
            default = "09:00-17:00" if index < 5 and resource is None else "closed"
            intervals = resource.weekly.get(index, []) if resource else None
            edit = QLineEdit(format_intervals(intervals) if intervals is not None else default)
            edit.setPlaceholderText("09:00-12:00,13:00-17:00 or closed")
            self.days.append(edit)
            self.form.addRow(day.capitalize(), edit)

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.show_error("Give the resource a name.")
            return
        weekly: dict[int, list[tuple[int, int]]] = {}
        try:
            for index, edit in enumerate(self.days):
                intervals = parse_intervals(edit.text(), f"{WEEKDAYS[index]} {edit.text()}")
                if intervals:
                    weekly[index] = intervals
        except HoursSpecError as exc:
            self.show_error(str(exc))
            return
        self.submitted.emit(
            self.name.text().strip(), self.zone.currentText().strip(), self.capacity.value(), weekly
        )


class ExceptionsForm(_Form):
    """Dates whose hours replace the week's. Signals: submitted(object day, object intervals),
    removed(object day)."""

    submitted = Signal(object, object)
    removed = Signal(object)

    def __init__(self, resource: ResourceInfo, parent: QWidget | None) -> None:
        super().__init__(f"Date exceptions of {resource.name}", parent)
        self.list = QListWidget()
        self.form.addRow(self.list)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.hours = QLineEdit("closed")
        self.hours.setPlaceholderText("closed, or 10:00-14:00")
        self.form.addRow("Date", self.day)
        self.form.addRow("Hours that day", self.hours)
        remove = QPushButton("Remove selected")
        remove.clicked.connect(self._remove)
        self.form.addRow(remove)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save date")
        self.set_resource(resource)

    def set_resource(self, resource: ResourceInfo) -> None:
        self.list.clear()
        for day in sorted(resource.exceptions):
            item = QListWidgetItem(
                f"{day:%a %d %b %Y}: {format_intervals(resource.exceptions[day])}"
            )
            item.setData(256, day.isoformat())
            self.list.addItem(item)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removed.emit(date.fromisoformat(item.data(256)))

    def _submit(self) -> None:
        try:
            intervals = parse_intervals(self.hours.text())
        except HoursSpecError as exc:
            self.show_error(str(exc))
            return
        self.submitted.emit(self.day.date().toPython(), intervals)


class BlocksForm(_Form):
    """Holidays and maintenance. Signals: submitted(object start, object end, str reason),
    removed(int block_id)."""

    submitted = Signal(object, object, str)
    removed = Signal(int)

    def __init__(self, resource: ResourceInfo, parent: QWidget | None) -> None:
        super().__init__(f"Blocks of {resource.name}", parent)
        self.list = QListWidget()
        self.form.addRow(self.list)
        start = QDateTime(QDate.currentDate().addDays(1), QTime(9, 0))
        self.start = QDateTimeEdit(start)
        self.end = QDateTimeEdit(start.addSecs(8 * 3600))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Holiday, maintenance …")
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(QLabel("to"))
        row.addWidget(self.end)
        self.form.addRow("From", row)
        self.form.addRow("Reason", self.reason)
        remove = QPushButton("Remove selected")
        remove.clicked.connect(self._remove)
        self.form.addRow(remove)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add block")

    def set_blocks(self, blocks: list[BlockInfo], zone: str) -> None:
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(zone)
        self.list.clear()
        for block in blocks:
            start, end = block.start.astimezone(tz), block.end.astimezone(tz)
            kind = "busy" if block.kind == "busy" else "blocked"
            item = QListWidgetItem(
                f"{start:%d %b %H:%M} – {end:%d %b %H:%M}  {kind}  {block.reason}"
            )
            item.setData(256, block.block_id)
            self.list.addItem(item)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removed.emit(int(item.data(256)))

    def _submit(self) -> None:
        start = self.start.dateTime().toPython()
        end = self.end.dateTime().toPython()
        assert isinstance(start, datetime) and isinstance(end, datetime)
        if end <= start:
            self.show_error("A block must end after it starts.")
            return
        self.submitted.emit(start, end, self.reason.text().strip())
