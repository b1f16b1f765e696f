"""The Connect panel: business records found in the open app's code, and connecting them.

Analysis and matching run in the worker (`state.load_snapshot`) with one IncrementalAnalyzer
per panel, so a refresh after a save re-parses only the saved file. One refresh runs at a
time; a refresh asked for meanwhile runs once the current one ends, and a result for an app
that is no longer open is dropped. Executing a plan and undoing a run also run in the worker;
the confirmation is a QMessageBox shown with `open()`, never a nested event loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.analyzer import IncrementalAnalyzer
from l4ydesk.core.connections import Connector
from l4ydesk.core.records import RecordBook
from l4ydesk.ui.connect import wording
from l4ydesk.ui.connect.item_detail import ItemDetail
from l4ydesk.ui.connect.menus import bulk_menu
from l4ydesk.ui.connect.panel_view import ConnectionPanelView
from l4ydesk.ui.connect.parts import MUTED, MessagePage, RunBar
from l4ydesk.ui.connect.problems import ProblemsView
from l4ydesk.ui.connect.state import (
    Choice,
    Choices,
    ConnectSnapshot,
    FileSource,
    FoundItem,
    execute,
    load_snapshot,
    plan_counts,
)
from l4ydesk.ui.connect.tree_model import ConnectTreeModel
from l4ydesk.ui.connect.type_detail import TypeDetail
from l4ydesk.ui.tasks import CoalescedJob, TaskRunner
from l4ydesk.ui.window.ops import Op


class ConnectionPanel(ConnectionPanelView):
    """Detected items of the open app grouped by type, their actions, and Connect / Undo.

    Call `set_app()` when the open app changes and `refresh()` when its files change.

    Signals:
        open_location_requested(str, int): show this file of the open app at this 1-based line.
        records_changed(): a run or an undo created, linked or removed records.
    """

    records_changed = Signal()

    def __init__(
        self,
        vfs: FileSource,
        records: RecordBook,
        connector: Connector,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        analyzer: IncrementalAnalyzer | None = None,
    ) -> None:
        super().__init__(parent)
        self._vfs = vfs
        self._records = records
        self._connector = connector
        self._tasks = tasks
        # Used only inside the store worker (one job at a time), so the window can share one
        # analyzer with the inspector and a file is parsed once for both.
        self._analyzer = analyzer or IncrementalAnalyzer()
        self._choices = Choices()
        self._snapshot: ConnectSnapshot | None = None
        self._app_id: int | None = None
        self._analysis = CoalescedJob(
            tasks, "analyze app", self._load_once, on_idle=self._update_controls
        )
        self._running = ""  # what is being executed or undone, for the progress line
        self._collapsed: set[str] = set()
        self._confirm_box: QMessageBox | None = None
        self._menu: QMenu | None = None
        self._build()
        self._show_message(wording.NO_APP)
        self._update_controls()

    # ----- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet(MUTED)
        self.all_button = QToolButton(self)
        self.all_button.setText("Set All")
        self.all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.all_button.setMenu(bulk_menu(self.all_button, self.apply_bulk))
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText("Re-analyze")
        self.refresh_button.setToolTip("Look through the app's code again")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.status_label, 1)
        header.addWidget(self.all_button)
        header.addWidget(self.refresh_button)

        self.model = ConnectTreeModel(self._choices, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.tree.expanded.connect(self._on_tree_expanded)
        columns = self.tree.header()
        columns.setStretchLastSection(False)
        # Name and action share the width, so a narrow dock keeps both readable.
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        columns.resizeSection(2, 48)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter by name or file (Ctrl+F)")
        self.filter_edit.setToolTip("Set All and a type's bulk actions change the items shown")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_filter)
        tree_page = QWidget(self)
        tree_layout = QVBoxLayout(tree_page)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.setSpacing(2)
        tree_layout.addWidget(self.filter_edit)
        tree_layout.addWidget(self.tree, 1)

        self.item_detail = ItemDetail(self)
        self.item_detail.choice_changed.connect(self._on_item_detail_choice_changed)
        self.item_detail.open_location_requested.connect(self.open_location_requested)
        self.type_detail = TypeDetail(self)
        self.type_detail.bulk_requested.connect(self._on_type_detail_bulk_requested)
        hint = QLabel(wording.NO_SELECTION, self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet(MUTED + " padding: 12px;")
        self._details = QStackedWidget(self)
        for page in (hint, self.item_detail, self.type_detail):
            self._details.addWidget(page)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._details)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(tree_page)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 480])

        self.message = MessagePage(self)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.message)
        self._pages.addWidget(self.splitter)

        self.problems = ProblemsView(self)
        self.problems.open_location_requested.connect(self.open_location_requested)

        self.run_bar = RunBar(self)
        self.run_bar.undo_button.clicked.connect(self.undo_last_run)
        self.run_bar.connect_button.clicked.connect(self.ask_connect)
        self.undo_button = self.run_bar.undo_button
        self.connect_button = self.run_bar.connect_button
        self.counts_label = self.run_bar.counts_label
        self.result_label = self.run_bar.result_label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.run_bar)

    # ----- public --------------------------------------------------------------------------

    @property
    def app_id(self) -> int | None:
        return self._app_id

    @property
    def snapshot(self) -> ConnectSnapshot | None:
        """The last analysis shown (None before the first one ends or without an app)."""
        return self._snapshot

    @property
    def files_parsed(self) -> int:
        """Files parsed over the panel's life: unchanged files are not parsed again."""
        return self._analyzer.files_parsed

    @property
    def busy(self) -> bool:
        return self._analysis.running or bool(self._running)

    def set_app(self, app_id: int | None) -> None:
        """Show this app (None or 0: no app); choices made for another app are dropped."""
        app_id = app_id or None
        if app_id == self._app_id:
            return
        self._app_id = app_id
        self._snapshot = None
        self._choices.clear()
        self._collapsed.clear()
        self.filter_edit.clear()
        self.model.set_items([])
        self._details.setCurrentIndex(0)
        self._show_result("")
        self.problems.set_problems(())
        if app_id is None:
            self._show_message(wording.NO_APP)
        else:
            self._show_message("Analyzing the app's code…")
            self.refresh()
        self._update_controls()

    def refresh(self) -> None:
        """Analyze the open app again (only changed files are parsed)."""
        if self._app_id is None:
            return
        self._analysis.request()
        self._update_controls()

    def item(self, key: str) -> FoundItem | None:
        return self._snapshot.item(key) if self._snapshot else None

    def select_item(self, key: str) -> None:
        index = self.model.index_of_key(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def choice_of(self, key: str) -> Choice | None:
        return self._choices.get(key)

    def ask_connect(self) -> None:
        """Show what a run would do and run it once the user confirms."""
        snapshot = self._snapshot
        if snapshot is None or self._running:
            return
        if self._details.currentWidget() is self.item_detail and self.item_detail.has_errors():
            self._show_result("Fix the name or the properties marked in red first.", error=True)
            return
        counts = plan_counts(self._choices, snapshot.items)
        if not counts.changes:
            self._show_result(wording.nothing_to_connect(counts, self.model.connected_count()))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Connect records",
            wording.confirm_text(counts),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            "Records are created and linked to this app in one step; Undo Last Run takes it back."
        )
        connect = box.addButton("Connect", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(connect)
        choices, items, app_id = self._choices.copy(), snapshot.items, snapshot.app_id
        total = counts.create + counts.link + counts.skip

        def finished(_result: int) -> None:
            if box.clickedButton() is connect:
                self._tasks.start(self._execute(app_id, choices, items, total), "connect records")

        box.finished.connect(finished)
        box.open()
        self._confirm_box = box

    def undo_last_run(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or snapshot.last_run is None or self._running:
            return
        self._tasks.start(self._undo(snapshot.last_run.run_id), "undo connection run")

    # ----- background work -----------------------------------------------------------------

    async def _load_once(self) -> None:
        app_id = self._app_id
        if app_id is None:
            return
        op = Op(
            self._tasks, "load connections", load_snapshot,
            self._vfs, self._records, self._connector, self._analyzer, app_id,
        )  # fmt: skip
        op.while_current(lambda: app_id == self._app_id).reports(self._say_error)
        self._apply(await op.run())

    async def _execute(
        self, app_id: int, choices: Choices, items: tuple[FoundItem, ...], total: int
    ) -> None:
        self._set_running(f"Connecting {wording.plural(total, 'item')}…")
        try:
            op = Op(self._tasks, "connect", execute, self._connector, app_id, choices, items)
            result = await op.reports(self._say_error).run()
        finally:
            self._set_running("")
        self.records_changed.emit()
        if app_id == self._app_id:
            self._show_result(f"Connected. {result.summary()}", success=True)
            self.refresh()

    async def _undo(self, run_id: int) -> None:
        app_id = self._app_id
        self._set_running("Undoing the last run…")
        try:
            op = Op(self._tasks, "undo connection run", self._connector.undo, run_id)
            result = await op.reports(self._say_error).run()
        finally:
            self._set_running("")
        self.records_changed.emit()
        if app_id == self._app_id:
            self._show_result(f"Undone. {result.summary()}", success=result.complete)
            self.refresh()
