"""File-type icons for the explorer, drawn once and cached (no image assets to ship)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# Extension → (badge text, colour): the colours editors commonly use for these types.
_TYPES: dict[str, tuple[str, str]] = {
    "tsx": ("TSX", "#3178c6"),
    "ts": ("TS", "#3178c6"),
    "jsx": ("JSX", "#d4a900"),
    "js": ("JS", "#d4a900"),
    "mjs": ("JS", "#d4a900"),
    "cjs": ("JS", "#d4a900"),
    "css": ("CSS", "#8e44ad"),
    "json": ("{}", "#b7950b"),
    "md": ("MD", "#566573"),
    "html": ("<>", "#e44d26"),
    "svg": ("SVG", "#16a085"),
    "png": ("IMG", "#27ae60"),
    "jpg": ("IMG", "#27ae60"),
    "jpeg": ("IMG", "#27ae60"),
    "gif": ("IMG", "#27ae60"),
    "webp": ("IMG", "#27ae60"),
    "ico": ("IMG", "#27ae60"),
}


def _extension(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@cache
def _badge(text: str, colour: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(1, 4, 30, 24), 5, 5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11 if len(text) > 2 else 13)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(1, 4, 30, 24), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


@cache
def folder_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e0a526"))
    painter.drawRoundedRect(QRectF(2, 6, 13, 6), 2, 2)
    painter.setBrush(QColor("#f5c04a"))
    painter.drawRoundedRect(QRectF(2, 9, 28, 18), 3, 3)
    painter.end()
    return QIcon(pixmap)


def icon_for_path(path: str) -> QIcon:
    text, colour = _TYPES.get(_extension(path), ("·", "#95a5a6"))
    return _badge(text, colour)
