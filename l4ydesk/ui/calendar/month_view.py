"""The month grid: six weeks of days, each with a coloured mark for how bookable it is."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from l4ydesk.core.calendar.overview import CalendarPage, DayMark

# Colour per mark, and the word said for it (the legend and accessibility text use them).
MARK_COLOURS = {
    "available": QColor("#2e7d32"),
    "partly": QColor("#f9a825"),
    "full": QColor("#c62828"),
    "blocked": QColor("#616161"),
    "closed": QColor("#e0e0e0"),
}
MARK_WORDS = {
    "available": "available",
    "partly": "partly booked",
    "full": "fully booked",
    "blocked": "blocked",
    "closed": "closed",
}
BUSY_COLOUR = QColor("#6a1b9a")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HEADER = 24


def month_grid_first(anchor: date) -> date:
    """The Monday on or before the first of the anchor's month: the grid's first cell."""
    first = anchor.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    """Six weeks of day cells. Arrow keys move the selection, Enter or a double-click opens it.

    Signals:
        day_selected(object): the selected date changed (a `date`).
        day_activated(object): open this date (a `date`) in the day view.
    """

    day_selected = Signal(object)
    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 260)
        self.setAccessibleName("Month")
        self.anchor = date.today()
        self.selected = self.anchor
        self.today = date.today()
        self._marks: dict[date, DayMark] = {}

    def set_month(self, anchor: date, selected: date) -> None:
        self.anchor, self.selected = anchor, selected
        self.update()

    def set_page(self, page: CalendarPage | None) -> None:
        self._marks = dict(page.marks) if page else {}
        self.update()

    def mark(self, day: date) -> DayMark | None:
        return self._marks.get(day)

    def cell_rect(self, day: date) -> QRect:
        index = (day - month_grid_first(self.anchor)).days
        width, height = self.width() / 7, (self.height() - HEADER) / 6
        row, col = divmod(index, 7)
        return QRect(int(col * width), int(HEADER + row * height), int(width), int(height))

    def day_at(self, point: QPoint) -> date | None:
        if point.y() < HEADER:
            return None
        width, height = self.width() / 7, (self.height() - HEADER) / 6
        col, row = int(point.x() // width), int((point.y() - HEADER) // height)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return month_grid_first(self.anchor) + timedelta(days=row * 7 + col)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self.width() / 7
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for col, name in enumerate(WEEKDAYS):
            painter.drawText(
                QRect(int(col * width), 0, int(width), HEADER), Qt.AlignmentFlag.AlignCenter, name
            )
        painter.setFont(self.font())
        first = month_grid_first(self.anchor)
        for index in range(42):
            self._paint_day(painter, first + timedelta(days=index))
        painter.end()

    def _paint_day(self, painter: QPainter, day: date) -> None:
        rect = self.cell_rect(day).adjusted(1, 1, -1, -1)
        in_month = day.month == self.anchor.month
        mark = self._marks.get(day)
        painter.setPen(QPen(QColor("#bdbdbd")))
        painter.setBrush(self.palette().base() if in_month else QColor("#f5f5f5"))
        painter.drawRect(rect)
        if mark is not None:
            colour = QColor(MARK_COLOURS[mark.state])
            if not in_month:
                colour.setAlpha(110)
            band = QRect(rect.left() + 4, rect.bottom() - 10, rect.width() - 8, 6)
            painter.fillRect(band, colour)
            text = {
                "available": f"{mark.free} free",
                "partly": f"{mark.free} free · {mark.booked} booked",
                "full": f"full · {mark.booked} booked",
                "blocked": "blocked",
                "closed": "",
            }[mark.state]
            painter.setPen(QColor("#424242") if in_month else QColor("#9e9e9e"))
            small = QFont(self.font())
            small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.5))
            painter.setFont(small)
            painter.drawText(
                rect.adjusted(4, 20, -4, -12),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                text,
            )
            painter.setFont(self.font())
            if mark.busy_elsewhere:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BUSY_COLOUR)
                painter.drawEllipse(QRect(rect.right() - 12, rect.top() + 6, 7, 7))
        painter.setPen(QColor("#212121") if in_month else QColor("#9e9e9e"))
        painter.drawText(
            rect.adjusted(5, 3, -5, -3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        if day == self.today:
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if day == self.selected:
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self._select(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in moves:
            self._select(self.selected + timedelta(days=moves[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def _select(self, day: date) -> None:
        self.selected = day
        self.update()
        self.day_selected.emit(day)
