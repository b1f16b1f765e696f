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
# Built once: a paint draws 42 cells, and combining Qt flags or making pens in Python for each
# one cost as much as the drawing itself (the GUI thread repaints on every month switch).
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_TOP_LEFT_WRAP = _TOP_LEFT | Qt.TextFlag.TextWordWrap
_GRID_PEN = QPen(QColor("#bdbdbd"))
_OUTSIDE_FILL = QColor("#f5f5f5")
_TEXT = QColor("#424242")
_DAY_TEXT = QColor("#212121")
_FADED = QColor("#9e9e9e")
_TODAY_PEN = QPen(QColor("#1565c0"), 2)
_MARK_TEXT = {
    "available": "{free} free",
    "partly": "{free} free · {booked} booked",
    "full": "full · {booked} booked",
    "blocked": "blocked",
    "closed": "",
}


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
        # No antialiasing: the grid is axis-aligned rectangles and text (text is smoothed
        # anyway); only the busy dot asks for it.
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width, height = self.width() / 7, (self.height() - HEADER) / 6
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for col, name in enumerate(WEEKDAYS):
            painter.drawText(
                QRect(int(col * width), 0, int(width), HEADER), Qt.AlignmentFlag.AlignCenter, name
            )
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.5))
        fonts = (self.font(), small)
        selected_pen = QPen(palette.highlight().color(), 3)
        first = month_grid_first(self.anchor)
        for index in range(42):
            row, col = divmod(index, 7)
            cell = QRect(int(col * width), int(HEADER + row * height), int(width), int(height))
            day = first + timedelta(days=index)
            self._paint_day(painter, day, cell.adjusted(1, 1, -1, -1), fonts, selected_pen)
        painter.end()

    def _paint_day(
        self,
        painter: QPainter,
        day: date,
        rect: QRect,
        fonts: tuple[QFont, QFont],
        selected_pen: QPen,
    ) -> None:
        in_month = day.month == self.anchor.month
        mark = self._marks.get(day)
        painter.setPen(_GRID_PEN)
        # The widget's background is already the base colour: only days outside the month
        # are filled again (filling every cell doubled the pixels a paint writes).
        if in_month:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(_OUTSIDE_FILL)
        painter.drawRect(rect)
        painter.setFont(fonts[0])
        if mark is not None:
            colour = MARK_COLOURS[mark.state]
            if not in_month:
                colour = QColor(colour)
                colour.setAlpha(110)
            band = QRect(rect.left() + 4, rect.bottom() - 10, rect.width() - 8, 6)
            painter.fillRect(band, colour)
            text = _MARK_TEXT[mark.state].format(free=mark.free, booked=mark.booked)
            if text:
                painter.setPen(_TEXT if in_month else _FADED)
                painter.setFont(fonts[1])
                painter.drawText(rect.adjusted(4, 20, -4, -12), _TOP_LEFT_WRAP, text)
                painter.setFont(fonts[0])
            if mark.busy_elsewhere:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BUSY_COLOUR)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.drawEllipse(QRect(rect.right() - 12, rect.top() + 6, 7, 7))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(_DAY_TEXT if in_month else _FADED)
        painter.drawText(rect.adjusted(5, 3, -5, -3), _TOP_LEFT, str(day.day))
        if day == self.today:
            painter.setPen(_TODAY_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if day == self.selected:
            painter.setPen(selected_pen)
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
