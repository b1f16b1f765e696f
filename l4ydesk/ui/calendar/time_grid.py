"""The week and day views: time rows, bookings as blocks, free slots to click, drag to move.

A drag only proposes a move: the booking is drawn where it was dropped until the worker has
re-checked it; a refused move snaps back (`snap_back`) and the panel says why in a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from l4ydesk.core.calendar.overview import CalendarPage, PageItem

GUTTER, HEADER, SNAP_MIN = 52, 26, 15
ITEM_COLOURS = {
    "booking": QColor("#1565c0"),
    "pending": QColor("#5e92f3"),
    "block": QColor("#757575"),
    "busy": QColor("#8e24aa"),
}
FREE_COLOUR = QColor(46, 125, 50, 60)


@dataclass
class _Drag:
    item: PageItem
    grab_offset: timedelta
    start: datetime
    moved: bool = False


class TimeGridView(QWidget):
    """`days` columns of time rows (7 for the week view, 1 for the day view).

    Signals:
        slot_clicked(object, object): a free slot was chosen (start, end datetimes).
        move_requested(int, object): a booking was dropped at a new start (id, datetime).
        booking_activated(int): a booking was double-clicked or chosen with Enter.
        day_activated(object): a column header was clicked (a `date`).
    """

    slot_clicked = Signal(object, object)
    move_requested = Signal(int, object)
    booking_activated = Signal(int)
    day_activated = Signal(object)

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = days
        self.first = date.today()
        self.page: CalendarPage | None = None
        self.first_hour, self.last_hour = 7, 20
        self.selected_slot: tuple[datetime, datetime] | None = None
        self.dragging: _Drag | None = None
        self._moved: dict[int, datetime] = {}  # bookings drawn at a proposed start
        self._items: list[PageItem] = []
        self._slots: list[tuple[datetime, datetime]] = []
        # Slot rows for one geometry: a drag repaints on every mouse move, and the rows of a
        # week (hundreds of slots) only change with the page, the size or the shown hours.
        self._rows_for: tuple[int, int, int, int] | None = None
        self._rows: list[tuple[tuple[datetime, datetime], QRectF]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 300)
        self.setAccessibleName("Week" if days > 1 else "Day")

    # ----- data ------------------------------------------------------------------------------

    def set_page(self, first: date, page: CalendarPage | None) -> None:
        self.first, self.page = first, page
        # Only what the shown days touch is kept, so painting and hit tests stay cheap.
        after = first + timedelta(days=self.days)
        self._items = [
            i
            for i in (page.items if page else [])
            if i.start.date() < after and i.end.date() >= first
        ]
        self._slots = [
            slot
            for offset in range(self.days)
            for slot in (page.free.get(first + timedelta(days=offset), []) if page else [])
        ]
        self._moved.clear()
        self.dragging = None
        self._rows_for = None
        self._fit_hours()
        slots = self.free_slots()
        if self.selected_slot not in slots:
            self.selected_slot = slots[0] if slots and self.days == 1 else None
        self.update()

    def free_slots(self) -> list[tuple[datetime, datetime]]:
        return list(self._slots)

    def items(self) -> list[PageItem]:
        return list(self._items)

    def snap_back(self, booking_id: int) -> None:
        """Draw a booking where it was before a refused move."""
        self._moved.pop(booking_id, None)
        self.update()

    def _fit_hours(self) -> None:
        """08:00-18:00, widened to show every booking and free slot (not all-day blocks)."""
        hours = [8, 18]
        for item in self.items():
            if item.kind == "booking" and item.start.date() == item.end.date():
                hours += [item.start.hour, min(item.end.hour + 1, 24)]
        for start, end in self.free_slots():
            hours += [start.hour, min(end.hour + 1, 24) if end.date() == start.date() else 24]
        self.first_hour, self.last_hour = max(min(hours), 0), min(max(hours), 24)

    def slot_rects(self) -> list[tuple[tuple[datetime, datetime], QRectF]]:
        """Each free slot as a row from its start to the next slot's start (or its end), so
        overlapping slots (60 minutes every 15) stay separately clickable."""
        geometry = (self.width(), self.height(), self.first_hour, self.last_hour)
        if self._rows_for == geometry:
            return self._rows
        slots = self._slots
        rows = []
        for index, slot in enumerate(slots):
            end = slot[1]
            if index + 1 < len(slots) and slots[index + 1][0].date() == slot[0].date():
                end = min(end, slots[index + 1][0])
            rows.append((slot, self.rect_for(slot[0], end)))
        self._rows_for, self._rows = geometry, rows
        return rows

    # ----- geometry --------------------------------------------------------------------------

    def _column_width(self) -> float:
        return (self.width() - GUTTER) / self.days

    def _per_minute(self) -> float:
        return (self.height() - HEADER) / ((self.last_hour - self.first_hour) * 60)

    def rect_for(self, start: datetime, end: datetime) -> QRectF:
        column = (start.date() - self.first).days
        top = ((start.hour - self.first_hour) * 60 + start.minute) * self._per_minute()
        minutes = (end - start).total_seconds() / 60
        width = self._column_width()
        return QRectF(
            GUTTER + column * width + 2,
            HEADER + top,
            width - 4,
            max(minutes * self._per_minute(), 6),
        )

    def time_at(self, point: QPointF) -> datetime | None:
        if self.page is None or point.x() < GUTTER or point.y() < HEADER:
            return None
        column = int((point.x() - GUTTER) // self._column_width())
        if not 0 <= column < self.days:
            return None
        minutes = (point.y() - HEADER) / self._per_minute() + self.first_hour * 60
        day = self.first + timedelta(days=column)
        midnight = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(self.page.zone))
        return midnight + timedelta(minutes=int(minutes))

    def _start_of(self, item: PageItem) -> datetime:
        return self._moved.get(item.item_id, item.start) if item.kind == "booking" else item.start

    def item_at(self, point: QPointF) -> PageItem | None:
        for item in reversed(self.items()):
            if item.kind != "booking":
                continue
            start = self._start_of(item)
            if self.rect_for(start, start + (item.end - item.start)).contains(point):
                return item
        return None

    def slot_at(self, point: QPointF) -> tuple[datetime, datetime] | None:
        for slot, rect in self.slot_rects():
            if rect.contains(point):
                return slot
        return None

    # ----- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        width, per_minute = self._column_width(), self._per_minute()
        painter.setPen(QColor("#9e9e9e"))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * 60 * per_minute
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.drawText(
                QRectF(0, y - 2, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00"
            )
        for column in range(self.days):
            day = self.first + timedelta(days=column)
            x = GUTTER + column * width
            painter.setPen(QColor("#bdbdbd"))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(QColor("#1565c0") if day == date.today() else QColor("#212121"))
            painter.drawText(
                QRectF(x, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter, day.strftime("%a %d %b")
            )
        # Items reaching outside the shown hours (an all-day block) stay below the header.
        painter.setClipRect(QRectF(GUTTER, HEADER, self.width() - GUTTER, self.height() - HEADER))
        for slot, row in self.slot_rects():
            rect = row.adjusted(1, 1, -1, -1)
            painter.fillRect(rect, FREE_COLOUR)
            if slot == self.selected_slot:
                painter.setPen(QPen(QColor("#2e7d32"), 2))
                painter.drawRect(rect)
            if self.days == 1 and rect.height() >= 14:
                painter.setPen(QColor("#1b5e20"))
                painter.drawText(
                    rect.adjusted(4, 0, 0, 0),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{slot[0]:%H:%M} free",
                )
        for item in self.items():
            self._paint_item(painter, item)
        painter.end()

    def _paint_item(self, painter: QPainter, item: PageItem) -> None:
        start = self._start_of(item)
        rect = self.rect_for(start, start + (item.end - item.start))
        if item.kind == "booking":
            colour = ITEM_COLOURS["pending" if item.status == "pending" else "booking"]
        else:
            colour = ITEM_COLOURS[item.kind]
        painter.setPen(QPen(colour.darker(130), 1))
        if item.kind == "block":
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white") if item.kind != "block" else QColor("#212121"))
        label = f"{start:%H:%M} {item.label}".strip()
        painter.drawText(
            rect.adjusted(4, 1, -2, -1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
        )

    # ----- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if point.y() < HEADER and point.x() >= GUTTER:
            column = int((point.x() - GUTTER) // self._column_width())
            self.day_activated.emit(self.first + timedelta(days=column))
            return
        item = self.item_at(point)
        when = self.time_at(point)
        if item is not None and when is not None:
            start = self._start_of(item)
            self.dragging = _Drag(item, when - start, start)
            return
        slot = self.slot_at(point)
        if slot is not None:
            self.selected_slot = slot
            self.update()
            self.slot_clicked.emit(*slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag, when = self.dragging, self.time_at(event.position())
        if drag is None or when is None:
            return
        start = when - drag.grab_offset
        minutes = (start.hour * 60 + start.minute) // SNAP_MIN * SNAP_MIN
        snapped = start.replace(hour=minutes // 60, minute=minutes % 60, second=0, microsecond=0)
        if snapped != self._start_of(drag.item):
            drag.moved = True
            self._moved[drag.item.item_id] = snapped
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.dragging = self.dragging, None
        if drag is None or not drag.moved:
            return
        new_start = self._moved.get(drag.item.item_id, drag.start)
        if new_start != drag.start:
            self.move_requested.emit(drag.item.item_id, new_start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.booking_activated.emit(item.item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down walk the free slots; Enter books the chosen one."""
        key = Qt.Key(event.key())
        slots = self.free_slots()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and slots:
            index = slots.index(self.selected_slot) if self.selected_slot in slots else -1
            index = max(0, min(len(slots) - 1, index + (1 if key == Qt.Key.Key_Down else -1)))
            self.selected_slot = slots[index]
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_slot is not None:
            self.slot_clicked.emit(*self.selected_slot)
        else:
            super().keyPressEvent(event)
