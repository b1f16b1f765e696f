"""The outbound webhooks page: an app's endpoints, each one's delivery log, and resend.

It renders and asks; `core/platform/outbox.py` decides (allowed URLs, events, retries).

Signals:
    add_requested(str, list): URL and event types of a new endpoint.
    endpoint_selected(int): show this endpoint's deliveries.
    resend_requested(int): send this delivery again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from l4ydesk.core.platform.outbox import Delivery, Endpoint


def _table(columns: tuple[str, ...], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _state(endpoint: Endpoint) -> str:
    # "reserved": a publish made it for the app's build; it gets its address when live.
    return "active" if endpoint.active else "reserved" if endpoint.reserved else "off"


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


class WebhooksPage(QWidget):
    add_requested = Signal(str, list)
    endpoint_selected = Signal(int)
    resend_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://hooks.example/l4ydesk")
        self.events = QLineEdit(self)
        self.events.setPlaceholderText("form.submitted, booking.created, checkout.completed")
        self.add_button = QPushButton("Add Endpoint", self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.secret = QLineEdit(self)
        self.secret.setReadOnly(True)
        self.secret.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.endpoints = _table(("#", "URL", "Events", "State"), self)
        self.endpoints.itemSelectionChanged.connect(self._on_endpoints_selection_changed)
        self.deliveries = _table(("#", "Event", "Status", "Tries", "Answer", "Created"), self)
        self.deliveries.itemSelectionChanged.connect(self._on_deliveries_selection_changed)
        self.resend_button = QPushButton("Resend", self)
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self._on_resend_button_clicked)
        form = QHBoxLayout()
        form.addWidget(self.url, 2)
        form.addWidget(self.events, 2)
        form.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.secret)
        layout.addWidget(self.message)
        layout.addWidget(QLabel("Endpoints"))
        layout.addWidget(self.endpoints, 1)
        layout.addWidget(QLabel("Deliveries of the selected endpoint (newest first)"))
        layout.addWidget(self.deliveries, 2)
        layout.addWidget(self.resend_button)

    def show_endpoints(self, endpoints: list[Endpoint]) -> None:
        _fill(
            self.endpoints,
            [
                (
                    str(e.endpoint_id),
                    e.url or "(set when published)",
                    ", ".join(e.events),
                    _state(e),
                )
                for e in endpoints
            ],
        )

    def show_deliveries(self, deliveries: list[Delivery]) -> None:
        rows = []
        for d in deliveries:
            answer = str(d.last_status) if d.last_status is not None else d.last_error or "—"
            created = datetime.fromtimestamp(d.created_at.timestamp()).strftime("%H:%M:%S")
            rows.append(
                (str(d.delivery_id), d.event_type, d.status, str(d.attempts), answer, created)
            )
        _fill(self.deliveries, rows)
        self._on_deliveries_selection_changed()

    def show_secret(self, secret: str) -> None:
        self.secret.setText(secret)
        self.secret.show()
        self.message.setText("The endpoint's signing secret, shown once: copy it to the receiver.")

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def selected_endpoint(self) -> int | None:
        item = self.endpoints.item(self.endpoints.currentRow(), 0)
        return int(item.text()) if item is not None else None

    def _on_add_button_clicked(self) -> None:
        events = [e.strip() for e in self.events.text().split(",") if e.strip()]
        self.add_requested.emit(self.url.text().strip(), events)

    def _on_endpoints_selection_changed(self) -> None:
        endpoint = self.selected_endpoint()
        if endpoint is not None:
            self.endpoint_selected.emit(endpoint)

    def _on_deliveries_selection_changed(self) -> None:
        self.resend_button.setEnabled(self.deliveries.currentRow() >= 0)

    def _on_resend_button_clicked(self) -> None:
        item = self.deliveries.item(self.deliveries.currentRow(), 0)
        if item is not None:
            self.resend_requested.emit(int(item.text()))
