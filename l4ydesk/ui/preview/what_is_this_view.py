"""The "What is this?" popover's widgets: layout, rendering of what it shows, placement, drag.

The behaviour (what to show, what Create/Link/Undo do) is in `what_is_this.py`; the decisions
themselves, without Qt, in `what_is_this_state.py`.
"""

from __future__ import annotations

from html import escape
from typing import Final

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.matching import LINK_THRESHOLD, MatchCandidate
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.selection_match import OTHER
from l4ydesk.ui.preview.inspector_messages import ElementInfo
from l4ydesk.ui.preview.what_is_this_state import OTHER_SENTENCE, type_label
from l4ydesk.ui.records.property_table import PropertyTable

MUTED: Final = "color: #6e7781;"
SUCCESS: Final = "color: #1a7f37;"
WIDTH: Final = 420
GAP: Final = 10
STYLE: Final = """
WhatIsThisPopover { background: palette(window); border: 1px solid #8c959f; border-radius: 6px; }
QLabel#title { font-size: 14px; font-weight: 600; }
QLabel#code { font-family: monospace; }
QLabel#reason { color: #6e7781; font-size: 12px; }
"""


def popover_position(anchor: QRect | None, size: QSize, screen: QRect, side: QRect) -> QPoint:
    """Where the popover goes: beside the element, else above or below it, else docked.

    Docked means at the top right inside `side` (the preview), for elements with no known box
    or too big to leave room around them.
    """

    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, max(low, high)))

    width, height = size.width(), size.height()
    # Edges as x + width (one past the last pixel): QRect.right() is the last pixel itself.
    screen_right, screen_bottom = screen.x() + screen.width(), screen.y() + screen.height()
    if anchor is not None and anchor.isValid():
        y = clamp(anchor.y(), screen.y(), screen_bottom - height)
        x = clamp(anchor.x(), screen.x(), screen_right - width)
        tries = (
            QPoint(anchor.x() + anchor.width() + GAP, y),
            QPoint(anchor.x() - GAP - width, y),
            QPoint(x, anchor.y() + anchor.height() + GAP),
            QPoint(x, anchor.y() - GAP - height),
        )
        for point in tries:
            if screen.contains(QRect(point, size)):
                return point
    x = clamp(side.x() + side.width() - GAP - width, screen.x(), screen_right - width)
    y = clamp(side.y() + GAP, screen.y(), screen_bottom - height)
    return QPoint(x, y)


