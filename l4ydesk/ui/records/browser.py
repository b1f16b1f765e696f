"""The records browser: find business records by type and text, then see and edit one.

Every RecordBook call runs in the worker; a load that an app switch or a newer search made
stale is dropped by its sequence number. Unsaved edits are never dropped silently: choosing
another record first asks (with `open()`, never a nested event loop).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.core.records import LinkedApp, Record, RecordBook
from l4ydesk.ui.records.detail import RecordDetail, RecordEdit
from l4ydesk.ui.records.list_model import RecordListModel
from l4ydesk.ui.records.property_table import PropertiesError
from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.ops import Op, ViewToken

SEARCH_DELAY_MS: Final = 250
WIDE_LAYOUT_MIN_WIDTH: Final = 760  # narrower (a dock) stacks the list above the editor


def empty_text(type_key: str | None, search: str) -> str:
    """What the list says when nothing matches the current filter."""
    plural = f"{ONTOLOGY.get(type_key).label.lower()}s" if type_key else "records"
    if search.strip():
        return f"No {plural} match “{search.strip()}”."
    if type_key:
        return f"No {plural} yet."
    return (
        "No business records yet.\nConnect an app's code in the Connect panel, "
        "and the records it creates appear here."
    )


class RecordsBrowser(QWidget):
    """Lists, searches and edits the workspace's business records.

    Call `refresh()` when records may have changed elsewhere (after a connection run).

    Signals:
        record_saved(int): the user saved a record; the argument is its id.
    """

    record_saved = Signal(int)

    def __init__(self, records: RecordBook, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._records = records
        self._tasks = tasks
        self._listing = ViewToken()  # moves on with each filter or search
        self._restoring = False
        self._saving = False
        self._leave_box: QMessageBox | None = None
        self._loaded_once = False

        self.type_filter = QComboBox(self)
        self.type_filter.addItem("All records", None)
        for record_type in ONTOLOGY:
            self.type_filter.addItem(f"{record_type.label}s", record_type.key)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search names and properties")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #7f8c8d;")

        self.model = RecordListModel(self)
        self.list = QTreeView(self)
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 70), (3, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #7f8c8d; padding: 16px;")
        self._list_stack = QStackedWidget(self)
        self._list_stack.addWidget(self.list)
        self._list_stack.addWidget(self.empty_label)

        self.detail = RecordDetail(self)
        self.detail.save_requested.connect(self.save)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.type_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.empty_label.setText("Loading records…")
        self._list_stack.setCurrentWidget(self.empty_label)

    # ----- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (and the shown record, unless it has unsaved edits)."""
        self._loaded_once = True
        self._search_timer.stop()
        self._tasks.start(self._load(), "load records")

    def set_type_filter(self, type_key: str | None) -> None:
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(type_key)))

    def select_record(self, record_id: int) -> None:
        """Select a record in the list if it is shown (as if the user clicked it)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def save(self) -> None:
        """Save the shown record's edits; bad JSON is refused inline and nothing is saved."""
        if self.detail.record is None or self._saving:
            return
        try:
            edit = self.detail.edit()
        except PropertiesError:
            return
        self._tasks.start(self._save(edit), "save record")

    # ----- loading --------------------------------------------------------------------------

    def _type_key(self) -> str | None:
        data = self.type_filter.currentData()
        return data if isinstance(data, str) else None

    async def _load(self) -> None:
        self._listing.move_on()  # a newer filter or search drops the answer to this one
        type_key, search = self._type_key(), self.search.text()
        op = Op(self._tasks, "list records", self._records.list_records, type_key, search)
        records = await op.for_view(self._listing).run()
        self.model.set_records(records)
        self.count_label.setText(f"{len(records)} record{'s' if len(records) != 1 else ''}")
        self.empty_label.setText(empty_text(type_key, search))
        self._list_stack.setCurrentIndex(0 if records else 1)
        shown = self.detail.record
        if shown is None:
            return
        self._select_silently(shown.id)
        if self.detail.is_dirty():
            return
        if self.model.row_of(shown.id) < 0:
            self.detail.clear()
        else:
            await self._open(shown.id)

    def _select_silently(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        self._restoring = True
        try:
            if row >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.list.selectionModel().clearSelection()
        finally:
            self._restoring = False

    async def _open(self, record_id: int) -> None:
        record, apps = await Op(self._tasks, "open record", _read, self._records, record_id).run()
        shown = self.detail.record
        if self.detail.is_dirty() and shown is not None and shown.id == record_id:
            return  # the user started editing while we read: keep their edits
        self.detail.show_record(record, apps)

    # ----- selection ------------------------------------------------------------------------

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        record = self.model.record_at(current.row())
        shown = self.detail.record
        if record is None or (shown is not None and shown.id == record.id):
            return
        if self.detail.is_dirty() and shown is not None:
            self._ask_before_leaving(shown.name, record.id)
        else:
            self._tasks.start(self._open(record.id), "open record")

    def _ask_before_leaving(self, name: str, next_id: int) -> None:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Unsaved changes",
            f"Save your changes to “{name}” first?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            self,
        )
        box.setDefaultButton(buttons.Save)

        def finished(_result: int) -> None:
            choice = box.standardButton(box.clickedButton())
            if choice == buttons.Save:
                try:
                    edit = self.detail.edit()
                except PropertiesError:
                    self._back_to_shown()
                    return
                self._tasks.start(self._save(edit, then_open=next_id), "save record")
            elif choice == buttons.Discard:
                self._tasks.start(self._open(next_id), "open record")
            else:
                self._back_to_shown()

        box.finished.connect(finished)
        box.open()
        self._leave_box = box

    def _back_to_shown(self) -> None:
        if self.detail.record is not None:
            self._select_silently(self.detail.record.id)

    # ----- saving ---------------------------------------------------------------------------

    async def _save(self, edit: RecordEdit, then_open: int | None = None) -> None:
        self._saving = True
        self.detail.set_busy(True)

        def say(sentence: str) -> None:
            self.detail.show_error(f"Not saved: {sentence}")
            self._back_to_shown()

        try:
            op = Op(self._tasks, "save record", _save, self._records, edit)
            record, apps = await op.reports(say).run()
        finally:
            self._saving = False
            self.detail.set_busy(False)
        self.model.replace(record)
        self.record_saved.emit(record.id)
        if then_open is not None:
            await self._open(then_open)
        elif self.detail.record is not None and self.detail.record.id == record.id:
            self.detail.show_record(record, apps)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_LAYOUT_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)


def _read(records: RecordBook, record_id: int) -> tuple[Record, list[LinkedApp]]:
    """A record and the apps it is linked to (in the worker)."""
    return records.get(record_id), records.apps_of(record_id)


def _save(records: RecordBook, edit: RecordEdit) -> tuple[Record, list[LinkedApp]]:
    """Save an edited record; what it is now and the apps it is linked to (in the worker)."""
    record = records.update(
        edit.record_id, name=edit.name, properties=edit.properties, status=edit.status
    )
    return record, records.apps_of(record.id)
