"""Line icons for the preview toolbar, drawn once (no image assets to ship or theme to rely on)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZE = 32  # drawn at 2× a 16 px toolbar icon so it stays sharp on high-DPI screens
_INK = "#3d4450"


def _draw(paint: Callable[[QPainter], None]) -> QIcon:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(_SIZE / 16, _SIZE / 16)
    pen = QPen(QColor(_INK), 1.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    paint(painter)
    painter.end()
    return QIcon(pixmap)


def _polyline(painter: QPainter, *points: tuple[float, float]) -> None:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    painter.drawPath(path)


@cache
def back_icon() -> QIcon:
    return _draw(lambda p: _polyline(p, (10, 3), (5, 8), (10, 13)))


@cache
def forward_icon() -> QIcon:
    return _draw(lambda p: _polyline(p, (6, 3), (11, 8), (6, 13)))


@cache
def reload_icon() -> QIcon:
    def paint(p: QPainter) -> None:
        # An open circle (from 1 o'clock round to 11 o'clock) with an arrow head at its start.
        p.drawArc(QRectF(3, 3, 10, 10), 60 * 16, -300 * 16)
        _polyline(p, (10.5, 1.8), (10.6, 4.8), (13.4, 4.6))

    return _draw(paint)


@cache
def open_external_icon() -> QIcon:
    def paint(p: QPainter) -> None:
        # A box open at the top right, and an arrow leaving through the gap.
        _polyline(p, (7, 3), (3, 3), (3, 13), (13, 13), (13, 9))
        _polyline(p, (9, 3), (13, 3), (13, 7))
        _polyline(p, (13, 3), (7.5, 8.5))

    return _draw(paint)
