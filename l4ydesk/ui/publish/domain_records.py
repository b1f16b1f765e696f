"""The publish console's DNS panel: the records to create for each custom domain, and Check again.

Fed by `PublishEvents.domain_records` (the pipeline's domains step, for each domain Vercel has
not verified yet). The table's cells are selectable and Copy Records puts the whole table on
the clipboard as tab-separated lines, ready for a DNS provider's form or a message to the
person who runs it. Check again asks for the waiting domains to be checked once more (DNS, then
Vercel's verification; no commit, no deploy): a verified domain leaves the table.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.ui.publish.review_page import monospace_font

COLUMNS = ("Domain", "Type", "Name", "Value")


class DomainRecordsPanel(QWidget):
    """Hidden until a domain waits for DNS. Signals: check_again_requested()."""

    check_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("domainRecords")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("domainProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #9a6700;")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("domainRecordsTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setFont(monospace_font())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.copy_button = QPushButton("Copy Records", self)
        self.copy_button.clicked.connect(self.copy_records)
        self.check_button = QPushButton("Check Again", self)
        self.check_button.setToolTip("Read DNS again and ask Vercel to verify the domains")
        self.check_button.clicked.connect(self._on_check_clicked)
        buttons = QVBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.problems)
        self._problems: dict[str, str] = {}
        self.clear()

    def clear(self) -> None:
        """A new run: nothing waits for DNS until the domains step says so."""
        self.table.setRowCount(0)
        self._problems.clear()
        self.problems.clear()
        self.problems.hide()
        self.check_button.setEnabled(True)
        self.hide()

    def show_records(self, domain: str, records: tuple[DnsRecord, ...], problem: str) -> None:
        """Show (or replace) the records `domain` needs."""
        self._remove_rows(domain)
        for record in records:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((domain, record.type, record.name, record.value)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if problem:
            self._problems[domain] = problem
        else:
            self._problems.pop(domain, None)
        self.problems.setText(" ".join(self._problems.values()))
        self.problems.setVisible(bool(self._problems))
        waiting = sorted({row[0] for row in self.rows()})
        self.intro.setText(
            f"{', '.join(waiting)} {'waits' if len(waiting) == 1 else 'wait'} for DNS. Create "
            "these records at your DNS provider (where the domain's DNS is managed), then "
            "Check Again; DNS changes can take a few minutes to spread."
        )
        self.check_button.setEnabled(True)
        self.show()

    def verified(self, domain: str) -> None:
        """`domain` is verified now: its records and problem go; the panel hides when empty."""
        self._remove_rows(domain)
        self._problems.pop(domain, None)
        self.problems.setText(" ".join(self._problems.values()))
        self.problems.setVisible(bool(self._problems))
        if self.table.rowCount() == 0:
            self.hide()

    def _remove_rows(self, domain: str) -> None:
        for row in reversed(range(self.table.rowCount())):
            item = self.table.item(row, 0)
            if item is not None and item.text() == domain:
                self.table.removeRow(row)

    def rows(self) -> list[tuple[str, ...]]:
        table = self.table
        return [
            tuple(
                (item.text() if (item := table.item(row, c)) else "") for c in range(len(COLUMNS))
            )
            for row in range(table.rowCount())
        ]

    def copy_records(self) -> None:
        lines = ["\t".join(COLUMNS), *("\t".join(row) for row in self.rows())]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _on_check_clicked(self) -> None:
        self.check_button.setEnabled(False)  # until the check has answered
        self.check_again_requested.emit()