class PopoverView(QFrame):
    """A frameless tool window with the popover's widgets; it renders, it does not decide."""

    def __init__(self, view: QWidget | None, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("whatIsThis")
        self.setWindowTitle("What is this?")
        self.setStyleSheet(STYLE)
        self._view = view
        self._info: ElementInfo | None = None
        self._candidates: tuple[MatchCandidate, ...] = ()
        self._drag_from: QPoint | None = None
        self._build()

    def _build(self) -> None:
        self.title_label = QLabel("What is this?", self)
        self.title_label.setObjectName("title")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Close (Esc)")
        self.close_button.clicked.connect(self.close)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.close_button)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("code")
        self.source_label.setTextFormat(Qt.TextFormat.RichText)

        self.match_combo = QComboBox(self)
        self.type_combo = QComboBox(self)
        for combo in (self.match_combo, self.type_combo):
            # Long detection names must not widen the popover past its fixed width.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("reason")
        self.reason_label.setWordWrap(True)
        for record_type in ONTOLOGY:
            self.type_combo.addItem(record_type.label, record_type.key)
        self.type_combo.addItem("Other", OTHER)
        self.name_edit = QLineEdit(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Found in code", self.match_combo)
        form.addRow(self.reason_label)
        form.addRow("Type", self.type_combo)
        form.addRow("Name", self.name_edit)

        self.other_label = QLabel(OTHER_SENTENCE, self)
        self.other_label.setWordWrap(True)
        self.other_label.setStyleSheet(MUTED)
        self.fields = PropertyTable(self)
        # Short, scrolling: the popover must fit beside an element on a laptop screen.
        self.fields.setMinimumHeight(120)
        self.fields.setMaximumHeight(170)
        self.fields.add_button.setText("Add")
        self.candidates_label = QLabel(self)
        self.candidates_label.setStyleSheet(MUTED)
        self.candidates = QListWidget(self)
        self.candidates.setUniformItemSizes(True)
        self.candidates.setStyleSheet("QListWidget::item { padding: 3px 2px; }")

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo", self)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.close)
        self.link_button = QPushButton("Link", self)
        self.link_button.setToolTip("Use the chosen existing record for this element")
        self.create_button = QPushButton("Create", self)
        self.create_button.setToolTip("Make a new record from what is filled in above")
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.link_button, self.create_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addWidget(self.other_label)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.candidates_label)
        layout.addWidget(self.candidates)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setFixedWidth(WIDTH)

    # ----- rendering ------------------------------------------------------------------------

    def _show_summary(self, info: ElementInfo) -> None:
        text = " ".join(info.text.split())
        shown = escape(text[:90] + ("…" if len(text) > 90 else ""), quote=False)
        tag = escape(f"<{info.tag}>", quote=False)
        self.summary_label.setText(
            f"<b>{tag}</b>"
            + (f" “{shown}”" if shown else "")
            + (
                f"<br><span style='{MUTED}'>in “{escape(info.heading)}”</span>"
                if info.heading
                else ""
            )
        )
        source = info.source
        self.source_label.setVisible(source is not None)
        if source is not None:
            where = escape(f"{source.path}:{source.line}", quote=False)
            self.source_label.setText(f"<a href='open'>{where}</a>")
            self.source_label.setToolTip("Open this line in the editor")

    def _list_candidates(self, type_key: str, found: tuple[MatchCandidate, ...]) -> None:
        self._candidates = found
        self.candidates.clear()
        if type_key == OTHER:
            return
        label = type_label(type_key)
        self.candidates_label.setVisible(True)
        if not found:
            self.candidates_label.setText(f"No existing {label} looks like it.")
        else:
            self.candidates_label.setText(f"Existing {label} records that look alike:")
        for candidate in found:
            entry = QListWidgetItem(
                f"{candidate.score:.0%} · {candidate.record.name} — {candidate.reason}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, int(candidate.record.id))
            entry.setToolTip(f"Record #{candidate.record.id}: {candidate.reason}")
            self.candidates.addItem(entry)
        self.candidates.setVisible(bool(found))
        if found:
            # As tall as its rows (three at most), not a fixed box that is mostly empty.
            rows = min(3, len(found))
            row = self.candidates.fontMetrics().height() + 8
            self.candidates.setFixedHeight(rows * row + 2 * self.candidates.frameWidth())
        if found and found[0].score >= LINK_THRESHOLD:
            self.candidates.setCurrentRow(0)  # clearly the same thing: Link is one click

    # ----- placement -------------------------------------------------------------------------

    def _position(self) -> QPoint:
        view = self._view
        size = self.size()
        if view is None:
            screen = QGuiApplication.primaryScreen().availableGeometry()
            return popover_position(None, size, screen, screen)
        screen = view.screen().availableGeometry()
        side = QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
        return popover_position(self._anchor(view), size, screen, side)

    def _fit(self) -> None:
        """Take the height the contents need now (rows came or went), no more."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        # For the fixed width: adjustSize() would ask for the height at the narrower sizeHint
        # width, where the wrapped sentences take more lines, and leave gaps at this one.
        height = self.heightForWidth(WIDTH)
        self.resize(WIDTH, height if height > 0 else self.sizeHint().height())

    def _keep_on_screen(self) -> None:
        """Move up when the popover grew past the bottom of the screen (candidates arrived)."""
        screen = self.screen().availableGeometry()
        overflow = self.y() + self.height() - (screen.y() + screen.height())
        if overflow > 0:
            self.move(self.x(), max(screen.y(), self.y() - overflow))

    def _anchor(self, view: QWidget) -> QRect | None:
        """The picked element's box on screen (CSS pixels times the page's zoom)."""
        info = self._info
        if info is None or not info.frame.in_top_coordinates:
            return None
        zoom = view.zoomFactor() if isinstance(view, QWebEngineView) else 1.0
        rect = info.rect
        top_left = view.mapToGlobal(QPointF(rect.x * zoom, rect.y * zoom)).toPoint()
        box = QRect(
            top_left, QSize(max(1, round(rect.width * zoom)), max(1, round(rect.height * zoom)))
        )
        visible = QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
        # Scrolled out of sight: no anchor rather than one off the view.
        return box.intersected(visible) if box.intersects(visible) else None

    # A frameless window: dragging its background moves it.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.pos()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
