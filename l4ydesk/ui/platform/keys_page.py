"""The API keys page: create a key (shown and copyable once), list keys, revoke one.

It renders and asks; `core/platform/keys.py` decides (scopes, expiry, origins, hashing). Store
work runs through the caller's `run` (the window's worker), never on the GUI thread.

Signals:
    create_requested(list, str, list): scopes, expiry ("" for never), origins.
    revoke_requested(str): a key's prefix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
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

from l4ydesk.core.platform.scopes import scope_categories

if TYPE_CHECKING:
    from l4ydesk.core.platform.keys import KeyInfo

EXPIRIES = (("Never", ""), ("30 days", "30d"), ("90 days", "90d"), ("1 year", "365d"))
COLUMNS = ("Prefix", "Scopes", "Origins", "Last used", "Expires", "State")


class KeysPage(QWidget):
    """API keys of the open app."""

    create_requested = Signal(list, str, list)
    revoke_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_label = QLabel("No app open.", self)
        self.app_label.setStyleSheet("font-weight: 600;")
        self.scope_boxes: dict[str, QCheckBox] = {}
        scopes = QGroupBox("Scopes", self)
        grid = QGridLayout(scopes)
        grid.addWidget(QLabel("read"), 0, 1)
        grid.addWidget(QLabel("write"), 0, 2)
        for row, category in enumerate(scope_categories(), start=1):
            grid.addWidget(QLabel(category), row, 0)
            for column, action in enumerate(("read", "write"), start=1):
                box = QCheckBox(scopes)
                box.setAccessibleName(f"{category}:{action}")
                self.scope_boxes[f"{category}:{action}"] = box
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
        self.expiry = QComboBox(self)
        for text, value in EXPIRIES:
            self.expiry.addItem(text, value)
        self.origins = QLineEdit(self)
        self.origins.setPlaceholderText("https://shop.example (comma separated; empty: no browser)")
        self.create_button = QPushButton("Create Key", self)
        self.create_button.clicked.connect(self._on_create_button_clicked)

        self.new_key = QLineEdit(self)
        self.new_key.setReadOnly(True)
        self.copy_button = QPushButton("Copy", self)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.new_key_note = QLabel(self)
        self.new_key_note.setWordWrap(True)
        self.reveal = QFrame(self)
        self.reveal.setFrameShape(QFrame.Shape.StyledPanel)
        reveal = QVBoxLayout(self.reveal)
        line = QHBoxLayout()
        line.addWidget(self.new_key, 1)
        line.addWidget(self.copy_button)
        reveal.addLayout(line)
        reveal.addWidget(self.new_key_note)
        self.reveal.hide()

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.revoke_button = QPushButton("Revoke", self)
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QGridLayout()
        form.addWidget(QLabel("Expires"), 0, 0)
        form.addWidget(self.expiry, 0, 1)
        form.addWidget(QLabel("Browser origins"), 1, 0)
        form.addWidget(self.origins, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.app_label)
        layout.addWidget(scopes)
        layout.addLayout(form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reveal)
        layout.addWidget(self.message)
        layout.addWidget(QLabel("Keys of this app"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_app(None)

    def set_app(self, name: str | None) -> None:
        if name is not None and name == getattr(self, "_app_name", None):
            return  # the same app again (a refresh): keep a key just shown
        self._app_name = name
        self.app_label.setText(f"API keys of {name}" if name else "Open an app to manage its keys.")
        self.create_button.setEnabled(name is not None)
        self.new_key.clear()
        self.reveal.hide()
        if name is None:
            self.show_keys([])

    def show_keys(self, keys: list[KeyInfo]) -> None:
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            used = key.last_used_at.strftime("%Y-%m-%d %H:%M") if key.last_used_at else "never"
            expires = key.expires_at.strftime("%Y-%m-%d") if key.expires_at else "never"
            values = (
                key.prefix,
                ", ".join(key.scopes),
                ", ".join(key.origins) or "—",
                used,
                expires,
                key.state,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._on_table_selection_changed()

    def show_new_key(self, key: str, prefix: str) -> None:
        """The key, once: it is in this field until another app opens or another key is made."""
        self.new_key.setText(key)
        self.new_key_note.setText(
            f"Key {prefix} created. Copy it now: l4ydesk keeps only a hash"
            " and cannot show it again."
        )
        self.reveal.show()
        self.message.clear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def selected_scopes(self) -> list[str]:
        return [scope for scope, box in self.scope_boxes.items() if box.isChecked()]

    def _on_create_button_clicked(self) -> None:
        origins = [o.strip() for o in self.origins.text().split(",") if o.strip()]
        self.create_requested.emit(self.selected_scopes(), self.expiry.currentData(), origins)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.new_key.text())
        self.new_key_note.setText(self.new_key_note.text().split(" Copy it now")[0] + " Copied.")

    def _on_table_selection_changed(self) -> None:
        row = self.table.currentRow()
        state = self.table.item(row, 5) if row >= 0 else None
        self.revoke_button.setEnabled(state is not None and state.text() == "active")

    def _on_revoke_button_clicked(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.revoke_requested.emit(item.text())
