"""The Connect panel's pane for one record type: counts and the bulk actions for its items."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from l4ydesk.core.matching import SuggestedAction
from l4ydesk.ui.connect.state import FoundItem
from l4ydesk.ui.connect.wording import plural, type_heading


class Bulk(StrEnum):
    """What a bulk action sets every open (not yet connected) item in its scope to."""

    CREATE = "create"
    LINK_WHERE_CLEAR = "link_where_clear"
    SKIP = "skip"


BULK_LABELS = {
    Bulk.CREATE: "Create All",
    Bulk.LINK_WHERE_CLEAR: "Link Where Clear",
    Bulk.SKIP: "Skip All",
}
BULK_TIPS = {
    Bulk.CREATE: "Create a new record for every item not connected yet",
    Bulk.LINK_WHERE_CLEAR: "Link each item whose best candidate is clearly the same record",
    Bulk.SKIP: "Skip every item not connected yet",
}


class TypeDetail(QWidget):
    """Shows a type's counts with Create all / Link where clear / Skip all buttons.

    Signals:
        bulk_requested(str, str): set the items of this type (key) with this `Bulk` value.
    """

    bulk_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._type_key = ""
        self.title = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #7f8c8d;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.buttons: dict[Bulk, QPushButton] = {}
        for bulk in Bulk:
            button = QPushButton(BULK_LABELS[bulk], self)
            button.setToolTip(BULK_TIPS[bulk])
            button.clicked.connect(lambda _c=False, b=bulk: self._request(b))
            layout.addWidget(button)
            self.buttons[bulk] = button
        layout.addStretch(1)

    @property
    def type_key(self) -> str:
        return self._type_key

    def show_type(self, type_key: str, items: list[FoundItem], actions: str) -> None:
        self._type_key = type_key
        connected = sum(1 for found in items if found.connected is not None)
        clear = sum(
            1
            for found in items
            if found.connected is None and found.suggestion.action is SuggestedAction.LINK
        )
        self.title.setText(f"<b style='font-size:14px'>{type_heading(type_key)}</b>")
        lines = [f"{plural(len(items), 'item')} found; {connected} connected."]
        if actions:
            lines.append(f"Now: {actions}.")
        lines.append(f"{plural(clear, 'item')} clearly match an existing record.")
        self.summary.setText(" ".join(lines))
        open_items = len(items) - connected
        for button in self.buttons.values():
            button.setEnabled(open_items > 0)
        self.buttons[Bulk.LINK_WHERE_CLEAR].setEnabled(clear > 0)

    def _request(self, bulk: Bulk) -> None:
        self.bulk_requested.emit(self._type_key, str(bulk))
