"""The main window: app switcher, explorer, editor tabs, history, menus and status bar.

It renders state and calls the use cases in `core/` through the worker; it holds no business
rules. Every store call runs off the GUI thread via `TaskRunner.in_worker`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from l4ydesk import __version__
from l4ydesk.app import SAMPLE_APP_NAME, Services, sample_app_dir
from l4ydesk.core.analyzer import IncrementalAnalyzer
from l4ydesk.core.apps import AppInfo
from l4ydesk.core.errors import BinaryFileError
from l4ydesk.core.paths import is_under, normalize_path
from l4ydesk.core.transfer import ImportReport
from l4ydesk.core.vfs import looks_binary
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.chat import ChatPanel
from l4ydesk.ui.chat.v0_preview import install_v0_preview
from l4ydesk.ui.connect import ConnectionPanel
from l4ydesk.ui.console_panel import ConsolePanel
from l4ydesk.ui.editor_tabs import EditorTabs, ask_unsaved
from l4ydesk.ui.empty_state import NoFileOpenPage, WelcomePage
from l4ydesk.ui.explorer import FileExplorer
from l4ydesk.ui.local_preview import LocalPreviewController
from l4ydesk.ui.preview import PreviewPanel, PreviewSource
from l4ydesk.ui.preview.inspect_controller import InspectController
from l4ydesk.ui.records import RecordsBrowser
from l4ydesk.ui.revisions import RevisionPanel
from l4ydesk.ui.settings_dialog import KeysDialog
from l4ydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

UndoStep = tuple[str, Callable[[], Awaitable[None]]]


class MainWindow(QMainWindow):
    """The l4ydesk window.

    Signals:
        closed(): the window has closed (after any unsaved work was dealt with).
        first_painted(): the window has painted itself for the first time.
        app_changed(int): the open builder app changed (0 when none).
        files_refreshed(): the explorer shows the store's current files.
        file_saved(str): a file was saved as a new revision.
    """

    closed = Signal()
    first_painted = Signal()
    app_changed = Signal(int)
    files_refreshed = Signal()
    file_saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._s = services
        self.tasks = TaskRunner(services.executor, self)
        self.tasks.task_failed.connect(self._on_tasks_task_failed)
        self._app: AppInfo | None = None
        self._undo: list[UndoStep] = []
        self._closing = False
        self._painted = False
        self._layout = QSettings(
            str(services.settings.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self.setWindowTitle("l4ydesk")
        self.resize(1280, 800)
        self._build_central()
        self._build_docks()
        self._build_status_bar()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._restore_layout()
        self._show_app(None)
        self.tasks.start(self._load_apps(select=self._layout.value("last_app")), "load apps")

    # ----- construction --------------------------------------------------------------------

    def _build_central(self) -> None:
        self.welcome = WelcomePage(self)
        self.welcome.create_app_requested.connect(self.ask_new_app)
        self.welcome.open_sample_requested.connect(self.open_sample_app)
        self.welcome.import_requested.connect(self._on_welcome_import_requested)
        self.tabs = EditorTabs(self)
        self.tabs.save_requested.connect(self._on_tabs_save_requested)
        self.tabs.current_path_changed.connect(self._on_tabs_current_path_changed)
        self.tabs.dirty_changed.connect(self._update_title)
        self._no_file = NoFileOpenPage(self)
        self._editor_stack = QStackedWidget(self)
        self._editor_stack.addWidget(self._no_file)
        self._editor_stack.addWidget(self.tabs)
        self._central = QStackedWidget(self)
        self._central.addWidget(self.welcome)
        self._central.addWidget(self._editor_stack)
        self.setCentralWidget(self._central)

    def _build_docks(self) -> None:
        self.explorer = FileExplorer(self)
        self.explorer.file_activated.connect(self.open_file)
        self.explorer.create_requested.connect(self._on_explorer_create_requested)
        self.explorer.rename_requested.connect(self._on_explorer_rename_requested)
        self.explorer.delete_requested.connect(self._on_explorer_delete_requested)
        self.explorer.import_requested.connect(lambda _folder: self.ask_import())
        self.explorer.export_requested.connect(self.ask_export)
        self.explorer_dock = self._dock(
            "Files", "files", self.explorer, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.history = RevisionPanel(self)
        self.history.revision_selected.connect(self._on_history_revision_selected)
        self.history.restore_requested.connect(self._on_history_restore_requested)
        self.history_dock = self._dock(
            "History", "history", self.history, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.chat_panel = ChatPanel(
            self._s.chat, self._s.vfs, self.tasks, self._s.secrets, self._layout, self
        )
        self.chat_panel.files_changed.connect(self._on_chat_panel_files_changed)
        self.chat_panel.keys_requested.connect(self.open_keys_dialog)
        self.chat_panel.open_file_requested.connect(self.open_file)
        self.app_changed.connect(lambda app_id: self.chat_panel.set_app(app_id or None))
        self.chat_dock = self._dock(
            "Chat", "chat", self.chat_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.splitDockWidget(self.explorer_dock, self.chat_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.explorer_dock, self.chat_dock], [320, 480], Qt.Orientation.Vertical)
        self.preview = PreviewPanel(self)
        self.chat_panel.demo_url_changed.connect(
            lambda url: self.preview.set_source_url(PreviewSource.V0, url or None)
        )
        install_v0_preview(
            self.chat_panel, self.preview, self._s.chat, self.tasks, self.app_changed
        )
        self.preview_dock = self._dock(
            "Preview", "preview", self.preview, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.preview_dock, self.history_dock)
        self.history_dock.raise_()
        self.console = ConsolePanel(self)
        self.console_dock = self._dock(
            "Console", "console", self.console, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.console_dock.hide()  # shown when a local preview starts
        self.local_preview = LocalPreviewController(
            self._s.settings, self._s.vfs, self.tasks, self.console, self
        )
        self.local_preview.url_changed.connect(self._on_local_preview_url_changed)
        self.local_preview.state_changed.connect(self._on_local_preview_state_changed)
        self.app_changed.connect(lambda _id: self.local_preview.set_app(self._app))
        self.file_saved.connect(lambda _path: self.local_preview.files_changed())
        # One analyzer for the Connect panel and the inspector: both run in the single store
        # worker, so each changed file is parsed once.
        analyzer = IncrementalAnalyzer()
        self.connect_panel = ConnectionPanel(
            self._s.vfs, self._s.records, self._s.connector, self.tasks, self, analyzer=analyzer
        )
        self.connect_panel.open_location_requested.connect(self.open_location)
        self.connect_dock = self._dock(
            "Connect", "connect", self.connect_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.records_browser = RecordsBrowser(self._s.records, self.tasks, self)
        self.connect_panel.records_changed.connect(self.records_browser.refresh)
        self.records_dock = self._dock(
            "Records", "records", self.records_browser, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.history_dock, self.connect_dock)
        self.tabifyDockWidget(self.connect_dock, self.records_dock)
        self.history_dock.raise_()
        self.app_changed.connect(lambda app_id: self.connect_panel.set_app(app_id or None))
        self.inspect = InspectController(
            self.preview,
            self._s.records,
            self._s.connector,
            self._s.vfs,
            self.tasks,
            self,
            analyzer=analyzer,
        )
        self.inspect.open_location_requested.connect(self.open_location)
        self.inspect.records_changed.connect(self.records_browser.refresh)
        self.inspect.records_changed.connect(self.connect_panel.refresh)
        self.connect_panel.records_changed.connect(self.inspect.refresh_badges)
        self.app_changed.connect(lambda app_id: self.inspect.set_app(app_id or None))
        self.file_saved.connect(lambda _path: self.inspect.refresh())
        self.files_refreshed.connect(self.inspect.refresh)
        self.file_saved.connect(lambda _path: self.connect_panel.refresh())
        self.files_refreshed.connect(self.connect_panel.refresh)
        self.resizeDocks(
            [self.explorer_dock, self.history_dock], [280, 360], Qt.Orientation.Horizontal
        )

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self._file_count = QLabel(self)
        self._progress = QProgressBar(self)
        self._progress.setMaximumWidth(220)
        self._progress.setVisible(False)
        self.statusBar().addPermanentWidget(self._progress)
        self.statusBar().addPermanentWidget(self._file_count)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_new_app = self._action("New App…", self.ask_new_app, "Ctrl+Shift+N")
        self.act_sample = self._action("Open Sample App", self.open_sample_app)
        self.act_new_file = self._action(
            "New File…", lambda: self.explorer.ask_new_file(), "Ctrl+N"
        )
        self.act_import = self._action("Import Folder or Zip…", self.ask_import, "Ctrl+O")
        self.act_export = self._action("Export App…", self.ask_export, "Ctrl+E")
        self.act_save = self._action("Save", self.tabs.save_current, key.Save)
        self.act_save_all = self._action("Save All", self.tabs.save_all, "Ctrl+Shift+S")
        self.act_close_tab = self._action("Close Tab", self.tabs.close_current, "Ctrl+W")
        self.act_quit = self._action("Quit", self.close, key.Quit)
        self.act_undo_file = self._action("Undo File Change", self.undo_file_change, "Ctrl+Alt+Z")
        self.act_rename_app = self._action("Rename App…", self.ask_rename_app)
        self.act_duplicate_app = self._action("Duplicate App", self.duplicate_app)
        self.act_delete_app = self._action("Delete App…", self.ask_delete_app)
        self.act_refresh = self._action("Refresh Files", self.refresh_files, "F5")
        self.act_reset_layout = self._action("Reset Layout", self._reset_layout)
        self.act_logs = self._action("Open Log Folder", self._open_logs)
        self.act_about = self._action("About l4ydesk", self._about)
        self.act_keys = self._action("Keys…", self.open_keys_dialog, "Ctrl+,")
        self.act_local_preview = self._action(
            "Start Local Preview", self._toggle_local_preview, "Ctrl+Shift+L"
        )
        self.act_undo_file.setEnabled(False)

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        for act in (self.act_new_file, self.act_save, self.act_save_all, self.act_close_tab):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.act_undo_file)
        app_menu = menus.addMenu("&App")
        for act in (self.act_new_app, self.act_sample, self.act_rename_app, self.act_duplicate_app):
            app_menu.addAction(act)
        app_menu.addSeparator()
        app_menu.addAction(self.act_local_preview)
        app_menu.addSeparator()
        app_menu.addAction(self.act_delete_app)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.explorer_dock.toggleViewAction())
        view_menu.addAction(self.chat_dock.toggleViewAction())
        view_menu.addAction(self.history_dock.toggleViewAction())
        view_menu.addAction(self.preview_dock.toggleViewAction())
        view_menu.addAction(self.connect_dock.toggleViewAction())
        view_menu.addAction(self.records_dock.toggleViewAction())
        view_menu.addAction(self.console_dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_reset_layout)
        settings_menu = menus.addMenu("&Settings")
        settings_menu.addAction(self.act_keys)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.act_logs)
        help_menu.addAction(self.act_about)

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("toolbar_main")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" App: ", self))
        self.app_switcher = QComboBox(self)
        self.app_switcher.setMinimumWidth(240)
        self.app_switcher.setPlaceholderText("No app")
        self.app_switcher.activated.connect(self._on_app_switcher_activated)
        toolbar.addWidget(self.app_switcher)
        toolbar.addAction(self.act_new_app)
        toolbar.addSeparator()
        toolbar.addAction(self.act_new_file)
        toolbar.addAction(self.act_save)
        toolbar.addAction(self.act_import)
        toolbar.addAction(self.act_export)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # ----- layout --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self._default_state = self.saveState()
        geometry = self._layout.value("geometry")
        state = self._layout.value("state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        self._layout.setValue("geometry", self.saveGeometry())
        self._layout.setValue("state", self.saveState())
        self._layout.setValue("last_app", self._app.app_id if self._app else 0)
        self._layout.sync()

    def _reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in (
            self.explorer_dock,
            self.chat_dock,
            self.history_dock,
            self.preview_dock,
            self.connect_dock,
            self.records_dock,
        ):
            dock.show()

    # ----- apps ----------------------------------------------------------------------------

    @property
    def current_app(self) -> AppInfo | None:
        return self._app

    async def _load_apps(self, select: object = None) -> None:
        apps = await self.tasks.in_worker(self._s.catalog.list_apps)
        self.app_switcher.clear()
        for app in apps:
            self.app_switcher.addItem(app.name, app.app_id)
        wanted = int(str(select)) if str(select or "").isdigit() else None
        chosen = next((a for a in apps if a.app_id == wanted), None)
        if chosen is not None:
            await self._open_app(chosen)
        elif self._app is not None and not any(a.app_id == self._app.app_id for a in apps):
            self._show_app(None)
        self._sync_switcher()

    def _sync_switcher(self) -> None:
        index = self.app_switcher.findData(self._app.app_id) if self._app else -1
        self.app_switcher.setCurrentIndex(index)

    def _on_app_switcher_activated(self, index: int) -> None:
        app_id = self.app_switcher.itemData(index)
        if self._app is not None and app_id == self._app.app_id:
            return
        self._with_saved_work(
            lambda: self.tasks.start(self._switch_to(int(app_id)), "open app"),
            on_cancel=self._sync_switcher,
        )

    async def _switch_to(self, app_id: int) -> None:
        app = await self.tasks.in_worker(self._s.catalog.get, app_id)
        await self._open_app(app)

    async def _open_app(self, app: AppInfo) -> None:
        self.tabs.close_all_silently()
        self._undo.clear()
        self._update_undo_action()
        self._show_app(app)
        await self._refresh_files()
        self._sync_switcher()
        demo_url = await self.tasks.in_worker(self._s.chat.demo_url, app.app_id)
        if self._app is not None and self._app.app_id == app.app_id:
            self.preview.set_source_url(PreviewSource.V0, demo_url)

    def _show_app(self, app: AppInfo | None) -> None:
        self._app = app
        has_app = app is not None
        self._central.setCurrentIndex(1 if has_app else 0)
        for act in (
            self.act_local_preview,
            self.act_new_file,
            self.act_import,
            self.act_export,
            self.act_rename_app,
            self.act_duplicate_app,
            self.act_delete_app,
            self.act_refresh,
        ):
            act.setEnabled(has_app)
        self.explorer.set_empty_text(
            "No files yet.\nImport a folder or a zip, or create a file."
            if has_app
            else "No app is open.\nCreate one, or open the sample app."
        )
        if not has_app:
            self.preview.set_source_url(PreviewSource.V0, None)
            self.explorer.set_files([])
            self.history.clear()
            self._file_count.setText("")
        self._update_editor_page()
        self._update_title()
        self.app_changed.emit(app.app_id if app else 0)

    def ask_new_app(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("New app")
        dialog.setLabelText("Name of the new app:")
        dialog.textValueSelected.connect(
            lambda name: (
                self.tasks.start(self.create_app(name), "create app") if name.strip() else None
            )
        )
        dialog.open()

    async def create_app(self, name: str) -> AppInfo:
        app = await self.tasks.in_worker(self._s.catalog.create, name)
        await self._load_apps(select=app.app_id)
        self.statusBar().showMessage(f"Created {app.name}.", 5000)
        return app

    def open_sample_app(self) -> None:
        self._with_saved_work(lambda: self.tasks.start(self.import_sample(), "open sample"))

    async def import_sample(self) -> AppInfo:
        existing = await self.tasks.in_worker(self._s.catalog.list_apps)
        app = next((a for a in existing if a.name == SAMPLE_APP_NAME), None)
        if app is None:
            app = await self.tasks.in_worker(self._s.catalog.create, SAMPLE_APP_NAME)
            await self._load_apps(select=app.app_id)
            await self.import_into_app(sample_app_dir())
        else:
            await self._load_apps(select=app.app_id)
        if self.explorer.paths() and "app/page.tsx" in self.explorer.paths():
            await self.open_file_async("app/page.tsx")
        return app

    def ask_rename_app(self) -> None:
        if self._app is None:
            return
        app = self._app
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Rename app")
        dialog.setLabelText("New name:")
        dialog.setTextValue(app.name)
        dialog.textValueSelected.connect(
            lambda name: self.tasks.start(self._rename_app(app.app_id, name), "rename app")
        )
        dialog.open()

    async def _rename_app(self, app_id: int, name: str) -> None:
        app = await self.tasks.in_worker(self._s.catalog.rename, app_id, name)
        self._app = app
        await self._load_apps(select=app.app_id)

    def duplicate_app(self) -> None:
        if self._app is not None:
            self.tasks.start(self._duplicate(self._app.app_id), "duplicate app")

    async def _duplicate(self, app_id: int) -> None:
        copy = await self.tasks.in_worker(self._s.catalog.duplicate, app_id)
        await self._load_apps(select=copy.app_id)
        self.statusBar().showMessage(f"Created {copy.name} with {copy.file_count} files.", 5000)

    def ask_delete_app(self) -> None:
        if self._app is None:
            return
        app = self._app
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete app",
            f"Delete “{app.name}” and its {app.file_count} files with all their history?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText("This cannot be undone. Export the app first to keep a copy.")
        delete = box.addButton("Delete App", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _r: (
                self.tasks.start(self._delete_app(app.app_id), "delete app")
                if box.clickedButton() is delete
                else None
            )
        )
        box.open()
        self._delete_box = box

    async def _delete_app(self, app_id: int) -> None:
        self.tabs.close_all_silently()
        await self.tasks.in_worker(self._s.catalog.delete, app_id)
        self._show_app(None)
        await self._load_apps()
        self.statusBar().showMessage("App deleted.", 5000)

    # ----- files ---------------------------------------------------------------------------

    def refresh_files(self) -> None:
        self.tasks.start(self._refresh_files(), "refresh files")

    async def _refresh_files(self) -> None:
        if self._app is None:
            return
        app_id = self._app.app_id
        files = await self.tasks.in_worker(self._s.vfs.list_files, app_id)
        if self._app is None or self._app.app_id != app_id:
            return
        self.explorer.set_files(files)
        self._file_count.setText(f"{len(files)} files")
        self.files_refreshed.emit()

    def open_file(self, path: str) -> None:
        self.tasks.start(self.open_file_async(path), "open file")

    async def open_file_async(self, path: str) -> None:
        if self._app is None:
            return
        if self.tabs.pane_for(path) is not None:
            self.tabs.open_text(path, "")  # focuses the existing tab
            return
        data = await self.tasks.in_worker(self._s.vfs.read, self._app.app_id, path)
        if looks_binary(data):
            self.tabs.open_binary(path, len(data))
        else:
            self.tabs.open_text(path, data.decode("utf-8"))
        self._update_editor_page()

    def _toggle_local_preview(self) -> None:
        if self.local_preview.state == "stopped":
            self.console_dock.show()
            self.preview_dock.show()
            self.preview_dock.raise_()
            self.local_preview.start()
        else:
            self.tasks.start(self.local_preview.stop(), "stop local preview")

    def _on_local_preview_state_changed(self, state: str) -> None:
        self.act_local_preview.setText(
            "Start Local Preview" if state == "stopped" else "Stop Local Preview"
        )
        if state == "starting":
            self.statusBar().showMessage("Starting the local preview (npm and next dev)…")
        elif state == "running":
            self.statusBar().showMessage("The local preview is running.", 5000)

    def _on_local_preview_url_changed(self, url: str) -> None:
        self.preview.set_source_url(PreviewSource.LOCAL, url or None)
        if url:
            self.preview.select_source(PreviewSource.LOCAL)

    def _on_chat_panel_files_changed(self, paths: list[str]) -> None:
        """v0 or the AI changed files: refresh the tree, and open tabs without local edits."""

        async def run() -> None:
            await self._refresh_files()
            if self._app is None:
                return
            live = self.explorer.paths()
            self.tabs.paths_deleted({p for p in paths if p not in live})
            for path in paths:
                pane = self.tabs.pane_for(path)
                if path in live and pane is not None and not pane.is_modified():
                    text = await self.tasks.in_worker(self._s.vfs.read_text, self._app.app_id, path)
                    self.tabs.reload(path, text)

        self.tasks.start(run(), "refresh after chat")
        self.local_preview.files_changed()

    def open_location(self, path: str, line: int) -> None:
        """Open `path` in the editor with the cursor on `line` (from evidence, inspector)."""

        async def run() -> None:
            await self.open_file_async(path)
            pane = self.tabs.pane_for(path)
            if pane is not None:
                pane.editor.go_to_line(line)
                pane.editor.setFocus()

        self.tasks.start(run(), "open location")

    def _on_explorer_create_requested(self, path: str) -> None:
        self.tasks.start(self._create_file(path), "create file")

    async def _create_file(self, path: str) -> None:
        assert self._app is not None
        app_id = self._app.app_id
        info = await self.tasks.in_worker(self._s.vfs.create, app_id, path, b"")
        self._push_undo(f"Create {info.path}", lambda: self._undo_delete(app_id, [info.path]))
        await self._refresh_files()
        self.explorer.select_path(info.path)
        await self.open_file_async(info.path)

    async def _undo_delete(self, app_id: int, paths: list[str]) -> None:
        for path in paths:
            await self.tasks.in_worker(self._s.vfs.delete, app_id, path)
        self.tabs.paths_deleted(set(paths))
        await self._refresh_files()

    def _on_explorer_rename_requested(self, old: str, new: str) -> None:
        self.tasks.start(self._rename(old, new), "rename")

    async def _rename(self, old: str, new: str, undoable: bool = True) -> None:
        assert self._app is not None
        app_id = self._app.app_id
        target = normalize_path(new)
        await self.tasks.in_worker(self._s.vfs.rename, app_id, old, target)
        self.tabs.paths_renamed(
            {p: target + p[len(old) :] for p in self.explorer.paths() if is_under(p, old)}
        )
        if undoable:
            self._push_undo(f"Rename {old}", lambda: self._rename(target, old, undoable=False))
        await self._refresh_files()
        self.explorer.select_path(target)
        self.statusBar().showMessage(f"Moved {old} to {target}.", 5000)

    def _on_explorer_delete_requested(self, paths: list[str]) -> None:
        self.tasks.start(self._delete(paths), "delete files")

    async def _delete(self, paths: list[str]) -> None:
        assert self._app is not None
        app_id = self._app.app_id
        before = self.explorer.paths()
        ids: list[int] = []
        for path in paths:
            ids += await self.tasks.in_worker(self._s.vfs.delete, app_id, path)
        gone = {p for p in before if any(p == d or p.startswith(d + "/") for d in paths)}
        self.tabs.paths_deleted(gone)
        label = paths[0] if len(paths) == 1 else f"{len(paths)} items"
        self._push_undo(f"Delete {label}", lambda: self._undelete(app_id, ids))
        await self._refresh_files()
        self.statusBar().showMessage(f"Deleted {label}. Undo with Ctrl+Alt+Z.", 8000)

    async def _undelete(self, app_id: int, ids: list[int]) -> None:
        await self.tasks.in_worker(self._s.vfs.undelete, app_id, ids)
        await self._refresh_files()

    def _on_tabs_save_requested(self, path: str, text: str) -> None:
        self.tasks.start(self._save(path, text), f"save {path}")

    async def _save(self, path: str, text: str) -> None:
        assert self._app is not None
        try:
            info = await self.tasks.in_worker(
                self._s.vfs.write, self._app.app_id, path, text.encode("utf-8"), RevisionSource.USER
            )
        except Exception:
            self.tabs.save_failed(path)
            raise
        self.tabs.mark_saved(path, text)
        self.statusBar().showMessage(f"Saved {path} (revision {info.revision}).", 4000)
        if path not in self.explorer.paths():
            await self._refresh_files()
        if self.tabs.current_path() == path:
            await self._load_history(path)
        self.file_saved.emit(path)

    # ----- undo of file operations ---------------------------------------------------------

    def _push_undo(self, label: str, step: Callable[[], Awaitable[None]]) -> None:
        self._undo.append((label, step))
        del self._undo[:-50]
        self._update_undo_action()

    def _update_undo_action(self) -> None:
        self.act_undo_file.setEnabled(bool(self._undo))
        self.act_undo_file.setText(
            f"Undo {self._undo[-1][0]}" if self._undo else "Undo File Change"
        )

    def undo_file_change(self) -> None:
        if self._undo:
            label, step = self._undo.pop()
            self._update_undo_action()
            self.tasks.start(self._run_undo(label, step), "undo")

    async def _run_undo(self, label: str, step: Callable[[], Awaitable[None]]) -> None:
        await step()
        self.statusBar().showMessage(f"Undone: {label}.", 5000)

    # ----- import / export -----------------------------------------------------------------

    def _on_welcome_import_requested(self) -> None:
        self.tasks.start(self._new_app_from_disk(), "new app from disk")

    async def _new_app_from_disk(self) -> None:
        source = await self._pick_source()
        if source is None:
            return
        name = source.stem if source.is_file() else source.name
        await self.create_app(name or "Imported app")
        await self.import_into_app(source)

    def open_source_as_app(self, source: Path, name: str | None = None) -> None:
        """Create an app from a folder or zip on disk and open it (`l4ydesk open PATH`)."""

        async def run() -> None:
            await self.create_app(name or (source.stem if source.is_file() else source.name))
            await self.import_into_app(source)

        self.tasks.start(run(), "open from disk")

    def ask_import(self) -> None:
        if self._app is not None:
            self.tasks.start(self._import_from_dialog(), "import")

    async def _import_from_dialog(self) -> None:
        source = await self._pick_source()
        if source is not None:
            await self.import_into_app(source)

    async def _pick_source(self) -> Path | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Import",
            "Import a folder or a zip file?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        folder_btn = box.addButton("Folder…", QMessageBox.ButtonRole.AcceptRole)
        zip_btn = box.addButton("Zip File…", QMessageBox.ButtonRole.AcceptRole)
        await _await_dialog(box)
        clicked = box.clickedButton()
        if clicked is folder_btn:
            dialog = QFileDialog(self, "Import folder")
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        elif clicked is zip_btn:
            dialog = QFileDialog(self, "Import zip file", "", "Zip files (*.zip)")
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        else:
            return None
        if await _await_dialog(dialog) and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None

    async def import_into_app(self, source: Path) -> ImportReport:
        assert self._app is not None
        loop = asyncio.get_running_loop()
        self._progress.setRange(0, 0)
        self._progress.setVisible(True)
        self.statusBar().showMessage(f"Importing {source.name}…")

        def progress(stage: str, done: int, total: int) -> None:
            loop.call_soon_threadsafe(self._show_progress, stage, done, total)

        try:
            report = await self.tasks.in_worker(
                self._s.transfer.import_path, self._app.app_id, source, progress
            )
        finally:
            self._progress.setVisible(False)
        await self._refresh_files()
        log.info("import finished: %s", report.summary())
        self.statusBar().showMessage(report.summary(), 10000)
        if report.skipped:
            details = "\n".join(f"{p}: {why}" for p, why in report.skipped[:50])
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Import finished",
                report.summary(),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText(details)
            box.open()
            self._import_box = box
        return report

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self._progress.setRange(0, total)
        self._progress.setValue(done)
        self._progress.setFormat(f"{stage} %v/%m")

    def ask_export(self) -> None:
        if self._app is not None:
            self.tasks.start(self._export_from_dialog(), "export")

    async def _export_from_dialog(self) -> None:
        assert self._app is not None
        dialog = QFileDialog(self, "Export app as zip (or choose a folder name without .zip)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{self._app.slug}.zip")
        if not await _await_dialog(dialog) or not dialog.selectedFiles():
            return
        target = Path(dialog.selectedFiles()[0])
        transfer = self._s.transfer
        export = transfer.export_zip if target.suffix.lower() == ".zip" else transfer.export_folder
        count = await self.tasks.in_worker(export, self._app.app_id, target)
        self.statusBar().showMessage(f"Exported {count} files to {target}.", 8000)

    # ----- history -------------------------------------------------------------------------

    def _on_tabs_current_path_changed(self, path: str) -> None:
        self._update_title()
        if path:
            self.tasks.start(self._load_history(path), "load history")
        else:
            self.history.clear()

    async def _load_history(self, path: str) -> None:
        if self._app is None:
            return
        revisions = await self.tasks.in_worker(self._s.vfs.history, self._app.app_id, path)
        self.history.set_history(path, revisions)

    def _on_history_revision_selected(self, revision_id: int) -> None:
        self.tasks.start(self._load_diff(revision_id), "load diff")

    async def _load_diff(self, revision_id: int) -> None:
        path = self.history.path  # captured: the panel may move on while we read
        if self._app is None or not path:
            return
        vfs = self._s.vfs
        old = await self.tasks.in_worker(vfs.read_revision, revision_id)
        current = await self.tasks.in_worker(vfs.read, self._app.app_id, path)
        if self.history.path != path:
            return
        if looks_binary(old) or looks_binary(current):
            self.history.show_diff(revision_id, None, None)
        else:
            self.history.show_diff(revision_id, old.decode(), current.decode())

    def _on_history_restore_requested(self, path: str, number: int) -> None:
        pane = self.tabs.pane_for(path)
        start = lambda: self.tasks.start(self._restore(path, number), "restore revision")  # noqa: E731
        if pane is not None and pane.is_modified():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Restore revision",
                f"'{path}' has unsaved changes. Restoring revision {number} "
                "replaces them in the editor.",
                QMessageBox.StandardButton.Cancel,
                self,
            )
            replace = box.addButton("Restore Anyway", QMessageBox.ButtonRole.DestructiveRole)
            box.finished.connect(lambda _r: start() if box.clickedButton() is replace else None)
            box.open()
            self._restore_box = box
        else:
            start()

    async def _restore(self, path: str, number: int) -> None:
        assert self._app is not None
        info = await self.tasks.in_worker(
            self._s.vfs.restore_revision, self._app.app_id, path, number
        )
        try:
            text = await self.tasks.in_worker(self._s.vfs.read_text, self._app.app_id, path)
            self.tabs.reload(path, text)
        except BinaryFileError:
            pass
        await self._load_history(path)
        self.statusBar().showMessage(
            f"Restored {path} to revision {number} (now #{info.revision}).", 6000
        )

    # ----- window state --------------------------------------------------------------------

    def _update_editor_page(self) -> None:
        self._editor_stack.setCurrentIndex(1 if self.tabs.count() else 0)

    def _update_title(self) -> None:
        dirty_paths = self.tabs.dirty_paths()
        dirty = " •" if dirty_paths else ""
        self.act_save.setEnabled(self.tabs.current_pane() is not None)
        self.act_save_all.setEnabled(bool(dirty_paths))
        self.act_close_tab.setEnabled(self.tabs.count() > 0)
        name = f"{self._app.name} — " if self._app else ""
        self.setWindowTitle(f"{name}l4ydesk{dirty}")
        self._update_editor_page()

    def _on_tasks_task_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if not self._closing:
            box = QMessageBox(
                QMessageBox.Icon.Warning, "l4ydesk", message, QMessageBox.StandardButton.Ok, self
            )
            box.open()
            self._error_box = box

    def _with_saved_work(
        self, proceed: Callable[[], object], on_cancel: Callable[[], None] | None = None
    ) -> None:
        """Run `proceed` once unsaved editor changes are saved or knowingly discarded."""
        dirty = self.tabs.dirty_paths()
        if not dirty:
            proceed()
            return

        def save_then() -> None:
            self.tasks.start(self._save_all_then(proceed), "save all")

        def discard() -> None:
            proceed()

        ask_unsaved(
            self, f"{len(dirty)} file(s) have unsaved changes.", save_then, discard, on_cancel
        )

    async def _save_all_then(self, proceed: Callable[[], object]) -> None:
        for pane in self.tabs.panes():
            if pane.is_modified():
                await self._save(str(pane.property("path")), pane.text())
        proceed()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self._with_saved_work(self._finish_close)

    def _finish_close(self) -> None:
        self._closing = True
        self._save_layout()
        self.close()
        self.closed.emit()

    async def shutdown(self) -> None:
        """Stop background work and release editors; called once the window has closed."""
        self.chat_panel.save_input()
        await self.tasks.close()
        await self.local_preview.stop()
        self.tabs.close_all_silently()
        self.preview.shutdown()

    def open_keys_dialog(self) -> None:
        dialog = KeysDialog(self._s.secrets, self._layout, self, credit=self._s.chat.ai_credit)
        dialog.keys_changed.connect(self.chat_panel.refresh_keys)
        dialog.default_model_changed.connect(self.chat_panel.set_default_model)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.keys_dialog = dialog

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._s.settings.log_dir)))

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About l4ydesk",
            f"l4ydesk {__version__}\nA desktop builder for agencies.\n\n"
            f"Data: {self._s.settings.data_dir}",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()
        self._about_box = box


async def _await_dialog(dialog: QMessageBox | QFileDialog) -> int | None:
    """Show a dialog with open() and wait for it without a nested event loop."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(on_finished)
    dialog.open()
    result = await future
    return result if result else None
